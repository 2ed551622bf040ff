// kill -9 while recording (issue 11): child processes record consent answers through ConsentService,
// each acknowledging on a pipe an answer the service said was saved; the parent kills them (SIGKILL) at
// random moments. After every kill the next child opens the same file (no stale lock, the hot journal
// rolled back); at the end every acknowledged answer must be in the file.
#include "reliabilitysupport.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <poll.h>

using namespace cercles;
using namespace cercles::test;

namespace {
const QList<PersonId> present{PersonId(3), PersonId(4), PersonId(5), PersonId(8), PersonId(9)};

QDateTime at(qint64 second)
{
    return QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC).addSecs(second);
}

/// Takes an open document; starts a consent decision in a Council meeting and opens its consent round.
Result<ConsentProcessId> openConsentRound(Document& doc)
{
    doc.consent().setClock([] { return at(0); });
    Meeting m = doc.meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
    m.status = MeetingStatus::Open;
    auto meeting = doc.meetings().createMeeting(m);
    if (!meeting)
        return Error{meeting.error()};
    auto item = doc.meetings().addAgendaItem(AgendaItem{{},
                                                        *meeting,
                                                        AgendaItemKind::ConsentDecision,
                                                        QStringLiteral("Cotisation"),
                                                        {},
                                                        {},
                                                        AgendaItemState::Planned,
                                                        {},
                                                        {}});
    if (!item)
        return Error{item.error()};
    auto id = doc.consent().startProcess(*item, Proposal{QStringLiteral("Cotisation de 10 euros."),
                                                         QStringLiteral("Budget."),
                                                         PersonId(4),
                                                         QDate(2027, 12, 1),
                                                         {}});
    if (!id)
        return Error{id.error()};
    int s = 0;
    QList<ConsentEvent> events{
        ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(s += 10), present)};
    for (PersonId p : present)
        events << ConsentEvent::pass(at(s += 10), p);
    events << ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(s += 10), {});
    for (PersonId p : present)
        events << ConsentEvent::pass(at(s += 10), p);
    events << ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(s += 10), {});
    for (const ConsentEvent& e : events) {
        if (auto r = doc.consent().record(*id, e); !r)
            return Error{r.error()};
    }
    return *id;
}

/// The child: records answers numbered from `first` on, writing each number to `ack` once saved.
[[noreturn]] void recordAnswers(const QString& path, ConsentProcessId id, qint64 first, int ack)
{
    auto doc = Document::open(path);
    if (!doc || doc.value()->database().isReadOnly())
        ::_exit(3);
    for (qint64 n = first;; ++n) {
        const ConsentEvent answer = ConsentEvent::consent(at(1000 + n), present.at(int(n % present.size())),
                                                          QStringLiteral("answer %1").arg(n));
        if (!doc.value()->consent().record(id, answer))
            ::_exit(4);
        if (::write(ack, &n, sizeof n) != sizeof n)
            ::_exit(5);
    }
}
} // namespace

class TestKillRecording : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void killedAtRandomMoments()
    {
        const int kills = qEnvironmentVariableIsSet("CERCLES_LONG_TESTS") ? 1000 : 120;
        TempDir dir;
        const QString path = dir.file(QStringLiteral("org.cercles"));
        QVERIFY(createDemoFile(path));
        ConsentProcessId id;
        {
            auto doc = Document::open(path);
            QVERIFY(doc);
            auto opened = openConsentRound(*doc.value());
            QVERIFY2(opened, qPrintable(opened.error()));
            id = *opened;
        }
        Score tally;
        QSet<qint64> acknowledged;
        qint64 next = 0;
        int killedMidway = 0;
        for (int k = 0; k < kills; ++k) {
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                ::close(fds[0]);
                recordAnswers(path, id, next, fds[1]);
            }
            ::close(fds[1]);
            // Wait for the first saved answer, then let it record for a random while (0-25 ms) and kill.
            pollfd p{fds[0], POLLIN, 0};
            ::poll(&p, 1, 10000);
            ::usleep(QRandomGenerator::global()->bounded(25000));
            ::kill(child, SIGKILL);
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            qint64 n = 0;
            while (::read(fds[0], &n, sizeof n) == sizeof n) {
                acknowledged.insert(n);
                next = std::max(next, n + 1);
            }
            ::close(fds[0]);
            QVERIFY2(WIFSIGNALED(status),
                     qPrintable(QStringLiteral("child %1 exited with %2").arg(k).arg(WEXITSTATUS(status))));
            if (QFileInfo::exists(path + QStringLiteral("-journal")))
                ++killedMidway;
            next += 1000; // an answer saved but not acknowledged keeps its number
        }
        QSet<qint64> inFile;
        {
            auto doc = Document::open(path);
            QVERIFY2(doc, qPrintable(doc.error()));
            QVERIFY(doc.value()->database().integrityCheck().isEmpty());
            auto stored = doc.value()->consent().stored(id);
            QVERIFY2(stored, qPrintable(stored.error()));
            for (const ConsentEvent& e : stored->events) {
                const QString note = e.text;
                if (note.startsWith(QLatin1String("answer ")))
                    inFile.insert(note.mid(7).toLongLong());
            }
            QVERIFY(doc.value()->consent().process(id));
        }
        for (qint64 n : std::as_const(acknowledged)) {
            ++tally.tried;
            ++(inFile.contains(n) ? tally.passed : tally.lost);
        }
        tally.print(
            QStringLiteral("kill -9 while recording: %1 kills (%2 left a journal), acknowledged answers")
                .arg(kills)
                .arg(killedMidway));
        QCOMPARE(tally.lost, 0);
        QVERIFY(tally.tried >= kills);
    }
};

QTEST_GUILESS_MAIN(TestKillRecording)
#include "tst_killrecording.moc"
