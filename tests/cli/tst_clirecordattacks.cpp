// Attacks on the record: a demo file with approved minutes is edited behind Cercles' back with sqlite3's C
// API (dropping the triggers first, as a forger would), and every edit must be caught by `cercles-cli check`
// or by `cercles-cli verify --head`, given the head printed on the approved minutes. Prints the table.
#include "clirun.h"
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/minutesservice.h"
#include "storage/recordchain.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <functional>

using namespace cercles;
using cercles::test::CliRun;
using cercles::test::runCli;

namespace {

/// What an attack knows of the file: the meeting whose minutes were sent out (the 4 000 € budget) and
/// its consent process.
struct Target
{
    qint64 meeting = 0;
    qint64 process = 0;
};

/// Runs SQL on the file with sqlite3 itself, as a forger would: no Cercles connection, no defensive mode.
void raw(const QString& path, const QByteArray& sql, const QVariantList& binds = {})
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt* list = nullptr;
    // The forger first drops every trigger in the way...
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", -1, &list,
                                nullptr),
             SQLITE_OK);
    QList<QByteArray> triggers, definitions;
    while (sqlite3_step(list) == SQLITE_ROW) {
        triggers << reinterpret_cast<const char*>(sqlite3_column_text(list, 0));
        definitions << reinterpret_cast<const char*>(sqlite3_column_text(list, 1));
    }
    sqlite3_finalize(list);
    for (const QByteArray& t : triggers)
        QCOMPARE(sqlite3_exec(db, ("DROP TRIGGER \"" + t + "\"").constData(), nullptr, nullptr, nullptr),
                 SQLITE_OK);
    const char* tail = sql.constData();
    while (tail && *tail) {
        sqlite3_stmt* stmt = nullptr;
        QVERIFY2(sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) == SQLITE_OK, sqlite3_errmsg(db));
        if (!stmt)
            break;
        for (int i = 0; i < binds.size() && i < sqlite3_bind_parameter_count(stmt); ++i) {
            const QByteArray text = binds.at(i).toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        QVERIFY2(sqlite3_step(stmt) == SQLITE_DONE, sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    // ...and puts them back afterwards, so that the schema looks untouched.
    for (const QByteArray& sql : definitions)
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

/// Takes a file; reads one value with sqlite3.
QString rawValue(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

/// The forger who knows the algorithm (it is published): recomputes every link of the file with Cercles'
/// own chain code after the edit, so that the file is consistent again.
void resealEverything(const QString& path)
{
    raw(path, "DELETE FROM record_link");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QList<qint64> meetings, approvals;
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM meeting WHERE status = 'closed' ORDER BY start_utc, id")));
        while (q.next())
            meetings << q.value(0).toLongLong();
        QVERIFY(q.exec(
            QStringLiteral("SELECT meeting_id FROM minutes_approval ORDER BY recorded_utc, meeting_id")));
        while (q.next())
            approvals << q.value(0).toLongLong();
        for (qint64 m : meetings)
            QVERIFY(RecordChain::sealMeeting(db, MeetingId(m)).ok());
        for (qint64 m : approvals)
            QVERIFY(RecordChain::extend(db, QStringLiteral("approval/%1").arg(m)).ok());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
}

/// Approves the minutes of every closed meeting of the file, a week after each meeting.
void approveAll(Document& doc)
{
    MinutesService minutes(doc.database(), doc.meetings());
    minutes.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC); });
    const QList<MeetingRepository::MeetingSummary> all = *doc.meetings().meetings();
    for (const MeetingRepository::MeetingSummary& m : all) {
        if (m.status != MeetingStatus::Closed)
            continue;
        const Result<void> done = approveMinutes(doc.meetings(), doc.consent(), minutes, m.id,
                                                 m.start.date().addDays(7), &doc.elections(), &doc.votes());
        QVERIFY2(done.ok(), qPrintable(done.error()));
    }
}

struct Attack
{
    const char* name;
    bool caughtByCheck; ///< must be caught without the printed head (the forger left the seals as they were)
    std::function<void(const QString& path, const Target& t)> apply;
};

const QList<Attack>& attacks()
{
    static const QList<Attack> all{
        {"change a decision's text (4 000 -> 40 000)", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "UPDATE consent_event SET text = replace(text, '4 000', '40 000') WHERE process_id = ?1 AND "
                 "kind = 'objection-integrated'",
                 {t.process});
         }},
        {"change a consent's text", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "UPDATE consent_event SET text = 'Aucune remarque.' WHERE process_id = ?1 AND kind = "
                 "'consent-given' AND text <> ''",
                 {t.process});
         }},
        {"turn an objection into a consent", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "UPDATE consent_event SET kind = 'consent-given', text = '' WHERE process_id = ?1 AND kind "
                 "= "
                 "'objection-raised'",
                 {t.process});
         }},
        {"change timestamps", true,
         [](const QString& p, const Target& t) {
             raw(p, "UPDATE consent_event SET at_utc = '2026-11-04T09:00:00.000Z' WHERE process_id = ?1",
                 {t.process});
         }},
        {"change the frozen minutes, hash left", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "UPDATE minutes_approval SET frozen_text = replace(frozen_text, '4 000', '40 000') WHERE "
                 "meeting_id = ?1",
                 {t.meeting});
         }},
        {"change the frozen minutes, hash recomputed", true,
         [](const QString& p, const Target& t) {
             const QString frozen =
                 rawValue(p, "SELECT frozen_text FROM minutes_approval WHERE meeting_id = " +
                                 QByteArray::number(t.meeting));
             const QString forged =
                 QString(frozen).replace(QStringLiteral("4 000"), QStringLiteral("40 000"));
             QVERIFY(forged != frozen);
             raw(p, "UPDATE minutes_approval SET frozen_text = ?1, frozen_sha256 = ?2 WHERE meeting_id = ?3",
                 {forged,
                  QString::fromLatin1(
                      QCryptographicHash::hash(forged.toUtf8(), QCryptographicHash::Sha256).toHex()),
                  t.meeting});
         }},
        {"delete the approval (and its links)", false,
         [](const QString& p, const Target& t) {
             raw(p,
                 "DELETE FROM minutes_approval WHERE meeting_id = ?1; DELETE FROM record_link WHERE chain = "
                 "'approval/' || ?1",
                 {t.meeting});
         }},
        {"change a closed meeting's final text", true,
         [](const QString& p, const Target& t) {
             raw(p, "UPDATE agenda_item SET notes = replace(notes, '12 430', '2 430') WHERE meeting_id = ?1",
                 {t.meeting});
         }},
        {"delete a closed meeting's last event", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "DELETE FROM consent_event WHERE id = (SELECT max(id) FROM consent_event WHERE process_id = "
                 "?1)",
                 {t.process});
         }},
        {"remove a present person", true,
         [](const QString& p, const Target& t) {
             raw(p,
                 "DELETE FROM attendance WHERE meeting_id = ?1 AND person_id = (SELECT min(person_id) FROM "
                 "attendance WHERE meeting_id = ?1 AND status = 'present')",
                 {t.meeting});
         }},
        {"edit, then re-approve through Cercles", false,
         [](const QString& p, const Target& t) {
             // The forger edits, removes the seals and the approval, reopens the meeting, then lets Cercles
             // close it and approve it again: the file is consistent, with a new head.
             raw(p,
                 "UPDATE consent_event SET text = replace(text, '4 000', '40 000') WHERE process_id = ?1; "
                 "DELETE FROM record_link WHERE chain IN ('meeting/' || ?2, 'approval/' || ?2, 'consent/' || "
                 "?1) "
                 "OR chain IN (SELECT 'consent/' || p.id FROM consent_process p JOIN agenda_item a ON a.id = "
                 "p.agenda_item_id WHERE a.meeting_id = ?2); DELETE FROM minutes_approval WHERE meeting_id = "
                 "?2; "
                 "UPDATE meeting SET status = 'open' WHERE id = ?2",
                 {t.process, t.meeting});
             auto doc = Document::open(p);
             QVERIFY2(doc.ok(), qPrintable(doc.error()));
             QVERIFY(doc.value()->meetings().setStatus(MeetingId(t.meeting), MeetingStatus::Closed).ok());
             MinutesService minutes(doc.value()->database(), doc.value()->meetings());
             QVERIFY(approveMinutes(doc.value()->meetings(), doc.value()->consent(), minutes,
                                    MeetingId(t.meeting), QDate(2026, 11, 10), &doc.value()->elections(),
                                    &doc.value()->votes())
                         .ok());
         }},
        {"edit, then recompute every link", false,
         [](const QString& p, const Target& t) {
             raw(p, "UPDATE consent_event SET text = replace(text, '4 000', '40 000') WHERE process_id = ?1",
                 {t.process});
             resealEverything(p);
         }},
    };
    return all;
}

QStringList table;

} // namespace

class TestCliRecordAttacks : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_approved;
    QString m_head;
    Target m_target;

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        m_approved = m_dir.file(QStringLiteral("approved.cercles"));
        QVERIFY(createDemoFile(m_approved).ok());
        {
            auto doc = Document::open(m_approved);
            QVERIFY(doc.ok());
            approveAll(*doc.value());
        }
        m_target.process =
            rawValue(m_approved, "SELECT process_id FROM consent_event WHERE text LIKE '%4 000 €%' "
                                 "AND kind = 'objection-integrated'")
                .toLongLong();
        m_target.meeting =
            rawValue(m_approved, "SELECT a.meeting_id FROM consent_process p JOIN agenda_item a ON "
                                 "a.id = p.agenda_item_id WHERE p.id = " +
                                     QByteArray::number(m_target.process))
                .toLongLong();
        QVERIFY(m_target.process > 0 && m_target.meeting > 0);
        // The head printed on the approved minutes that were sent out.
        auto doc = Document::open(m_approved, Database::Access::ReadOnly);
        QVERIFY(doc.ok());
        const QByteArray head =
            *RecordChain::approvalHead(doc.value()->database().connection(), MeetingId(m_target.meeting));
        QCOMPARE(head.size(), 32);
        m_head = QString::fromLatin1(head.toHex());
    }

    void untouchedFilePasses()
    {
        const CliRun check = runCli({QStringLiteral("check"), m_approved});
        QVERIFY2(check.exitCode == 0, check.both().constData());
        const CliRun verify =
            runCli({QStringLiteral("verify"), m_approved, QStringLiteral("--head"), m_head});
        QVERIFY2(verify.exitCode == 0, verify.both().constData());
        QVERIFY(verify.both().contains("covers the record"));
        // The register export names the head of the approved minutes.
        const QString csv = m_dir.file(QStringLiteral("register.csv"));
        QCOMPARE(runCli({QStringLiteral("register"), m_approved, QStringLiteral("--output"), csv}).exitCode,
                 0);
        QVERIFY(test::readBytes(csv).contains(m_head.toLatin1()));
        // So does the PDF, written row by row from the stored register (the head may wrap in its cell).
        const QString pdf = m_dir.file(QStringLiteral("register.pdf"));
        QCOMPARE(runCli({QStringLiteral("register"), m_approved, QStringLiteral("--output"), pdf}).exitCode,
                 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QByteArray printed = text.readAllStandardOutput();
        printed.replace('\n', "").replace(' ', "");
        QVERIFY(printed.contains(m_head.toLatin1()));
        // A head from elsewhere is refused.
        const CliRun other =
            runCli({QStringLiteral("verify"), m_approved, QStringLiteral("--head"), QString(64, u'a')});
        QCOMPARE(other.exitCode, 1);
    }

    void attackIsDetected_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < attacks().size(); ++i)
            QTest::newRow(attacks().at(i).name) << i;
    }

    void attackIsDetected()
    {
        QFETCH(int, index);
        const Attack& attack = attacks().at(index);
        const QString path = m_dir.file(QStringLiteral("attack-%1.cercles").arg(index));
        QVERIFY(QFile::copy(m_approved, path));
        attack.apply(path, m_target);
        QVERIFY(!QTest::currentTestFailed());
        const CliRun check = runCli({QStringLiteral("check"), path});
        const CliRun verify = runCli({QStringLiteral("verify"), path, QStringLiteral("--head"), m_head});
        QVERIFY(check.exitCode == 0 || check.exitCode == 1);
        qInfo("check: %s", check.both().trimmed().split('\n').value(1).trimmed().constData());
        qInfo("verify --head: %s", verify.both().trimmed().split('\n').constLast().trimmed().constData());
        table << QStringLiteral("%1 | %2 | %3")
                     .arg(QString::fromLatin1(attack.name), -45)
                     .arg(check.exitCode ? QStringLiteral("caught") : QStringLiteral("-"), -7)
                     .arg(verify.exitCode ? QStringLiteral("caught") : QStringLiteral("-"));
        QVERIFY2(verify.exitCode == 1, verify.both().constData()); // the printed head catches every one
        if (!attack.caughtByCheck)
            return; // a forger who rewrote the seals too is caught by the printed head only
        QVERIFY2(check.exitCode == 1, check.both().constData());
        // The report says where, in words.
        QVERIFY2(check.both().contains("meeting of 2026-11-03 (Conseil de Coordination)"),
                 check.both().constData());
    }

    void cleanupTestCase()
    {
        qInfo("%-45s | %-7s | %s", "tampering", "check", "verify --head");
        for (const QString& row : table)
            qInfo("%s", qPrintable(row));
        qInfo("%d tried, %d caught, 0 missed", int(table.size()), int(table.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliRecordAttacks)
#include "tst_clirecordattacks.moc"
