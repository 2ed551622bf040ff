// Times that do not exist or exist twice (issue 11): resolveLocalTime tells a daylight-saving gap and an
// overlap from an ordinary time, for the zones Cercles users live in and a few extreme ones; toUtc (what
// a meeting stores) never gives a time on another day or one the clocks did not show.
#include "domain/localtime.h"
#include "domain/meeting.h"
#include "export/minutessnapshotbuilder.h"
#include "reliabilitysupport.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;
using namespace cercles::test;

using Kind = LocalTimeResolution::Kind;
Q_DECLARE_METATYPE(cercles::LocalTimeResolution::Kind)

class TestClockGaps : public QObject
{
    Q_OBJECT
    Score m_tally;

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void cleanupTestCase() { m_tally.print(QStringLiteral("local times resolved (gap, overlap, ordinary)")); }

    void resolve_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("local"); // yyyy-MM-ddTHH:mm
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("first");  // UTC instant, ISO
        QTest::addColumn<QString>("second"); // UTC instant of the second occurrence, or empty
        QTest::addColumn<QString>("offsets");
        QTest::newRow("Paris spring gap")
            << QByteArray("Europe/Paris") << "2025-03-30T02:30" << Kind::Gap << "2025-03-30T01:00:00Z"
            << ""
            << "UTC+02:00";
        QTest::newRow("Paris gap start")
            << QByteArray("Europe/Paris") << "2025-03-30T02:00" << Kind::Gap << "2025-03-30T01:00:00Z"
            << ""
            << "UTC+02:00";
        QTest::newRow("Paris after the gap")
            << QByteArray("Europe/Paris") << "2025-03-30T03:00" << Kind::Valid << "2025-03-30T01:00:00Z"
            << ""
            << "UTC+02:00";
        QTest::newRow("New York spring gap")
            << QByteArray("America/New_York") << "2025-03-09T02:30" << Kind::Gap << "2025-03-09T07:00:00Z"
            << ""
            << "UTC-04:00";
        QTest::newRow("Paris autumn overlap")
            << QByteArray("Europe/Paris") << "2025-10-26T02:30" << Kind::Ambiguous << "2025-10-26T00:30:00Z"
            << "2025-10-26T01:30:00Z"
            << "UTC+02:00 UTC+01:00";
        QTest::newRow("New York autumn overlap") << QByteArray("America/New_York") << "2025-11-02T01:30"
                                                 << Kind::Ambiguous << "2025-11-02T05:30:00Z"
                                                 << "2025-11-02T06:30:00Z"
                                                 << "UTC-04:00 UTC-05:00";
        QTest::newRow("Paris ordinary evening")
            << QByteArray("Europe/Paris") << "2025-06-15T19:00" << Kind::Valid << "2025-06-15T17:00:00Z"
            << ""
            << "UTC+02:00";
        QTest::newRow("Paris day of the change, evening")
            << QByteArray("Europe/Paris") << "2025-10-26T19:00" << Kind::Valid << "2025-10-26T18:00:00Z"
            << ""
            << "UTC+01:00";
        QTest::newRow("Lord Howe half-hour gap")
            << QByteArray("Australia/Lord_Howe") << "2025-10-05T02:15" << Kind::Gap << "2025-10-04T15:30:00Z"
            << ""
            << "UTC+11:00";
        QTest::newRow("Lord Howe half-hour overlap")
            << QByteArray("Australia/Lord_Howe") << "2025-04-06T01:45" << Kind::Ambiguous
            << "2025-04-05T14:45:00Z"
            << "2025-04-05T15:15:00Z"
            << "UTC+11:00 UTC+10:30";
        QTest::newRow("Samoa skipped a whole day")
            << QByteArray("Pacific/Apia") << "2011-12-30T12:00" << Kind::Gap << "2011-12-30T10:00:00Z"
            << ""
            << "UTC+14:00";
        QTest::newRow("Sao Paulo midnight gap")
            << QByteArray("America/Sao_Paulo") << "2018-11-04T00:30" << Kind::Gap << "2018-11-04T03:00:00Z"
            << ""
            << "UTC-02:00";
        QTest::newRow("UTC") << QByteArray("UTC") << "2025-03-30T02:30" << Kind::Valid
                             << "2025-03-30T02:30:00Z"
                             << ""
                             << "UTC+00:00";
        QTest::newRow("unknown zone")
            << QByteArray("Mars/Olympus_Mons") << "2025-03-30T02:30" << Kind::UnknownZone << ""
            << ""
            << "";
    }

    void resolve()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, local);
        QFETCH(Kind, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, offsets);
        const QDateTime wall = QDateTime::fromString(local, QStringLiteral("yyyy-MM-ddTHH:mm"));
        const LocalTimeResolution r = resolveLocalTime(wall.date(), wall.time(), zone);
        ++m_tally.tried;
        ++m_tally.lost; // taken back below if every comparison holds
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.instant.isValid() ? r.instant.toString(Qt::ISODate) : QString(), first);
        QCOMPARE(r.secondInstant.isValid() ? r.secondInstant.toString(Qt::ISODate) : QString(), second);
        QString shown;
        if (kind != Kind::UnknownZone)
            shown = utcOffsetText(r.offset);
        if (kind == Kind::Ambiguous)
            shown += QLatin1Char(' ') + utcOffsetText(r.secondOffset);
        QCOMPARE(shown, offsets);
        // What a meeting stores is the first valid instant, never another day's time.
        if (kind != Kind::UnknownZone)
            QCOMPARE(toUtc(wall.date(), wall.time(), zone), r.instant);
        --m_tally.lost;
        ++m_tally.passed;
    }

    void minutesPrintTheOffsetOfAnAmbiguousTime_data()
    {
        QTest::addColumn<QString>("start"); // UTC
        QTest::addColumn<QString>("zoneShown");
        QTest::newRow("first 02:30") << "2025-10-26T00:30:00Z"
                                     << "Europe/Paris, UTC+02:00";
        QTest::newRow("second 02:30") << "2025-10-26T01:30:00Z"
                                      << "Europe/Paris, UTC+01:00";
        QTest::newRow("ordinary evening") << "2025-10-26T18:00:00Z"
                                          << "Europe/Paris";
    }

    void minutesPrintTheOffsetOfAnAmbiguousTime()
    {
        QFETCH(QString, start);
        QFETCH(QString, zoneShown);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("org.cercles"));
        QVERIFY(createDemoFile(path));
        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        Meeting m = doc.value()->meetings().draftMeeting(CircleId(2), QDate(2025, 10, 26), QTime(2, 30),
                                                         "Europe/Paris");
        m.start = QDateTime::fromString(start, Qt::ISODate);
        auto id = doc.value()->meetings().createMeeting(m);
        QVERIFY2(id, qPrintable(id.error()));
        auto minutes = loadMinutes(*doc.value(), *id);
        QVERIFY2(minutes, qPrintable(minutes.error()));
        ++m_tally.tried;
        ++(minutes->timeZone == zoneShown ? m_tally.passed : m_tally.lost);
        QCOMPARE(minutes->timeZone, zoneShown);
    }
};

QTEST_GUILESS_MAIN(TestClockGaps)
#include "tst_clockgaps.moc"
