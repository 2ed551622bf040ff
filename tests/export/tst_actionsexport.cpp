// The actions list's CSV (issue 10): columns in the document's language, one row per action with its
// status against today's date, and a field a spreadsheet would run as a formula written as text.
#include "export/actionsexport.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

class TestActionsExport : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void status_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("doneOn");
        QTest::addColumn<QString>("status");
        const QDate today(2026, 12, 20);
        QTest::newRow("due later") << today.addDays(1) << QDate() << "open";
        QTest::newRow("due today") << today << QDate() << "open";
        QTest::newRow("due yesterday") << today.addDays(-1) << QDate() << "late";
        QTest::newRow("no date") << QDate() << QDate() << "open";
        QTest::newRow("done late") << today.addDays(-9) << today.addDays(-2) << "done";
    }
    void status()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, doneOn);
        QFETCH(QString, status);
        ActionLine line{ActionId(1),
                        QDate(2026, 12, 1),
                        QStringLiteral("Fête"),
                        QStringLiteral("Chloé"),
                        QStringLiteral("Réserver"),
                        due,
                        doneOn};
        QCOMPARE(actionStatusKey(line, QDate(2026, 12, 20)), status);
    }

    void csv_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("late");
        QTest::newRow("fr") << "fr" << QByteArray("Réunion,Point,Qui,Quoi,Pour quand,Statut,Fait le")
                            << QByteArray("En retard");
        QTest::newRow("en") << "en" << QByteArray("Meeting,Item,Who,What,By when,Status,Done on")
                            << QByteArray("Late");
    }
    void csv()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, late);
        const QList<ActionLine> lines{{ActionId(1),
                                       QDate(2026, 12, 1),
                                       QStringLiteral("Fête"),
                                       QStringLiteral("Chloé"),
                                       QStringLiteral("=HYPERLINK(\"http://x\")"),
                                       QDate(2026, 12, 10),
                                       {}},
                                      {ActionId(2),
                                       QDate(2026, 12, 1),
                                       QStringLiteral("Budget, 2027"),
                                       QString(),
                                       QStringLiteral("Envoyer"),
                                       {},
                                       QDate(2026, 12, 5)}};
        const QByteArray csv = actionsCsv(lines, QDate(2026, 12, 20), language);
        const QList<QByteArray> rows = csv.split('\n');
        QCOMPARE(rows.at(0), header + '\r');
        QVERIFY(rows.at(1).startsWith("2026-12-01,Fête,Chloé,\"'=HYPERLINK(\"\"http://x\"\")\",2026-12-10," +
                                      late));
        QVERIFY(rows.at(2).startsWith("2026-12-01,\"Budget, 2027\",,Envoyer,,"));
        QVERIFY(rows.at(2).endsWith(",2026-12-05\r"));
    }
};

QTEST_GUILESS_MAIN(TestActionsExport)
#include "tst_actionsexport.moc"
