// The meeting dialog around daylight-saving changes (issue 11): a time the clocks skip is stored as the
// first valid time and the dialog says so before OK; a time shown twice offers its two UTC offsets and
// stores the one chosen, which the dialog shows again when the meeting is reopened.

#include "meetingfixture.h"
#include "testsupport.h"

#include "meetings/meetingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTimeEdit>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

class TestMeetingDialogClock : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    QUndoStack m_stack;

    /// Takes a wall-clock reading in a zone; returns a new meeting's dialog showing it.
    std::unique_ptr<MeetingDialog> dialogAt(QDate day, QTime time, const QByteArray& zone)
    {
        const Meeting draft = m_doc->meetings().draftMeeting(circleId(*m_doc, "Conseil de Coordination"),
                                                             QDate(2025, 1, 6), QTime(18, 0), zone);
        auto dialog = std::make_unique<MeetingDialog>(*m_doc, m_stack, draft);
        dialog->dateEdit()->setDate(day);
        dialog->timeEdit()->setTime(time);
        return dialog;
    }

private slots:
    void init()
    {
        cercles::test::failOnUnexpectedWarnings();
        m_dir = std::make_unique<TempDir>();
        m_doc = openDemo(m_dir->file(QStringLiteral("demo.cercles")));
        m_stack.clear();
    }
    void cleanup()
    {
        m_stack.clear();
        m_doc.reset();
        m_dir.reset();
    }

    void skippedTimeIsMovedAndSaid_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("stored"); // UTC
        QTest::addColumn<QString>("shown");  // in the note
        QTest::newRow("Paris") << QByteArray("Europe/Paris") << QDate(2025, 3, 30) << QTime(2, 30)
                               << "2025-03-30T01:00:00Z"
                               << "03:00 (UTC+02:00)";
        QTest::newRow("New York") << QByteArray("America/New_York") << QDate(2025, 3, 9) << QTime(2, 30)
                                  << "2025-03-09T07:00:00Z"
                                  << "03:00 (UTC-04:00)";
    }
    void skippedTimeIsMovedAndSaid()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QTime, time);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        auto dialog = dialogAt(day, time, zone);
        QVERIFY(!dialog->clockNote()->isHidden());
        QVERIFY2(dialog->clockNote()->text().contains(shown), qPrintable(dialog->clockNote()->text()));
        QVERIFY(dialog->occurrenceCombo()->isHidden());
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const Meeting saved = m_doc->meetings().meeting(dialog->savedId()).value();
        QCOMPARE(saved.start.toString(Qt::ISODate), stored);
        QCOMPARE(saved.localStart().date(), day); // never the evening before
    }

    void timeShownTwiceOffersBothOffsets()
    {
        auto dialog = dialogAt(QDate(2025, 10, 26), QTime(2, 30), "Europe/Paris");
        QVERIFY(!dialog->clockNote()->isHidden());
        QCOMPARE(dialog->occurrenceCombo()->count(), 2);
        QVERIFY(dialog->occurrenceCombo()->itemText(0).contains(QLatin1String("UTC+02:00")));
        QVERIFY(dialog->occurrenceCombo()->itemText(1).contains(QLatin1String("UTC+01:00")));
        dialog->occurrenceCombo()->setCurrentIndex(1);
        dialog->accept();
        const Meeting saved = m_doc->meetings().meeting(dialog->savedId()).value();
        QCOMPARE(saved.start.toString(Qt::ISODate), QStringLiteral("2025-10-26T01:30:00Z"));
        // Reopened, the dialog shows the second occurrence and confirming changes nothing.
        MeetingDialog again(*m_doc, m_stack, saved);
        QCOMPARE(again.occurrenceCombo()->currentIndex(), 1);
        QCOMPARE(again.meeting(), saved);
    }

    void ordinaryTimeSaysNothing()
    {
        auto dialog = dialogAt(QDate(2025, 6, 15), QTime(19, 0), "Europe/Paris");
        QVERIFY(dialog->clockNote()->isHidden());
        QVERIFY(dialog->occurrenceCombo()->isHidden());
    }
};

QTEST_MAIN(TestMeetingDialogClock)
#include "tst_meetingdialogclock.moc"
