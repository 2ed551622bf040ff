// Updates write only the fields the user edited (issue 11): another writer's change to another field of
// the same row survives an edit made from a stale copy, and a change to the same field made meanwhile
// refuses the edit with a message, leaving the file as the other writer left it.
#include "domain/meetingedits.h"
#include "services/demodata.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace cercles;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Runs one statement through a connection of its own: another program, or another copy of Cercles
/// whose lock could not be seen (a shared folder).
QString elsewhere(const QString& path, const QString& statement, bool read = false)
{
    QString value;
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
        other.setDatabaseName(path);
        if (!other.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(other);
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        if (read && q.next())
            value = q.value(0).toString();
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
    return value;
}

} // namespace

class TestFieldEdits : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_demo; ///< made once, copied for each row

private slots:
    void initTestCase()
    {
        m_demo = m_dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(m_demo));
    }
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void editFromStaleCopy_data()
    {
        QTest::addColumn<QString>("otherWrite"); // what the other writer did, after this copy was loaded
        QTest::addColumn<QString>("edit");       // what the user edits here, from the copy they were shown
        QTest::addColumn<bool>("saved");
        QTest::addColumn<QString>("check"); // a query over the stored row, after both
        QTest::addColumn<QString>("expected");

        // Person 1 Amandine Roux, circle 1 Assemblée Populaire, role 1, mandate 1, membership 1 (demo).
        QTest::newRow("person: other field kept")
            << s("UPDATE person SET contact = 'amandine@ailleurs.org' WHERE id = 1") << s("person.notes")
            << true << s("SELECT contact || '|' || notes FROM person WHERE id = 1")
            << s("amandine@ailleurs.org|Notée ici");
        QTest::newRow("person: same field refused")
            << s("UPDATE person SET notes = 'Notée ailleurs' WHERE id = 1") << s("person.notes") << false
            << s("SELECT notes FROM person WHERE id = 1") << s("Notée ailleurs");
        QTest::newRow("person: statuses kept on a name edit")
            << s("INSERT INTO person_status (person_id, status) VALUES (1, 'candidate')") << s("person.name")
            << true
            << s("SELECT name || '|' || (SELECT group_concat(status) FROM (SELECT status FROM person_status "
                 "WHERE person_id = 1 ORDER BY status)) "
                 "FROM person WHERE id = 1")
            << s("Amandine Roux-Petit|candidate,employee");
        QTest::newRow("person: statuses changed on both sides refused")
            << s("INSERT INTO person_status (person_id, status) VALUES (1, 'candidate')")
            << s("person.statuses") << false
            << s("SELECT group_concat(status) FROM (SELECT status FROM person_status WHERE person_id = 1 "
                 "ORDER BY status)")
            << s("candidate,employee");
        QTest::newRow("circle: other field kept")
            << s("UPDATE circle SET purpose = 'Ailleurs' WHERE id = 1") << s("circle.name") << true
            << s("SELECT name || '|' || purpose FROM circle WHERE id = 1")
            << s("Assemblée du Village|Ailleurs");
        QTest::newRow("circle: same field refused")
            << s("UPDATE circle SET name = 'Assemblée Générale' WHERE id = 1") << s("circle.name") << false
            << s("SELECT name FROM circle WHERE id = 1") << s("Assemblée Générale");
        QTest::newRow("circle: scope changed on both sides refused")
            << s("UPDATE scope_item SET text = 'Raison d’être (révisée)' WHERE id = 1") << s("circle.scope")
            << false
            << s("SELECT group_concat(text, '/') FROM (SELECT text FROM scope_item WHERE circle_id = 1 ORDER "
                 "BY "
                 "position)")
            << s("<scope as left elsewhere>");
        QTest::newRow("circle: scope kept on a name edit")
            << s("UPDATE scope_item SET text = 'Raison d’être (révisée)' WHERE id = 1") << s("circle.name")
            << true << s("SELECT text FROM scope_item WHERE id = 1") << s("Raison d’être (révisée)");
        QTest::newRow("role: other field kept")
            << s("UPDATE role SET description = 'Ailleurs' WHERE id = 1") << s("role.name") << true
            << s("SELECT name || '|' || description FROM role WHERE id = 1") << s("Présidence|Ailleurs");
        QTest::newRow("mandate: same field refused")
            << s("UPDATE mandate SET end_date = '2027-06-30' WHERE id = 1") << s("mandate.end") << false
            << s("SELECT end_date FROM mandate WHERE id = 1") << s("2027-06-30");
        QTest::newRow("membership: other field kept")
            << s("UPDATE membership SET to_date = '2026-12-31' WHERE id = 1") << s("membership.from") << true
            << s("SELECT from_date || '|' || to_date FROM membership WHERE id = 1")
            << s("2024-02-01|2026-12-31");
        QTest::newRow("same value on both sides saved")
            << s("UPDATE person SET notes = 'Notée ici' WHERE id = 1") << s("person.notes") << true
            << s("SELECT notes FROM person WHERE id = 1") << s("Notée ici");
    }

    void editFromStaleCopy()
    {
        QFETCH(QString, otherWrite);
        QFETCH(QString, edit);
        QFETCH(bool, saved);
        QFETCH(QString, check);
        QFETCH(QString, expected);

        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        OrganisationService service(*opened.value());
        const Organisation shown = service.organisation(); // what the dialog was opened on

        // Circle 1's scope as it stands before the other write, for the "scope" rows.
        const QString scopeBefore = elsewhere(
            path,
            QStringLiteral(
                "SELECT group_concat(text, '/') FROM (SELECT text FROM scope_item WHERE circle_id = 1 "
                "ORDER BY position)"),
            true);
        elsewhere(path, otherWrite);

        Result<void> result;
        if (edit.startsWith(QLatin1String("person."))) {
            Person p = *shown.person(PersonId(1));
            if (edit == QLatin1String("person.notes"))
                p.notes = QStringLiteral("Notée ici");
            else if (edit == QLatin1String("person.name"))
                p.name = QStringLiteral("Amandine Roux-Petit");
            else
                p.statuses |= PersonStatus::Contractor;
            result = service.updatePerson(p);
        } else if (edit.startsWith(QLatin1String("circle."))) {
            Circle c = *shown.circle(CircleId(1));
            if (edit == QLatin1String("circle.name"))
                c.name = QStringLiteral("Assemblée du Village");
            else
                c.scope.append(ScopeItem{{}, QStringLiteral("Fêtes")});
            result = service.updateCircle(c);
        } else if (edit == QLatin1String("role.name")) {
            Role r = *shown.role(RoleId(1));
            r.name = QStringLiteral("Présidence");
            result = service.updateRole(r);
        } else if (edit == QLatin1String("mandate.end")) {
            Mandate m = *std::find_if(shown.mandates.cbegin(), shown.mandates.cend(),
                                      [](const Mandate& x) { return x.id == MandateId(1); });
            m.end = QDate(2027, 9, 30);
            result = service.updateMandate(m);
        } else {
            Membership m = *std::find_if(shown.memberships.cbegin(), shown.memberships.cend(),
                                         [](const Membership& x) { return x.id == MembershipId(1); });
            m.from = QDate(2024, 2, 1);
            result = service.updateMembership(m);
        }

        QCOMPARE(bool(result), saved);
        if (!saved)
            QVERIFY2(result.error().contains(QLatin1String("changed elsewhere")), qPrintable(result.error()));
        if (expected == QLatin1String("<scope as left elsewhere>"))
            expected =
                QString(scopeBefore)
                    .replace(QStringLiteral("Raison d’être"), QStringLiteral("Raison d’être (révisée)"));
        QCOMPARE(elsewhere(path, check, true), expected);
        // What is shown next is the file as it now stands, so the user sees the other change.
        QCOMPARE(service.organisation().person(PersonId(1))->contact,
                 elsewhere(path, s("SELECT contact FROM person WHERE id = 1"), true));
        QCOMPARE(service.organisation().circle(CircleId(1))->name,
                 elsewhere(path, s("SELECT name FROM circle WHERE id = 1"), true));
    }

    void meetingEditKeepsOtherChanges_data()
    {
        QTest::addColumn<QString>("elsewhere"); // the field another writer changed after the dialog opened
        QTest::addColumn<QString>("here");      // the field the user changed
        QTest::addColumn<bool>("saved");
        QTest::newRow("place elsewhere, next meeting here") << s("place") << s("next") << true;
        QTest::newRow("attendance elsewhere, place here") << s("attendance") << s("place") << true;
        QTest::newRow("place on both sides") << s("place") << s("place") << false;
        QTest::newRow("nothing elsewhere") << QString() << s("place") << true;
    }

    void meetingEditKeepsOtherChanges()
    {
        QFETCH(QString, elsewhere);
        QFETCH(QString, here);
        QFETCH(bool, saved);
        Meeting shown;
        shown.id = MeetingId(7);
        shown.place = s("Salle des fêtes");
        shown.nextMeeting = s("le 14 janvier");
        shown.attendance = {Attendance{PersonId(1), AttendanceStatus::Present}};
        Meeting stored = shown;
        if (elsewhere == QLatin1String("place"))
            stored.place = s("Mairie");
        else if (elsewhere == QLatin1String("attendance"))
            stored.attendance << Attendance{PersonId(2), AttendanceStatus::Excused};
        Meeting edited = shown;
        if (here == QLatin1String("place"))
            edited.place = s("Lavoir");
        else
            edited.nextMeeting = s("le 21 janvier");

        const Result<Meeting> merged = mergeMeetingEdits(stored, shown, edited);
        QCOMPARE(bool(merged), saved);
        if (!saved) {
            QVERIFY(merged.error().contains(QLatin1String("changed elsewhere")));
            return;
        }
        // The user's field is theirs; every other field is what is stored now.
        QCOMPARE(merged->place, here == QLatin1String("place") ? edited.place : stored.place);
        QCOMPARE(merged->nextMeeting,
                 here == QLatin1String("next") ? edited.nextMeeting : stored.nextMeeting);
        QCOMPARE(merged->attendance, stored.attendance);
    }
};

QTEST_GUILESS_MAIN(TestFieldEdits)
#include "tst_fieldedits.moc"
