// Upgrading a format-4 file to the current format: its ballots, written one row each in cast order with their
// cast time, move into the vote's ballot box in canonical order and the old tables are gone; every closed
// meeting and approval is sealed, the file verifies, and the sealed record refuses changes through SQL.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/recordchain.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace cercles;

namespace {

/// Builds a format-4 file with sqlite3: the migrations up to 4, then a closed meeting holding a consent
/// decision and a closed vote with three ballots cast in a known order, and its approved minutes.
void writeVersion4File(const QString& path)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QByteArray script = "PRAGMA application_id = " + QByteArray::number(Database::applicationId) + ";\n";
    for (const Migration& m : migrations()) {
        if (m.version <= 4)
            script += m.sql + '\n';
    }
    script += R"(
INSERT INTO circle (id, name, entry_basis, entry_excludes_concerned, exit_basis, exit_excludes_concerned,
                    decision_basis, decision_excludes_concerned)
    VALUES (1, 'Assemblée', 'members-present', 0, 'members-present', 0, 'members-present', 0);
INSERT INTO person (id, name) VALUES (1, 'Ana'), (2, 'Bruno'), (3, 'Chloé');
INSERT INTO meeting (id, circle_id, start_utc, time_zone, status)
    VALUES (1, 1, '2026-03-14T09:00:00.000Z', 'Europe/Paris', 'closed');
INSERT INTO attendance VALUES (1, 1, 0, 'present'), (1, 2, 1, 'present'), (1, 3, 2, 'present');
INSERT INTO agenda_item (id, meeting_id, position, kind, title, state)
    VALUES (1, 1, 0, 'consent-decision', 'Budget', 'done'), (2, 1, 1, 'majority-judgment', 'Lieu', 'done');
INSERT INTO consent_process (id, agenda_item_id, kind, circle_id, proposal_text, rule_basis,
                             rule_excludes_concerned, created_utc)
    VALUES (1, 1, 'decision', 1, 'Allouer 4 000 €.', 'members-present', 0, '2026-03-14T09:10:00.000Z');
INSERT INTO consent_event (id, process_id, seq, kind, at_utc, person_id, text)
    VALUES (1, 1, 1, 'consent-given', '2026-03-14T09:20:00.000Z', 1, '');
INSERT INTO vote (id, agenda_item_id, title, default_scale, fill_rule, status, created_utc, closed_utc)
    VALUES (1, 2, 'Lieu', 1, 'none', 'open', '2026-03-14T09:30:00.000Z', NULL);
INSERT INTO vote_option (id, vote_id, position, label) VALUES (1, 1, 0, 'Lyon'), (2, 1, 1, 'Lille');
INSERT INTO ballot (id, vote_id, position, cast_utc) VALUES
    (1, 1, 1, '2026-03-14T09:31:00.000Z'), (2, 1, 2, '2026-03-14T09:32:00.000Z'),
    (3, 1, 3, '2026-03-14T09:33:00.000Z');
INSERT INTO ballot_grade VALUES (1, 1, 6), (1, 2, 0), (2, 1, 2), (3, 1, 4), (3, 2, 5);
INSERT INTO vote_voter VALUES (1, 3), (1, 1), (1, 2);
UPDATE vote SET status = 'closed', closed_utc = '2026-03-14T09:40:00.000Z' WHERE id = 1;
INSERT INTO minutes_approval VALUES (1, '2026-04-11', '2026-04-11T18:00:00.000Z', '{"minutes":1}', ')" +
              QByteArray(64, 'a') + R"(');
PRAGMA user_version = 4;
)";
    char* message = nullptr;
    QVERIFY2(sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) == SQLITE_OK, message);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

} // namespace

class TestRecordChainUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void version4FileIsUpgradedAndSealed()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("v4.cercles"));
        writeVersion4File(path);
        QVERIFY(!QTest::currentTestFailed());
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const QSqlDatabase c = db.value()->connection();
        QSqlQuery q(c);
        // The ballots, sorted by content ('a' + grade per option, '-' for none); the voters by id.
        QVERIFY(q.exec(QStringLiteral("SELECT ballots FROM vote_ballots WHERE vote_id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("c-\nef\nga\n"));
        QVERIFY(q.exec(QStringLiteral("SELECT person_ids FROM vote_voters WHERE vote_id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("0000000000000000001\n0000000000000000002\n0000000000000000003\n"));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name IN ('ballot', 'ballot_grade', "
                    "'vote_voter')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Sealed: every chain is there and verifies; the head of the approval exists.
        auto verified = RecordChain::verify(c);
        QVERIFY2(verified && verified->ok(), qPrintable(verified ? verified->firstBreak : verified.error()));
        QCOMPARE(verified->chains, 4); // consent/1, vote/1, meeting/1, approval/1
        const QByteArray head = *RecordChain::approvalHead(c, MeetingId(1));
        QCOMPARE(head.size(), 32);
        QVERIFY(RecordChain::verify(c, head)->ok());

        // The triggers now guard every table of the closed meeting's record, consent_process included.
        for (const char* sql :
             {"UPDATE consent_process SET proposal_text = 'Allouer 40 000 €.'", "DELETE FROM consent_event",
              "UPDATE consent_event SET text = 'x'", "UPDATE meeting SET place = 'ailleurs'",
              "DELETE FROM attendance", "UPDATE agenda_item SET title = 'Autre'",
              "UPDATE vote SET title = 'Autre'", "UPDATE vote_ballots SET ballots = ''",
              "DELETE FROM vote_voters", "DELETE FROM minutes_approval",
              "UPDATE record_link SET link = zeroblob(32)", "DELETE FROM record_link"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
        }
        QVERIFY(RecordChain::verify(c)->ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordChainUpgrade)
#include "tst_recordchainupgrade.moc"
