// The core keeps its own rules (issue 9): once a meeting is closed every write on it is refused by the
// services themselves, whatever screen calls them (votes, consent processes, elections, the meeting), with
// the file left byte-identical; a meeting's status only moves forward. Each row calls one service directly.
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

/// A closed meeting of the Council with one item of each kind, each with something recorded, plus items
/// on which nothing was started.
struct ClosedMeeting
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;
    MeetingId meeting;
    QList<PersonId> present;
    AgendaItemId consentItem, emptyConsentItem, electionItem, emptyElectionItem, voteItem, emptyVoteItem;
    ConsentProcessId process, emptyProcess;
    ElectionId election, emptyElection;
    VoteId openVote, emptyVote;

    AgendaItemId add(AgendaItemKind kind, const QString& title)
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = kind;
        item.title = title;
        return doc->meetings().addAgendaItem(item).value();
    }

    ClosedMeeting()
    {
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        doc = std::move(Document::open(path)).value();
        doc->consent().setClock([] { return at(0); });
        doc->elections().setClock([] { return at(0); });
        doc->votes().setClock([] { return at(0); });
        const Circle* council =
            doc->organisation().organisation().circleNamed(QStringLiteral("Conseil de Coordination"));
        Meeting m =
            doc->meetings().draftMeeting(council->id, QDate(2026, 12, 3), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        meeting = doc->meetings().createMeeting(m).value();
        present = doc->meetings().meeting(meeting)->present();

        consentItem = add(AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
        emptyConsentItem = add(AgendaItemKind::ConsentDecision, QStringLiteral("Charte"));
        electionItem = add(AgendaItemKind::Election, QStringLiteral("Facilitation"));
        emptyElectionItem = add(AgendaItemKind::Election, QStringLiteral("Secrétariat"));
        voteItem = add(AgendaItemKind::MajorityJudgmentVote, QStringLiteral("Lieu"));
        emptyVoteItem = add(AgendaItemKind::MajorityJudgmentVote, QStringLiteral("Date"));
        process = doc->consent()
                      .startProcess(consentItem, Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}})
                      .value();
        check(doc->consent().record(
            process, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(1), present)));
        emptyProcess = doc->consent()
                           .startProcess(emptyConsentItem,
                                         Proposal{QStringLiteral("Adopter la charte."), {}, {}, {}, {}})
                           .value();
        const ElectionDescription role{QStringLiteral("Facilitation"), QString(), QDate(2027, 1, 1),
                                       QDate(2027, 12, 31), QString()};
        election = doc->elections().start(electionItem, role).value();
        check(doc->elections().record(election, ElectionEvent::opening(at(2), present)));
        emptyElection = doc->elections().start(emptyElectionItem, role).value();
        openVote = doc->votes()
                       .createVote(voteItem, VoteDefinition{QStringLiteral("Lieu"),
                                                            {QStringLiteral("Salle"), QStringLiteral("Parc")},
                                                            {},
                                                            {}})
                       .value();
        check(doc->votes().castBallot(openVote, present[0], {6, 3}));
        emptyVote =
            doc->votes()
                .createVote(emptyVoteItem, VoteDefinition{QStringLiteral("Date"),
                                                          {QStringLiteral("Lundi"), QStringLiteral("Jeudi")},
                                                          {},
                                                          {}})
                .value();
        check(doc->meetings().setStatus(meeting, MeetingStatus::Closed));
    }

    static void check(const Result<void>& r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error()));
    }
};

} // namespace

class TestClosedMeetingRules : public QObject
{
    Q_OBJECT
private slots:
    void init() { test::failOnUnexpectedWarnings(); }
    void everyWriteIsRefused_data()
    {
        QTest::addColumn<QString>("write");
        for (const char* row : {"vote: ballot",          "vote: anonymous ballot",
                                "vote: withdraw ballot", "vote: reopen",
                                "vote: paper counts",    "vote: close",
                                "vote: remove",          "vote: create",
                                "consent: question",     "consent: consent",
                                "consent: undo",         "consent: cancel",
                                "consent: start",        "election: record",
                                "election: undo",        "election: cancel start",
                                "election: start",       "meeting: update",
                                "meeting: reopen",       "meeting: back to planned",
                                "meeting: add item"})
            QTest::newRow(row) << QString::fromUtf8(row);
    }
    void everyWriteIsRefused()
    {
        QFETCH(QString, write);
        ClosedMeeting f;
        const QByteArray before = test::readBytes(f.path);
        Document& d = *f.doc;
        auto refused = [&]() -> Result<void> {
            if (write == QLatin1String("vote: ballot"))
                return d.votes().castBallot(f.openVote, f.present[1], {6, 3});
            if (write == QLatin1String("vote: anonymous ballot"))
                return d.votes().castBallot(f.openVote, {}, {6, 3});
            if (write == QLatin1String("vote: withdraw ballot"))
                return d.votes().withdrawBallot(f.openVote, f.present[0], {6, 3});
            if (write == QLatin1String("vote: reopen"))
                return d.votes().reopen(f.openVote, QStringLiteral("Erreur"));
            if (write == QLatin1String("vote: paper counts"))
                return d.votes().setPaperTallies(f.openVote, {Tally(7, 1), Tally(7, 1)});
            if (write == QLatin1String("vote: close")) {
                Result<MajorityJudgment> r = d.votes().close(f.openVote);
                return r ? Result<void>() : Result<void>(Error{r.error()});
            }
            if (write == QLatin1String("vote: remove"))
                return d.votes().removeVote(f.emptyVote);
            if (write == QLatin1String("vote: create")) {
                Result<VoteId> r = d.votes().createVote(
                    f.emptyVoteItem,
                    VoteDefinition{
                        QStringLiteral("Autre"), {QStringLiteral("A"), QStringLiteral("B")}, {}, {}});
                return r ? Result<void>() : Result<void>(Error{r.error()});
            }
            if (write == QLatin1String("consent: question"))
                return d.consent().record(
                    f.process, ConsentEvent::question(at(5), f.present[0], QStringLiteral("Combien ?")));
            if (write == QLatin1String("consent: consent"))
                return d.consent().record(f.process, ConsentEvent::consent(at(5), f.present[0]));
            if (write == QLatin1String("consent: undo"))
                return d.consent().undoLast(f.process);
            if (write == QLatin1String("consent: cancel"))
                return d.consent().cancelProcess(f.emptyProcess);
            if (write == QLatin1String("consent: start")) {
                Result<ConsentProcessId> r = d.consent().startProcess(
                    f.emptyConsentItem, Proposal{QStringLiteral("Autre."), {}, {}, {}, {}});
                return r ? Result<void>() : Result<void>(Error{r.error()});
            }
            if (write == QLatin1String("election: record"))
                return d.elections().record(f.election,
                                            ElectionEvent::written(at(5), f.present[0], f.present[1]));
            if (write == QLatin1String("election: undo"))
                return d.elections().undoLast(f.election);
            if (write == QLatin1String("election: cancel start"))
                return d.elections().cancelStart(f.emptyElection);
            if (write == QLatin1String("election: start")) {
                Result<ElectionId> r = d.elections().start(
                    f.emptyElectionItem, ElectionDescription{QStringLiteral("Trésorerie"), {}, {}, {}, {}});
                return r ? Result<void>() : Result<void>(Error{r.error()});
            }
            if (write == QLatin1String("meeting: update")) {
                Meeting m = d.meetings().meeting(f.meeting).value();
                m.place = QStringLiteral("Ailleurs");
                return d.meetings().updateMeeting(m);
            }
            if (write == QLatin1String("meeting: reopen"))
                return d.meetings().setStatus(f.meeting, MeetingStatus::Open);
            if (write == QLatin1String("meeting: back to planned"))
                return d.meetings().setStatus(f.meeting, MeetingStatus::Planned);
            if (write == QLatin1String("meeting: add item")) {
                AgendaItem item;
                item.meeting = f.meeting;
                item.kind = AgendaItemKind::Information;
                item.title = QStringLiteral("Ajout");
                Result<AgendaItemId> r = d.meetings().addAgendaItem(item);
                return r ? Result<void>() : Result<void>(Error{r.error()});
            }
            qFatal("unknown row");
        }();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("closed")), qPrintable(refused.error()));
        QCOMPARE(test::readBytes(f.path), before);
        QCOMPARE(d.meetings().meeting(f.meeting)->status, MeetingStatus::Closed);
    }

    void statusOnlyMovesForward_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("asked");
        QTest::newRow("open, update asks planned") << int(MeetingStatus::Open) << int(MeetingStatus::Planned);
        QTest::newRow("open, update asks closed") << int(MeetingStatus::Open) << int(MeetingStatus::Closed);
        QTest::newRow("planned, update asks open") << int(MeetingStatus::Planned) << int(MeetingStatus::Open);
    }
    void statusOnlyMovesForward()
    {
        QFETCH(int, from);
        QFETCH(int, asked);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        std::unique_ptr<Document> doc = std::move(Document::open(path)).value();
        const Circle* council =
            doc->organisation().organisation().circleNamed(QStringLiteral("Conseil de Coordination"));
        Meeting m =
            doc->meetings().draftMeeting(council->id, QDate(2026, 12, 3), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus(from);
        const MeetingId id = doc->meetings().createMeeting(m).value();
        // updateMeeting takes the details, never the caller's status.
        Meeting edited = doc->meetings().meeting(id).value();
        edited.place = QStringLiteral("Salle 3");
        edited.status = MeetingStatus(asked);
        QVERIFY(doc->meetings().updateMeeting(edited));
        QCOMPARE(doc->meetings().meeting(id)->place, QStringLiteral("Salle 3"));
        QCOMPARE(int(doc->meetings().meeting(id)->status), from);
        // setStatus skips no step and never goes back (opening is not undone either).
        QVERIFY(!doc->meetings().setStatus(id, MeetingStatus(from)));
        if (from == int(MeetingStatus::Open))
            QVERIFY(!doc->meetings().setStatus(id, MeetingStatus::Planned));
        if (from == int(MeetingStatus::Planned))
            QVERIFY(!doc->meetings().setStatus(id, MeetingStatus::Closed));
        QCOMPARE(int(doc->meetings().meeting(id)->status), from);
    }
};

QTEST_GUILESS_MAIN(TestClosedMeetingRules)
#include "tst_closedmeetingrules.moc"
