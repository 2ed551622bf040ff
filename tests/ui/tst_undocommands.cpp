// Each edit command, done then undone, leaves the file exactly as before; redone, exactly as after the
// first do. A refused edit changes neither the file nor the undo stack.

#include "commands/addcirclecommand.h"
#include "commands/addmandatecommand.h"
#include "commands/addmembershipcommand.h"
#include "commands/addpersoncommand.h"
#include "commands/addrolecommand.h"
#include "commands/editcirclecommand.h"
#include "commands/editmandatecommand.h"
#include "commands/editpersoncommand.h"
#include "commands/endmembershipcommand.h"
#include "commands/removecirclecommand.h"
#include "commands/removemandatecommand.h"
#include "commands/removemembershipcommand.h"
#include "commands/removepersoncommand.h"
#include "commands/renameorganisationcommand.h"
#include "common/messages.h"
#include "databasedump.h"
#include "services/demodata.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace cercles;
using namespace cercles::ui;

using Edit = std::function<Result<void>(QUndoStack&, OrganisationService&)>;
Q_DECLARE_METATYPE(Edit)

namespace {

template <typename T> Result<void> done(const Result<T>& result)
{
    return withoutValue(result);
}

const Organisation& org(OrganisationService& s)
{
    return s.organisation();
}

CircleId circle(OrganisationService& s, const char* name)
{
    const Circle* c = s.organisation().circleNamed(QString::fromUtf8(name));
    return c ? c->id : CircleId();
}

PersonId person(OrganisationService& s, const char* name)
{
    const Person* p = s.organisation().personNamed(QString::fromUtf8(name));
    return p ? p->id : PersonId();
}

MembershipId membership(OrganisationService& s, const char* who, const char* where)
{
    const auto m = s.organisation().activeMembership(person(s, who), circle(s, where), QDate::currentDate());
    return m ? m->id : MembershipId();
}

Mandate firstMandateOf(OrganisationService& s, const char* who)
{
    for (const Mandate& m : s.organisation().mandates)
        if (m.person == person(s, who))
            return m;
    return {};
}

/// A circle with no members nor roles, which the service lets us remove.
CircleId addEmptyCircle(OrganisationService& s)
{
    Circle c;
    c.name = QStringLiteral("Cercle Événements");
    c.parent = circle(s, "Conseil de Coordination");
    c.scope = {ScopeItem{ScopeItemId(), QStringLiteral("Calendrier")}};
    Result<CircleId> id = s.addCircle(c);
    return id ? *id : CircleId();
}

QMessageBox::StandardButton failOnMessage(QWidget*, messages::Kind, const QString& title, const QString& text,
                                          QMessageBox::StandardButtons)
{
    qWarning("unexpected message: %s: %s", qPrintable(title), qPrintable(text));
    return QMessageBox::Ok;
}

} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { messages::setHook(&failOnMessage); }
    void init();
    void cleanup();

    void undoRestoresExactState_data();
    void undoRestoresExactState();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void unchangedEditWritesNothing_data();
    void unchangedEditWritesNothing();

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrganisationService> m_service;
    QString m_path;
};

void TestUndoCommands::init()
{
    cercles::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<test::TempDir>();
    const QString path = m_dir->file(QStringLiteral("demo.cercles"));
    m_path = path;
    // The demo structure without its meeting history: these commands edit the structure, and a person
    // who appears in a meeting record cannot be removed.
    {
        Result<std::unique_ptr<Database>> created = Database::create(path);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Result<void> imported = importOrganisation(*created.value(), demoOrganisation());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    m_service = std::make_unique<OrganisationService>(*m_db);
}

void TestUndoCommands::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

void TestUndoCommands::undoRestoresExactState_data()
{
    QTest::addColumn<Edit>("prepare"); // done through the service, before the "before" state is taken
    QTest::addColumn<Edit>("edit");

    const Edit nothing = [](QUndoStack&, OrganisationService&) { return Result<void>(); };
    const Edit prepareEmptyCircle = [](QUndoStack&, OrganisationService& s) -> Result<void> {
        if (!addEmptyCircle(s).isValid())
            return Error{QStringLiteral("could not add the empty circle")};
        return {};
    };

    QTest::newRow("add circle") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        Circle c;
        c.name = QStringLiteral("Cercle Documentaire");
        c.parent = circle(s, "Conseil de Coordination");
        c.cadence = MeetingCadence::Weekly;
        c.scope = {ScopeItem{ScopeItemId(), QStringLiteral("Montage")},
                   ScopeItem{ScopeItemId(), QStringLiteral("Diffusion")}};
        c.redLines = PersonStatus::Candidate;
        return done(AddCircleCommand::tryPush(stack, s, c));
    });
    QTest::newRow("edit circle: name, scope, rules, red lines")
        << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
               Circle c = *org(s).circle(circle(s, "Cercle Communication"));
               c.name = QStringLiteral("Cercle Communication et Événements");
               c.scope.removeFirst();
               c.scope.append(ScopeItem{ScopeItemId(), QStringLiteral("Événements")});
               c.entryRule = ConsentRule{ConsentBasis::MembersPresent, false};
               c.redLines = PersonStatus::Employee;
               c.operatingRules = QStringLiteral("Réunion tous les quinze jours.");
               return EditCircleCommand::tryPush(stack, s, c);
           });
    QTest::newRow("remove circle") << prepareEmptyCircle
                                   << Edit([](QUndoStack& stack, OrganisationService& s) {
                                          return RemoveCircleCommand::tryPush(stack, s,
                                                                              circle(s, "Cercle Événements"));
                                      });
    QTest::newRow("add person") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return done(AddPersonCommand::tryPush(
            stack, s,
            Person{PersonId(), QStringLiteral("Lina Chevalier"), QStringLiteral("lina@example.org"),
                   PersonStatus::Candidate, QStringLiteral("Candidate aux municipales.")}));
    });
    QTest::newRow("edit person: statuses and notes")
        << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
               Person p = *org(s).person(person(s, "Inès Bonnet"));
               p.statuses = PersonStatus::ElectoralListMember;
               p.notes = QStringLiteral("Rejoint une liste participative.");
               return EditPersonCommand::tryPush(stack, s, p);
           });
    QTest::newRow("remove person with memberships and mandates")
        << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
               return RemovePersonCommand::tryPush(stack, s, person(s, "Chloé Garnier"));
           });
    QTest::newRow("add membership") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return done(AddMembershipCommand::tryPush(stack, s,
                                                  Membership{MembershipId(), person(s, "Hugo Perrin"),
                                                             circle(s, "Cercle Accompagnement"),
                                                             QDate(2026, 5, 1), QDate()}));
    });
    QTest::newRow("end membership") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return EndMembershipCommand::tryPush(
            stack, s, membership(s, "Gaëlle Lemoine", "Cercle Communication"), QDate(2026, 6, 30));
    });
    QTest::newRow("remove membership") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return RemoveMembershipCommand::tryPush(stack, s,
                                                membership(s, "Inès Bonnet", "Cercle Accompagnement"));
    });
    QTest::newRow("add role") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return done(AddRoleCommand::tryPush(
            stack, s,
            Role{RoleId(), circle(s, "Conseil de Coordination"), QStringLiteral("Trésorerie"), {}}));
    });
    QTest::newRow("add mandate") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        const Role* facilitation = nullptr;
        for (const Role& r : org(s).roles)
            if (r.name == QLatin1String("Facilitation"))
                facilitation = &r;
        return done(
            AddMandateCommand::tryPush(stack, s,
                                       Mandate{MandateId(), person(s, "Denise Faure"), facilitation->id,
                                               QDate(2027, 1, 1), QDate(2027, 12, 31)}));
    });
    QTest::newRow("add mandate with a new role")
        << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
               return done(AddMandateCommand::tryPushWithNewRole(
                   stack, s,
                   Role{RoleId(), circle(s, "Conseil de Coordination"), QStringLiteral("Trésorerie"), {}},
                   Mandate{MandateId(), person(s, "Hugo Perrin"), RoleId(), QDate(2026, 1, 1),
                           QDate(2026, 12, 31)}));
           });
    QTest::newRow("edit mandate: person and dates")
        << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
               Mandate m = firstMandateOf(s, "Étienne Blanc");
               m.person = person(s, "Hugo Perrin");
               m.end = m.end.addMonths(6);
               return EditMandateCommand::tryPush(stack, s, m);
           });
    QTest::newRow("remove mandate") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return RemoveMandateCommand::tryPush(stack, s, firstMandateOf(s, "Bastien Morel").id);
    });
    QTest::newRow("rename organisation") << nothing << Edit([](QUndoStack& stack, OrganisationService& s) {
        return RenameOrganisationCommand::tryPush(stack, s, QStringLiteral("Listes Participatives (test)"));
    });
}

void TestUndoCommands::undoRestoresExactState()
{
    QFETCH(Edit, prepare);
    QFETCH(Edit, edit);
    QUndoStack stack;
    const Result<void> prepared = prepare(stack, *m_service);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
    const Organisation snapshotBefore = m_service->organisation();
    const QByteArray before = test::dumpDatabase(m_db->connection());

    const Result<void> result = edit(stack, *m_service);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(stack.count(), 1);
    const QByteArray after = test::dumpDatabase(m_db->connection());
    QVERIFY(after != before);

    for (int round = 0; round < 2; ++round) {
        stack.undo();
        QCOMPARE(test::dumpDatabase(m_db->connection()), before);
        QVERIFY(m_service->organisation().circles == snapshotBefore.circles);
        QVERIFY(m_service->organisation().people == snapshotBefore.people);
        QVERIFY(m_service->organisation().memberships == snapshotBefore.memberships);
        QVERIFY(m_service->organisation().mandates == snapshotBefore.mandates);
        stack.redo();
        QCOMPARE(test::dumpDatabase(m_db->connection()), after);
    }
    QCOMPARE(stack.count(), 1); // no command went obsolete on the way
}

void TestUndoCommands::refusedEditChangesNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected"); // a word the error message must contain

    QTest::newRow("employee into the Coordination Council")
        << Edit([](QUndoStack& stack, OrganisationService& s) {
               return done(AddMembershipCommand::tryPush(
                   stack, s,
                   Membership{MembershipId(), person(s, "Amandine Roux"),
                              circle(s, "Conseil de Coordination"), QDate(2026, 5, 1), QDate()}));
           })
        << statusName(PersonStatus::Employee);
    QTest::newRow("contractor into the Coordination Council")
        << Edit([](QUndoStack& stack, OrganisationService& s) {
               return done(AddMembershipCommand::tryPush(stack, s,
                                                         Membership{MembershipId(), person(s, "Karim Haddad"),
                                                                    circle(s, "Conseil de Coordination"),
                                                                    QDate(2026, 5, 1), QDate()}));
           })
        << statusName(PersonStatus::Contractor);
    QTest::newRow("mandate with a new role ending before it starts") << Edit([](QUndoStack& stack,
                                                                                OrganisationService& s) {
        return done(AddMandateCommand::tryPushWithNewRole(
            stack, s, Role{RoleId(), circle(s, "Conseil de Coordination"), QStringLiteral("Trésorerie"), {}},
            Mandate{MandateId(), person(s, "Hugo Perrin"), RoleId(), QDate(2026, 12, 31),
                    QDate(2026, 1, 1)}));
    }) << QString();
    QTest::newRow("remove a circle that has members") << Edit([](QUndoStack& stack, OrganisationService& s) {
        return RemoveCircleCommand::tryPush(stack, s, circle(s, "Cercle Communication"));
    }) << QString();
    QTest::newRow("person without a name") << Edit([](QUndoStack& stack, OrganisationService& s) {
        return done(
            AddPersonCommand::tryPush(stack, s, Person{PersonId(), QStringLiteral("  "), {}, {}, {}}));
    }) << QString();
}

void TestUndoCommands::refusedEditChangesNothing()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    QUndoStack stack;
    const QByteArray before = test::dumpDatabase(m_db->connection());
    const Result<void> result = edit(stack, *m_service);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    if (!expected.isEmpty())
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(test::dumpDatabase(m_db->connection()), before);
}

void TestUndoCommands::unchangedEditWritesNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("circle saved unchanged") << Edit([](QUndoStack& stack, OrganisationService& s) {
        return EditCircleCommand::tryPush(stack, s, *org(s).circle(circle(s, "Cercle Communication")));
    });
    QTest::newRow("person saved unchanged") << Edit([](QUndoStack& stack, OrganisationService& s) {
        return EditPersonCommand::tryPush(stack, s, *org(s).person(person(s, "Inès Bonnet")));
    });
    QTest::newRow("mandate saved unchanged") << Edit([](QUndoStack& stack, OrganisationService& s) {
        return EditMandateCommand::tryPush(stack, s, firstMandateOf(s, "Étienne Blanc"));
    });
    QTest::newRow("organisation renamed to its own name")
        << Edit([](QUndoStack& stack, OrganisationService& s) {
               return RenameOrganisationCommand::tryPush(stack, s, org(s).name);
           });
}

// Pressing OK on a dialog without changing anything is not an edit: the file keeps every byte (not even
// SQLite's change counter moves) and the Edit menu offers no undo.
void TestUndoCommands::unchangedEditWritesNothing()
{
    QFETCH(Edit, edit);
    QUndoStack stack;
    const QByteArray before = test::readBytes(m_path);
    QVERIFY(!before.isEmpty());
    const Result<void> result = edit(stack, *m_service);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(test::readBytes(m_path), before);
}

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
