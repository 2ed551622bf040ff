// cercles-cli majority-judgment: JSON on stdin, one line of JSON on stdout, exit code 0 or 1.
#include "clirun.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using cercles::test::CliRun;
using cercles::test::runCli;

namespace {

QJsonObject loadSharedCases()
{
    return QJsonDocument::fromJson(cercles::test::readBytes(cercles::test::fixture(
                                       QStringLiteral("majority-judgment/cases.json"))))
        .object();
}

QByteArray ints(const QJsonArray& values)
{
    QByteArrayList items;
    for (const QJsonValue& value : values)
        items.append(QByteArray::number(value.toInt()));
    return '[' + items.join(',') + ']';
}

} // namespace

class TestCliMajorityJudgment : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void sharedCases_data();
    void sharedCases();
    void documents_data();
    void documents();
};

void TestCliMajorityJudgment::sharedCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("exitCode");
    // Majority grades worked out by hand from the completed tallies (low median, 0 = worst grade).
    const QHash<QString, QByteArray> grades{
        {QStringLiteral("few participants"), "[1,2,0,0,1]"},
        {QStringLiteral("static default, worst grade"), "[2,2,0,0,0]"},
        {QStringLiteral("static default, middle grade"), "[2,2,2,2,2]"},
        {QStringLiteral("median default"), "[2,2,2,4,3]"},
        {QStringLiteral("normalized"), "[2,2,2,1,3]"},
        {QStringLiteral("city poll, seven grades, one missing judgment"), "[4,4,4,4]"},
        {QStringLiteral("two close options"), "[1,1]"},
        {QStringLiteral("three voters"), "[1,1,1]"},
        {QStringLiteral("ten voters, five options"), "[2,3,3,2,2]"},
    };
    const QJsonObject shared = loadSharedCases();
    const QJsonArray cases = shared.value(QLatin1String("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue& value : cases) {
        // The case object itself is the input: the command ignores "title" and "ranks".
        const QJsonObject object = value.toObject();
        const QString title = object.value(QLatin1String("title")).toString();
        QVERIFY2(grades.contains(title), qPrintable(title));
        QTest::newRow(title.toUtf8().constData())
            << QJsonDocument(object).toJson()
            << "{\"ranks\":" + ints(object.value(QLatin1String("ranks")).toArray()) +
                   ",\"majority_grades\":" + grades.value(title) + "}\n"
            << 0;
    }
    for (const QJsonValue& value : shared.value(QLatin1String("errors")).toArray()) {
        const QJsonObject object = value.toObject();
        QTest::newRow(object.value(QLatin1String("title")).toString().toUtf8().constData())
            << QJsonDocument(object).toJson(QJsonDocument::Compact)
            << "{\"error\":\"" + object.value(QLatin1String("error")).toString().toUtf8() + "\"}\n"
            << 1;
    }
}

void TestCliMajorityJudgment::sharedCases()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    const CliRun run = runCli({QStringLiteral("majority-judgment")}, input);
    QCOMPARE(run.out, expected);
    QCOMPARE(run.exitCode, exitCode);
}

void TestCliMajorityJudgment::documents_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("counts of 2^63 - 1 read exactly")
        << QByteArray(
               R"({"tallies": [[0, 0, 9223372036854775807], [1, 0, 9223372036854775806]], "fill": "none"})")
        << QByteArray(R"({"ranks":[1,2],"majority_grades":[2,2]})"
                      "\n")
        << 0;
    // Doubles would read 2^53 + 1 as 2^53 and make these two options identical.
    QTest::newRow("2^53 + 1 is not 2^53")
        << QByteArray(
               R"({"tallies": [[9007199254740993, 0, 9007199254740992], [9007199254740992, 0, 9007199254740993]]})")
        << QByteArray(R"({"ranks":[2,1],"majority_grades":[0,2]})"
                      "\n")
        << 0;
    QTest::newRow("count of 2^63") << QByteArray(R"({"tallies": [[0, 0, 9223372036854775808], [1, 0, 0]]})")
                                   << QByteArray("{\"error\":\"overflow\"}\n") << 1;
    QTest::newRow("sum above 2^63 - 1")
        << QByteArray(R"({"tallies": [[9223372036854775807, 1, 0], [1, 0, 0]]})")
        << QByteArray("{\"error\":\"overflow\"}\n") << 1;
    QTest::newRow("normalize, LCM above 2^63 - 1")
        << QByteArray(R"({"tallies": [[4294967291, 0, 0], [0, 0, 4294967279]], "fill": "normalize"})")
        << QByteArray("{\"error\":\"overflow\"}\n") << 1;
    QTest::newRow("count written as a decimal")
        << QByteArray(R"({"tallies": [[0, 0, 4611686018427387905.0], [1, 0, 0]]})")
        << QByteArray("{\"error\":\"invalid-input\"}\n") << 1;
    QTest::newRow("count below -2^63")
        << QByteArray(R"({"tallies": [[0, 0, -9223372036854775809], [1, 0, 0]]})")
        << QByteArray("{\"error\":\"incoherent\"}\n") << 1;
    QTest::newRow("not JSON") << QByteArray("{\"tallies\": [[1, 2, 3]")
                              << QByteArray("{\"error\":\"invalid-json\"}\n") << 1;
    QTest::newRow("not an object") << QByteArray("[[1, 2, 3]]")
                                   << QByteArray("{\"error\":\"invalid-input\"}\n") << 1;
    QTest::newRow("text among the counts")
        << QByteArray(R"({"tallies": [[1, "2", 3]]})") << QByteArray("{\"error\":\"invalid-input\"}\n") << 1;
    QTest::newRow("unknown fill") << QByteArray(R"({"tallies": [[1, 2, 3]], "fill": "mean"})")
                                  << QByteArray("{\"error\":\"invalid-fill\"}\n") << 1;
    QTest::newRow("static grade off the scale")
        << QByteArray(
               R"({"tallies": [[1, 2, 3], [1, 2, 2]], "fill": "static", "grade": 3, "participants": 6})")
        << QByteArray("{\"error\":\"grade-out-of-range\"}\n") << 1;
    QTest::newRow("participants below a total")
        << QByteArray(
               R"({"tallies": [[1, 2, 3], [1, 2, 2]], "fill": "static", "grade": 0, "participants": 5})")
        << QByteArray("{\"error\":\"participants\"}\n") << 1;
    QTest::newRow("no option") << QByteArray(R"({"tallies": [], "fill": "none"})")
                               << QByteArray("{\"error\":\"empty\"}\n") << 1;
    QTest::newRow("other members and strings with brackets are skipped")
        << QByteArray(R"({"note": "a ] b \" }", "x": [1, {"y": [2]}], "tallies": [[3, 0, 0], [0, 0, 3]]})")
        << QByteArray(R"({"ranks":[2,1],"majority_grades":[0,2]})"
                      "\n")
        << 0;
}

void TestCliMajorityJudgment::documents()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    const CliRun run = runCli({QStringLiteral("majority-judgment")}, input);
    QCOMPARE(run.out, expected);
    QCOMPARE(run.exitCode, exitCode);
}

QTEST_GUILESS_MAIN(TestCliMajorityJudgment)
#include "tst_climajorityjudgment.moc"
