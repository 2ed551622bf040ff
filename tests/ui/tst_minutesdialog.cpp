// The Minutes dialog reflects where a meeting's minutes stand: draft until approved, then approved.
#include "minutes/minutesdialog.h"

#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/minutesservice.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

class TestMinutesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void statusFollowsApproval_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::addColumn<QString>("expected");
        QTest::newRow("draft") << false << "Draft: the circle has not approved these minutes yet.";
        QTest::newRow("approved") << true << "Approved on";
    }

    void statusFollowsApproval()
    {
        QFETCH(bool, approve);
        QFETCH(QString, expected);
        test::TempDir dir;
        const QString path = dir.file("demo.cercles");
        QVERIFY(createDemoFile(path));
        auto doc = Document::open(path);
        QVERIFY(doc);
        Document& d = *doc.value();
        const MeetingId meeting(2);
        if (approve) {
            MinutesService minutes(d.database(), d.meetings());
            QVERIFY(approveMinutes(d.meetings(), d.consent(), minutes, meeting, QDate(2026, 12, 1)));
        }
        ui::MinutesDialog dialog(d, meeting);
        QCOMPARE(dialog.currentMeeting(), meeting);
        QVERIFY2(dialog.statusText().startsWith(expected), qPrintable(dialog.statusText()));
    }
};

QTEST_MAIN(TestMinutesDialog)
#include "tst_minutesdialog.moc"
