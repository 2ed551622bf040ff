// Smoke test of the main window on the demo file: the circle tree, the circle page, a refused admission
// through the real dialog path, undo through the Edit menu, and a file held by another window.

#include "circles/circledialog.h"
#include "circles/circleeditor.h"
#include "circles/circlepage.h"
#include "circles/circletreemodel.h"
#include "circles/membershipdialog.h"
#include "common/messages.h"
#include "common/redlinenotice.h"
#include "databasedump.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "mainwindow/welcomepage.h"
#include "meetings/meetingspage.h"
#include "people/peoplepage.h"
#include "register/registermodel.h"
#include "register/registerpage.h"
#include "services/demodata.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>

using namespace cercles;
using namespace cercles::ui;

namespace {

struct Shown
{
    messages::Kind kind;
    QString text;
};
QList<Shown> g_messages;

QMessageBox::StandardButton recordMessage(QWidget*, messages::Kind kind, const QString&, const QString& text,
                                          QMessageBox::StandardButtons)
{
    g_messages.append(Shown{kind, text});
    return QMessageBox::Ok;
}

QAction* menuAction(QMainWindow& window, const QString& menuTitle, QKeySequence::StandardKey key)
{
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* menu : menus) {
        if (!menu->menu() || menu->text().remove(QLatin1Char('&')) != menuTitle)
            continue;
        const QList<QAction*> actions = menu->menu()->actions();
        for (QAction* action : actions)
            if (action->shortcut() == QKeySequence(key))
                return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsTheFourCirclesInHierarchy();
    void circlePageShowsRules_data();
    void circlePageShowsRules();
    void redLineRefusalKeepsDialogAndFile_data();
    void redLineRefusalKeepsDialogAndFile();
    void brokenRedLineIsShownUntilResolved();
    void undoThroughEditMenu();
    void fileHeldElsewhereOpensReadOnly();
    void recordAlteredBehindCerclesShowsBanner();
    void titleAndRecentFiles();
    void longCircleNameStaysOnScreen();
    void pagesAreBuiltWhenFirstShown();
    void startShowsTheFileBeingOpened();

private:
    std::unique_ptr<test::TempDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
    QCoreApplication::setOrganizationName(QStringLiteral("CerclesTests"));
    messages::setHook(&recordMessage);
}

void TestMainWindow::init()
{
    cercles::test::failOnUnexpectedWarnings();
    RecentFiles::clear();
    g_messages.clear();
    m_dir = std::make_unique<test::TempDir>();
    m_path = m_dir->file(QStringLiteral("demo.cercles"));
    const Result<void> created = createDemoFile(m_path);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(g_messages.isEmpty());
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::treeShowsTheFourCirclesInHierarchy()
{
    const QAbstractItemModel* model = m_window->circleTree()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex ag = model->index(0, 0);
    QCOMPARE(ag.data().toString(), QStringLiteral("Assemblée Populaire"));
    QCOMPARE(model->rowCount(ag), 1);
    const QModelIndex ca = model->index(0, 0, ag);
    QCOMPARE(ca.data().toString(), QStringLiteral("Conseil de Coordination"));
    QCOMPARE(model->rowCount(ca), 2);
    QSet<QString> working{model->index(0, 0, ca).data().toString(), model->index(1, 0, ca).data().toString()};
    QCOMPARE(working, (QSet<QString>{QStringLiteral("Cercle Communication"),
                                     QStringLiteral("Cercle Accompagnement")}));
    QCOMPARE(model->rowCount(model->index(0, 0, ca)), 0);
    QVERIFY(m_window->circleTree()->isExpanded(ca));
    // The root circle is shown first.
    QCOMPARE(m_window->circlePage()->nameLabel()->text(), QStringLiteral("Assemblée Populaire"));
}

void TestMainWindow::circlePageShowsRules_data()
{
    QTest::addColumn<QString>("circle");
    QTest::addColumn<QString>("redLines");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("exit");

    QTest::newRow("Coordination Council")
        << QStringLiteral("Conseil de Coordination")
        << statusNames(PersonStatus::Employee | PersonStatus::Contractor | PersonStatus::ElectoralListMember |
                       PersonStatus::Candidate)
        << describeRule({ConsentBasis::AllMembers, false}) << describeRule({ConsentBasis::AllMembers, true});
    QTest::newRow("General Assembly") << QStringLiteral("Assemblée Populaire") << QStringLiteral("none")
                                      << describeRule({ConsentBasis::MembersPresent, false})
                                      << describeRule({ConsentBasis::MembersPresent, true});
}

void TestMainWindow::circlePageShowsRules()
{
    QFETCH(QString, circle);
    QFETCH(QString, redLines);
    QFETCH(QString, entry);
    QFETCH(QString, exit);

    const Circle* shown = m_window->service()->organisation().circleNamed(circle);
    QVERIFY(shown);
    m_window->circleTree()->setCurrentIndex(m_window->circleTreeModel()->indexOf(shown->id));
    CirclePage* page = m_window->circlePage();
    QCOMPARE(page->circle(), shown->id);
    QCOMPARE(page->nameLabel()->text(), circle);
    QCOMPARE(page->redLinesLabel()->text(), redLines);
    for (PersonStatus status : allPersonStatuses)
        QCOMPARE(page->redLinesLabel()->text().contains(statusName(status)),
                 shown->redLines.testFlag(status));
    QCOMPARE(page->entryRuleLabel()->text(), entry);
    QCOMPARE(page->exitRuleLabel()->text(), exit);
    QCOMPARE(page->scopeList()->count(), shown->scope.size());
    QCOMPARE(page->scopeList()->item(0)->text(), shown->scope.first().text);
    // Every membership of the circle is listed (past ones greyed).
    const auto members = std::count_if(m_window->service()->organisation().memberships.cbegin(),
                                       m_window->service()->organisation().memberships.cend(),
                                       [&](const Membership& m) { return m.circle == shown->id; });
    QVERIFY(members > 0);
    QCOMPARE(page->membersView()->model()->rowCount(), int(members));
    // User text is never interpreted as rich text.
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestMainWindow::brokenRedLineIsShownUntilResolved()
{
    OrganisationService& service = *m_window->service();
    const CircleId council =
        service.organisation().circleNamed(QStringLiteral("Conseil de Coordination"))->id;
    const CircleId assembly = service.organisation().circleNamed(QStringLiteral("Assemblée Populaire"))->id;
    // The demo organisation keeps its red lines: nothing to warn of.
    QVERIFY(m_window->redLineNotice()->isHidden());
    QVERIFY(m_window->peoplePage()->redLineNotice()->isHidden());

    // A council member becomes an employee (processes.md section 2: reported as a violation).
    Person denise = *service.organisation().personNamed(QStringLiteral("Denise Faure"));
    denise.statuses = PersonStatus::Employee;
    QVERIFY(service.updatePerson(denise));
    const QString expected = QStringLiteral("Denise Faure is a member of Conseil de Coordination but falls "
                                            "under its red line “%1”.")
                                 .arg(statusName(PersonStatus::Employee));
    for (RedLineNotice* notice : {m_window->redLineNotice(), m_window->peoplePage()->redLineNotice()}) {
        QVERIFY(!notice->isHidden());
        QCOMPARE(notice->count(), 1);
        QVERIFY2(notice->text().contains(expected), qPrintable(notice->text()));
        QCOMPARE(notice->textFormat(), Qt::PlainText);
    }
    m_window->circleTree()->setCurrentIndex(m_window->circleTreeModel()->indexOf(council));
    QVERIFY(!m_window->circlePage()->redLineNotice()->isHidden());
    QVERIFY(m_window->circlePage()->redLineNotice()->text().contains(expected));
    // Another circle's page does not warn of the council's red line (Denise is a member of the assembly).
    m_window->circleTree()->setCurrentIndex(m_window->circleTreeModel()->indexOf(assembly));
    QVERIFY(m_window->circlePage()->redLineNotice()->isHidden());

    // Resolved: every warning goes.
    denise.statuses = {};
    QVERIFY(service.updatePerson(denise));
    QVERIFY(m_window->redLineNotice()->isHidden());
    QVERIFY(m_window->peoplePage()->redLineNotice()->isHidden());
    m_window->circleTree()->setCurrentIndex(m_window->circleTreeModel()->indexOf(council));
    QVERIFY(m_window->circlePage()->redLineNotice()->isHidden());
}

void TestMainWindow::redLineRefusalKeepsDialogAndFile_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("redLine");
    QTest::newRow("employee") << QStringLiteral("Amandine Roux") << int(PersonStatus::Employee);
    QTest::newRow("contractor") << QStringLiteral("Jules Mercier") << int(PersonStatus::Contractor);
}

void TestMainWindow::redLineRefusalKeepsDialogAndFile()
{
    QFETCH(QString, person);
    QFETCH(int, redLine);
    OrganisationService& service = *m_window->service();
    const CircleId council =
        service.organisation().circleNamed(QStringLiteral("Conseil de Coordination"))->id;
    const PersonId who = service.organisation().personNamed(person)->id;
    const QByteArray before = test::dumpDatabase(service.database().connection());

    // The real path: Add member on the circle page opens the dialog; the user picks the person and OKs.
    bool stillOpen = false;
    PersonId stillSelected;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<MembershipDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->personCombo()->setCurrentIndex(dialog->personCombo()->findData(QVariant::fromValue(who)));
        dialog->accept();
        stillOpen = dialog->isVisible();
        stillSelected = dialog->membership().person;
        dialog->reject();
    });
    m_window->circleEditor()->addMember(council);

    QVERIFY(stillOpen);
    QCOMPARE(stillSelected, who);
    QCOMPARE(g_messages.size(), 1);
    const QString message = g_messages.first().text;
    QVERIFY2(message.contains(statusName(PersonStatus(redLine))), qPrintable(message));
    QVERIFY2(message.contains(person), qPrintable(message));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(test::dumpDatabase(service.database().connection()), before);
    QVERIFY(!service.organisation().activeMembership(who, council, QDate::currentDate()));
}

void TestMainWindow::undoThroughEditMenu()
{
    QAction* undo = menuAction(*m_window, QStringLiteral("Edit"), QKeySequence::Undo);
    QAction* redo = menuAction(*m_window, QStringLiteral("Edit"), QKeySequence::Redo);
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    OrganisationService& service = *m_window->service();
    const PersonId hugo = service.organisation().personNamed(QStringLiteral("Hugo Perrin"))->id;
    const CircleId support = service.organisation().circleNamed(QStringLiteral("Cercle Accompagnement"))->id;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<MembershipDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->personCombo()->setCurrentIndex(dialog->personCombo()->findData(QVariant::fromValue(hugo)));
        dialog->accept();
    });
    m_window->circleEditor()->addMember(support);
    QVERIFY(g_messages.isEmpty());
    QVERIFY(service.organisation().activeMembership(hugo, support, QDate::currentDate()));
    QVERIFY2(m_window->savedLabel()->text().contains(QStringLiteral("Hugo Perrin")),
             qPrintable(m_window->savedLabel()->text()));
    QVERIFY(undo->isEnabled());

    undo->trigger();
    QVERIFY(!service.organisation().activeMembership(hugo, support, QDate::currentDate()));
    redo->trigger();
    QVERIFY(service.organisation().activeMembership(hugo, support, QDate::currentDate()));
    // The circle page follows: Hugo is listed among the Support Circle's members.
    m_window->showCircle(support);
    const QAbstractItemModel* members = m_window->circlePage()->membersView()->model();
    QStringList names;
    for (int row = 0; row < members->rowCount(); ++row)
        names.append(members->index(row, 0).data().toString());
    QVERIFY(names.contains(QStringLiteral("Hugo Perrin")));
}

void TestMainWindow::fileHeldElsewhereOpensReadOnly()
{
    // The window already holds the file: a second window gets it read-only, says why, and offers no edit.
    MainWindow second;
    QVERIFY(second.openFile(m_path));
    QVERIFY(second.service()->database().isReadOnly());
    QVERIFY(!second.readOnlyBanner()->isHidden());
    QVERIFY(second.readOnlyBanner()->text().contains(second.service()->database().readOnlyReason()));
    QVERIFY(!second.readOnlyBanner()->text().isEmpty());
    QVERIFY(second.windowTitle().contains(QStringLiteral("demo.cercles")));
    const QList<QPushButton*> buttons = second.findChildren<QPushButton*>();
    for (const QPushButton* button : buttons)
        if (second.circlePage()->isAncestorOf(button) || second.peoplePage()->isAncestorOf(button))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    QVERIFY(m_window->readOnlyBanner()->isHidden());
}

void TestMainWindow::recordAlteredBehindCerclesShowsBanner()
{
    // An objection of a closed demo meeting is turned into a consent with another SQLite connection, its
    // triggers dropped first: once the whole-file check that follows the opening is done, the window says
    // that the record was altered, and where.
    m_window.reset();
    QVERIFY(m_window == nullptr);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'consent_event_is_append_only'")));
        QVERIFY(q.next());
        const QString trigger = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER consent_event_is_append_only")));
        QVERIFY(q.exec(QStringLiteral("UPDATE consent_event SET kind = 'consent-given' WHERE id = (SELECT "
                                      "min(id) FROM consent_event WHERE kind = 'objection-raised')")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(trigger)); // put back, so that the schema looks untouched
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    MainWindow window;
    QSignalSpy verified(&window, &MainWindow::verified);
    QVERIFY(window.openFile(m_path));
    QVERIFY(verified.wait(30000));
    QVERIFY(!window.readOnlyBanner()->isHidden());
    QVERIFY2(window.readOnlyBanner()->text().contains(QStringLiteral("altered")),
             qPrintable(window.readOnlyBanner()->text()));
    QVERIFY2(window.readOnlyBanner()->text().contains(QStringLiteral("no longer matches its seal")),
             qPrintable(window.readOnlyBanner()->text()));
}

void TestMainWindow::titleAndRecentFiles()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Listes Participatives — demo.cercles"));
    QCOMPARE(RecentFiles::list(), QStringList{QFileInfo(m_path).absoluteFilePath()});
    // The list keeps the most recent first and at most `maximum` files; the oldest go.
    for (int i = 0; i < RecentFiles::maximum - 1; ++i)
        RecentFiles::add(m_dir->file(QStringLiteral("other%1.cercles").arg(i)));
    QCOMPARE(RecentFiles::list().size(), RecentFiles::maximum);
    QCOMPARE(RecentFiles::list().last(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(RecentFiles::mostRecentExisting(), QFileInfo(m_path).absoluteFilePath()); // others do not exist
    RecentFiles::add(m_dir->file(QStringLiteral("newest.cercles")));
    QCOMPARE(RecentFiles::list().size(), RecentFiles::maximum);
    QVERIFY(!RecentFiles::list().contains(QFileInfo(m_path).absoluteFilePath()));
    QCOMPARE(RecentFiles::list().first(), m_dir->file(QStringLiteral("newest.cercles")));

    // A file that does not open is reported and leaves the open file in place.
    QVERIFY(!m_window->openFile(m_dir->file(QStringLiteral("missing.cercles"))));
    QCOMPARE(g_messages.size(), 1);
    QVERIFY(m_window->service());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Listes Participatives — demo.cercles"));
}

/// Issue 9: a 10,000-character circle name (from a file, whatever the dialog allows) once grew the window
/// to 32,767 px, and the next launch restored that size. The window stays within the screen, the circle's
/// dialog shows the whole name, and a saved geometry larger than the screen is clamped when restored.
void TestMainWindow::longCircleNameStaysOnScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    // The window never gets larger than the screen, or than its own minimum when that is larger (the
    // offscreen screen is 800 px wide; the smallest screen supported is 1024×600, tst_screenfit).
    const auto within = [&](const QWidget& w) {
        const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
        return w.width() <= std::max(available.width(), minimum.width()) &&
               w.height() <= std::max(available.height(), minimum.height());
    };
    const QSize before = m_window->size();
    Circle circle;
    // One word: nothing to wrap at.
    circle.name = QStringLiteral("Cercle").append(QString(9994, u'é'));
    QCOMPARE(circle.name.size(), 10000);
    circle.parent =
        m_window->service()->organisation().circleNamed(QStringLiteral("Assemblée Populaire"))->id;
    const Result<CircleId> added = m_window->service()->addCircle(circle);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_window->circleTree()->setCurrentIndex(m_window->circleTreeModel()->indexOf(*added));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->circlePage()->circle(), *added);
    QCOMPARE(m_window->circlePage()->nameLabel()->text(), circle.name);
    // Showing the name grows nothing (it grew the window to 99,874 px before).
    QVERIFY2(m_window->width() <= before.width() && m_window->height() <= before.height(),
             qPrintable(QStringLiteral("%1×%2, was %3×%4")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(before.width())
                            .arg(before.height())));
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    CircleDialog dialog(m_window->service()->organisation(),
                        *m_window->service()->organisation().circle(*added));
    QCOMPARE(dialog.nameEdit()->text(), circle.name); // a limit never cuts stored text
    QVERIFY(dialog.minimumSizeHint().width() <= 1024);

    // A geometry saved far larger than the screen is clamped when restored.
    m_window->resize(20000, 20000);
    m_window.reset(); // saves the geometry
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(within(again), qPrintable(QStringLiteral("%1×%2").arg(again.width()).arg(again.height())));
}

void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    // Opening builds the circle page only (issue 14): the register of a decade is read when asked for.
    QVERIFY(!m_window->findChild<RegisterPage*>());
    QVERIFY(!m_window->findChild<MeetingsPage*>());
    auto* tabs = m_window->circlePage()->parentWidget()->parentWidget();
    auto* tabWidget = qobject_cast<QTabWidget*>(tabs);
    QVERIFY(tabWidget);
    QStringList titles;
    for (int i = 0; i < tabWidget->count(); ++i)
        titles << tabWidget->tabText(i);
    QCOMPARE(titles, (QStringList{QStringLiteral("Circle"), QStringLiteral("People"),
                                  QStringLiteral("&Mandates"), QStringLiteral("Meetings"),
                                  QStringLiteral("Actions"), QStringLiteral("Decision register")}));
    tabWidget->setCurrentIndex(int(titles.indexOf(QStringLiteral("Decision register"))));
    auto* reg = m_window->findChild<RegisterPage*>();
    QVERIFY(reg);
    QVERIFY(reg->isVisible());
    QVERIFY(reg->model()->rowCount() > 0);

    // The Meeting menu builds the meetings page it acts on and brings it to the front.
    QAction* newMeeting = nullptr;
    for (QAction* menu : m_window->menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Meeting"))
            for (QAction* a : menu->menu()->actions())
                if (a->text() == QStringLiteral("&New meeting…"))
                    newMeeting = a;
    QVERIFY(newMeeting);
    QTimer::singleShot(0, this, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    newMeeting->trigger();
    auto* meetings = m_window->findChild<MeetingsPage*>();
    QVERIFY(meetings);
    QVERIFY(meetings->isVisible());
    QVERIFY(!m_window->findChild<WelcomePage*>()); // a file was opened: the welcome page was never built
}

void TestMainWindow::startShowsTheFileBeingOpened()
{
    // As the app starts on a file: the window paints its name, then opens it; no welcome page is built.
    MainWindow window;
    window.showOpening(m_path);
    window.show();
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* l) {
        return l->isVisible() && l->text().contains(QFileInfo(m_path).fileName());
    }));
    QVERIFY(!window.findChild<WelcomePage*>());
    // The file is held by the test's window: it opens read-only, and "Opening…" goes.
    QVERIFY(window.openFile(m_path));
    QVERIFY(!window.findChild<WelcomePage*>());
    const QList<QLabel*> after = window.findChildren<QLabel*>();
    QVERIFY(std::none_of(after.cbegin(), after.cend(),
                         [](const QLabel* l) { return l->text().startsWith(QStringLiteral("Opening")); }));

    // A file that cannot be opened leaves the welcome page, never a stale "Opening…".
    MainWindow failed;
    failed.showOpening(m_dir->file(QStringLiteral("missing.cercles")));
    failed.show();
    QVERIFY(!failed.openFile(m_dir->file(QStringLiteral("missing.cercles"))));
    QVERIFY(failed.findChild<WelcomePage*>());
    QVERIFY(failed.findChild<WelcomePage*>()->isVisible());
    g_messages.clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
