// Removing an agenda item that took up a backlog point (points reportés), on real demo files: the point
// goes back to the backlog, open again, in the same transaction, and putting the item back (the undo of
// the removal) takes the point up again. What must stay (an item with a record, a deferred item that its
// backlog point comes from, a meeting with an agenda) is refused in words, never with SQLite's message,
// and the file is left as it was. After every step the file passes what `cercles-cli check` checks.
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cercles;

namespace {
const PersonId chloe{3};
const CircleId council{2}, communication{3};
const QDate meetingDay{2026, 12, 1};

QDateTime at(int minute)
{
    return QDateTime(meetingDay, QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

/// A demo file opened through a Document, with a fixed clock.
struct DemoFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;

    /// Takes the demo file made once for the whole test; works on a copy of it.
    explicit DemoFile(const QString& demo)
    {
        if (!QFile::copy(demo, path))
            qFatal("cannot copy the demo file");
        auto opened = Document::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        doc = std::move(opened).value();
        doc->consent().setClock([] { return at(0); });
    }

    MeetingService& meetings() { return doc->meetings(); }

    MeetingId newMeeting(CircleId circle, MeetingStatus status, QDate day = meetingDay)
    {
        Meeting m = meetings().draftMeeting(circle, day, QTime(19, 0), "Europe/Paris");
        m.status = status;
        auto id = meetings().createMeeting(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    AgendaItemId addItem(MeetingId meeting, AgendaItemKind kind, const QString& title)
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = kind;
        item.title = title;
        auto id = meetings().addAgendaItem(item);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    /// Takes an agenda item; returns the backlog point deferred or referred from it (invalid: none).
    BacklogItem pointFrom(CircleId circle, AgendaItemId source)
    {
        const QList<BacklogItem> backlog = meetings().backlog(circle).value();
        for (const BacklogItem& b : backlog) {
            if (b.source == source)
                return b;
        }
        return {};
    }

    BacklogItem point(CircleId circle, BacklogItemId id)
    {
        const QList<BacklogItem> backlog = meetings().backlog(circle).value();
        for (const BacklogItem& b : backlog) {
            if (b.id == id)
                return b;
        }
        return {};
    }

    /// Returns what `cercles-cli check` would complain about (SQLite integrity and foreign keys, the
    /// schema, the record's seals), and every backlog point whose link with its agenda item is not
    /// mutual; empty: OK.
    QStringList problems()
    {
        QStringList found = doc->database().integrityCheck() + doc->database().schemaProblems();
        auto verified = doc->verifyRecord();
        if (!verified)
            found << verified.error();
        else if (!verified->ok())
            found << verified->firstBreak;
        QSqlQuery q(doc->database().connection());
        if (!q.exec(QStringLiteral(
                "SELECT b.id FROM backlog_item b LEFT JOIN agenda_item a ON a.id = b.taken_up_by_id WHERE "
                "b.taken_up_by_id IS NOT NULL AND (a.id IS NULL OR a.taken_up_from_id IS NOT b.id) UNION "
                "SELECT b.id FROM agenda_item a JOIN backlog_item b ON b.id = a.taken_up_from_id WHERE "
                "b.taken_up_by_id IS NOT a.id")))
            found << QStringLiteral("query failed");
        while (q.next())
            found
                << QStringLiteral("backlog point %1 and its agenda item disagree").arg(q.value(0).toString());
        return found;
    }

    /// Returns the rows of the tables this test changes, to compare the file before and after a refusal.
    QStringList snapshot()
    {
        QStringList rows;
        QSqlQuery q(doc->database().connection());
        for (const char* sql :
             {"SELECT id, meeting_id, position, state, taken_up_from_id FROM agenda_item ORDER BY id",
              "SELECT id, source_item_id, taken_up_by_id FROM backlog_item ORDER BY id",
              "SELECT id FROM meeting ORDER BY id"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("snapshot failed");
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                rows << row.join(QLatin1Char('|'));
            }
        }
        return rows;
    }
};

/// Takes a refusal; returns whether it is in words (not SQLite's own message).
bool inWords(const QString& error)
{
    return !error.isEmpty() && !error.contains(QLatin1String("FOREIGN KEY")) &&
           !error.contains(QLatin1String("constraint")) && !error.contains(QLatin1String("fetch row"));
}

/// How the point reached the council's backlog.
enum class Origin
{
    ReferredProposal, ///< a Communication proposal referred to the parent circle
    DeferredProposal, ///< a council proposal deferred in an earlier meeting
    DeferredItem,     ///< a council discussion item deferred in an earlier meeting
};

/// Takes a file and an origin; puts a point on the council's backlog that way. Returns the point.
BacklogItem makePoint(DemoFile& f, Origin origin)
{
    const CircleId circle = origin == Origin::ReferredProposal ? communication : council;
    const MeetingId earlier = f.newMeeting(circle, MeetingStatus::Open, meetingDay.addDays(-7));
    const bool proposal = origin != Origin::DeferredItem;
    const AgendaItemId item =
        f.addItem(earlier, proposal ? AgendaItemKind::ConsentDecision : AgendaItemKind::Discussion,
                  QStringLiteral("Affiches"));
    if (proposal) {
        auto process = f.doc->consent().startProcess(
            item, Proposal{QStringLiteral("Imprimer 200 affiches"), QStringLiteral("Fête"), chloe, {}, {}});
        if (!process)
            qFatal("%s", qPrintable(process.error()));
        const ConsentEvent outcome =
            origin == Origin::ReferredProposal
                ? ConsentEvent::referral(at(1), council, QStringLiteral("Budget du conseil"))
                : ConsentEvent::deferral(at(1), QStringLiteral("Attendre le devis"));
        if (auto r = f.doc->consent().record(*process, outcome); !r)
            qFatal("%s", qPrintable(r.error()));
    } else if (auto r = f.meetings().deferAgendaItem(item); !r) {
        qFatal("%s", qPrintable(r.error()));
    }
    const BacklogItem point = f.pointFrom(council, item);
    if (!point.id.isValid() || !point.isOpen())
        qFatal("no open point");
    return point;
}

} // namespace

Q_DECLARE_METATYPE(Origin)

class TestBacklogRemoval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (auto created = createDemoFile(m_demo); !created)
            QFAIL(qPrintable(created.error()));
    }
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void origins_data()
    {
        QTest::addColumn<Origin>("origin");
        QTest::newRow("referred proposal") << Origin::ReferredProposal;
        QTest::newRow("deferred proposal") << Origin::DeferredProposal;
        QTest::newRow("deferred discussion item") << Origin::DeferredItem;
    }

    /// The tester's steps: take the point up in a planned meeting, remove the item, undo, redo.
    void removalGivesThePointBack_data() { origins_data(); }
    void removalGivesThePointBack()
    {
        QFETCH(Origin, origin);
        DemoFile f(m_demo);
        const BacklogItem point = makePoint(f, origin);
        const MeetingId meeting = f.newMeeting(council, MeetingStatus::Planned);
        const AgendaItemId before =
            f.addItem(meeting, AgendaItemKind::Information, QStringLiteral("Nouvelles"));
        auto taken = f.meetings().takeUp(point.id, meeting);
        QVERIFY2(taken, qPrintable(taken.error()));
        f.addItem(meeting, AgendaItemKind::Discussion, QStringLiteral("Divers"));
        QCOMPARE(f.point(council, point.id).takenUpBy, *taken);
        QCOMPARE(f.problems(), QStringList());
        const Meeting withItem = *f.meetings().meeting(meeting);
        QCOMPARE(withItem.agenda.size(), 3);
        QCOMPARE(withItem.agenda.at(1).id, *taken);
        const AgendaItem removed = withItem.agenda.at(1);

        // Removed: off the agenda, and the point is open again on the backlog.
        QSignalSpy backlogChanged(&f.meetings(), &MeetingService::meetingsChanged);
        auto r = f.meetings().removeAgendaItem(*taken);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(backlogChanged.size(), 1);
        QCOMPARE(f.meetings().meeting(meeting)->agenda.size(), 2);
        QVERIFY(f.point(council, point.id).isOpen());
        QCOMPARE(f.problems(), QStringList());

        // Put back as RemoveAgendaItemCommand's undo does: the same item at its place, taking the point up
        // again.
        auto back = f.meetings().addAgendaItem(removed, 1);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(*back, *taken);
        QCOMPARE(*f.meetings().meeting(meeting), withItem);
        QCOMPARE(f.point(council, point.id).takenUpBy, *taken);
        QCOMPARE(f.problems(), QStringList());

        // Removed again (redo), then the take-up itself undone: the point is open, the agenda as before.
        QVERIFY(f.meetings().removeAgendaItem(*taken));
        QVERIFY(f.point(council, point.id).isOpen());
        QVERIFY(f.meetings().addAgendaItem(removed, 1));
        QVERIFY(f.meetings().releaseTakeUp(*taken));
        QVERIFY(f.point(council, point.id).isOpen());
        QCOMPARE(f.meetings().meeting(meeting)->agenda.size(), 2);
        QCOMPARE(f.meetings().meeting(meeting)->agenda.at(0).id, before);
        QCOMPARE(f.problems(), QStringList());

        // The point can be taken up again, and the meeting, once its agenda is empty, removed.
        auto again = f.meetings().takeUp(point.id, meeting);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(f.problems(), QStringList());
    }

    /// Putting the item back is refused in words once the point was taken up elsewhere meanwhile.
    void putBackRefusedOnceTakenUpElsewhere()
    {
        DemoFile f(m_demo);
        const BacklogItem point = makePoint(f, Origin::ReferredProposal);
        const MeetingId first = f.newMeeting(council, MeetingStatus::Planned);
        const MeetingId second = f.newMeeting(council, MeetingStatus::Planned, meetingDay.addDays(14));
        auto taken = f.meetings().takeUp(point.id, first);
        QVERIFY(taken);
        const AgendaItem removed = f.meetings().meeting(first)->agenda.at(0);
        QVERIFY(f.meetings().removeAgendaItem(*taken));
        auto elsewhere = f.meetings().takeUp(point.id, second);
        QVERIFY(elsewhere);
        const QStringList before = f.snapshot();
        auto back = f.meetings().addAgendaItem(removed, 0);
        QVERIFY(!back);
        QVERIFY2(inWords(back.error()), qPrintable(back.error()));
        QVERIFY2(back.error().contains(QLatin1String("already been taken up")), qPrintable(back.error()));
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(f.problems(), QStringList());
    }

    /// What must stay is refused in words and leaves the file as it was.
    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("proposal started on a taken-up item")
            << QStringLiteral("recorded") << QStringLiteral("Something has been recorded");
        QTest::newRow("take-up undone with a proposal started")
            << QStringLiteral("release recorded") << QStringLiteral("A proposal has been recorded");
        QTest::newRow("deferred item, point open")
            << QStringLiteral("deferred open") << QStringLiteral("was deferred");
        QTest::newRow("deferred item, point taken up")
            << QStringLiteral("deferred taken") << QStringLiteral("was deferred");
        QTest::newRow("take-up undone with a vote created")
            << QStringLiteral("release vote") << QStringLiteral("Something has been recorded");
        QTest::newRow("vote created on a taken-up item")
            << QStringLiteral("remove vote") << QStringLiteral("Something has been recorded");
        QTest::newRow("meeting with a taken-up point")
            << QStringLiteral("meeting") << QStringLiteral("has an agenda");
        // Its actions would go with it (and undo could not bring back their follow-up).
        QTest::newRow("taken-up item with an action")
            << QStringLiteral("remove action") << QStringLiteral("has 1 action(s) decided on it");
        QTest::newRow("take-up undone with an action")
            << QStringLiteral("release action") << QStringLiteral("has 1 action(s) decided on it");
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        DemoFile f(m_demo);
        const MeetingId meeting = f.newMeeting(council, MeetingStatus::Open);
        std::function<Result<void>()> attempt;
        if (what.startsWith(QLatin1String("deferred"))) {
            const AgendaItemId item = f.addItem(meeting, AgendaItemKind::Discussion, QStringLiteral("Local"));
            QVERIFY(f.meetings().deferAgendaItem(item));
            if (what.endsWith(QLatin1String("taken"))) {
                const MeetingId later = f.newMeeting(council, MeetingStatus::Planned, meetingDay.addDays(14));
                QVERIFY(f.meetings().takeUp(f.pointFrom(council, item).id, later));
            }
            attempt = [&f, item] { return f.meetings().removeAgendaItem(item); };
        } else if (what.endsWith(QLatin1String("vote"))) {
            // A vote item deferred before anything was recorded on it, taken up, then its vote created.
            const MeetingId earlier = f.newMeeting(council, MeetingStatus::Open, meetingDay.addDays(-7));
            const AgendaItemId item =
                f.addItem(earlier, AgendaItemKind::MajorityJudgmentVote, QStringLiteral("Lieu"));
            QVERIFY(f.meetings().deferAgendaItem(item));
            auto taken = f.meetings().takeUp(f.pointFrom(council, item).id, meeting);
            QVERIFY(taken);
            auto vote = f.doc->votes().createVote(
                *taken,
                {QStringLiteral("Lieu"), {QStringLiteral("Lyon"), QStringLiteral("Grenoble")}, {}, {}});
            QVERIFY2(vote, qPrintable(vote.error()));
            const AgendaItemId id = *taken;
            if (what.startsWith(QLatin1String("release")))
                attempt = [&f, id] { return f.meetings().releaseTakeUp(id); };
            else
                attempt = [&f, id] { return f.meetings().removeAgendaItem(id); };
        } else {
            const BacklogItem point = makePoint(f, Origin::ReferredProposal);
            auto taken = f.meetings().takeUp(point.id, meeting);
            QVERIFY(taken);
            const AgendaItemId id = *taken;
            if (what == QLatin1String("meeting")) {
                attempt = [&f, meeting] { return f.meetings().removeMeeting(meeting); };
            } else if (what.endsWith(QLatin1String("action"))) {
                QVERIFY(
                    f.meetings().addAction(Action{{}, id, {}, QStringLiteral("Réserver la salle"), {}, {}}));
                if (what.startsWith(QLatin1String("release")))
                    attempt = [&f, id] { return f.meetings().releaseTakeUp(id); };
                else
                    attempt = [&f, id] { return f.meetings().removeAgendaItem(id); };
            } else {
                auto continuation = *f.doc->consent().continuationOf(*taken);
                QVERIFY(continuation.has_value());
                QVERIFY(f.doc->consent().startProcess(*taken, continuation->proposal));
                if (what == QLatin1String("recorded"))
                    attempt = [&f, id] { return f.meetings().removeAgendaItem(id); };
                else
                    attempt = [&f, id] { return f.meetings().releaseTakeUp(id); };
            }
        }
        QCOMPARE(f.problems(), QStringList());
        const QStringList before = f.snapshot();
        const Result<void> r = attempt();
        QVERIFY(!r);
        QVERIFY2(inWords(r.error()), qPrintable(r.error()));
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(f.problems(), QStringList());
    }

    /// A planned meeting that took up a point is removed once its items are (the undo of "plan a meeting"
    /// after the take-up's): the point is open again.
    void meetingRemovedAfterItsTakenUpItem()
    {
        DemoFile f(m_demo);
        const BacklogItem point = makePoint(f, Origin::DeferredProposal);
        const MeetingId meeting = f.newMeeting(council, MeetingStatus::Planned);
        auto taken = f.meetings().takeUp(point.id, meeting);
        QVERIFY(taken);
        QVERIFY(f.meetings().removeAgendaItem(*taken));
        auto r = f.meetings().removeMeeting(meeting);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(f.point(council, point.id).isOpen());
        QCOMPARE(f.problems(), QStringList());
    }

private:
    test::TempDir m_dir;
    const QString m_demo = m_dir.file(QStringLiteral("demo.cercles"));
};

QTEST_GUILESS_MAIN(TestBacklogRemoval)
#include "tst_backlogremoval.moc"
