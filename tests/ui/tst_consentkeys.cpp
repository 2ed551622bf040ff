// No phantom answer from the keyboard (issue 9): 200 generated scripts of French text (accents, capitals
// and lower-case c, o, p, n inside words, apostrophes, œ, €) and answer commands are played as real key
// events on the facilitation window offscreen, each key sent to whatever widget has the focus, as a
// keyboard would. The stored answers must equal the intended ones exactly, the field must hold exactly
// what was typed and not recorded, the focus must be in the field after every command, and every record
// must be confirmed on screen with the person and the answer.

#include "meetingfixture.h"
#include "roundscript.h"

#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/participantsmodel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

class TestConsentKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { failOnUnexpectedWarnings(); }
    void generatedKeySequencesStoreExactlyTheIntendedAnswers();
    void aChangedAnswerIsShownWithTheFirstOne();

private:
    void type(const QString& text);
    void command(Qt::Key key);
    void play(const ScriptStep& step, const QList<PersonId>& present);
    QPushButton* button(const QString& name) const;

    std::unique_ptr<FacilitationWindow> m_window;
};

void TestConsentKeys::initTestCase()
{
    ui::messages::setHook(&answerYes);
}

void TestConsentKeys::type(const QString& text)
{
    for (const QChar c : text) {
        // A real keyboard: a capital comes with Shift; Latin-1 letters have their own key codes.
        const Qt::KeyboardModifiers modifiers = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        const char16_t upper = c.toUpper().unicode();
        const Qt::Key key = upper <= 0xff ? Qt::Key(upper) : Qt::Key_unknown;
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::sendKeyEvent(QTest::Click, target, key, QString(c), modifiers);
    }
}

void TestConsentKeys::command(Qt::Key key)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, key, Qt::ControlModifier);
}

QPushButton* TestConsentKeys::button(const QString& name) const
{
    for (QPushButton* b : m_window->consentPanel()->findChildren<QPushButton*>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

void TestConsentKeys::play(const ScriptStep& step, const QList<PersonId>& present)
{
    ConsentPanel* panel = m_window->consentPanel();
    switch (step.kind) {
    case ScriptStep::Type:
        type(step.text);
        return;
    case ScriptStep::Consent:
    case ScriptStep::Objection:
    case ScriptStep::Concern:
        if (step.byButton) {
            const QString name = step.kind == ScriptStep::Consent     ? QStringLiteral("Consent")
                                 : step.kind == ScriptStep::Objection ? QStringLiteral("Objection")
                                                                      : QStringLiteral("Concern");
            QPushButton* b = button(name);
            QVERIFY(b);
            if (b->isEnabled())
                QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
        command(step.kind == ScriptStep::Consent     ? Qt::Key_1
                : step.kind == ScriptStep::Objection ? Qt::Key_2
                                                     : Qt::Key_3);
        return;
    case ScriptStep::Next:
        command(Qt::Key_Down);
        return;
    case ScriptStep::Previous:
        command(Qt::Key_Up);
        return;
    case ScriptStep::Select: {
        QListView* view = panel->participantsView();
        const int row = int(panel->participants()->people().indexOf(present[step.person]));
        QVERIFY(row >= 0);
        const QModelIndex index = panel->participants()->index(row);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return;
    }
    case ScriptStep::Clear: {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        return;
    }
    }
}

void TestConsentKeys::generatedKeySequencesStoreExactlyTheIntendedAnswers()
{
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    auto tick = std::make_shared<int>(0);
    doc->consent().setClock(
        [tick] { return QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC).addSecs((*tick)++); });
    QUndoStack stack;
    const Meeting meeting = planMeeting(*doc, circleId(*doc, "Conseil de Coordination"));
    const int scripts = 200;
    QList<AgendaItemId> items;
    QList<ConsentProcessId> processes;
    for (int i = 0; i < scripts; ++i) {
        const AgendaItemId item =
            addItem(*doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Script %1").arg(i));
        const ConsentProcessId id =
            doc->consent()
                .startProcess(item, Proposal{QStringLiteral("Adopter le budget."), {}, {}, {}, {}})
                .value();
        for (ConsentEventKind kind :
             {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
              ConsentEventKind::ConsentRoundStarted})
            QVERIFY(doc->consent().record(id, ConsentEvent::roundStart(kind, {}, meeting.present())));
        items << item;
        processes << id;
    }
    m_window = std::make_unique<FacilitationWindow>(*doc, stack, meeting.id);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ConsentPanel* panel = m_window->consentPanel();

    int passed = 0, lost = 0, keys = 0, records = 0;
    for (int i = 0; i < scripts; ++i) {
        const quint32 seed = 9000 + quint32(i);
        m_window->selectItem(items[i]);
        QCOMPARE(panel->processId(), processes[i]);
        QCOMPARE(QApplication::focusWidget(), panel->field());
        QList<PersonId> present;
        for (PersonId person : panel->process()->currentRound()->eligible) {
            if (panel->process()->currentRound()->isPresent(person))
                present << person;
        }
        const QList<ScriptStep> script = generateScript(seed, int(present.size()));
        for (const ScriptStep& step : script) {
            const qsizetype before = panel->process()->currentRound()->responses.size();
            play(step, present);
            keys += step.kind == ScriptStep::Type ? int(step.text.size()) : 1;
            const QList<ConsentResponse>& responses = panel->process()->currentRound()->responses;
            if (step.kind != ScriptStep::Type) {
                // One predictable place: the field, after every command, recorded or refused.
                QVERIFY2(QApplication::focusWidget() == panel->field(),
                         qPrintable(QStringLiteral("seed %1: focus left the field").arg(seed)));
            }
            if (responses.size() > before) {
                ++records;
                QCOMPARE(responses.size(), before + 1);
                const ConsentResponse& r = responses.constLast();
                const QString shown = panel->confirmationLabel()->text();
                const Person* who = doc->organisation().organisation().person(r.person);
                QVERIFY2(shown.contains(who->name), qPrintable(shown));
                QVERIFY2(shown.contains(r.kind == ResponseKind::Objection ? QStringLiteral("objection")
                                                                          : QStringLiteral("consent")),
                         qPrintable(shown));
                QVERIFY2(shown.contains(r.text), qPrintable(shown));
            }
        }
        const ScriptExpectation expected = expectedOf(script, int(present.size()));
        const QList<ScriptAnswer> stored =
            storedAnswers(doc->consent().process(processes[i])->currentRound()->responses, present);
        if (stored == expected.answers && panel->field()->text() == expected.field)
            ++passed;
        else
            ++lost;
        QVERIFY2(stored == expected.answers,
                 qPrintable(QStringLiteral("seed %1: stored %2, expected %3")
                                .arg(seed)
                                .arg(describe(stored), describe(expected.answers))));
        QCOMPARE(panel->field()->text(), expected.field);
    }
    qInfo("%d tried, %d passed, %d lost (%d keys, %d answers recorded)", scripts, passed, lost, keys,
          records);
    m_window.reset();
}

void TestConsentKeys::aChangedAnswerIsShownWithTheFirstOne()
{
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    QUndoStack stack;
    const Meeting meeting = planMeeting(*doc, circleId(*doc, "Conseil de Coordination"));
    const AgendaItemId item =
        addItem(*doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
    const ConsentProcessId id =
        doc->consent()
            .startProcess(item, Proposal{QStringLiteral("Adopter le budget."), {}, {}, {}, {}})
            .value();
    for (ConsentEventKind kind :
         {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
          ConsentEventKind::ConsentRoundStarted})
        QVERIFY(doc->consent().record(id, ConsentEvent::roundStart(kind, {}, meeting.present())));
    m_window = std::make_unique<FacilitationWindow>(*doc, stack, meeting.id);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ConsentPanel* panel = m_window->consentPanel();
    const PersonId first = panel->currentSpeaker();
    type(QStringLiteral("Trop cher"));
    command(Qt::Key_2);
    while (!panel->process()->awaitedPresent().isEmpty())
        command(Qt::Key_1);
    // Everyone answered: the first one changes their mind.
    QVERIFY(!panel->currentSpeaker().isValid());
    QVERIFY(panel->selectParticipant(first));
    command(Qt::Key_1);
    QCOMPARE(panel->process()->responseOf(first), ResponseKind::Consent);
    QCOMPARE(panel->process()->currentRound()->responses.size(),
             panel->process()->currentRound()->eligible.size() + 1);
    const int row = int(panel->participants()->people().indexOf(first));
    const QString state = panel->participants()->index(row).data(ParticipantsModel::StateRole).toString();
    QVERIFY2(state.contains(QStringLiteral("first objected: “Trop cher”, then consented")),
             qPrintable(state));
    QVERIFY2(panel->confirmationLabel()->text().contains(QStringLiteral("earlier answer")),
             qPrintable(panel->confirmationLabel()->text()));
    // Ctrl+Z takes back the change only: the objection counts again.
    command(Qt::Key_Z);
    QCOMPARE(panel->process()->responseOf(first), ResponseKind::Objection);
    m_window.reset();
}

QTEST_MAIN(TestConsentKeys)
#include "tst_consentkeys.moc"
