// The organisation file: creation, refusal of files that are not ours, locking, copies, migrations.
#include "services/demodata.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using namespace cercles;
using cercles::test::readBytes;

class TestDatabase : public QObject
{
    Q_OBJECT

    static void writeBytes(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void createSetsIdentityAndPermissions()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("new.cercles"));
        auto db = Database::create(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::applicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x0077) /* group and others */,
                 QFileDevice::Permissions()); // nobody but the owner can read the record
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
    }

    void createRefusesExistingFile()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("taken.cercles"));
        writeBytes(path, "keep me");
        auto db = Database::create(path);
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("already exists")));
        QCOMPARE(readBytes(path), QByteArray("keep me"));
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("newer version") << "newer"
                                       << "newer version of Cercles";
        QTest::newRow("foreign SQLite") << "foreign"
                                        << "another application";
        QTest::newRow("not SQLite") << "text"
                                    << "not an SQLite database";
        QTest::newRow("empty file") << "empty"
                                    << "not an SQLite database";
        QTest::newRow("corrupt") << "corrupt"
                                 << "damaged";
    }
    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("file.cercles"));
        if (kind == QLatin1String("text")) {
            writeBytes(path, "Compte rendu de la réunion\n");
        } else if (kind == QLatin1String("empty")) {
            writeBytes(path, QByteArray());
        } else if (kind == QLatin1String("foreign")) {
            {
                QSqlDatabase other =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            QVERIFY(createDemoFile(path));
            QByteArray bytes = readBytes(path);
            if (kind == QLatin1String("newer")) {
                qToBigEndian<qint32>(Database::latestSchemaVersion() + 1, bytes.data() + 60);
            } else { // overwrite the middle of the file: tables' pages, not the header
                const qsizetype pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
                for (qsizetype i = pageSize; i < bytes.size() - pageSize; ++i)
                    bytes[i] = char(0xA5 ^ (i * 7));
            }
            writeBytes(path, bytes);
        }
        const QByteArray before = readBytes(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(messagePart), qPrintable(db.error()));
        QCOMPARE(readBytes(path), before); // left byte-identical
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void secondInstanceOpensReadOnly()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("shared.cercles"));
        QVERIFY(createDemoFile(path));
        auto first = Database::open(path);
        QVERIFY(first);
        QVERIFY(!first.value()->isReadOnly());
        auto second = Database::open(path);
        QVERIFY(second);
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->readOnlyReason().contains(QStringLiteral("already open")));
        auto refused = second.value()->transact([] { return Result<void>(); });
        QVERIFY(!refused);
        first = Error{QString()}; // the first window closes: the file is free again
        auto third = Database::open(path);
        QVERIFY(third && !third.value()->isReadOnly());
    }

    void abandonedPartialBackupsAreRemoved()
    {
        // A crash during an upgrade's backup leaves "<name>.v<N>.bak-partial-<random>": the next opening for
        // editing removes it; a read-only opening leaves every file beside it as it was; a link named like
        // one is never followed nor removed; a finished backup is kept.
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("lavoir.cercles"));
        QVERIFY(createDemoFile(path));
        const QString partial = path + QStringLiteral(".v4.bak-partial-3k9x");
        const QString backup = path + QStringLiteral(".v4.bak");
        const QString link = path + QStringLiteral(".v5.bak-partial-link");
        const QString target = dir.file(QStringLiteral("elsewhere.txt"));
        for (const QString& f : {partial, backup, target}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("half a copy") > 0);
        }
        QVERIFY(QFile::link(target, link));
        {
            auto readOnly = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error()));
            QVERIFY(QFileInfo::exists(partial));
        }
        auto editing = Database::open(path);
        QVERIFY2(editing, qPrintable(editing ? QString() : editing.error()));
        QVERIFY(!QFileInfo::exists(partial));
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo::exists(target));
    }

    void failedChangeIsRolledBack()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("t.cercles"));
        QVERIFY(createDemoFile(path));
        auto db = Database::open(path);
        QVERIFY(db);
        const QByteArray before = readBytes(path);
        auto result = db.value()->transact([&]() -> Result<void> {
            QSqlQuery(db.value()->connection()).exec(QStringLiteral("DELETE FROM mandate"));
            return Error{QStringLiteral("refused")};
        });
        QCOMPARE(result.error(), QStringLiteral("refused"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mandate")) && q.next());
        QCOMPARE(q.value(0).toInt(), demoOrganisation().mandates.size());
        QCOMPARE(readBytes(path), before);
    }

    void saveCopyIsACompleteDatabase()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("a.cercles"));
        const QString copy = dir.file(QStringLiteral("copy.cercles"));
        QVERIFY(createDemoFile(path));
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(db.value()->saveCopy(copy));
        QVERIFY(!db.value()->saveCopy(copy)); // never overwrites
        db = Error{QString()};
        auto reopened = Database::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY(reopened.value()->integrityCheck().isEmpty());
        QSqlQuery q(reopened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        QCOMPARE(q.value(0).toInt(), demoOrganisation().people.size());
    }

    void migrationsAreContiguous()
    {
        const QList<Migration> all = migrations();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, int(i + 1));
    }

    // Openings recognise the latest schema by a snapshot of it (matchesSchemaSnapshot): it must be
    // what the migrations give. After adding a schema step, rewrite it with
    //     CERCLES_UPDATE_SCHEMA_SNAPSHOT=1 ctest --test-dir build -R tst_database
    void schemaSnapshotIsWhatTheMigrationsGive()
    {
        const int latest = Database::latestSchemaVersion();
        const QByteArray derived = schemaSnapshot(latest);
        if (qEnvironmentVariableIsSet("CERCLES_UPDATE_SCHEMA_SNAPSHOT"))
            writeBytes(QStringLiteral(CERCLES_SOURCE_DIR "/core/storage/schema-snapshot.txt"), derived);
        QFile compiled(QStringLiteral(":/storage/schema-snapshot.txt"));
        QVERIFY(compiled.open(QIODevice::ReadOnly));
        QVERIFY2(compiled.readAll() == derived,
                 "core/storage/schema-snapshot.txt was not made from these migrations: rewrite it with "
                 "CERCLES_UPDATE_SCHEMA_SNAPSHOT=1 ctest --test-dir build -R tst_database, then rebuild");
        QVERIFY(schemaSnapshotIsCurrent());
        QVERIFY(matchesSchemaSnapshot(derivedSchema(latest), latest));
        // Any other schema or version is compared object by object (schemaDifferences).
        QVERIFY(!matchesSchemaSnapshot(derivedSchema(latest), latest - 1));
        QVERIFY(!matchesSchemaSnapshot(derivedSchema(latest - 1), latest));
        QList<SchemaObject> extra = derivedSchema(latest);
        extra << SchemaObject{QStringLiteral("view"), QStringLiteral("v"), QStringLiteral("v"),
                              QStringLiteral("CREATE VIEW v AS SELECT 1")};
        QVERIFY(!matchesSchemaSnapshot(extra, latest));
        QList<SchemaObject> altered = derivedSchema(latest);
        altered.last().sql += QLatin1Char(' ');
        QVERIFY(!matchesSchemaSnapshot(altered, latest));
    }

    void migratesTheVersion1Fixture()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.cercles"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("reference-v1.cercles")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = readBytes(path);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.value()->integrityCheck().isEmpty());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM circle")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        // The circle_article step gives the reference organisation's circles their French article.
        QVERIFY(q.exec(QStringLiteral("SELECT name, article FROM circle ORDER BY name")));
        QStringList articles;
        while (q.next())
            articles << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(articles, (QStringList{QStringLiteral("Assemblée Populaire=l'"),
                                        QStringLiteral("Cercle Accompagnement=le"),
                                        QStringLiteral("Cercle Communication=le"),
                                        QStringLiteral("Conseil de Coordination=le")}));
        if (Database::latestSchemaVersion() > 1) {
            // The verified copy taken before migrating holds the file exactly as it was.
            const QString backup = path + QStringLiteral(".v1.bak");
            QVERIFY(QFile::exists(backup));
            auto old = Database::openForInspection(backup);
            QVERIFY(old);
            QCOMPARE(old.value()->schemaVersion(), 1);
        } else {
            QCOMPARE(readBytes(path), original); // nothing to migrate: opening changes nothing
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
