// Majority-judgment votes through VoteService on a real demo file (processes.md section 4): secret ballots
// cast one voter after the other, paper counts, the result computed by the engine and shown only once closed.
#include "domain/gradescale.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace cercles;

namespace {
const PersonId chloe{3}, denise{4}, etienne{5}, hugo{8}, ines{9}, jules{10};
const CircleId council{2};

struct DemoFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;
    MeetingId meeting;
    AgendaItemId item;

    DemoFile()
    {
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        reopen();
        Meeting m = doc->meetings().draftMeeting(council, QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        meeting = *doc->meetings().createMeeting(m);
        AgendaItem a;
        a.meeting = meeting;
        a.kind = AgendaItemKind::MajorityJudgmentVote;
        a.title = QStringLiteral("Lieu de l'université d'été");
        item = *doc->meetings().addAgendaItem(a);
    }

    void reopen()
    {
        doc.reset();
        doc = std::move(Document::open(path)).value();
        doc->votes().setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC); });
    }

    VoteId create(const QStringList& options = {QStringLiteral("Lyon"), QStringLiteral("Grenoble")},
                  Fill fill = {})
    {
        auto id = doc->votes().createVote(item, {QStringLiteral("Lieu"), options, {}, fill});
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }
};

void must(Result<void> r)
{
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

} // namespace

class TestVoteService : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void createRefusals_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("grades");
        QTest::addColumn<int>("fillRule");
        QTest::addColumn<int>("fillGrade");
        QTest::addColumn<QString>("message");
        const QStringList two{QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("blank title") << " " << two << QStringList() << 0 << 0 << "title";
        QTest::newRow("one option") << "T" << QStringList{QStringLiteral("A")} << QStringList() << 0 << 0
                                    << "two options";
        QTest::newRow("repeated option") << "T" << QStringList{QStringLiteral("A"), QStringLiteral(" A")}
                                         << QStringList() << 0 << 0 << "own";
        QTest::newRow("two-grade scale")
            << "T" << two << QStringList{QStringLiteral("Oui"), QStringLiteral("Non")} << 0 << 0 << "3 to 10";
        QTest::newRow("fill grade off the scale")
            << "T" << two << QStringList() << int(FillRule::Static) << 7 << "not on the scale";
    }

    void createRefusals()
    {
        QFETCH(QString, title);
        QFETCH(QStringList, options);
        QFETCH(QStringList, grades);
        QFETCH(int, fillRule);
        QFETCH(int, fillGrade);
        QFETCH(QString, message);
        DemoFile f;
        const Result<VoteId> r =
            f.doc->votes().createVote(f.item, {title, options, grades, {FillRule(fillRule), fillGrade, 0}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(!f.doc->votes().voteOf(f.item)->isValid());
    }

    void onlyOnAVoteItemAndOnce()
    {
        DemoFile f;
        AgendaItem discussion;
        discussion.meeting = f.meeting;
        discussion.kind = AgendaItemKind::Discussion;
        discussion.title = QStringLiteral("Talk");
        const AgendaItemId other = *f.doc->meetings().addAgendaItem(discussion);
        QVERIFY(
            !f.doc->votes()
                 .createVote(other, {QStringLiteral("T"), {QStringLiteral("A"), QStringLiteral("B")}, {}, {}})
                 .ok());
        f.create();
        QVERIFY(!f.doc->votes()
                     .createVote(f.item,
                                 {QStringLiteral("T"), {QStringLiteral("A"), QStringLiteral("B")}, {}, {}})
                     .ok());
    }

    void ballotsAreSecretAndCastOnce()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 2}));
        const Result<void> twice = f.doc->votes().castBallot(id, chloe, {0, 0});
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().contains(QStringLiteral("already voted")));
        QVERIFY(!f.doc->votes().castBallot(id, jules, {1, 1}).ok());    // not at the meeting
        QVERIFY(!f.doc->votes().castBallot(id, denise, {1}).ok());      // one grade per option
        QVERIFY(!f.doc->votes().castBallot(id, denise, {7, 1}).ok());   // off the 7-grade scale
        QVERIFY(!f.doc->votes().castBallot(id, denise, {-1, -1}).ok()); // grades nothing
        must(f.doc->votes().castBallot(id, denise, {3, -1}));           // no judgment on Grenoble
        f.reopen();
        const Vote v = *f.doc->votes().vote(id);
        QCOMPARE(v.ballots.size(), 2);
        QCOMPARE(v.ballots.at(0).grades, (QList<int>{6, 2}));
        QCOMPARE(v.ballots.at(1).grades, (QList<int>{3, -1}));
        QCOMPARE(v.voters, (QList<PersonId>{chloe, denise}));
        // Nothing in the file links a ballot to its voter.
        QSqlQuery q(f.doc->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('ballot')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("id,vote_id,position,cast_utc"));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ballot_grade SET grade = 0")));
    }

    void resultOnlyOnceClosedAndExactlyTheEngines()
    {
        DemoFile f;
        const VoteId id =
            f.create({QStringLiteral("Lyon"), QStringLiteral("Grenoble"), QStringLiteral("Lille")});
        const QList<QList<int>> ballots{{6, 4, 0}, {5, 5, 1}, {2, 5, 3}, {4, 3, 3}, {3, 6, 2}};
        const QList<PersonId> voters{chloe, denise, etienne, hugo, ines};
        for (int i = 0; i < ballots.size(); ++i)
            must(f.doc->votes().castBallot(id, voters.at(i), ballots.at(i)));
        const Result<MajorityJudgment> hidden = f.doc->votes().result(id);
        QVERIFY(!hidden.ok());
        QVERIFY(hidden.error().contains(QStringLiteral("closes the vote")));

        const Result<MajorityJudgment> closed = f.doc->votes().close(id);
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
        QList<Tally> tallies(3, Tally(7, 0));
        for (const QList<int>& b : ballots) {
            for (int o = 0; o < 3; ++o)
                ++tallies[o][b.at(o)];
        }
        const MajorityJudgment expected = judge(tallies, 7, {}).value();
        f.reopen();
        const MajorityJudgment shown = *f.doc->votes().result(id);
        QCOMPARE(shown.ranks, expected.ranks);
        QCOMPARE(shown.majorityGrades, expected.majorityGrades);
        QCOMPARE(shown.profiles, expected.profiles);
        QCOMPARE(shown.order, expected.order);
        QCOMPARE(shown.ranks, (QList<int>{2, 1, 3})); // Grenoble (median Very good) before Lyon (Fair)
        QCOMPARE(closed->ranks, expected.ranks);

        QVERIFY(!f.doc->votes().castBallot(id, PersonId(), {1, 1, 1}).ok()); // closed
        QVERIFY(!f.doc->votes().setPaperTallies(id, {Tally(7, 1), Tally(7, 1), Tally(7, 1)}).ok());
        must(f.doc->votes().reopen(id)); // undo of the close, while the meeting is open
        QVERIFY(!f.doc->votes().result(id).ok());
    }

    void paperCountsOfTwoCloseOptions()
    {
        DemoFile f;
        const VoteId id = f.create({QStringLiteral("Library"), QStringLiteral("Park")});
        const QList<Tally> paper{{4, 5, 2, 1, 3, 1, 2},
                                 {3, 6, 2, 1, 3, 1, 2}}; // cases.json "two close options"
        QVERIFY(!f.doc->votes().setPaperTallies(id, {{4, 5, 2, 1, 3, 1, 2}}).ok());
        QVERIFY(!f.doc->votes().setPaperTallies(id, {{4, 5, 2, 1, 3, 1}, {3, 6, 2, 1, 3, 1, 2}}).ok());
        QVERIFY(!f.doc->votes().setPaperTallies(id, {{-1, 5, 2, 1, 3, 1, 2}, {3, 6, 2, 1, 3, 1, 2}}).ok());
        must(f.doc->votes().setPaperTallies(id, {Tally(7, 9), Tally(7, 9)}));
        must(f.doc->votes().setPaperTallies(id, paper)); // replaces the first count
        f.reopen();
        QCOMPARE(f.doc->votes().vote(id)->paperTallies, paper);
        const MajorityJudgment result = *f.doc->votes().close(id);
        QCOMPARE(result.ranks, (QList<int>{2, 1}));
        QCOMPARE(result.ranks, judge(paper, 7, {}).value().ranks);
        QCOMPARE(result.explanations.size(), 1);
        QCOMPARE(result.explanations.constFirst().comparison.decision, Decision::Contestation);
    }

    void ballotsAndPaperAddUp()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 0}));
        must(f.doc->votes().setPaperTallies(id, {{0, 0, 0, 0, 0, 0, 2}, {1, 0, 0, 0, 0, 0, 1}}));
        const Vote v = *f.doc->votes().vote(id);
        QCOMPARE(v.tallies(), (QList<Tally>{{0, 0, 0, 0, 0, 0, 3}, {2, 0, 0, 0, 0, 0, 1}}));
    }

    void unbalancedVoteIsNotClosedWithoutAFillRule()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 2}));
        must(f.doc->votes().castBallot(id, denise, {4, -1}));
        const Result<MajorityJudgment> refused = f.doc->votes().close(id);
        QVERIFY(!refused.ok());
        QCOMPARE(f.doc->votes().vote(id)->status, VoteStatus::Open);

        DemoFile g;
        const VoteId filled =
            g.create({QStringLiteral("Lyon"), QStringLiteral("Grenoble")}, {FillRule::Static, 0, 0});
        must(g.doc->votes().castBallot(filled, chloe, {6, 2}));
        must(g.doc->votes().castBallot(filled, denise, {4, -1}));
        const Result<MajorityJudgment> r = g.doc->votes().close(filled);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->profiles.at(1), (Tally{1, 0, 1, 0, 0, 0, 0})); // the missing judgment became "Reject"
    }

    void customScaleIsKept()
    {
        DemoFile f;
        const QStringList scale{QStringLiteral("Oui !"), QStringLiteral("Bof"), QStringLiteral("Non")};
        const VoteId id = *f.doc->votes().createVote(
            f.item, {QStringLiteral("T"), {QStringLiteral("A"), QStringLiteral("B")}, scale, {}});
        QVERIFY(!f.doc->votes().castBallot(id, chloe, {3, 0}).ok());
        must(f.doc->votes().castBallot(id, chloe, {2, 0}));
        f.reopen();
        const Vote v = *f.doc->votes().vote(id);
        QCOMPARE(v.gradeNamesBestFirst, scale);
        QCOMPARE(v.scale().name(2), QStringLiteral("Oui !"));
    }

    void aClosedMeetingFreezesTheVote()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 2}));
        QVERIFY(!f.doc->votes().removeVote(id).ok()); // ballots are recorded
        must(f.doc->votes().castBallot(id, denise, {4, 2}));
        QVERIFY(f.doc->votes().close(id).ok());
        must(f.doc->meetings().setStatus(f.meeting, MeetingStatus::Closed));
        QVERIFY(!f.doc->votes().reopen(id).ok());
        QVERIFY(f.doc->votes().result(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestVoteService)
#include "tst_voteservice.moc"
