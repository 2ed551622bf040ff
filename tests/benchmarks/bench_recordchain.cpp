// bench_recordchain: how long the record's chain check (run at every opening and by `cercles-cli check`)
// takes on a decade of meetings. Builds the file through the services (synchronous=OFF while building, to
// build it fast; the check itself only reads), then times RecordChain::verify against an anchor measured in
// the same run: one raw SQLite statement reading every consent event's text. Not a test.
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/minutesservice.h"
#include "storage/recordchain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cercles;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // A decade: 4 circles x 10 meetings a year x 10 years, 3 proposals each.
    const int meetings = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 400;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decade.cercles"));
    if (auto created = createDemoFile(path); !created) {
        out << created.error() << '\n';
        return 1;
    }
    {
        auto opened = Document::open(path);
        if (!opened) {
            out << opened.error() << '\n';
            return 1;
        }
        Document& doc = *opened.value();
        QSqlQuery(doc.database().connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        MinutesService minutes(doc.database(), doc.meetings());
        const QList<Circle> circles = doc.organisation().organisation().circles;
        const auto fail = [&](const QString& e) {
            out << e << '\n';
            return 1;
        };
        for (int i = 0; i < meetings; ++i) {
            const Circle& circle = circles.at(i % std::min<qsizetype>(4, circles.size()));
            const QDate day = QDate(2027, 1, 5).addDays(i * 9);
            Meeting m = doc.meetings().draftMeeting(circle.id, day, QTime(19, 0), "Europe/Paris");
            m.status = MeetingStatus::Open;
            auto meeting = doc.meetings().createMeeting(m);
            if (!meeting)
                return fail(meeting.error());
            const QList<PersonId> present = doc.meetings().meeting(*meeting)->present();
            if (present.isEmpty())
                continue;
            for (int p = 0; p < 3; ++p) {
                auto item = doc.meetings().addAgendaItem(AgendaItem{{},
                                                                    *meeting,
                                                                    AgendaItemKind::ConsentDecision,
                                                                    QStringLiteral("Proposition %1").arg(p),
                                                                    {},
                                                                    {},
                                                                    {},
                                                                    {},
                                                                    {}});
                if (!item)
                    return fail(item.error());
                auto id = doc.consent().startProcess(
                    *item, Proposal{QStringLiteral("Allouer %1 € au projet %2.").arg(100 * i + p).arg(p),
                                    {},
                                    {},
                                    {},
                                    {}});
                if (!id)
                    return fail(id.error());
                for (ConsentEventKind k :
                     {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
                      ConsentEventKind::ConsentRoundStarted}) {
                    if (auto r = doc.consent().record(*id, ConsentEvent::roundStart(k, {}, present)); !r)
                        return fail(r.error());
                }
                for (PersonId person : present) {
                    if (auto r = doc.consent().record(*id, ConsentEvent::consent({}, person)); !r)
                        return fail(r.error());
                }
                if (auto r = doc.consent().record(*id, ConsentEvent::roundClose({})); !r)
                    return fail(r.error());
            }
            if (auto r = doc.meetings().setStatus(*meeting, MeetingStatus::Closed); !r)
                return fail(r.error());
            if (auto r = approveMinutes(doc.meetings(), doc.consent(), minutes, *meeting, day.addDays(20));
                !r)
                return fail(r.error());
        }
    }
    auto opened = Document::open(path, Database::Access::ReadOnly);
    if (!opened)
        return 1;
    const QSqlDatabase db = opened.value()->database().connection();
    QElapsedTimer timer;
    timer.start();
    QSqlQuery anchor(db);
    anchor.exec(QStringLiteral("SELECT sum(length(text)), count(*) FROM consent_event"));
    anchor.next();
    const double anchorMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 events = anchor.value(1).toLongLong();
    timer.restart();
    auto verified = RecordChain::verify(db);
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!verified || !verified->ok()) {
        out << "verify failed: " << (verified ? verified->firstBreak : verified.error()) << '\n';
        return 1;
    }
    out << QStringLiteral(
               "bench: chain check of %1 meetings, %2 consent events, %3 chains, %4 links: %5 ms\n")
               .arg(meetings)
               .arg(events)
               .arg(verified->chains)
               .arg(verified->links)
               .arg(verifyMs, 0, 'f', 1);
    out << QStringLiteral("anchor: one raw SQLite statement reading every consent event: %1 ms; ratio %2\n")
               .arg(anchorMs, 0, 'f', 2)
               .arg(verifyMs / std::max(anchorMs, 0.001), 0, 'f', 0);
    return 0;
}
