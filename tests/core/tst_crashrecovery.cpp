// A whole meeting recorded through the services, then the program stops without any UI and without a
// clean shutdown: everything recorded is in the file when it is opened again (issue 3, "every action is
// saved at once").
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cercles;

namespace {
const PersonId chloe{3}, denise{4}, etienne{5}, hugo{8}, ines{9};

QDateTime at(int second)
{
    return QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC).addSecs(second);
}

/// What a recorded meeting left in the file, as the services give it back.
struct Record
{
    Meeting meeting;
    QList<Action> actions;
    QList<ConsentEvent> events;
    ConsentProcess process;
};

/// Records a Council meeting: two items, a proposal with questions, reactions, an objection, its
/// integration, an amendment, a second round with a concern, adoption, an action. Deterministic.
Result<Record> recordMeeting(Document& doc)
{
    doc.consent().setClock([] { return at(0); });
    Meeting m = doc.meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
    m.place = QString::fromUtf8("Local de l’association");
    m.facilitator = etienne;
    m.secretary = hugo;
    m.status = MeetingStatus::Open;
    auto meeting = doc.meetings().createMeeting(m);
    if (!meeting)
        return Error{meeting.error()};
    auto info = doc.meetings().addAgendaItem(AgendaItem{{},
                                                        *meeting,
                                                        AgendaItemKind::Information,
                                                        QStringLiteral("Trésorerie"),
                                                        QString::fromUtf8("Solde : 11 980 € ; « stable »."),
                                                        {},
                                                        AgendaItemState::Done,
                                                        {},
                                                        {}});
    if (!info)
        return Error{info.error()};
    auto item =
        doc.meetings().addAgendaItem(AgendaItem{{},
                                                *meeting,
                                                AgendaItemKind::ConsentDecision,
                                                QString::fromUtf8("Adhésion à un réseau d’associations"),
                                                {},
                                                {},
                                                AgendaItemState::Planned,
                                                {},
                                                {}});
    if (!item)
        return Error{item.error()};
    auto id = doc.consent().startProcess(
        *item, Proposal{QString::fromUtf8("Adhérer au réseau « Communes citoyennes » pour 120 € par an."),
                        QString::fromUtf8("Partager l’expérience des listes."), denise, QDate(2027, 12, 1),
                        ScopeItemId(8)});
    if (!id)
        return Error{id.error()};
    const QList<PersonId> present{chloe, denise, etienne, hugo, ines};
    int s = 0;
    const QList<ConsentEvent> events = {
        ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(s += 30), present),
        ConsentEvent::question(at(s += 40), chloe, QString::fromUtf8("Qui nous représentera aux réunions ?")),
        ConsentEvent::pass(at(s += 10), denise),
        ConsentEvent::question(at(s += 40), etienne,
                               QString::fromUtf8("L’adhésion engage-t-elle l’association ?")),
        ConsentEvent::pass(at(s += 10), hugo),
        ConsentEvent::pass(at(s += 10), ines),
        ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(s += 30), {}),
        ConsentEvent::reaction(at(s += 40), chloe,
                               QString::fromUtf8("Très bien, c’est cohérent avec l’été dernier.")),
        ConsentEvent::pass(at(s += 10), denise),
        ConsentEvent::pass(at(s += 10), etienne),
        ConsentEvent::reaction(at(s += 40), hugo, QStringLiteral("Le montant est raisonnable.")),
        ConsentEvent::pass(at(s += 10), ines),
        ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(s += 30), {}),
        ConsentEvent::consent(at(s += 20), chloe),
        ConsentEvent::consent(at(s += 20), denise),
        ConsentEvent::objection(at(s += 60), etienne,
                                QString::fromUtf8("Sans bilan, on renouvellera par habitude.")),
        ConsentEvent::consent(at(s += 20), hugo, QStringLiteral("Suivre la cotisation.")),
        ConsentEvent::consent(at(s += 20), ines),
        ConsentEvent::roundClose(at(s += 15)),
        ConsentEvent::integration(at(s += 120), etienne, IntegrationMethod::ShortenTerm, {},
                                  QDate(2027, 6, 1)),
        ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(s += 30), {}),
        ConsentEvent::consent(at(s += 20), chloe),
        ConsentEvent::objection(at(s += 20), denise, QStringLiteral("Oubli : le montant est de 150 €.")),
        ConsentEvent::consent(at(s += 20), denise), // her latest answer counts
        ConsentEvent::consent(at(s += 20), etienne),
        ConsentEvent::consent(at(s += 20), hugo),
        ConsentEvent::consent(at(s += 20), ines, QString::fromUtf8("Faire un point à l’été.")),
        ConsentEvent::roundClose(at(s += 15)),
    };
    for (const ConsentEvent& e : events) {
        if (auto r = doc.consent().record(*id, e); !r)
            return Error{r.error()};
    }
    if (auto a = doc.meetings().addAction(Action{
            {}, *item, denise, QStringLiteral("Envoyer le bulletin d’adhésion"), QDate(2026, 12, 15), {}});
        !a)
        return Error{a.error()};
    return Record{*doc.meetings().meeting(*meeting), *doc.meetings().actions(*meeting),
                  doc.consent().stored(*id)->events, *doc.consent().process(*id)};
}

/// Takes an opened file; returns what the first meeting of the Council holds now.
Result<Record> readBack(Document& doc)
{
    const auto meetings = doc.meetings().meetings(CircleId(2));
    if (!meetings || meetings->isEmpty())
        return Error{QStringLiteral("no meeting")};
    const MeetingId id = meetings->last().id;
    Meeting meeting = *doc.meetings().meeting(id);
    const ConsentProcessId process = *doc.consent().processOf(meeting.agenda.at(1).id);
    auto replayed = doc.consent().process(process);
    if (!replayed)
        return Error{replayed.error()};
    return Record{meeting, *doc.meetings().actions(id), doc.consent().stored(process)->events, *replayed};
}

void compare(const Record& actual, const Record& expected)
{
    QCOMPARE(actual.events.size(), 28);
    QCOMPARE(actual.events, expected.events);
    QCOMPARE(actual.process, expected.process);
    QCOMPARE(actual.process.phase(), ConsentPhase::Adopted);
    QCOMPARE(actual.process.currentVersion().reviewDate, QDate(2027, 6, 1));
    QCOMPARE(actual.process.consentRounds().at(1).responses.size(), 6);
    QCOMPARE(actual.meeting, expected.meeting);
    QCOMPARE(actual.actions, expected.actions);
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void connectionClosedWithoutTheUi()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("meeting.cercles"));
        QVERIFY(createDemoFile(path));
        std::optional<Record> recorded;
        {
            auto doc = Document::open(path);
            QVERIFY(doc);
            auto r = recordMeeting(*doc.value());
            QVERIFY2(r, qPrintable(r.error()));
            recorded = r.value();
            // No UI, no save step: the raw connection is closed under the services, then they go away.
            QSqlDatabase connection = doc.value()->database().connection();
            connection.close();
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        auto reopened = Document::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY(!reopened.value()->database().isReadOnly());
        QVERIFY(reopened.value()->database().integrityCheck().isEmpty());
        auto back = readBack(*reopened.value());
        QVERIFY2(back, qPrintable(back.error()));
        compare(*back, *recorded);
    }

    void processKilled()
    {
        // A child process records the meeting and is killed (SIGKILL: no destructor, no close). The same
        // script run in this process on a second file gives the expected record.
        test::TempDir dir;
        const QString killedPath = dir.file(QStringLiteral("killed.cercles"));
        const QString referencePath = dir.file(QStringLiteral("reference.cercles"));
        QVERIFY(createDemoFile(killedPath));
        QVERIFY(createDemoFile(referencePath));

        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto doc = Document::open(killedPath);
            if (!doc || !recordMeeting(*doc.value()))
                _exit(3);
            raise(SIGKILL);
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child should have been killed");

        std::optional<Record> expected;
        {
            auto doc = Document::open(referencePath);
            QVERIFY(doc);
            auto r = recordMeeting(*doc.value());
            QVERIFY2(r, qPrintable(r.error()));
            expected = r.value();
        }
        auto reopened = Document::open(killedPath);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY2(!reopened.value()->database().isReadOnly(), "the dead process's lock is stale");
        QVERIFY(reopened.value()->database().integrityCheck().isEmpty());
        auto back = readBack(*reopened.value());
        QVERIFY2(back, qPrintable(back.error()));
        compare(*back, *expected);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
