// bench_record: the time from ConsentService::record to the committed (fsynced) response, on a real demo
// file, over a consent round of 200 responses. Prints the figures; not a test.
#include "services/demodata.h"
#include "services/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace cercles;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int responses = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cercles"));
    if (auto created = createDemoFile(path); !created) {
        out << "cannot create the demo file: " << created.error() << '\n';
        return 1;
    }
    auto opened = Document::open(path);
    if (!opened) {
        out << opened.error() << '\n';
        return 1;
    }
    Document& doc = *opened.value();
    Meeting m = doc.meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
    m.status = MeetingStatus::Open;
    const MeetingId meeting = *doc.meetings().createMeeting(m);
    const AgendaItemId item = *doc.meetings().addAgendaItem(
        AgendaItem{{}, meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Bench"), {}, {}, {}, {}});
    const ConsentProcessId id = *doc.consent().startProcess(
        item, Proposal{QStringLiteral("Adopter la proposition."), {}, {}, {}, {}});
    const QList<PersonId> present = doc.meetings().meeting(meeting)->present();
    for (ConsentEventKind k :
         {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
          ConsentEventKind::ConsentRoundStarted}) {
        if (auto r = doc.consent().record(id, ConsentEvent::roundStart(k, {}, present)); !r) {
            out << r.error() << '\n';
            return 1;
        }
    }

    // Participants change their minds: every answer is recorded, the latest one counts.
    QList<qint64> nanoseconds;
    QElapsedTimer timer;
    for (int i = 0; i < responses; ++i) {
        const PersonId person = present.at(i % present.size());
        const ConsentEvent e =
            i % 3 == 2
                ? ConsentEvent::objection({}, person, QStringLiteral("Raison numéro %1").arg(i))
                : ConsentEvent::consent({}, person, i % 3 ? QStringLiteral("Préoccupation") : QString());
        timer.start();
        const Result<void> r = doc.consent().record(id, e);
        nanoseconds << timer.nsecsElapsed();
        if (!r) {
            out << r.error() << '\n';
            return 1;
        }
    }
    // The log is replayed before each record: compare the first and last quarter to see it grow.
    const auto quarterMedian = [&](qsizetype from) {
        QList<qint64> part = nanoseconds.mid(from, nanoseconds.size() / 4);
        std::sort(part.begin(), part.end());
        return part.isEmpty() ? 0.0 : double(part.at(part.size() / 2)) / 1e6;
    };
    const double firstQuarter = quarterMedian(0);
    const double lastQuarter = quarterMedian(nanoseconds.size() - nanoseconds.size() / 4);
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto ms = [&](double q) {
        const qsizetype index = std::min(nanoseconds.size() - 1, qsizetype(q * double(nanoseconds.size())));
        return double(nanoseconds.at(index)) / 1e6;
    };
    out << "record -> committed, " << responses << " responses on " << path << " (synchronous=FULL)\n";
    out << QStringLiteral("min %1 ms, median %2 ms, p95 %3 ms, max %4 ms\n")
               .arg(ms(0), 0, 'f', 2)
               .arg(ms(0.5), 0, 'f', 2)
               .arg(ms(0.95), 0, 'f', 2)
               .arg(double(nanoseconds.last()) / 1e6, 0, 'f', 2);
    out << QStringLiteral("median of the first quarter %1 ms, of the last quarter %2 ms\n")
               .arg(firstQuarter, 0, 'f', 2)
               .arg(lastQuarter, 0, 'f', 2);
    return 0;
}
