// Every entity survives a round trip through the file; refused edits leave the file as it was.
#include "services/demodata.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

class TestOrganisationService : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Database> openFile(const QString& path)
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return std::move(db).value();
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void demoRoundTrip()
    {
        // Everything the demo value holds is what the file gives back: circles with scopes, rules and red
        // lines, people with statuses, memberships, roles, mandates.
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        auto db = openFile(path);
        OrganisationService service(*db);
        const Organisation expected = demoOrganisation();
        const Organisation& loaded = service.organisation();
        QCOMPARE(loaded.name, expected.name);
        QCOMPARE(loaded.circles.size(), expected.circles.size());
        for (const Circle& c : expected.circles)
            QVERIFY2(*loaded.circle(c.id) == c, qPrintable(c.name));
        QCOMPARE(loaded.people.size(), expected.people.size());
        for (const Person& p : expected.people)
            QVERIFY2(*loaded.person(p.id) == p, qPrintable(p.name));
        // The demo history adds one membership: Lina Martin, admitted to the Assemblée Populaire.
        QCOMPARE(loaded.memberships.size(), expected.memberships.size() + 1);
        for (const Membership& m : expected.memberships)
            QVERIFY(loaded.memberships.contains(m));
        const PersonId lina = loaded.personNamed(QStringLiteral("Lina Martin"))->id;
        QCOMPARE(loaded.circlesOf(lina, QDate(2026, 3, 14)),
                 QList<CircleId>{loaded.circleNamed(QStringLiteral("Assemblée Populaire"))->id});
        QVERIFY(loaded.circlesOf(lina, QDate(2026, 3, 13)).isEmpty());
        QCOMPARE(loaded.roles.size(), expected.roles.size());
        for (const Role& r : expected.roles)
            QVERIFY(*loaded.role(r.id) == r);
        QCOMPARE(loaded.mandates.size(), expected.mandates.size());
        for (const Mandate& m : expected.mandates)
            QVERIFY(loaded.mandates.contains(m));
    }

    void editsPersistAtOnce()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("blank.cercles"));
        Circle root;
        Person ana;
        Membership membership;
        Mandate mandate;
        {
            auto created = Database::create(path);
            QVERIFY(created);
            OrganisationService service(*created.value());
            QVERIFY(service.setOrganisationName(QStringLiteral("Les Amis du Lavoir")));
            root.name = QStringLiteral("Assemblée générale");
            root.purpose = QStringLiteral("Décider ensemble");
            root.cadence = MeetingCadence::Yearly;
            root.scope = {ScopeItem{{}, QStringLiteral("Budget")}, ScopeItem{{}, QStringLiteral("Statuts")}};
            root.exitRule = ConsentRule{ConsentBasis::AllMembers, true};
            root.redLines = PersonStatus::Candidate;
            auto circleId = service.addCircle(root);
            QVERIFY2(circleId, qPrintable(circleId.error()));
            root = *service.organisation().circle(*circleId);
            QCOMPARE(root.scope.size(), 2);
            QVERIFY(root.scope[0].id.isValid());

            ana = Person{{},
                         QStringLiteral("Ana <b>Ruiz</b>"),
                         QStringLiteral("ana@example.org"),
                         PersonStatus::Employee,
                         QStringLiteral("notes: « cœur »")};
            auto personId = service.addPerson(ana);
            QVERIFY(personId);
            ana.id = *personId;
            membership = Membership{{}, ana.id, root.id, QDate(2026, 1, 10), QDate(2026, 12, 31)};
            auto membershipId = service.addMembership(membership);
            QVERIFY2(membershipId, qPrintable(membershipId.error()));
            membership.id = *membershipId;
            auto roleId = service.addRole(
                Role{{}, root.id, QStringLiteral("Trésorerie"), QStringLiteral("Tient les comptes")});
            QVERIFY(roleId);
            mandate = Mandate{{}, ana.id, *roleId, QDate(2026, 2, 1), QDate(2027, 1, 31)};
            auto mandateId = service.addMandate(mandate);
            QVERIFY(mandateId);
            mandate.id = *mandateId;
        } // closed without any explicit save
        auto db = openFile(path);
        OrganisationService reopened(*db);
        const Organisation& org = reopened.organisation();
        QCOMPARE(org.name, QStringLiteral("Les Amis du Lavoir"));
        QVERIFY(*org.circle(root.id) == root);
        QVERIFY(*org.person(ana.id) == ana);
        QVERIFY(org.memberships.contains(membership));
        QVERIFY(org.mandates.contains(mandate));
    }

    void scopeItemsKeepTheirIds()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("s.cercles"));
        QVERIFY(createDemoFile(path));
        auto db = openFile(path);
        OrganisationService service(*db);
        Circle council = *service.organisation().circleNamed(QStringLiteral("Conseil de Coordination"));
        const ScopeItem budget = council.scope[2];
        council.scope.removeAt(0);
        council.scope.append(ScopeItem{{}, QStringLiteral("Partenariats")});
        QVERIFY(service.updateCircle(council));
        const Circle* stored = service.organisation().circle(council.id);
        QCOMPARE(stored->scope.size(), 4);
        QCOMPARE(stored->scope[1], budget);
        QCOMPARE(stored->scope[3].text, QStringLiteral("Partenariats"));
    }

    void refusedEditsChangeNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("employee into council") << "employee"
                                               << "red line";
        QTest::newRow("contractor into council") << "contractor"
                                                 << "contractor";
        QTest::newRow("circle cycle") << "cycle"
                                      << "under itself";
        QTest::newRow("second root") << "root"
                                     << "top circle";
        QTest::newRow("duplicate circle name") << "duplicate"
                                               << "already a circle";
        QTest::newRow("empty person name") << "noname"
                                           << "needs a name";
        QTest::newRow("mandate without end") << "noend"
                                             << "end date";
        QTest::newRow("membership ends before it starts") << "dates"
                                                          << "before the start date";
        QTest::newRow("circle with members") << "removecircle"
                                             << "has members";
    }
    void refusedEditsChangeNothing()
    {
        QFETCH(QString, edit);
        QFETCH(QString, messagePart);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("r.cercles"));
        QVERIFY(createDemoFile(path));
        auto db = openFile(path);
        OrganisationService service(*db);
        const Organisation& org = service.organisation();
        const CircleId council = org.circleNamed(QStringLiteral("Conseil de Coordination"))->id;
        const QByteArray before = test::readBytes(path);
        QString error;
        if (edit == QLatin1String("employee") || edit == QLatin1String("contractor")) {
            const QString name = edit == QLatin1String("employee") ? QStringLiteral("Amandine Roux")
                                                                   : QStringLiteral("Karim Haddad");
            error = service.addMembership({{}, org.personNamed(name)->id, council, QDate(2026, 11, 29), {}})
                        .error();
            QVERIFY(error.contains(name));
        } else if (edit == QLatin1String("cycle")) {
            Circle root = org.circles.first();
            root.parent = org.circleNamed(QStringLiteral("Cercle Communication"))->id;
            error = service.updateCircle(root).error();
        } else if (edit == QLatin1String("root") || edit == QLatin1String("duplicate")) {
            Circle c;
            c.name = edit == QLatin1String("root") ? QStringLiteral("Autre")
                                                   : QStringLiteral("Cercle Communication");
            c.parent = edit == QLatin1String("root") ? CircleId() : council;
            error = service.addCircle(c).error();
        } else if (edit == QLatin1String("noname")) {
            error = service.addPerson(Person{{}, QStringLiteral("   "), {}, {}, {}}).error();
        } else if (edit == QLatin1String("noend")) {
            error =
                service.addMandate({{}, org.people.first().id, org.roles.first().id, QDate(2026, 1, 1), {}})
                    .error();
        } else if (edit == QLatin1String("dates")) {
            Membership m = org.memberships.first();
            m.to = m.from.addDays(-1);
            error = service.updateMembership(m).error();
        } else if (edit == QLatin1String("removecircle")) {
            error =
                service.removeCircle(org.circleNamed(QStringLiteral("Cercle Accompagnement"))->id).error();
        }
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(test::readBytes(path), before);
    }

    void removedPersonComesBackWithTheSameRows()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("p.cercles"));
        // The structure only: in the demo file's history Chloé attends meetings, which keeps her in it.
        {
            auto created = Database::create(path);
            QVERIFY(created);
            QVERIFY(importOrganisation(*created.value(), demoOrganisation()));
        }
        auto db = openFile(path);
        OrganisationService service(*db);
        const Organisation before = service.organisation();
        const PersonId chloe = before.personNamed(QStringLiteral("Chloé Garnier"))->id;
        auto removed = service.removePerson(chloe);
        QVERIFY(removed);
        QCOMPARE(removed->memberships.size(), 3);
        QCOMPARE(removed->mandates.size(), 1);
        QVERIFY(!service.organisation().person(chloe));
        QVERIFY(service.restorePerson(*removed));
        const Organisation& after = service.organisation();
        QVERIFY(*after.person(chloe) == *before.person(chloe));
        QCOMPARE(after.memberships.size(), before.memberships.size());
        for (const Membership& m : before.memberships)
            QVERIFY(after.memberships.contains(m));
        for (const Mandate& m : before.mandates)
            QVERIFY(after.mandates.contains(m));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationService)
#include "tst_organisationservice.moc"
