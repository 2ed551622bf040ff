// Undo is scoped and honest on the facilitation screen (issue 9): Ctrl+Z takes back the last record of
// the item in front only (a consent answer, an election step), never another item's record nor a main
// window edit; Edit > Undo names the step; a refused record leaves no undo step; after an undo the status
// line says what was undone.

#include "meetingfixture.h"

#include "elections/electionpanel.h"
#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

class TestScopedUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ui::messages::setHook(&answerYes); }
    void init() { failOnUnexpectedWarnings(); }
    void ctrlZTakesBackTheItemInFront();
};

void TestScopedUndo::ctrlZTakesBackTheItemInFront()
{
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    QUndoStack mainStack;
    const Meeting meeting = planMeeting(*doc, circleId(*doc, "Conseil de Coordination"));
    const AgendaItemId consentItem =
        addItem(*doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
    const AgendaItemId electionItem =
        addItem(*doc, meeting.id, AgendaItemKind::Election, QStringLiteral("Facilitation"));
    const ConsentProcessId process =
        doc->consent()
            .startProcess(consentItem, Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}})
            .value();
    FacilitationWindow window(*doc, mainStack, meeting.id);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // A consent record on the first item.
    window.selectItem(consentItem);
    ConsentPanel* panel = window.consentPanel();
    QTest::keyClick(panel->field(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->consent().stored(process)->events.size(), 1);
    QVERIFY2(window.undoAction()->text().contains(QStringLiteral("Clarifying")),
             qPrintable(window.undoAction()->text()));
    // A refused record leaves no undo step.
    const int steps = window.currentUndoStack()->count();
    QTest::keyClick(panel->field(), Qt::Key_Return); // nothing typed: refused
    QCOMPARE(window.currentUndoStack()->count(), steps);
    QCOMPARE(doc->consent().stored(process)->events.size(), 1);

    // An election step on the second item.
    window.selectItem(electionItem);
    ElectionPanel* election = window.electionPanel();
    QVERIFY(election);
    election->startButton()->click();
    QVERIFY(election->election().has_value());
    for (QPushButton* b : election->findChildren<QPushButton*>()) {
        if (b->isVisible() && b->text().contains(QStringLiteral("Open the nominations")))
            b->click();
    }
    QCOMPARE(election->election()->phase(), ElectionPhase::Nominations);
    QVERIFY2(window.undoAction()->text().startsWith(QStringLiteral("Undo: Election")),
             qPrintable(window.undoAction()->text()));

    // Ctrl+Z in front of the election undoes the election step only.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(election->election().has_value());
    QCOMPARE(doc->elections().stored(*doc->elections().electionOf(electionItem))->events.size(), 0);
    QCOMPARE(doc->consent().stored(process)->events.size(), 1);
    QVERIFY2(window.savedLabel()->text().contains(QStringLiteral("Undone")),
             qPrintable(window.savedLabel()->text()));
    QCOMPARE(mainStack.count(), 0); // nothing of the meeting went to the main window's stack

    // Back on the consent item, Ctrl+Z undoes its own record.
    window.selectItem(consentItem);
    QTest::keyClick(panel->field(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->consent().stored(process)->events.size(), 0);
}

QTEST_MAIN(TestScopedUndo)
#include "tst_scopedundo.moc"
