#include "localtime.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace cercles {

LocalTimeResolution resolveLocalTime(QDate date, QTime time, const QByteArray& zoneId)
{
    LocalTimeResolution r;
    const QTimeZone zone(zoneId);
    if (!zone.isValid() || !date.isValid() || !time.isValid())
        return r;
    // The wall-clock reading as if it were UTC; each offset the zone uses within two days of it gives
    // a candidate instant, kept when the zone really has that offset at that instant.
    const QDateTime naive(date, time, Qt::UTC);
    QList<int> offsets;
    for (int days = -2; days <= 2; ++days) {
        const int o = zone.offsetFromUtc(naive.addDays(days));
        if (!offsets.contains(o))
            offsets << o;
    }
    QList<QDateTime> instants;
    for (int o : std::as_const(offsets)) {
        const QDateTime candidate = naive.addSecs(-o);
        if (zone.offsetFromUtc(candidate) == o && !instants.contains(candidate))
            instants << candidate;
    }
    std::sort(instants.begin(), instants.end());
    if (instants.size() == 1) {
        r.kind = LocalTimeResolution::Kind::Valid;
        r.instant = instants.first();
        r.offset = zone.offsetFromUtc(r.instant);
    } else if (instants.size() >= 2) {
        r.kind = LocalTimeResolution::Kind::Ambiguous;
        r.instant = instants.first();
        r.secondInstant = instants.at(1);
        r.offset = zone.offsetFromUtc(r.instant);
        r.secondOffset = zone.offsetFromUtc(r.secondInstant);
    } else {
        // In a gap: the clocks jumped at the transition that follows the reading minus the largest offset.
        const int largest = *std::max_element(offsets.begin(), offsets.end());
        const QTimeZone::OffsetData change = zone.nextTransition(naive.addSecs(-largest - 1));
        r.kind = LocalTimeResolution::Kind::Gap;
        r.instant = change.atUtc.toUTC();
        r.offset = change.offsetFromUtc;
    }
    return r;
}

QString utcOffsetText(int offsetSeconds)
{
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cercles
