// The schema step that gives the register's full-text index its prefix indexes (format 12): a format-11
// file's words, searched as a user types them, find exactly the same decisions after the step as before,
// and the rebuilt index is the one searched.
#include "storage/migrations.h"
#include "storage/registerrepository.h"
#include "testsupport.h"

#include <QTest>

#include <sqlite3.h>

using namespace cercles;

namespace {

/// Takes a handle and what the user typed; returns the rowids (process ids) the register's search
/// matches, in order.
QList<qint64> matches(sqlite3* db, const QString& typed)
{
    const QByteArray match = RegisterRepository::searchQuery(typed).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT rowid FROM consent_register_search WHERE consent_register_search MATCH ? "
                           "ORDER BY rowid",
                           -1, &statement, nullptr) != SQLITE_OK)
        return {-1};
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    QList<qint64> ids;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ids << sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return ids;
}

} // namespace

class TestRegisterSearchUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void wordsFindTheSameDecisions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("one letter") << QStringLiteral("p") << QList<qint64>{3, 7, 12};
        QTest::newRow("one letter, accent and case ignored") << QStringLiteral("É") << QList<qint64>{7, 12};
        QTest::newRow("two letters") << QStringLiteral("pa") << QList<qint64>{3, 12};
        QTest::newRow("a whole word") << QStringLiteral("partenariat") << QList<qint64>{3};
        QTest::newRow("ligature spelt out") << QStringLiteral("cœ") << QList<qint64>{7};
        QTest::newRow("two words, both needed") << QStringLiteral("pa b") << QList<qint64>{12};
        QTest::newRow("no match") << QStringLiteral("zz") << QList<qint64>{};
    }
    void wordsFindTheSameDecisions()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QVERIFY(migrate(db, 0, 11));
        // Words as Cercles stores them (ligatures spelt out), rowids the process ids.
        const char* words = R"(
INSERT INTO consent_register_search (rowid, title, proposal, text) VALUES
    (3, 'Partenariat avec la mairie', 'Signer la convention', ''),
    (7, 'Un coeur de village', 'Planter des arbres', 'Été 2027'),
    (12, 'Budget du pain', 'Payer le boulanger', 'Étendre la tournée');
)";
        QCOMPARE(sqlite3_exec(db, words, nullptr, nullptr, nullptr), SQLITE_OK);
        const QList<qint64> before = matches(db, typed);
        QCOMPARE(before, expected);
        QVERIFY(migrate(db, 11, 12));
        QCOMPARE(matches(db, typed), before);
        // The index searched is the new one, with its prefix indexes; the copy made on the way is gone.
        sqlite3_stmt* statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT sql FROM sqlite_master WHERE name = 'consent_register_search' "
                                    "UNION ALL SELECT count(*) FROM sqlite_temp_master",
                                    -1, &statement, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QVERIFY(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)))
                    .contains("prefix = '1 2'"));
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(statement, 0), 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestRegisterSearchUpgrade)
#include "tst_registersearchupgrade.moc"
