// Red lines and consent eligibility on the reference organisation (organisation.md).
#include "domain/eligibility.h"
#include "services/demodata.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

class TestEligibility : public QObject
{
    Q_OBJECT
    Organisation org = demoOrganisation();
    const QDate day{2026, 11, 29};

    PersonId person(const char* name) { return org.personNamed(QString::fromUtf8(name))->id; }
    CircleId circle(const char* name) { return org.circleNamed(QString::fromUtf8(name))->id; }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void entry_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("circle");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<QString>("messagePart");
        // The organisation's red lines: employees and contractors never sit on the Coordination Council.
        QTest::newRow("employee into council") << "Amandine Roux"
                                               << "Conseil de Coordination" << false << "employee";
        QTest::newRow("founder employee into council") << "Bastien Morel"
                                                       << "Conseil de Coordination" << false << "employee";
        QTest::newRow("contractor into council") << "Jules Mercier"
                                                 << "Conseil de Coordination" << false << "contractor";
        QTest::newRow("second contractor into council") << "Karim Haddad"
                                                        << "Conseil de Coordination" << false << "contractor";
        QTest::newRow("volunteer into council") << "Fatou Diallo"
                                                << "Conseil de Coordination" << true << "";
        QTest::newRow("employee into support circle") << "Amandine Roux"
                                                      << "Cercle Communication" << true << "";
        QTest::newRow("contractor into assembly") << "Jules Mercier"
                                                  << "Assemblée Populaire" << true << "";
        QTest::newRow("already a member") << "Chloé Garnier"
                                          << "Conseil de Coordination" << false << "already a member";
    }
    void entry()
    {
        QFETCH(QString, person);
        QFETCH(QString, circle);
        QFETCH(bool, eligible);
        QFETCH(QString, messagePart);
        const EntryCheck check =
            checkEntry(org, org.personNamed(person)->id, org.circleNamed(circle)->id, day);
        QCOMPARE(check.isEligible(), eligible);
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
        if (!eligible && !check.alreadyMember) {
            QVERIFY(check.message.contains(person));
            QVERIFY(check.message.contains(circle));
        }
    }

    void redLinesAreData()
    {
        // Another organisation may state its own red lines: the rule reads them from the circle.
        Circle custom = *org.circleNamed(QStringLiteral("Cercle Communication"));
        custom.redLines = PersonStatus::Candidate;
        Person candidate{
            PersonId(99), QStringLiteral("Zoé"), {}, PersonStatus::Candidate | PersonStatus::Employee, {}};
        QCOMPARE(redLinesCrossed(custom, candidate), PersonStatuses(PersonStatus::Candidate));
    }

    void violationsReported()
    {
        // A council member who becomes an employee is reported (processes.md section 2).
        Organisation changed = org;
        for (Person& p : changed.people) {
            if (p.name == QStringLiteral("Hugo Perrin"))
                p.statuses = PersonStatus::Employee;
        }
        QCOMPARE(redLineViolations(org, day).size(), 0);
        const auto violations = redLineViolations(changed, day);
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().person, person("Hugo Perrin"));
        QCOMPARE(violations.first().circle, circle("Conseil de Coordination"));
    }

    void consentEligibility_data()
    {
        QTest::addColumn<QString>("circle");
        QTest::addColumn<QString>("kind"); // entry, exit, decision
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("concerned");
        QTest::addColumn<QStringList>("eligible");
        const QStringList council{"Chloé Garnier", "Denise Faure", "Étienne Blanc", "Hugo Perrin",
                                  "Inès Bonnet"};
        // Coordination Council exit: all members, present or not, except the person concerned.
        QTest::newRow("council exit, one absent")
            << "Conseil de Coordination"
            << "exit" << QStringList{"Hugo Perrin"} << "Inès Bonnet"
            << QStringList{"Chloé Garnier", "Denise Faure", "Étienne Blanc", "Hugo Perrin"};
        QTest::newRow("council entry counts absentees")
            << "Conseil de Coordination"
            << "entry" << QStringList{"Denise Faure"} << "" << council;
        QTest::newRow("council decision, members present")
            << "Conseil de Coordination"
            << "decision" << QStringList{"Denise Faure"} << ""
            << QStringList{"Chloé Garnier", "Étienne Blanc", "Hugo Perrin", "Inès Bonnet"};
        // General Assembly exit: the members present, except the person concerned.
        QTest::newRow("assembly exit")
            << "Assemblée Populaire"
            << "exit" << QStringList{"Amandine Roux", "Bastien Morel", "Gaëlle Lemoine", "Hugo Perrin"}
            << "Fatou Diallo" << QStringList{"Chloé Garnier", "Denise Faure", "Étienne Blanc", "Inès Bonnet"};
        QTest::newRow("assembly entry, members present")
            << "Assemblée Populaire"
            << "entry" << QStringList{"Amandine Roux", "Bastien Morel", "Gaëlle Lemoine"} << ""
            << QStringList{"Chloé Garnier", "Denise Faure", "Étienne Blanc",
                           "Fatou Diallo",  "Hugo Perrin",  "Inès Bonnet"};
    }
    void consentEligibility()
    {
        QFETCH(QString, circle);
        QFETCH(QString, kind);
        QFETCH(QStringList, absent);
        QFETCH(QString, concerned);
        QFETCH(QStringList, eligible);
        const Circle* c = org.circleNamed(circle);
        const ConsentRule rule = kind == QLatin1String("entry")  ? c->entryRule
                                 : kind == QLatin1String("exit") ? c->exitRule
                                                                 : c->decisionRule;
        const QList<PersonId> members = org.membersOn(c->id, day);
        QList<PersonId> present;
        for (PersonId m : members) {
            if (!absent.contains(org.person(m)->name))
                present << m;
        }
        const PersonId concernedId = concerned.isEmpty() ? PersonId() : org.personNamed(concerned)->id;
        QStringList names;
        for (PersonId p : consentEligible(rule, members, present, concernedId))
            names << org.person(p)->name;
        QCOMPARE(names, eligible);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
