// The majority-judgment engine (processes.md section 4): the verified shared cases, majority grades,
// exact arithmetic near 2^63, tie explanations and grade scales.
#include "domain/gradescale.h"
#include "domain/majorityjudgment.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace cercles;

Q_DECLARE_METATYPE(cercles::Tally)
Q_DECLARE_METATYPE(QList<cercles::Tally>)
Q_DECLARE_METATYPE(cercles::Fill)
Q_DECLARE_METATYPE(cercles::Decision)

namespace {

constexpr qint64 maxCount = std::numeric_limits<qint64>::max();
constexpr qint64 half = qint64(1) << 62;

QJsonObject loadSharedCases()
{
    const QByteArray bytes = test::readBytes(test::fixture(QStringLiteral("majority-judgment/cases.json")));
    return QJsonDocument::fromJson(bytes).object();
}

QList<Tally> talliesFrom(const QJsonArray& array)
{
    QList<Tally> tallies;
    for (const QJsonValue& row : array) {
        Tally tally;
        for (const QJsonValue& count : row.toArray())
            tally.append(count.toInteger());
        tallies.append(tally);
    }
    return tallies;
}

Fill fillFrom(const QJsonObject& object)
{
    bool known = false;
    Fill fill;
    fill.rule = fillRuleFromKey(object.value(QLatin1String("fill")).toString(), &known);
    Q_ASSERT(known);
    fill.grade = object.value(QLatin1String("grade")).toInt(0);
    fill.participants = object.value(QLatin1String("participants")).toInteger(0);
    return fill;
}

QList<int> intsFrom(const QJsonArray& array)
{
    QList<int> values;
    for (const QJsonValue& value : array)
        values.append(value.toInt());
    return values;
}

// The definition of processes.md section 4, on expanded ballots: set aside one judgment at the low median
// again and again; the grades met form the option's sequence.
QList<int> medianSequence(const Tally& tally)
{
    QList<int> judgments; // sorted worst first
    for (int grade = 0; grade < int(tally.size()); ++grade)
        judgments.append(QList<int>(tally.at(grade), grade));
    QList<int> sequence;
    while (!judgments.isEmpty())
        sequence.append(judgments.takeAt((judgments.size() + 1) / 2 - 1));
    return sequence;
}

// Every tally of `grades` grades with `total` judgments.
QList<Tally> allTallies(int grades, int total)
{
    if (grades == 1)
        return {Tally{total}};
    QList<Tally> tallies;
    for (int first = 0; first <= total; ++first) {
        for (Tally rest : allTallies(grades - 1, total - first)) {
            rest.prepend(first);
            tallies.append(rest);
        }
    }
    return tallies;
}

// Some tallies' common grade count (the engine checks it per tally).
int gradesOf(const QList<Tally>& tallies)
{
    return tallies.isEmpty() ? 7 : int(tallies.first().size());
}

} // namespace

class TestMajorityJudgment : public QObject
{
    Q_OBJECT

private slots:
    void init() { test::failOnUnexpectedWarnings(); }
    void vendoredCasesMatchShared();
    void sharedCases_data();
    void sharedCases();
    void sharedErrors_data();
    void sharedErrors();
    void majorityGrades_data();
    void majorityGrades();
    void errors_data();
    void errors();
    void exactNearLimit_data();
    void exactNearLimit();
    void twoCloseOptionsExplanation();
    void explanations_data();
    void explanations();
    void explanationsFollowRanking();
    void countingAgreesWithSettingAsideMedians_data();
    void countingAgreesWithSettingAsideMedians();
    void meritProfilesAreCompletedTallies();
    void scales_data();
    void scales();
    void defaultScale();
};

// tests/data/majority-judgment/cases.json is a copy of the project's shared reference cases, so that a
// clone builds and tests alone. Where the shared file is at hand (CI sets CERCLES_SHARED_DATA to its
// folder), the copy must still be identical to it.
void TestMajorityJudgment::vendoredCasesMatchShared()
{
    const QString sharedFolder = qEnvironmentVariable("CERCLES_SHARED_DATA");
    const QString shared = sharedFolder + QStringLiteral("/majority-judgment/cases.json");
    if (sharedFolder.isEmpty() || !QFile::exists(shared))
        QSKIP("CERCLES_SHARED_DATA does not name a folder with majority-judgment/cases.json");
    const QByteArray vendored =
        test::readBytes(test::fixture(QStringLiteral("majority-judgment/cases.json")));
    QVERIFY(!vendored.isEmpty());
    QCOMPARE(vendored, test::readBytes(shared));
}

void TestMajorityJudgment::sharedCases_data()
{
    QTest::addColumn<QList<Tally>>("tallies");
    QTest::addColumn<Fill>("fill");
    QTest::addColumn<QList<int>>("ranks");
    const QJsonArray cases = loadSharedCases().value(QLatin1String("cases")).toArray();
    QVERIFY(cases.size() >= 9);
    for (const QJsonValue& value : cases) {
        const QJsonObject object = value.toObject();
        QTest::newRow(object.value(QLatin1String("title")).toString().toUtf8().constData())
            << talliesFrom(object.value(QLatin1String("tallies")).toArray()) << fillFrom(object)
            << intsFrom(object.value(QLatin1String("ranks")).toArray());
    }
}

void TestMajorityJudgment::sharedCases()
{
    QFETCH(QList<Tally>, tallies);
    QFETCH(Fill, fill);
    QFETCH(QList<int>, ranks);
    const JudgmentResult<MajorityJudgment> result = judge(tallies, gradesOf(tallies), fill);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->ranks, ranks);
    for (const Tally& profile : result->profiles)
        QCOMPARE(tallyTotal(profile).value_or(-1), result->judgmentsPerOption);
}

void TestMajorityJudgment::sharedErrors_data()
{
    QTest::addColumn<QList<Tally>>("tallies");
    QTest::addColumn<Fill>("fill");
    QTest::addColumn<QString>("key");
    const QJsonArray errors = loadSharedCases().value(QLatin1String("errors")).toArray();
    QVERIFY(errors.size() >= 2);
    for (const QJsonValue& value : errors) {
        const QJsonObject object = value.toObject();
        QTest::newRow(object.value(QLatin1String("title")).toString().toUtf8().constData())
            << talliesFrom(object.value(QLatin1String("tallies")).toArray()) << fillFrom(object)
            << object.value(QLatin1String("error")).toString();
    }
}

void TestMajorityJudgment::sharedErrors()
{
    QFETCH(QList<Tally>, tallies);
    QFETCH(Fill, fill);
    QFETCH(QString, key);
    const JudgmentResult<MajorityJudgment> result = judge(tallies, gradesOf(tallies), fill);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().key, key);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMajorityJudgment::majorityGrades_data()
{
    QTest::addColumn<Tally>("tally");
    QTest::addColumn<int>("grade");
    QTest::newRow("odd, clear median") << Tally{1, 3, 1} << 1;
    QTest::newRow("even, low of two middles") << Tally{0, 2, 2} << 1;
    QTest::newRow("even, split exactly in two") << Tally{5, 0, 0, 0, 5} << 0;
    QTest::newRow("odd, one more above") << Tally{5, 0, 0, 0, 6} << 4;
    QTest::newRow("single judgment") << Tally{0, 0, 1} << 2;
    QTest::newRow("even, middles on one grade") << Tally{1, 2, 1} << 1;
    QTest::newRow("seven grades") << Tally{1, 1, 4, 3, 7, 4, 1} << 4;
    QTest::newRow("huge even split") << Tally{maxCount / 2, 0, maxCount / 2} << 0;
    QTest::newRow("huge odd total") << Tally{maxCount / 2, 0, maxCount / 2 + 1} << 2;
    QTest::newRow("no judgment") << Tally{0, 0, 0} << -1;
}

void TestMajorityJudgment::majorityGrades()
{
    QFETCH(Tally, tally);
    QFETCH(int, grade);
    QCOMPARE(majorityGrade(tally), grade);
}

void TestMajorityJudgment::errors_data()
{
    QTest::addColumn<QList<Tally>>("tallies");
    QTest::addColumn<int>("grades");
    QTest::addColumn<Fill>("fill");
    QTest::addColumn<QString>("key");
    const Fill none;
    const Fill normalize{FillRule::Normalize, 0, 0};
    QTest::newRow("sum of two near 2^63") << QList<Tally>{{maxCount / 2 + 1, maxCount / 2 + 1, 0}, {0, 0, 1}}
                                          << 3 << none << QStringLiteral("overflow");
    QTest::newRow("max plus one") << QList<Tally>{{maxCount, 1, 0}} << 3 << none
                                  << QStringLiteral("overflow");
    QTest::newRow("normalize, LCM of two large primes")
        << QList<Tally>{{4294967291, 0, 0}, {0, 0, 4294967279}} << 3 << normalize
        << QStringLiteral("overflow");
    QTest::newRow("normalize, LCM 3 * 2^62")
        << QList<Tally>{{3, 0, 0}, {0, 0, qint64(1) << 62}} << 3 << normalize << QStringLiteral("overflow");
    QTest::newRow("normalize, option without judgment")
        << QList<Tally>{{1, 2, 0}, {0, 0, 0}} << 3 << normalize << QStringLiteral("empty");
    QTest::newRow("median, option without judgment")
        << QList<Tally>{{1, 2, 0}, {0, 0, 0}} << 3 << Fill{FillRule::Median, 0, 4} << QStringLiteral("empty");
    QTest::newRow("no option") << QList<Tally>{} << 3 << none << QStringLiteral("empty");
    QTest::newRow("no judgment at all")
        << QList<Tally>{{0, 0, 0}, {0, 0, 0}} << 3 << none << QStringLiteral("empty");
    QTest::newRow("unbalanced") << QList<Tally>{{1, 1, 1}, {1, 1, 0}} << 3 << none
                                << QStringLiteral("unbalanced");
    QTest::newRow("fewer judgments than participants, no fill")
        << QList<Tally>{{1, 1, 1}, {1, 1, 1}} << 3 << Fill{FillRule::None, 0, 4}
        << QStringLiteral("unbalanced");
    QTest::newRow("negative count") << QList<Tally>{{1, -1, 2}, {1, 1, 0}} << 3 << none
                                    << QStringLiteral("incoherent");
    QTest::newRow("static grade above the scale")
        << QList<Tally>{{1, 1, 1}, {1, 1, 0}} << 3 << Fill{FillRule::Static, 3, 3}
        << QStringLiteral("grade-out-of-range");
    QTest::newRow("static grade below the scale")
        << QList<Tally>{{1, 1, 1}, {1, 1, 0}} << 3 << Fill{FillRule::Static, -1, 3}
        << QStringLiteral("grade-out-of-range");
    QTest::newRow("participants below a total")
        << QList<Tally>{{1, 1, 1}, {1, 1, 0}} << 3 << Fill{FillRule::Static, 0, 2}
        << QStringLiteral("participants");
    QTest::newRow("negative participants") << QList<Tally>{{1, 1, 1}, {1, 1, 0}} << 3
                                           << Fill{FillRule::Static, 0, -3} << QStringLiteral("participants");
    QTest::newRow("tally with a grade too many")
        << QList<Tally>{{1, 1, 1}, {1, 1, 0, 1}} << 3 << none << QStringLiteral("grade-count");
    QTest::newRow("two-grade scale") << QList<Tally>{{1, 1}, {2, 0}} << 2 << none
                                     << QStringLiteral("grade-count");
    QTest::newRow("eleven-grade scale")
        << QList<Tally>{Tally(11, 1), Tally(11, 1)} << 11 << none << QStringLiteral("grade-count");
}

void TestMajorityJudgment::errors()
{
    QFETCH(QList<Tally>, tallies);
    QFETCH(int, grades);
    QFETCH(Fill, fill);
    QFETCH(QString, key);
    const JudgmentResult<MajorityJudgment> result = judge(tallies, grades, fill);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().key, key);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMajorityJudgment::exactNearLimit_data()
{
    QTest::addColumn<QList<Tally>>("tallies");
    QTest::addColumn<Fill>("fill");
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QList<int>>("grades");
    QTest::newRow("totals of exactly 2^63 - 1, one judgment apart")
        << QList<Tally>{{0, 0, maxCount}, {1, 0, maxCount - 1}} << Fill{} << QList<int>{1, 2}
        << QList<int>{2, 2};
    // Setting aside medians one by one, these sequences agree for about 2^63 steps: counts, not ballots.
    QTest::newRow("2^62 on each side, differing far from the median")
        << QList<Tally>{{1, half - 2, half}, {0, half - 1, half}} << Fill{} << QList<int>{2, 1}
        << QList<int>{2, 2};
    QTest::newRow("identical huge profiles share a rank")
        << QList<Tally>{{half, 0, half - 1}, {half, 0, half - 1}, {half - 1, 1, half - 1}} << Fill{}
        << QList<int>{2, 2, 1} << QList<int>{0, 0, 1};
    QTest::newRow("normalize to LCM 2^62")
        << QList<Tally>{{1, 0, 0}, {0, 0, half}} << Fill{FillRule::Normalize, 0, 0} << QList<int>{2, 1}
        << QList<int>{0, 2};
    QTest::newRow("static fill up to 2^63 - 1")
        << QList<Tally>{{0, 1, 0}, {0, 0, 2}} << Fill{FillRule::Static, 2, maxCount} << QList<int>{2, 1}
        << QList<int>{2, 2};
}

void TestMajorityJudgment::exactNearLimit()
{
    QFETCH(QList<Tally>, tallies);
    QFETCH(Fill, fill);
    QFETCH(QList<int>, ranks);
    QFETCH(QList<int>, grades);
    const JudgmentResult<MajorityJudgment> result = judge(tallies, 3, fill);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().key));
    QCOMPARE(result->ranks, ranks);
    QCOMPARE(result->majorityGrades, grades);
}

void TestMajorityJudgment::twoCloseOptionsExplanation()
{
    // Both options have majority grade 1 and 9 judgments above it (adhesion 9 against contestation 4 and 3):
    // the first gauge is equal, so the sequences decide further out: A has 4 judgments below grade 1, B 3.
    const QList<Tally> tallies{{4, 5, 2, 1, 3, 1, 2}, {3, 6, 2, 1, 3, 1, 2}};
    const JudgmentResult<MajorityJudgment> result = judge(tallies, 7, Fill{});
    QVERIFY(result.ok());
    QCOMPARE(result->ranks, (QList<int>{2, 1}));
    QCOMPARE(result->majorityGrades, (QList<int>{1, 1}));
    QCOMPARE(result->explanations.size(), 1);
    const Explanation& explanation = result->explanations.first();
    QCOMPARE(explanation.ahead, 1);
    QCOMPARE(explanation.next, 0);
    QCOMPARE(explanation.comparison.decision, Decision::Contestation);
    QCOMPARE(explanation.comparison.grade, 1);
    QCOMPARE(explanation.comparison.behindCount, 4);
    QCOMPARE(explanation.comparison.aheadCount, 3);
    const QString text = describeExplanation(explanation, {QStringLiteral("Park"), QStringLiteral("Library")},
                                             GradeScale::frenchDefault());
    QCOMPARE(text,
             QStringLiteral("Library is ahead of Park: same majority grade, but Park has more judgments "
                            "below \"Insufficient\" (4 against 3); the contestation group decided."));
}

void TestMajorityJudgment::explanations_data()
{
    QTest::addColumn<Tally>("first");
    QTest::addColumn<Tally>("second");
    QTest::addColumn<int>("order");
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<int>("grade");
    QTest::addColumn<qint64>("aheadCount");
    QTest::addColumn<qint64>("behindCount");
    QTest::newRow("majority grades differ")
        << Tally{1, 1, 3} << Tally{1, 3, 1} << 1 << Decision::MajorityGrade << 2 << qint64(0) << qint64(0);
    QTest::newRow("larger adhesion wins")
        << Tally{1, 2, 2} << Tally{1, 3, 1} << 1 << Decision::Adhesion << 1 << qint64(2) << qint64(1);
    QTest::newRow("adhesion beats contestation")
        << Tally{1, 2, 2} << Tally{2, 2, 1} << 1 << Decision::Contestation << 1 << qint64(1) << qint64(2);
    QTest::newRow("smaller contestation wins")
        << Tally{2, 3, 0} << Tally{1, 4, 0} << -1 << Decision::Contestation << 1 << qint64(1) << qint64(2);
    // Equal groups: contestation wins, so 2 below / 2 above ranks behind 0 below / 0 above.
    QTest::newRow("equal groups, contestation wins")
        << Tally{2, 1, 2} << Tally{0, 5, 0} << -1 << Decision::Contestation << 1 << qint64(0) << qint64(2);
    QTest::newRow("2^63 - 1 judgments, differing at the worst one")
        << Tally{1, half - 2, half} << Tally{0, half - 1, half} << -1 << Decision::Contestation << 1
        << qint64(0) << qint64(1);
    QTest::newRow("identical") << Tally{1, 2, 3} << Tally{1, 2, 3} << 0 << Decision::Tied << -1 << qint64(0)
                               << qint64(0);
}

void TestMajorityJudgment::explanations()
{
    QFETCH(Tally, first);
    QFETCH(Tally, second);
    QFETCH(int, order);
    QFETCH(Decision, decision);
    QFETCH(int, grade);
    QFETCH(qint64, aheadCount);
    QFETCH(qint64, behindCount);
    const Comparison comparison = compareProfiles(first, second);
    QCOMPARE(comparison.order > 0 ? 1 : comparison.order < 0 ? -1 : 0, order);
    QCOMPARE(comparison.decision, decision);
    QCOMPARE(comparison.grade, grade);
    QCOMPARE(comparison.aheadCount, aheadCount);
    QCOMPARE(comparison.behindCount, behindCount);
    // Seen from the other side, the same reasons with the order reversed.
    const Comparison reversed = compareProfiles(second, first);
    QCOMPARE(reversed.order > 0 ? 1 : reversed.order < 0 ? -1 : 0, -order);
    QCOMPARE(reversed.decision, decision);
    QCOMPARE(reversed.grade, grade);
}

void TestMajorityJudgment::explanationsFollowRanking()
{
    // "static default, worst grade" from cases.json: ranks 1, 1, 3, 4, 5.
    const QList<Tally> tallies{
        {2, 2, 2, 2, 2}, {1, 2, 2, 2, 2}, {0, 0, 4, 0, 0}, {0, 0, 0, 0, 2}, {0, 0, 0, 1, 1}};
    const JudgmentResult<MajorityJudgment> result = judge(tallies, 5, Fill{FillRule::Static, 0, 10});
    QVERIFY(result.ok());
    QCOMPARE(result->order, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(result->explanations.size(), 4);
    QCOMPARE(result->explanations.at(0).comparison.decision, Decision::Tied);
    for (int pair = 1; pair < 4; ++pair) {
        QCOMPARE(result->explanations.at(pair).ahead, pair);
        QCOMPARE(result->explanations.at(pair).next, pair + 1);
        QVERIFY(result->explanations.at(pair).comparison.order > 0);
    }
    const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                            QStringLiteral("D"), QStringLiteral("E")};
    const GradeScale scale =
        GradeScale::custom({QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"),
                            QStringLiteral("2"), QStringLiteral("1")})
            .value();
    QCOMPARE(describeExplanation(result->explanations.at(0), names, scale),
             QStringLiteral("A and B are tied: their merit profiles are identical."));
}

void TestMajorityJudgment::countingAgreesWithSettingAsideMedians_data()
{
    QTest::addColumn<int>("grades");
    QTest::addColumn<int>("total");
    QTest::newRow("3 grades, 5 judgments") << 3 << 5;
    QTest::newRow("3 grades, 6 judgments") << 3 << 6;
    QTest::newRow("4 grades, 7 judgments") << 4 << 7;
    QTest::newRow("5 grades, 4 judgments") << 5 << 4;
}

void TestMajorityJudgment::countingAgreesWithSettingAsideMedians()
{
    QFETCH(int, grades);
    QFETCH(int, total);
    const QList<Tally> tallies = allTallies(grades, total);
    QList<QList<int>> sequences;
    for (const Tally& tally : tallies)
        sequences.append(medianSequence(tally));
    for (qsizetype a = 0; a < tallies.size(); ++a) {
        QCOMPARE(majorityGrade(tallies.at(a)), sequences.at(a).first());
        for (qsizetype b = 0; b < tallies.size(); ++b) {
            const int expected = sequences.at(a) > sequences.at(b)   ? 1
                                 : sequences.at(a) < sequences.at(b) ? -1
                                                                     : 0;
            const Comparison comparison = compareProfiles(tallies.at(a), tallies.at(b));
            QCOMPARE(comparison.order > 0 ? 1 : comparison.order < 0 ? -1 : 0, expected);
            // The deciding group is larger for the option it favours (adhesion) or disfavours (contestation).
            if (comparison.decision == Decision::Adhesion)
                QVERIFY(comparison.aheadCount > comparison.behindCount);
            if (comparison.decision == Decision::Contestation)
                QVERIFY(comparison.behindCount > comparison.aheadCount);
        }
    }
}

void TestMajorityJudgment::meritProfilesAreCompletedTallies()
{
    const QList<Tally> tallies{{0, 0, 4, 0, 0}, {0, 0, 0, 1, 1}};
    const JudgmentResult<MajorityJudgment> fixed = judge(tallies, 5, Fill{FillRule::Static, 2, 10});
    QVERIFY(fixed.ok());
    QCOMPARE(fixed->profiles, (QList<Tally>{{0, 0, 10, 0, 0}, {0, 0, 8, 1, 1}}));
    QCOMPARE(fixed->judgmentsPerOption, 10);
    const JudgmentResult<MajorityJudgment> median = judge(tallies, 5, Fill{FillRule::Median, 0, 10});
    QVERIFY(median.ok());
    QCOMPARE(median->profiles, (QList<Tally>{{0, 0, 10, 0, 0}, {0, 0, 0, 9, 1}}));
    const JudgmentResult<MajorityJudgment> scaled =
        judge({{2, 0, 1}, {0, 1, 1}}, 3, Fill{FillRule::Normalize});
    QVERIFY(scaled.ok());
    QCOMPARE(scaled->profiles, (QList<Tally>{{4, 0, 2}, {0, 3, 3}}));
    QCOMPARE(scaled->judgmentsPerOption, 6);
}

void TestMajorityJudgment::scales_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("worst");
    QTest::newRow("three grades") << QStringList{QStringLiteral("Yes"), QStringLiteral("Maybe"),
                                                 QStringLiteral("No")}
                                  << QString() << QStringLiteral("No");
    QStringList ten;
    for (int grade = 10; grade >= 1; --grade)
        ten.append(QString::number(grade));
    QTest::newRow("ten grades") << ten << QString() << QStringLiteral("1");
    QTest::newRow("two grades") << QStringList{QStringLiteral("Yes"), QStringLiteral("No")}
                                << QStringLiteral("scale") << QString();
    QTest::newRow("eleven grades") << (ten + QStringList{QStringLiteral("0")}) << QStringLiteral("scale")
                                   << QString();
    QTest::newRow("repeated name") << QStringList{QStringLiteral("Yes"), QStringLiteral("No"),
                                                  QStringLiteral("No")}
                                   << QStringLiteral("scale") << QString();
    QTest::newRow("blank name") << QStringList{QStringLiteral("Yes"), QStringLiteral(" "),
                                               QStringLiteral("No")}
                                << QStringLiteral("scale") << QString();
}

void TestMajorityJudgment::scales()
{
    QFETCH(QStringList, names);
    QFETCH(QString, key);
    QFETCH(QString, worst);
    const JudgmentResult<GradeScale> scale = GradeScale::custom(names);
    if (!key.isEmpty()) {
        QVERIFY(!scale.ok());
        QCOMPARE(scale.error().key, key);
        return;
    }
    QVERIFY(scale.ok());
    QCOMPARE(scale->size(), names.size());
    QCOMPARE(scale->name(0), worst);
    QCOMPARE(scale->name(scale->size() - 1), names.first());
    QCOMPARE(scale->namesBestFirst(), names);
    QCOMPARE(scale->name(scale->size()), QString());
    QCOMPARE(scale->name(-1), QString());
    // A vote on this scale: the best grade wins, a static fill outside the scale is refused.
    Tally best(names.size(), 0);
    Tally worstOnly(names.size(), 0);
    best.last() = 1;
    worstOnly.first() = 1;
    const JudgmentResult<MajorityJudgment> result = judge({worstOnly, best}, scale->size(), Fill{});
    QVERIFY(result.ok());
    QCOMPARE(result->ranks, (QList<int>{2, 1}));
    QCOMPARE(result->majorityGrades, (QList<int>{0, scale->size() - 1}));
    const JudgmentResult<MajorityJudgment> outside =
        judge({worstOnly, best}, scale->size(), Fill{FillRule::Static, scale->size(), 2});
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().key, QStringLiteral("grade-out-of-range"));
}

void TestMajorityJudgment::defaultScale()
{
    const GradeScale scale = GradeScale::frenchDefault();
    QVERIFY(scale.isDefault());
    QCOMPARE(scale.size(), 7);
    QCOMPARE(scale.namesBestFirst(),
             (QStringList{QStringLiteral("Excellent"), QStringLiteral("Very good"), QStringLiteral("Good"),
                          QStringLiteral("Fair"), QStringLiteral("Passable"), QStringLiteral("Insufficient"),
                          QStringLiteral("Reject")}));
    QCOMPARE(describeFill(Fill{FillRule::Static, 0, 10}, scale),
             QStringLiteral("Missing judgments count as \"Reject\"."));
}

QTEST_GUILESS_MAIN(TestMajorityJudgment)
#include "tst_majorityjudgment.moc"
