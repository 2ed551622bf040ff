// Every item model under QAbstractItemModelTester on the demo organisation, before and after edits, and
// what each one shows.

#include "circles/circletreemodel.h"
#include "circles/mandatesmodel.h"
#include "circles/membersmodel.h"
#include "common/greyed.h"
#include "people/peoplemodel.h"
#include "services/demodata.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cercles;
using namespace cercles::ui;

namespace {

using ModelFactory = std::function<QAbstractItemModel*(OrganisationService&)>;

CircleId circleNamed(const OrganisationService& s, const char* name)
{
    const Circle* c = s.organisation().circleNamed(QString::fromUtf8(name));
    return c ? c->id : CircleId();
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

Q_DECLARE_METATYPE(ModelFactory)

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester_data();
    void passesModelTester();
    void circleTreeFollowsHierarchy();
    void peopleShowStatusesAndCirclesToday();
    void membersOfCoordinationCouncil();
    void endedMandatesAreGreyed();

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrganisationService> m_service;
};

void TestModels::init()
{
    cercles::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<test::TempDir>();
    const QString path = m_dir->file(QStringLiteral("demo.cercles"));
    const Result<void> created = createDemoFile(path);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    m_service = std::make_unique<OrganisationService>(*m_db);
}

void TestModels::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

void TestModels::passesModelTester_data()
{
    QTest::addColumn<ModelFactory>("factory");
    QTest::newRow("circle tree") << ModelFactory(
        [](OrganisationService& s) -> QAbstractItemModel* { return new CircleTreeModel(&s); });
    QTest::newRow("people") << ModelFactory(
        [](OrganisationService& s) -> QAbstractItemModel* { return new PeopleModel(&s); });
    QTest::newRow("members of the Coordination Council")
        << ModelFactory([](OrganisationService& s) -> QAbstractItemModel* {
               auto* model = new MembersModel(&s);
               model->setCircle(circleNamed(s, "Conseil de Coordination"));
               return model;
           });
    QTest::newRow("mandates of the Communication Circle")
        << ModelFactory([](OrganisationService& s) -> QAbstractItemModel* {
               auto* model = new MandatesModel(&s);
               model->setCircle(circleNamed(s, "Cercle Communication"));
               return model;
           });
    QTest::newRow("members of no circle")
        << ModelFactory([](OrganisationService& s) -> QAbstractItemModel* { return new MembersModel(&s); });
}

void TestModels::passesModelTester()
{
    QFETCH(ModelFactory, factory);
    std::unique_ptr<QAbstractItemModel> model(factory(*m_service));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 0 || qstrcmp(QTest::currentDataTag(), "members of no circle") == 0);

    // The models follow the service: a change rebuilds them, still consistent.
    Circle added;
    added.name = QStringLiteral("Cercle Événements");
    added.parent = circleNamed(*m_service, "Cercle Communication");
    QVERIFY(m_service->addCircle(added).ok());
    Result<PersonId> person = m_service->addPerson(
        Person{PersonId(), QStringLiteral("Lina Chevalier"), {}, PersonStatus::Candidate, {}});
    QVERIFY(person.ok());
    QVERIFY(m_service->removePerson(*person).ok());
    m_service->reload();
}

void TestModels::circleTreeFollowsHierarchy()
{
    CircleTreeModel model(m_service.get());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex ag = model.index(0, 0);
    QCOMPARE(ag.data().toString(), QStringLiteral("Assemblée Populaire"));
    QCOMPARE(model.rowCount(ag), 1);
    const QModelIndex ca = model.index(0, 0, ag);
    QCOMPARE(ca.data().toString(), QStringLiteral("Conseil de Coordination"));
    QCOMPARE(model.rowCount(ca), 2);
    QStringList children{model.index(0, 0, ca).data().toString(), model.index(1, 0, ca).data().toString()};
    children.sort();
    QCOMPARE(children,
             (QStringList{QStringLiteral("Cercle Accompagnement"), QStringLiteral("Cercle Communication")}));
    QCOMPARE(CircleTreeModel::circleAt(ca), circleNamed(*m_service, "Conseil de Coordination"));
    QCOMPARE(model.indexOf(circleNamed(*m_service, "Conseil de Coordination")), ca);
    QCOMPARE(model.parent(model.index(0, 0, ca)), ca);
}

void TestModels::peopleShowStatusesAndCirclesToday()
{
    PeopleModel model(m_service.get());
    model.setToday(QDate(2026, 1, 15));
    QCOMPARE(model.rowCount(), m_service->organisation().people.size());
    QVERIFY(model.rowCount() >= 11);
    const int amandine =
        model.rowOf(m_service->organisation().personNamed(QStringLiteral("Amandine Roux"))->id);
    QVERIFY(amandine >= 0);
    QCOMPARE(model.index(amandine, PeopleModel::StatusesColumn).data().toString(),
             statusName(PersonStatus::Employee));
    const QString circles = model.index(amandine, PeopleModel::CirclesColumn).data().toString();
    QVERIFY2(circles.contains(QStringLiteral("Assemblée Populaire")), qPrintable(circles));
    QVERIFY2(circles.contains(QStringLiteral("Cercle Accompagnement")), qPrintable(circles));
    QVERIFY2(!circles.contains(QStringLiteral("Conseil de Coordination")), qPrintable(circles));

    // Before Inès Bonnet joined (2025), she belongs to no circle.
    model.setToday(QDate(2024, 12, 31));
    const int ines = model.rowOf(m_service->organisation().personNamed(QString::fromUtf8("Inès Bonnet"))->id);
    QCOMPARE(model.index(ines, PeopleModel::CirclesColumn).data().toString(), QString());
}

void TestModels::membersOfCoordinationCouncil()
{
    MembersModel model(m_service.get());
    model.setToday(QDate(2026, 1, 15));
    model.setCircle(circleNamed(*m_service, "Conseil de Coordination"));
    QStringList names = column(model, MembersModel::PersonColumn);
    QCOMPARE(names.size(), 5);
    for (const char* name : {"Chloé Garnier", "Denise Faure", "Étienne Blanc", "Hugo Perrin", "Inès Bonnet"})
        QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    const int ines = int(names.indexOf(QString::fromUtf8("Inès Bonnet")));
    QCOMPARE(model.index(ines, MembersModel::FromColumn).data().toString(),
             QLocale().toString(QDate(2025, 4, 5), QLocale::ShortFormat));
    QCOMPARE(model.index(ines, MembersModel::ToColumn).data().toString(), QString());

    // An ended membership stays listed, after the current ones, greyed.
    const MembershipId id = model.index(ines, 0).data(MembersModel::MembershipIdRole).value<MembershipId>();
    Membership ended = model.membershipAt(ines);
    QCOMPARE(ended.id, id);
    ended.to = QDate(2025, 12, 31);
    QVERIFY(m_service->updateMembership(ended).ok());
    names = column(model, MembersModel::PersonColumn);
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.last(), QString::fromUtf8("Inès Bonnet"));
    QCOMPARE(model.index(4, 0).data(Qt::ForegroundRole), greyedForeground());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestModels::endedMandatesAreGreyed()
{
    MandatesModel model(m_service.get());
    model.setCircle(circleNamed(*m_service, "Cercle Communication"));
    model.setToday(QDate(2026, 11, 1));
    QCOMPARE(model.rowCount(), 2);
    int ended = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool over = model.mandateAt(row).end < QDate(2026, 11, 1);
        QCOMPARE(model.index(row, MandatesModel::EndColumn).data(Qt::ForegroundRole).isValid(), over);
        if (over)
            ended = row;
    }
    QVERIFY(ended >= 0);
    QCOMPARE(model.index(ended, MandatesModel::PersonColumn).data().toString(),
             QStringLiteral("Fatou Diallo"));
    QCOMPARE(model.index(ended, MandatesModel::RoleColumn).data().toString(), QStringLiteral("Premier lien"));
    QCOMPARE(model.index(ended, MandatesModel::EndColumn).data().toString(),
             QLocale().toString(QDate(2026, 9, 30), QLocale::ShortFormat));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
