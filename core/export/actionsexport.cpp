#include "actionsexport.h"

#include "csvwriter.h"
#include "exportlabels.h"
#include "services/meetingservice.h"
#include "services/organisationservice.h"

namespace cercles {

Result<QList<ActionLine>> actionLines(MeetingService& meetings, CircleId circle)
{
    Result<QList<MeetingRepository::CircleAction>> actions = meetings.circleActions(circle);
    if (!actions)
        return Error{actions.error()};
    const Organisation& org = meetings.organisation().organisation();
    QHash<MeetingId, QDate> days;
    QList<ActionLine> lines;
    for (const MeetingRepository::CircleAction& c : *actions) {
        if (!days.contains(c.meeting)) {
            Result<Meeting> m = meetings.meeting(c.meeting);
            if (!m)
                return Error{m.error()};
            days.insert(c.meeting, m->localDate());
        }
        const Person* who = org.person(c.action.person);
        lines << ActionLine{c.action.id,
                            days.value(c.meeting),
                            c.itemTitle,
                            who                         ? who->name
                            : c.action.person.isValid() ? QStringLiteral("#%1").arg(c.action.person.value())
                                                        : QString(),
                            c.action.text,
                            c.action.due,
                            c.action.doneOn};
    }
    return lines;
}

QString actionStatusKey(const ActionLine& line, QDate today)
{
    if (line.doneOn.isValid())
        return QStringLiteral("done");
    return line.due.isValid() && line.due < today ? QStringLiteral("late") : QStringLiteral("open");
}

QByteArray actionsCsv(const QList<ActionLine>& lines, QDate today, const QString& language)
{
    const ExportLabels t(language);
    const auto iso = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QList<QStringList> rows{
        {t("Meeting"), t("Item"), t("Who"), t("What"), t("By when"), t("Status"), t("Done on")}};
    for (const ActionLine& line : lines) {
        const QString status = actionStatusKey(line, today);
        const QString statusLabel = status == QLatin1String("done")   ? t("Done")
                                    : status == QLatin1String("late") ? t("Late")
                                                                      : t("Open");
        rows << QStringList{iso(line.meetingDate), line.item,   line.person,     line.text,
                            iso(line.due),         statusLabel, iso(line.doneOn)};
    }
    return toCsv(rows);
}

} // namespace cercles
