// The speaking timer shown to each speaker of a round: elapsed time against the limit, over time past
// it, never stopping anyone. Driven by a fake clock, so no test waits for time to pass.
#include "facilitation/speakingtimer.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using cercles::ui::SpeakingTimer;

class TestSpeakingTimer : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void elapsedAgainstLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("spokenMs");
        QTest::addColumn<bool>("over");
        QTest::addColumn<QString>("text");
        QTest::newRow("just started") << 60 << qint64(0) << false << QStringLiteral("0:00 / 1:00");
        QTest::newRow("half way") << 60 << qint64(30'500) << false << QStringLiteral("0:30 / 1:00");
        QTest::newRow("exactly the limit is not over")
            << 60 << qint64(60'000) << false << QStringLiteral("1:00 / 1:00");
        QTest::newRow("one millisecond past")
            << 60 << qint64(60'001) << true << QStringLiteral("1:00 / 1:00");
        QTest::newRow("long past, still counting")
            << 90 << qint64(605'000) << true << QStringLiteral("10:05 / 1:30");
        QTest::newRow("limit below five seconds becomes five")
            << 1 << qint64(4'000) << false << QStringLiteral("0:04 / 0:05");
    }
    void elapsedAgainstLimit()
    {
        QFETCH(int, limit);
        QFETCH(qint64, spokenMs);
        QFETCH(bool, over);
        QFETCH(QString, text);
        qint64 now = 1'000'000;
        SpeakingTimer timer(nullptr, [&now] { return now; });
        timer.setLimit(limit);
        timer.restart();
        now += spokenMs;
        QCOMPARE(timer.elapsed(), spokenMs);
        QCOMPARE(timer.isOver(), over);
        QCOMPARE(timer.text(), text);
    }

    void stopKeepsTheLastValueAndRestartCountsFromZero()
    {
        qint64 now = 0;
        SpeakingTimer timer(nullptr, [&now] { return now; });
        timer.restart();
        QVERIFY(timer.isRunning());
        now = 12'000;
        timer.stop();
        QVERIFY(!timer.isRunning());
        now = 50'000;
        QCOMPARE(timer.elapsed(), qint64(12'000));
        timer.restart();
        QCOMPARE(timer.elapsed(), qint64(0));
        now = 53'000;
        QCOMPARE(timer.elapsed(), qint64(3'000));
    }

    void everyChangeAsksForARepaint()
    {
        qint64 now = 0;
        SpeakingTimer timer(nullptr, [&now] { return now; });
        QSignalSpy ticks(&timer, &SpeakingTimer::tick);
        timer.setLimit(30);
        timer.restart();
        timer.stop();
        QCOMPARE(ticks.count(), 3);
    }
};

QTEST_MAIN(TestSpeakingTimer)
#include "tst_speakingtimer.moc"
