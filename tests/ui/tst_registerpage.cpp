// The decision register page on the demo organisation: filters and accent-blind search, model checked by
// QAbstractItemModelTester.
#include "register/registermodel.h"
#include "register/registerpage.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace cercles;
using namespace cercles::ui;

class TestRegisterPage : public QObject
{
    Q_OBJECT
    test::TempDir dir;
    std::unique_ptr<Document> document;

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        auto opened = Document::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        document = std::move(opened).value();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("circle");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("reviewDue");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << ""
                                    << ""
                                    << "" << false << 5;
        QTest::newRow("one circle") << ""
                                    << "Cercle Communication"
                                    << "" << false << 2;
        QTest::newRow("referred") << ""
                                  << ""
                                  << "referred-to-parent" << false << 1;
        QTest::newRow("adopted in the assembly") << ""
                                                 << "Assemblée Populaire"
                                                 << "adopted" << false << 2;
        QTest::newRow("review due") << ""
                                    << ""
                                    << "" << true << 1;
        QTest::newRow("oe ligature typed plainly") << "coeur"
                                                   << ""
                                                   << "" << false << 2;
        QTest::newRow("ligature typed") << "cœur"
                                        << ""
                                        << "" << false << 2;
        QTest::newRow("accents and case ignored") << "ETE"
                                                  << ""
                                                  << "" << false << 1;
        QTest::newRow("two words") << "lettre mensuelle"
                                   << ""
                                   << "" << false << 1;
        QTest::newRow("nothing") << "girafe"
                                 << ""
                                 << "" << false << 0;
    }
    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, circle);
        QFETCH(QString, status);
        QFETCH(bool, reviewDue);
        QFETCH(int, rows);
        RegisterPage page(*document);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.searchField()->setText(search);
        if (!circle.isEmpty())
            page.circleFilter()->setCurrentIndex(page.circleFilter()->findText(circle));
        page.statusFilter()->setCurrentIndex(status.isEmpty() ? 0 : page.statusFilter()->findData(status));
        page.reviewDueFilter()->setChecked(reviewDue);
        QCOMPARE(page.model()->rowCount(), rows);
    }

    void reviewDueIsMarked()
    {
        RegisterPage page(*document);
        page.reviewDueFilter()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        const QString status = page.model()->index(0, RegisterModel::Status).data().toString();
        QVERIFY2(status.contains(QStringLiteral("review due")), qPrintable(status));
        QVERIFY(page.model()->index(0, RegisterModel::Review).data(Qt::ForegroundRole).isValid());
    }
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
