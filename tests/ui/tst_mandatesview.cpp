// The mandates view (processes.md section 3, step 7): mandates ending within 60 days and those already ended,
// its model under QAbstractItemModelTester before and after an election adds a mandate.
#include "common/lazytabs.h"
#include "elections/mandateexpirymodel.h"
#include "elections/mandatesview.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace cercles;
using namespace cercles::ui;

class TestMandatesView : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void listsEndingSoonThenEnded()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path).ok());
        std::unique_ptr<Document> doc = std::move(Document::open(path)).value();
        QTabWidget tabs;
        auto* lazy = new LazyTabs(tabs);
        const int tab = addMandatesTab(*lazy, doc->organisation());
        QCOMPARE(tabs.count(), 1);
        auto* view = qobject_cast<MandatesView*>(lazy->page(tab));
        QVERIFY(view);
        view->model()->setToday(QDate(2026, 12, 1));
        MandateExpiryModel& model = *view->model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MandateExpiryModel::PersonColumn).data().toString(),
                 QStringLiteral("Étienne Blanc"));
        QCOMPARE(model.index(0, MandateExpiryModel::StatusColumn).data().toString(),
                 QStringLiteral("Ends in 30 day(s)"));
        QCOMPARE(model.index(1, MandateExpiryModel::PersonColumn).data().toString(),
                 QStringLiteral("Fatou Diallo"));
        QCOMPARE(model.index(1, MandateExpiryModel::RoleColumn).data().toString(),
                 QStringLiteral("Premier lien"));
        QCOMPARE(model.index(1, MandateExpiryModel::CircleColumn).data().toString(),
                 QStringLiteral("Cercle Communication"));
        QCOMPARE(model.index(1, MandateExpiryModel::StatusColumn).data().toString(),
                 QStringLiteral("Ended 62 day(s) ago"));
        QVERIFY(view->summary()->text().contains(QStringLiteral("1 mandate(s) end")));

        // A new mandate ending soon (as an election adopts it) appears at once, soonest first.
        QVERIFY(doc->organisation()
                    .addMandate(Mandate{{}, PersonId(9), RoleId(3), QDate(2026, 1, 1), QDate(2026, 12, 10)})
                    .ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, MandateExpiryModel::PersonColumn).data().toString(),
                 QStringLiteral("Inès Bonnet"));
        model.setToday(QDate(2026, 6, 1));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(view->summary()->text().startsWith(QStringLiteral("No mandate")));
    }
};

QTEST_MAIN(TestMandatesView)
#include "tst_mandatesview.moc"
