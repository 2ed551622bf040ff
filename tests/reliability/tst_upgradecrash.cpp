// A crash or an I/O error at every disk-changing call of an upgrade: the upgrade of
// tests/data/reference-v1.cercles to the current format is run once per point k = 1..K through a
// fault-injecting VFS (faultvfs.h), where K is the number of writes, syncs, truncations and deletions
// the whole upgrade makes (its backup copy included). After each run the file, reopened with the real
// VFS, is exactly format 1 or exactly the current format, with all its data, and any file bearing a
// backup's name is a complete, verified copy of the original (issue 11, "upgrades are crash-proof").
#include "faultvfs.h"
#include "reliabilitysupport.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace cercles;
using namespace cercles::test;

class TestUpgradeCrash : public QObject
{
    Q_OBJECT

    FileState m_original, m_upgraded;
    int m_points = 0;

    /// Takes a folder and the path of a copy of the reference file; runs the upgrade with a fault at
    /// `point`; returns whether the whole upgrade ran without reaching it.
    static bool upgradeWithFault(const QString& path, int point, FaultVfs::Mode mode)
    {
        FaultVfs::arm(point, mode);
        bool opened = false;
        {
            auto db = Database::open(path);
            opened = db.ok();
        } // closing writes too (the owner record is removed): those points count
        FaultVfs::disarm();
        return opened && !FaultVfs::fired();
    }

    /// Checks one run's outcome; returns an empty string or what is wrong.
    QString verify(const QString& folder, const QString& path) const
    {
        const FileState state = readFileState(path);
        if (!state.readable)
            return QStringLiteral("unreadable");
        if (state.integrity != QLatin1String("ok"))
            return QStringLiteral("integrity: ") + state.integrity;
        const FileState& expected = state.version == 1 ? m_original : m_upgraded;
        if (state.version != 1 && state.version != Database::latestSchemaVersion())
            return QStringLiteral("stamped version %1").arg(state.version);
        if (state.schema != expectedSchema(state.version))
            return QStringLiteral("schema of version %1 is not exact").arg(state.version);
        if (state.contentSha != expected.contentSha)
            return QStringLiteral("content differs at version %1").arg(state.version);
        for (const QString& name : listing(folder)) {
            if (!name.endsWith(QLatin1String(".bak")))
                continue;
            const QString backup = folder + QLatin1Char('/') + name;
            const FileState copy = readFileState(backup, false);
            if (copy.version != 1 || copy.schema != expectedSchema(1) ||
                copy.integrity != QLatin1String("ok") || copy.contentSha != m_original.contentSha)
                return QStringLiteral("%1 is not a complete backup").arg(name);
            struct stat info = {};
            if (::lstat(QFile::encodeName(backup).constData(), &info) != 0 || (info.st_mode & 0777) != 0600)
                return QStringLiteral("%1 is not private").arg(name);
        }
        // And the file still opens, reaching the current format with everything in it.
        {
            auto db = Database::open(path);
            if (!db)
                return QStringLiteral("reopening: ") + db.error();
        }
        const FileState reopened = readFileState(path);
        if (reopened.version != Database::latestSchemaVersion() ||
            reopened.contentSha != m_upgraded.contentSha)
            return QStringLiteral("reopening did not complete the upgrade");
        return {};
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
            expectedSchema(v); // built once, outside the counted calls
        m_original = readFileState(fixture(QStringLiteral("reference-v1.cercles")), false);
        QCOMPARE(m_original.version, 1);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("org.cercles"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("reference-v1.cercles")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(upgradeWithFault(path, INT_MAX, FaultVfs::Mode::Crash));
        m_points = FaultVfs::count();
        m_upgraded = readFileState(path);
        QCOMPARE(m_upgraded.version, Database::latestSchemaVersion());
        QVERIFY(m_points > 10);
    }

    void faultAtEveryPoint_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("crash") << int(FaultVfs::Mode::Crash);
        QTest::newRow("i/o error") << int(FaultVfs::Mode::FailOnce);
    }

    void faultAtEveryPoint()
    {
        QFETCH(int, mode);
        Score tally;
        int reached = 0;
        QStringList failures;
        for (int k = 1; k <= m_points + 1; ++k) {
            TempDir dir;
            const QString folder = QFileInfo(dir.file(QStringLiteral("x"))).absolutePath();
            const QString path = dir.file(QStringLiteral("org.cercles"));
            QVERIFY(QFile::copy(fixture(QStringLiteral("reference-v1.cercles")), path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            const bool completed = upgradeWithFault(path, k, FaultVfs::Mode(mode));
            if (!completed)
                ++reached;
            ++tally.tried;
            const QString problem = verify(folder, path);
            if (problem.isEmpty()) {
                ++tally.passed;
            } else {
                ++tally.lost;
                failures << QStringLiteral("point %1: %2").arg(k).arg(problem);
            }
        }
        tally.print(QStringLiteral("upgrade v1 -> v%1, %2 at each point (%3 of %4 points reached)")
                        .arg(Database::latestSchemaVersion())
                        .arg(QLatin1String(QTest::currentDataTag()))
                        .arg(reached)
                        .arg(m_points));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(reached, m_points); // every point was reached; the run past the last one completed
    }

    void backupNeverFollowsAPlantedLink()
    {
        // A dangling symbolic link planted at the backup's name must not send the backup elsewhere.
        TempDir dir;
        const QString path = dir.file(QStringLiteral("org.cercles"));
        const QString elsewhere = dir.file(QStringLiteral("elsewhere.cercles"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("reference-v1.cercles")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::link(elsewhere, path + QStringLiteral(".v1.bak")));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QVERIFY(!QFileInfo::exists(elsewhere));
        QVERIFY(QFileInfo(path + QStringLiteral(".v1.bak")).isSymLink());
        const QString backup = path + QStringLiteral(".v1-1.bak");
        const FileState copy = readFileState(backup, false);
        QCOMPARE(copy.version, 1);
        QCOMPARE(copy.contentSha, m_original.contentSha);
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(backup).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        QCOMPARE(listing(QFileInfo(path).absolutePath()).size(), 3); // file, link, backup: no partial copy
    }
};

QTEST_GUILESS_MAIN(TestUpgradeCrash)
#include "tst_upgradecrash.moc"
