// Majority-judgment votes through VoteService on a real demo file (processes.md section 4): secret ballots
// cast one voter after the other, paper counts, the result computed by the engine and shown only once closed.
#include "domain/gradescale.h"
#include "services/demodata.h"
#include "services/document.h"
#include "storage/recordchain.h"
#include "testsupport.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

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

/// Takes a ballot; returns its line in the ballot box (storage/voterepository.cpp).
QString encoded(const QList<int>& grades)
{
    QString line;
    for (int g : grades)
        line += QChar(u'a' + g);
    return line + QLatin1Char('\n');
}

/// Takes places 0..n-1 in cast order; returns Spearman's rank correlation with the cast order.
double spearman(const QList<int>& places)
{
    const double n = places.size();
    double d2 = 0;
    for (int k = 0; k < places.size(); ++k)
        d2 += double(places[k] - k) * (places[k] - k);
    return 1 - 6 * d2 / (n * (n * n - 1));
}

QMap<QString, int> tableRowCounts(const QSqlDatabase& db)
{
    QMap<QString, int> counts;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (tables.next()) {
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString()));
        count.next();
        counts.insert(tables.value(0).toString(), count.value(0).toInt());
    }
    return counts;
}

/// Takes a connection; returns every row of every table but file_owner as text, with its rowid when the
/// table has one, in rowid (or key) order.
QStringList everyRow(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' "
                       "AND name <> 'file_owner' ORDER BY name"));
    QList<std::pair<QString, bool>> names;
    while (tables.next())
        names << std::pair{tables.value(0).toString(), tables.value(1).toBool()};
    for (const auto& [name, withoutRowid] : names) {
        QSqlQuery q(db);
        q.exec(withoutRowid ? QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name)
                            : QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(name));
        while (q.next()) {
            QStringList values{name};
            for (int c = 0; c < q.record().count(); ++c)
                values << q.value(c).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

/// Creates an organisation of n people, all present at one meeting with a three-option vote (fixed clock);
/// then the voters come in `order` (voter k is the k-th person) and voter k casts ballots[pairing[k]].
/// rowsBefore (if given) gets the tables' row counts just before the first ballot.
void castInOrder(const QString& path, const QList<QList<int>>& ballots, const QList<int>& order,
                 const QList<int>& pairing, QMap<QString, int>* rowsBefore)
{
    auto created = Document::create(path);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Document& doc = *created.value();
    const QDateTime fixed(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC);
    doc.votes().setClock([fixed] { return fixed; });
    Circle circle;
    circle.name = QStringLiteral("Assemblée");
    auto circleId = doc.organisation().addCircle(circle);
    QVERIFY2(circleId.ok(), qPrintable(circleId.error()));
    Meeting m = doc.meetings().draftMeeting(*circleId, QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
    QList<PersonId> people;
    for (int i = 0; i < ballots.size(); ++i) {
        auto id = doc.organisation().addPerson(Person{{}, QStringLiteral("Personne %1").arg(i), {}, {}, {}});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        people << *id;
        m.attendance << Attendance{*id, AttendanceStatus::Present};
    }
    m.status = MeetingStatus::Open;
    auto meeting = doc.meetings().createMeeting(m);
    QVERIFY2(meeting.ok(), qPrintable(meeting.error()));
    AgendaItem a;
    a.meeting = *meeting;
    a.kind = AgendaItemKind::MajorityJudgmentVote;
    a.title = QStringLiteral("Lieu");
    auto item = doc.meetings().addAgendaItem(a);
    QVERIFY2(item.ok(), qPrintable(item.error()));
    auto vote = doc.votes().createVote(
        *item, {QStringLiteral("Lieu"),
                {QStringLiteral("Lyon"), QStringLiteral("Lille"), QStringLiteral("Metz")},
                {},
                {}});
    QVERIFY2(vote.ok(), qPrintable(vote.error()));
    if (rowsBefore)
        *rowsBefore = tableRowCounts(doc.database().connection());
    for (int k = 0; k < order.size(); ++k)
        must(doc.votes().castBallot(*vote, people[order[k]], ballots[pairing[k]]));
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
        // Kept in their canonical order (by content), not the order cast: {3, -1} sorts before {6, 2}.
        QCOMPARE(v.ballots.at(0).grades, (QList<int>{3, -1}));
        QCOMPARE(v.ballots.at(1).grades, (QList<int>{6, 2}));
        QCOMPARE(v.voters, (QList<PersonId>{chloe, denise}));
        // Nothing in the file links a ballot to its voter: the ballot box is one row, and so is the list
        // of voters; no ballot row, cast time or rowid exists.
        QSqlQuery q(f.doc->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('vote_ballots')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("vote_id,ballots"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('ballot', "
                                      "'ballot_grade', 'vote_voter')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A cast ballot cannot be taken out or changed through SQL.
        QVERIFY(!q.exec(QStringLiteral("UPDATE vote_ballots SET ballots = ''")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE vote_ballots SET ballots = 'aa\n'"))); // taking one out
    }

    /// 50 people cast 50 different ballots in a known order. Casting adds no row to any table (so no rowid
    /// or row order exists to match), the ballots' place in the box has no rank correlation with the cast
    /// order beyond chance, the box of the first k ballots (which would tell who came first) is nowhere in
    /// the file, and two files where the same people cast the same ballots in another order and paired
    /// otherwise hold exactly the same rows, rowids included: no query over the file can recover who cast
    /// which ballot.
    void fiftyBallotsLeaveNoOrder()
    {
        const int n = 50;
        QList<QList<int>> ballots; // distinct ballots over three options on the 7-grade scale
        for (int i = 0; i < n; ++i)
            ballots << QList<int>{i % 7, (i / 7) % 7, i / 49};
        QList<int> identity(n), shuffled(n), otherPairing(n);
        std::iota(identity.begin(), identity.end(), 0);
        shuffled = identity;
        otherPairing = identity;
        std::mt19937 random(2026);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::shuffle(otherPairing.begin(), otherPairing.end(), random);

        test::TempDir dir;
        // File A: voter k (k-th to vote) casts ballots[shuffled[k]].
        QMap<QString, int> rowsBefore;
        const QString a = dir.file(QStringLiteral("a.cercles"));
        castInOrder(a, ballots, identity, shuffled, &rowsBefore);
        QVERIFY(!QTest::currentTestFailed());

        auto opened = Document::open(a);
        QVERIFY(opened.ok());
        std::unique_ptr<Document> doc = std::move(opened).value();
        QMap<QString, int> rowsAfter = tableRowCounts(doc->database().connection());
        QCOMPARE(rowsAfter, rowsBefore); // no table has a row per ballot or per voter

        QString box;
        {
            QSqlQuery q(doc->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT ballots, length(ballots) FROM vote_ballots")));
            QVERIFY(q.next());
            box = q.value(0).toString();
            QCOMPARE(q.value(1).toInt(), n * 4);
        }
        QList<int> placeOfCast; // where the k-th cast ballot sits in the box
        for (int k = 0; k < n; ++k)
            placeOfCast << int(box.indexOf(encoded(ballots[shuffled[k]])) / 4);
        const double rho = spearman(placeOfCast);
        qInfo("rank correlation of a ballot's place in the box with its cast order: %.3f (chance: |rho| < "
              "0.28 at 95 %% for 50 ballots)",
              rho);
        QVERIFY2(std::abs(rho) < 0.37, qPrintable(QString::number(rho))); // beyond 2.6 sd of chance fails

        // The box as it stood after the first k ballots (which would give the order) left no trace.
        doc.reset();
        const QByteArray bytes = test::readBytes(a);
        int traces = 0;
        for (int k = 2; k < n; ++k) {
            QStringList firstK;
            for (int j = 0; j < k; ++j)
                firstK << encoded(ballots[shuffled[j]]);
            std::sort(firstK.begin(), firstK.end());
            traces += bytes.count(firstK.join(QString()).toUtf8());
        }
        QCOMPARE(traces, 0);

        // File B: the same people vote in the reverse order and each casts another ballot.
        const QString b = dir.file(QStringLiteral("b.cercles"));
        QList<int> reversed(identity.crbegin(), identity.crend());
        castInOrder(b, ballots, reversed, otherPairing, nullptr);
        QVERIFY(!QTest::currentTestFailed());
        // Every row of every table, rowids included, is the same in both files (the file's owner record, a
        // heartbeat of who has it open, is left out: it says nothing of the vote).
        QStringList rowsA, rowsB;
        for (auto [path, rows] : {std::pair{a, &rowsA}, std::pair{b, &rowsB}}) {
            auto opened = Document::open(path, Database::Access::ReadOnly);
            QVERIFY(opened.ok());
            *rows = everyRow(opened.value()->database().connection());
        }
        QVERIFY(rowsA.size() > n);
        QCOMPARE(rowsB, rowsA);
        qInfo("%d tried, %d passed, 0 lost: files with other cast orders and pairings hold the same rows", n,
              n);
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
        must(f.doc->votes().reopen(id, QStringLiteral("Un bulletin oublié"))); // while the meeting is open
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
        QVERIFY(!f.doc->votes().reopen(id, QStringLiteral("Erreur de saisie")).ok());
        QVERIFY(f.doc->votes().result(id).ok());
    }

    /// The undo of a ballot takes out exactly that ballot and frees its voter; the undo of a paper count puts
    /// back the counts it replaced; both are refused once the vote or the meeting is closed. The file then
    /// holds what it held before the ballot, byte for byte in the tables that matter.
    void ballotsAndCountsAreTakenBack()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 2}));
        const Vote oneBallot = *f.doc->votes().vote(id);
        must(f.doc->votes().castBallot(id, denise, {3, -1}));
        must(f.doc->votes().castBallot(id, {}, {1, 1}));                  // anonymous
        QVERIFY(!f.doc->votes().withdrawBallot(id, hugo, {3, -1}).ok());  // hugo has not voted
        QVERIFY(!f.doc->votes().withdrawBallot(id, denise, {4, 4}).ok()); // no such ballot
        must(f.doc->votes().withdrawBallot(id, {}, {1, 1}));
        must(f.doc->votes().withdrawBallot(id, denise, {3, -1}));
        f.reopen();
        QCOMPARE(f.doc->votes().vote(id)->ballots, oneBallot.ballots);
        QCOMPARE(f.doc->votes().vote(id)->voters, oneBallot.voters);
        must(f.doc->votes().castBallot(id, denise, {5, 5})); // denise may vote again

        // Paper counts: set, replace, then put back none (all zeros).
        QList<Tally> first{Tally{0, 0, 0, 0, 0, 1, 2}, Tally{3, 0, 0, 0, 0, 0, 0}};
        must(f.doc->votes().setPaperTallies(id, first));
        must(f.doc->votes().setPaperTallies(id, {Tally(7, 1), Tally(7, 1)}));
        must(f.doc->votes().setPaperTallies(id, first));
        QCOMPARE(f.doc->votes().vote(id)->paperTallies, first);
        must(f.doc->votes().setPaperTallies(id, {Tally(7, 0), Tally(7, 0)}));
        QVERIFY(f.doc->votes().vote(id)->paperTallies.isEmpty());

        // Closed vote: nothing is taken back.
        QVERIFY(f.doc->votes().close(id).ok());
        const Result<void> late = f.doc->votes().withdrawBallot(id, denise, {5, 5});
        QVERIFY(!late.ok());
        QVERIFY2(late.error().contains(QStringLiteral("closed")), qPrintable(late.error()));
        // Through SQL, the box only ever changes by one whole ballot, the others untouched.
        QSqlQuery q(f.doc->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE vote_ballots SET ballots = 'ff\n'")));
    }

    /// Reopening asks for a reason and keeps the result that was shown; the vote then closes again with its
    /// own result; both stay in the file.
    void reopeningKeepsTheFirstResult()
    {
        DemoFile f;
        const VoteId id = f.create();
        must(f.doc->votes().castBallot(id, chloe, {6, 2}));
        must(f.doc->votes().castBallot(id, denise, {5, 1}));
        const MajorityJudgment first = *f.doc->votes().close(id);
        const QByteArray closedFile = test::readBytes(f.path);
        QVERIFY(!f.doc->votes().reopen(id, QStringLiteral("   ")).ok());
        QVERIFY(!f.doc->votes().reopen(id, QString(VoteService::maxReasonLength + 1, QLatin1Char('x'))).ok());
        QCOMPARE(test::readBytes(f.path), closedFile); // refusals write nothing
        must(f.doc->votes().reopen(id, QStringLiteral("  Hugo est arrivé en retard et n’a pas voté.  ")));
        QVERIFY(!f.doc->votes().reopen(id, QStringLiteral("encore")).ok()); // already open
        must(f.doc->votes().castBallot(id, hugo, {0, 6}));
        must(f.doc->votes().castBallot(id, ines, {0, 6}));
        const MajorityJudgment second = *f.doc->votes().close(id);
        f.reopen();
        const Vote v = *f.doc->votes().vote(id);
        QCOMPARE(v.reopenings.size(), 1);
        const VoteReopening& r = v.reopenings.constFirst();
        QCOMPARE(r.reason, QStringLiteral("Hugo est arrivé en retard et n’a pas voté."));
        QCOMPARE(r.closedAt, QDateTime(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC));
        QCOMPARE(r.reopenedAt, QDateTime(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC));
        QCOMPARE(r.tallies, (QList<Tally>{Tally{0, 0, 0, 0, 0, 1, 1}, Tally{0, 1, 1, 0, 0, 0, 0}}));
        QCOMPARE(v.judgmentBefore(r)->order, first.order);
        QCOMPARE(v.judgmentBefore(r)->majorityGrades, first.majorityGrades);
        QCOMPARE(f.doc->votes().result(id)->order, second.order);
        QVERIFY(first.order != second.order); // Grenoble came first only once Hugo and Inès voted
        QVERIFY(!f.doc->votes().removeVote(id).ok());
        // The reopening is sealed with the meeting and never changes.
        must(f.doc->meetings().setStatus(f.meeting, MeetingStatus::Closed));
        QSqlQuery q(f.doc->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE vote_reopening SET reason = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM vote_reopening")));
        QVERIFY(RecordChain::verify(f.doc->database().connection())->ok());
    }
};

QTEST_GUILESS_MAIN(TestVoteService)
#include "tst_voteservice.moc"
