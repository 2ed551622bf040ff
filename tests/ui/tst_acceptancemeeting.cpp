// Issue 10's acceptance test, end to end: a Council meeting of the demo organisation run through the
// facilitation window offscreen, with its widgets (keys, buttons, dialogs): a consent decision met by one
// objection that is integrated (amended proposal, then consent), an election without candidates, a
// majority-judgment vote, notes typed on items, two actions (one from the adopted decision, its responsible
// proposed), a deferral and a referral to the parent circle. The meeting is closed from the window, the
// minutes approved and exported as PDF in French and in English from the Minutes dialog (its own buttons and
// file dialog), and the text of each PDF (pdftotext) holds every section's exact sentences.
//
// The rows of minutesSay read the PDFs the first test function wrote: run the whole test, not a row alone.

#include "../export/exportfixture.h"
#include "meetingfixture.h"
#include "testsupport.h"

#include "elections/electionpanel.h"
#include "facilitation/actiondialog.h"
#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/integrationdialog.h"
#include "facilitation/itemrecordpanel.h"
#include "facilitation/proposalform.h"
#include "minutes/minutesdialog.h"
#include "services/minutesservice.h"
#include "votes/votepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

namespace {
/// Takes a widget and a button text (without its mnemonic's "&"); returns the first such button under it.
QPushButton* button(QWidget* under, const QString& text)
{
    for (QPushButton* b : under->findChildren<QPushButton*>()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(text))
            return b;
    }
    qFatal("no button %s", qPrintable(text));
}

/// Takes a widget and a text; types it there key by key, as the secretary does (QTest::keyClicks takes only
/// ASCII: accents, apostrophes and the like are sent as key events carrying their text).
void type(QWidget* widget, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else if (c.isHighSurrogate() && i + 1 < text.size()) // an emoji: one key, two UTF-16 units
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i++, 2), Qt::NoModifier);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Takes a function; runs it on the modal dialog the next event-loop turn shows (a dialog's exec()).
template <typename Dialog, typename F> void onDialog(QObject* context, F fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no %s dialog", Dialog::staticMetaObject.className());
        fill(dialog);
    });
}
} // namespace

class TestAcceptanceMeeting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ui::messages::setHook(&answerYes);
        m_dir = std::make_unique<TempDir>();
        m_doc = openDemo(m_dir->file(QStringLiteral("demo.cercles")));
        m_stack = std::make_unique<QUndoStack>();
        // Distinct, increasing event times from the meeting's start (18:30 in Paris): one second a call.
        auto tick = std::make_shared<int>(0);
        m_doc->consent().setClock(
            [tick] { return QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC).addSecs((*tick)++); });
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_stack.reset();
        m_doc.reset();
        m_dir.reset();
    }
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void meetingRunFromTheScreen();
    void minutesSay_data();
    void minutesSay();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    ConsentProcess process() const
    {
        return m_doc->consent().process(m_window->consentPanel()->processId()).value();
    }
    QString name(PersonId person) const { return m_doc->organisation().organisation().person(person)->name; }
    /// Types notes on the item in front, as the secretary does, and waits until they are in the file.
    void typeNotes(const QString& notes);
    /// Starts the proposal of the consent item in front from its form.
    void startProposal(const QString& text, const QString& driver, PersonId responsible);
    void exportPdf(MinutesDialog& dialog, const QString& language, const QString& path);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FacilitationWindow> m_window;
    MeetingId m_meeting;
    QStringList m_present; // names, in attendance order
    QString m_objector, m_responsible, m_nominee, m_actionPerson;
    QHash<QString, QString> m_text; // language -> the PDF's text, page decorations left out
};

void TestAcceptanceMeeting::typeNotes(const QString& notes)
{
    QPlainTextEdit* edit = m_window->recordPanel()->notesEdit();
    edit->setFocus();
    type(edit, notes);
    const AgendaItemId item = m_window->currentItem();
    const auto stored = [&] {
        const Meeting meeting = m_doc->meetings().meeting(m_meeting).value();
        for (const AgendaItem& a : meeting.agenda)
            if (a.id == item)
                return a.notes;
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored(), notes, ItemRecordPanel::saveDelayMs * 10);
}

void TestAcceptanceMeeting::startProposal(const QString& text, const QString& driver, PersonId responsible)
{
    ProposalForm* form = m_window->proposalForm();
    QVERIFY(form->isVisible());
    form->textEdit()->setFocus();
    type(form->textEdit(), text);
    form->driverEdit()->setFocus();
    type(form->driverEdit(), driver);
    if (responsible.isValid())
        form->responsibleCombo()->setCurrentIndex(
            form->responsibleCombo()->findData(QVariant::fromValue(responsible)));
    form->noReviewDateCheck()->setChecked(true);
    form->scopeCombo()->setCurrentIndex(1);
    QTest::mouseClick(form->startButton(), Qt::LeftButton);
    QVERIFY(m_window->consentPanel()->isVisible());
}

void TestAcceptanceMeeting::exportPdf(MinutesDialog& dialog, const QString& language, const QString& path)
{
    QComboBox* languages = nullptr;
    for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        if (combo->findData(language) >= 0)
            languages = combo;
    }
    QVERIFY(languages);
    languages->setCurrentIndex(languages->findData(language));
    onDialog<QFileDialog>(this, [path](QFileDialog* files) {
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept"); // a protected slot: the Save button's
    });
    QTest::mouseClick(button(&dialog, QStringLiteral("Export PDF")), Qt::LeftButton);
    QVERIFY2(QFile::exists(path), qPrintable(path));
}

void TestAcceptanceMeeting::meetingRunFromTheScreen()
{
    Document& doc = *m_doc;
    const CircleId council = circleId(doc, "Conseil de Coordination");
    Meeting planned = planMeeting(doc, council);
    m_meeting = planned.id;
    const QList<PersonId> present = planned.present();
    for (PersonId p : present)
        m_present << name(p);
    // The sentences below name the demo's Council members.
    QCOMPARE(m_present,
             (QStringList{"Chloé Garnier", "Denise Faure", "Hugo Perrin", "Inès Bonnet", "Étienne Blanc"}));
    planned.facilitator = present[0];
    planned.secretary = present[4];
    planned.nextMeeting = QStringLiteral("7 janvier 2027, même lieu");
    QVERIFY(doc.meetings().updateMeeting(planned));
    // Setup: the agenda, as the secretary prepared it before the meeting.
    const AgendaItemId news =
        addItem(doc, m_meeting, AgendaItemKind::Information, QStringLiteral("Nouvelles des cercles"));
    const AgendaItemId charter =
        addItem(doc, m_meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Charte des bénévoles"));
    const AgendaItemId treasurer =
        addItem(doc, m_meeting, AgendaItemKind::Election, QStringLiteral("Élection du trésorier"));
    const AgendaItemId venue = addItem(doc, m_meeting, AgendaItemKind::MajorityJudgmentVote,
                                       QStringLiteral("Lieu de l’université d’été"));
    const AgendaItemId premises =
        addItem(doc, m_meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Local associatif"));
    const AgendaItemId festival =
        addItem(doc, m_meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Fête de printemps"));
    const AgendaItemId closing =
        addItem(doc, m_meeting, AgendaItemKind::Discussion, QStringLiteral("Tour de clôture"));

    m_window = std::make_unique<FacilitationWindow>(doc, *m_stack, m_meeting);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(button(m_window.get(), QStringLiteral("Open the meeting")), Qt::LeftButton);
    QCOMPARE(doc.meetings().meeting(m_meeting)->status, MeetingStatus::Open);
    QCOMPARE(m_window->currentItem(), news);

    // 1. Information: its content and the notes, typed; marked done.
    ItemRecordPanel* record = m_window->recordPanel();
    record->contentEdit()->setFocus();
    type(record->contentEdit(), QStringLiteral("Le Cercle Communication a refait le site."));
    typeNotes(QStringLiteral("Questions sur l’hébergement du site."));
    record->outcomeCombo()->setFocus();
    record->outcomeCombo()->setCurrentIndex(record->outcomeCombo()->findData(int(AgendaItemState::Done)));
    emit record->outcomeCombo()->activated(record->outcomeCombo()->currentIndex());

    // 2. A consent decision met by one objection, integrated by amending the proposal, then consented.
    m_window->agendaView()->setFocus();
    key(Qt::Key_Down);
    QCOMPARE(m_window->currentItem(), charter);
    const PersonId responsible = present[1];
    m_responsible = name(responsible);
    startProposal(QStringLiteral("Adopter la charte des bénévoles."),
                  QStringLiteral("Les bénévoles demandent un cadre."), responsible);
    ConsentPanel* panel = m_window->consentPanel();
    key(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(process().phase(), ConsentPhase::ClarifyingQuestions);
    type(panel->field(), QStringLiteral("Qui la signe ?"));
    key(Qt::Key_Return);
    while (panel->currentSpeaker().isValid())
        key(Qt::Key_Down, Qt::ControlModifier);
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(process().phase(), ConsentPhase::Reactions);
    type(panel->field(), QStringLiteral("Bonne idée."));
    key(Qt::Key_Return);
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(process().phase(), ConsentPhase::ConsentRound);
    const QList<PersonId> eligible = process().currentRound()->eligible;
    key(Qt::Key_1, Qt::ControlModifier);
    m_objector = name(eligible[1]);
    type(panel->field(), QStringLiteral("Il manque la protection des données."));
    key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(process().responseOf(eligible[1]), ResponseKind::Objection);
    while (!process().awaitedPresent().isEmpty())
        key(Qt::Key_1, Qt::ControlModifier);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(process().phase(), ConsentPhase::IntegratingObjections);
    onDialog<IntegrationDialog>(this, [](IntegrationDialog* dialog) {
        QVERIFY(dialog->modifyButton()->isChecked());
        dialog->textEdit()->setFocus();
        dialog->textEdit()->moveCursor(QTextCursor::End);
        type(dialog->textEdit(), QStringLiteral(" Les données restent au Conseil."));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::setActiveWindow(m_window.get()); // no window manager offscreen: activate it again
    QCOMPARE(process().currentVersion().number, 2);
    QCOMPARE(process().currentVersion().text,
             QStringLiteral("Adopter la charte des bénévoles. Les données restent au Conseil."));
    panel->field()->setFocus();
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    while (!process().awaitedPresent().isEmpty())
        key(Qt::Key_1, Qt::ControlModifier);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(process().phase(), ConsentPhase::Adopted);
    typeNotes(QStringLiteral("La charte sera affichée au local."));
    // The action from the adopted decision: its responsible is proposed.
    PersonId proposed;
    onDialog<ActionDialog>(this, [&proposed](ActionDialog* dialog) {
        proposed = dialog->personCombo()->currentData().value<PersonId>();
        dialog->textEdit()->setFocus();
        type(dialog->textEdit(), QStringLiteral("Envoyer la charte aux bénévoles"));
        dialog->dueEdit()->setDate(QDate(2026, 12, 17));
        dialog->accept();
    });
    QTest::mouseClick(record->addActionButton(), Qt::LeftButton);
    QApplication::setActiveWindow(m_window.get());
    QCOMPARE(proposed, responsible);
    QCOMPARE(record->actionsList()->count(), 1);

    // 3. An election without candidates: everyone names the same person, who is elected by consent.
    m_window->selectItem(treasurer);
    ElectionPanel* election = m_window->electionPanel();
    QVERIFY(election);
    election->roleEdit()->selectAll();
    type(election->roleEdit(), QStringLiteral("Trésorerie"));
    election->termStartEdit()->setDate(QDate(2027, 1, 1));
    election->termEndEdit()->setDate(QDate(2027, 12, 31));
    election->qualificationsEdit()->setFocus();
    type(election->qualificationsEdit(), QStringLiteral("Rigueur"));
    QTest::mouseClick(election->startButton(), Qt::LeftButton);
    QVERIFY2(election->election().has_value(), qPrintable(election->errorLabel()->text()));
    QTest::mouseClick(button(election, QStringLiteral("Open the nominations")), Qt::LeftButton);
    const PersonId nominee = present[2];
    m_nominee = name(nominee);
    for (int i = 0; i < present.size(); ++i) {
        election->personCombo()->setCurrentIndex(
            election->personCombo()->findData(QVariant::fromValue(nominee)));
        QTest::mouseClick(election->recordButton(), Qt::LeftButton);
    }
    QTest::mouseClick(election->nextStepButton(), Qt::LeftButton);
    QCOMPARE(election->election()->phase(), ElectionPhase::NominationRound);
    for (int i = 0; i < present.size(); ++i) {
        election->textEdit()->setFocus();
        type(election->textEdit(),
             i == 0 ? QStringLiteral("Il tient déjà les comptes") : QStringLiteral("Même raison"));
        QTest::keyClick(election->textEdit(), Qt::Key_Return);
    }
    QTest::mouseClick(election->nextStepButton(), Qt::LeftButton);
    QCOMPARE(election->election()->phase(), ElectionPhase::ChangeRound);
    for (int i = 0; i < present.size(); ++i)
        QTest::mouseClick(election->recordButton(), Qt::LeftButton);
    QCOMPARE(election->personCombo()->currentData().value<PersonId>(), nominee);
    election->textEdit()->setFocus();
    type(election->textEdit(), QStringLiteral("Nommé par tout le monde"));
    QTest::mouseClick(election->proposeButton(), Qt::LeftButton);
    QVERIFY2(election->election()->phase() == ElectionPhase::ConsentRound,
             qPrintable(election->errorLabel()->text()));
    for (int i = 0; i < present.size(); ++i)
        QTest::mouseClick(election->consentButton(), Qt::LeftButton);
    QTest::mouseClick(election->nextStepButton(), Qt::LeftButton);
    QCOMPARE(election->election()->phase(), ElectionPhase::Elected);

    // 4. A majority-judgment vote: three voters grade with the keyboard, then the facilitator closes it.
    m_window->selectItem(venue);
    VotePanel* vote = m_window->votePanel();
    QVERIFY(vote);
    vote->titleEdit()->setText(QStringLiteral("Lieu"));
    vote->optionsEdit()->setFocus();
    type(vote->optionsEdit(), QStringLiteral("Lyon\nGrenoble"));
    QTest::mouseClick(vote->createButton(), Qt::LeftButton);
    QCOMPARE(vote->page(), VotePanel::Page::Ballot);
    const QList<std::pair<int, int>> ballots{
        {Qt::Key_7, Qt::Key_3}, {Qt::Key_6, Qt::Key_4}, {Qt::Key_5, Qt::Key_6}};
    for (const auto& [lyon, grenoble] : ballots) {
        QTest::keyClick(vote->gradeCombos().at(0), Qt::Key(lyon));
        QTest::keyClick(vote->gradeCombos().at(1), Qt::Key(grenoble));
        QTest::mouseClick(vote->castButton(), Qt::LeftButton);
        QTest::mouseClick(vote->nextVoterButton(), Qt::LeftButton);
    }
    QTest::mouseClick(vote->closeVoteButton(), Qt::LeftButton);
    QCOMPARE(vote->page(), VotePanel::Page::Result);

    // 5. A proposal deferred after its questions and reactions, with the reason typed in the field.
    m_window->selectItem(premises);
    startProposal(QStringLiteral("Louer le local de la rue Haute."), QStringLiteral("Manque de place."), {});
    key(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(process().phase(), ConsentPhase::ClarifyingQuestions);
    type(panel->field(), QStringLiteral("Quel loyer ?"));
    key(Qt::Key_Return);
    QCOMPARE(process().currentSpeakingRound()->turns.size(), 1);
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::ControlModifier); // Chloé passes; Denise reacts
    type(panel->field(), QStringLiteral("Trop cher sans subvention."));
    key(Qt::Key_Return);
    QCOMPARE(process().currentSpeakingRound()->turns.size(), 2);
    type(panel->field(), QStringLiteral("Attendre le devis"));
    QTest::mouseClick(button(panel, QStringLiteral("Defer")), Qt::LeftButton);
    QCOMPARE(process().phase(), ConsentPhase::Deferred);

    // 6. A proposal referred to the parent circle, the Assemblée Populaire.
    m_window->selectItem(festival);
    startProposal(QStringLiteral("Organiser une fête de printemps ouverte à tous."),
                  QStringLiteral("Faire connaître l’association."), {});
    key(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    type(panel->field(), QStringLiteral("Quel budget ?"));
    key(Qt::Key_Return);
    panel->field()->setFocus();
    type(panel->field(), QStringLiteral("Concerne toute l’association"));
    QTest::mouseClick(button(panel, QStringLiteral("Refer to parent circle")), Qt::LeftButton);
    QCOMPARE(process().phase(), ConsentPhase::ReferredToParent);
    QCOMPARE(process().referredTo(), circleId(doc, "Assemblée Populaire"));

    // 7. A discussion with its notes and an action for someone named in the dialog.
    m_window->selectItem(closing);
    typeNotes(QStringLiteral("Bonne énergie 🎉 ; réunion finie à l’heure. Merci 谢谢."));
    const PersonId actionPerson = present[3];
    m_actionPerson = name(actionPerson);
    onDialog<ActionDialog>(this, [actionPerson](ActionDialog* dialog) {
        QCOMPARE(dialog->personCombo()->currentData().value<PersonId>(), PersonId());
        dialog->personCombo()->setCurrentIndex(
            dialog->personCombo()->findData(QVariant::fromValue(actionPerson)));
        type(dialog->textEdit(), QStringLiteral("Réserver la salle de janvier"));
        dialog->dueEdit()->setDate(QDate(2027, 1, 8));
        dialog->accept();
    });
    QTest::mouseClick(record->addActionButton(), Qt::LeftButton);
    QCOMPARE(record->actionsList()->count(), 1);
    record->outcomeCombo()->setCurrentIndex(record->outcomeCombo()->findData(int(AgendaItemState::Done)));
    emit record->outcomeCombo()->activated(record->outcomeCombo()->currentIndex());

    // Close the meeting from the window (the confirmation answered).
    QTest::mouseClick(button(m_window.get(), QStringLiteral("Close the meeting")), Qt::LeftButton);
    QCOMPARE(doc.meetings().meeting(m_meeting)->status, MeetingStatus::Closed);
    m_window.reset();

    // The Minutes dialog: approve, then export the PDF in French and in English.
    MinutesDialog dialog(doc, m_meeting);
    dialog.show();
    QCOMPARE(dialog.currentMeeting(), m_meeting);
    onDialog<QDialog>(this, [](QDialog* ask) {
        ask->findChild<QDateEdit*>()->setDate(QDate(2026, 12, 10));
        ask->accept();
    });
    QTest::mouseClick(button(&dialog, QStringLiteral("Approve")), Qt::LeftButton);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Approved on")), qPrintable(dialog.statusText()));
    MinutesService minutes(doc.database(), doc.meetings());
    const QString head = QString::fromLatin1(minutes.status(m_meeting)->approval->chainHead.toHex());
    QCOMPARE(head.size(), 64);
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString pdf = m_dir->file(QStringLiteral("minutes-%1.pdf").arg(language));
        exportPdf(dialog, language, pdf);
        const QStringList pages = pdfPages(pdf);
        // DejaVu Sans, and the fallbacks for the emoji and the Chinese in the notes, all embedded.
        const QStringList fonts = pdfFonts(pdf);
        for (const char* family : {"DejaVuSans", "WenQuanYi", "Symbola"}) {
            bool embedded = false;
            for (const QString& row : fonts)
                embedded =
                    embedded || (row.contains(QLatin1String(family)) && row.contains(QLatin1String(" yes ")));
            QVERIFY2(embedded, qPrintable(fonts.join(QLatin1Char('\n'))));
        }
        qInfo("%s: %lld pages\n%s", qPrintable(language), qint64(pages.size()),
              qPrintable(pages.join(QStringLiteral("\n---- page ----\n"))));
        if (!qEnvironmentVariableIsEmpty("CERCLES_KEEP_MINUTES"))
            QFile::copy(pdf, qEnvironmentVariable("CERCLES_KEEP_MINUTES") + QLatin1Char('/') +
                                 QStringLiteral("minutes-%1.pdf").arg(language));
        // Every page says whose minutes these are, that they are approved, and the record head they seal.
        // The rows below read the body: the pages' text without these lines, so a sentence that goes on
        // over a page break reads whole.
        QStringList body;
        for (int i = 0; i < pages.size(); ++i) {
            const QString decoration =
                language == QLatin1String("fr")
                    ? QStringLiteral("Listes Participatives — Conseil de Coordination Compte rendu — 3 "
                                     "décembre 2026 Approuvé le 10 décembre 2026 page %1 / %2 Empreinte du "
                                     "registre : %3 ")
                    : QStringLiteral("Listes Participatives — Conseil de Coordination Minutes — 3 December "
                                     "2026 Approved on 10 December 2026 page %1 / %2 Record head: %3 ");
            const QString expected = decoration.arg(i + 1).arg(pages.size()).arg(head);
            QVERIFY2(pages[i].startsWith(expected), qPrintable(pages[i].left(300)));
            body << pages[i].mid(expected.size());
        }
        m_text[language] = body.join(QLatin1Char(' '));
    }
}

void TestAcceptanceMeeting::minutesSay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Each row: a section of the minutes, the exact sentences it prints (pdftotext, white space folded).
    QTest::newRow("fr: meeting and attendance")
        << "fr"
        << QStringList{
               "Compte rendu de la réunion du 3 décembre 2026 Listes Participatives — Conseil de "
               "Coordination Approuvé le 10 décembre 2026",
               "Date 3 décembre 2026 Heure 18 h 30 (Europe/Paris) Lieu Maison des associations, salle "
               "2 Facilitateur·rice Chloé Garnier Secrétaire Étienne Blanc Statut réunion close",
               "Participants Présents (5) : Chloé Garnier, Denise Faure, Hugo Perrin, Inès Bonnet, "
               "Étienne Blanc Excusés (0) : personne Absents (0) : personne Invités (0) : personne"};
    QTest::newRow("en: meeting and attendance")
        << "en"
        << QStringList{
               "Minutes of the meeting of 3 December 2026 Listes Participatives — Conseil de "
               "Coordination Approved on 10 December 2026",
               "Date 3 December 2026 Time 6:30 PM (Europe/Paris) Place Maison des associations, salle 2 "
               "Facilitator Chloé Garnier Secretary Étienne Blanc Status meeting closed",
               "Attendance Present (5): Chloé Garnier, Denise Faure, Hugo Perrin, Inès Bonnet, Étienne "
               "Blanc Excused (0): nobody Absent (0): nobody Guests (0): nobody"};
    QTest::newRow("fr: each item's outcome")
        << "fr"
        << QStringList{
               "Ordre du jour 1. Nouvelles des cercles — information, traité 2. Charte des bénévoles "
               "— décision par consentement, traité 3. Élection du trésorier — élection sans candidat, "
               "traité 4. Lieu de l’université d’été — vote au jugement majoritaire, traité 5. Local "
               "associatif — décision par consentement, reporté 6. Fête de printemps — décision par "
               "consentement, renvoyé au cercle supérieur 7. Tour de clôture — discussion, traité "
               "Points traités"};
    QTest::newRow("en: each item's outcome")
        << "en"
        << QStringList{
               "Agenda 1. Nouvelles des cercles — information, done 2. Charte des bénévoles — consent "
               "decision, done 3. Élection du trésorier — election, done 4. Lieu de l’université d’été "
               "— majority-judgment vote, done 5. Local associatif — consent decision, deferred to the "
               "backlog 6. Fête de printemps — consent decision, referred 7. Tour de clôture — "
               "discussion, done Items"};
    QTest::newRow("fr: information, content and notes")
        << "fr"
        << QStringList{"1. Nouvelles des cercles information — traité Contenu : Le Cercle Communication a "
                       "refait le site. Notes : Questions sur l’hébergement du site. 2. Charte"};
    QTest::newRow("en: information, content and notes")
        << "en"
        << QStringList{
               "1. Nouvelles des cercles information — done Content: Le Cercle Communication a refait "
               "le site. Notes: Questions sur l’hébergement du site. 2. Charte"};
    QTest::newRow("fr: the decision, its objection and its integration")
        << "fr"
        << QStringList{
               "2. Charte des bénévoles décision par consentement — traité Notes : La charte sera affichée "
               "au "
               "local. Issue : adoptée le 3 décembre 2026 Texte exact de la décision (version 2) Adopter la "
               "charte des bénévoles. Les données restent au Conseil. Raison / besoin : Les bénévoles "
               "demandent un cadre. Périmètre : Décisions stratégiques Responsable : Denise Faure",
               "Objections Objection de Denise Faure (tour 1, version 1) : Il manque la protection des "
               "données. Intégrée : proposition modifiée, nouvelle version 2 : Adopter la charte des "
               "bénévoles. Les données restent au Conseil. Ont consenti Chloé Garnier Denise Faure Hugo "
               "Perrin Inès Bonnet Étienne Blanc Historique de la proposition",
               "Version 1 Adopter la charte des bénévoles. Tour de consentement 1 : 4 consentement(s), 0 "
               "avec préoccupation, 1 objection(s) Objection de Denise Faure : Il manque la protection des "
               "données. Intégrée : proposition modifiée, nouvelle version 2 : Adopter la charte des "
               "bénévoles. Les données restent au Conseil. Version 2, adoptée Adopter la charte des "
               "bénévoles. Les données restent au Conseil. Tour de consentement 2 : 5 consentement(s), 0 "
               "avec préoccupation, 0 objection(s) 3. Élection"};
    QTest::newRow("en: the decision, its objection and its integration")
        << "en"
        << QStringList{
               "2. Charte des bénévoles consent decision — done Notes: La charte sera affichée au local. "
               "Outcome: adopted on 3 December 2026 Exact text of the decision (version 2) Adopter la charte "
               "des bénévoles. Les données restent au Conseil. Driver: Les bénévoles demandent un cadre. "
               "Scope item: Décisions stratégiques Responsible: Denise Faure",
               "Objections Objection by Denise Faure (round 1, version 1): Il manque la protection des "
               "données. Integrated: proposal modified, new version 2: Adopter la charte des bénévoles. Les "
               "données restent au Conseil. Consented Chloé Garnier Denise Faure Hugo Perrin Inès Bonnet "
               "Étienne Blanc History of the proposal",
               "Version 1 Adopter la charte des bénévoles. Consent round 1: 4 consent(s), 0 with a concern, "
               "1 "
               "objection(s) Objection by Denise Faure: Il manque la protection des données. Integrated: "
               "proposal modified, new version 2: Adopter la charte des bénévoles. Les données restent au "
               "Conseil. Version 2, adopted Adopter la charte des bénévoles. Les données restent au Conseil. "
               "Consent round 2: 5 consent(s), 0 with a concern, 0 objection(s) 3. Élection"};
    QTest::newRow("fr: the election and its mandate")
        << "fr"
        << QStringList{
               "3. Élection du trésorier élection sans candidat — traité Rôle : Trésorerie Durée du mandat : "
               "du 1er janvier 2027 au 31 décembre 2027 Critères : Rigueur",
               "Tour des nominations Chloé Garnier nomme Hugo Perrin : Il tient déjà les comptes Denise "
               "Faure "
               "nomme Hugo Perrin : Même raison Hugo Perrin nomme Hugo Perrin : Même raison Inès Bonnet "
               "nomme "
               "Hugo Perrin : Même raison Étienne Blanc nomme Hugo Perrin : Même raison",
               "Tour des changements Chloé Garnier maintient Hugo Perrin Denise Faure maintient Hugo Perrin "
               "Hugo Perrin maintient Hugo Perrin Inès Bonnet maintient Hugo Perrin Étienne Blanc maintient "
               "Hugo Perrin",
               "Proposition 1 Hugo Perrin au rôle Trésorerie, du 1er janvier 2027 au 31 décembre 2027 "
               "Raisons "
               ": Nommé par tout le monde Tour de consentement 1 Chloé Garnier — consentement Denise Faure — "
               "consentement Inès Bonnet — consentement Étienne Blanc — consentement Hugo Perrin (personne "
               "proposée) — consentement",
               "Mandat attribué : Hugo Perrin occupe le rôle Trésorerie du 1er janvier 2027 au 31 décembre "
               "2027 4. Lieu"};
    QTest::newRow("en: the election and its mandate")
        << "en"
        << QStringList{
               "3. Élection du trésorier election — done Role: Trésorerie Term: from 1 January 2027 to 31 "
               "December 2027 Qualifications: Rigueur",
               "Nomination round Chloé Garnier names Hugo Perrin: Il tient déjà les comptes Denise Faure "
               "names "
               "Hugo Perrin: Même raison Hugo Perrin names Hugo Perrin: Même raison Inès Bonnet names Hugo "
               "Perrin: Même raison Étienne Blanc names Hugo Perrin: Même raison",
               "Change round Chloé Garnier keeps Hugo Perrin Denise Faure keeps Hugo Perrin Hugo Perrin "
               "keeps "
               "Hugo Perrin Inès Bonnet keeps Hugo Perrin Étienne Blanc keeps Hugo Perrin",
               "Proposal 1 Hugo Perrin as Trésorerie, from 1 January 2027 to 31 December 2027 Reasons: Nommé "
               "par tout le monde Consent round 1 Chloé Garnier — consent Denise Faure — consent Inès Bonnet "
               "— consent Étienne Blanc — consent Hugo Perrin (nominee) — consent",
               "Mandate: Hugo Perrin holds the role Trésorerie from 1 January 2027 to 31 December 2027 4. "
               "Lieu"};
    QTest::newRow("fr: the vote and its ranking")
        << "fr"
        << QStringList{
               "4. Lieu de l’université d’été vote au jugement majoritaire — traité Vote : Lieu Options "
               ": Lyon, Grenoble Échelle (de la meilleure à la moins bonne mention) : Excellent, Très "
               "bien, Bien, Assez bien, Passable, Insuffisant, À rejeter Jugements manquants : aucun : "
               "chaque option a le même nombre de jugements Bulletins déposés : 3",
               "Classement Rang Option Mention majoritaire 1 Lyon Très bien 2 Grenoble Assez bien "
               "Profils de mérite Explication du classement Lyon devance Grenoble : sa mention "
               "majoritaire « Très bien » est meilleure que « Assez bien ». 5. Local"};
    QTest::newRow("en: the vote and its ranking")
        << "en"
        << QStringList{
               "4. Lieu de l’université d’été majority-judgment vote — done Vote: Lieu Options: Lyon, "
               "Grenoble Scale (best first): Excellent, Very good, Good, Fair, Passable, Insufficient, "
               "Reject Missing judgments: none: every option has the same number of judgments Ballots "
               "cast: 3",
               "Ranking Rank Option Majority grade 1 Lyon Very good 2 Grenoble Fair Merit profiles Why "
               "this order Lyon is ahead of Grenoble: its majority grade \"Very good\" is better than "
               "\"Fair\". 5. Local"};
    QTest::newRow("fr: the deferral")
        << "fr"
        << QStringList{
               "5. Local associatif décision par consentement — reporté Issue : reportée le 3 décembre "
               "2026 Texte de la proposition (version 1) Louer le local de la rue Haute. Raison / "
               "besoin : Manque de place. Périmètre : Décisions stratégiques Raison donnée : Attendre "
               "le devis Questions posées : Chloé Garnier : Quel loyer ? Réactions : Denise Faure : Trop "
               "cher sans subvention. 6. Fête"};
    QTest::newRow("en: the deferral")
        << "en"
        << QStringList{
               "5. Local associatif consent decision — deferred to the backlog Outcome: deferred on 3 "
               "December 2026 Text of the proposal (version 1) Louer le local de la rue Haute. Driver: "
               "Manque de place. Scope item: Décisions stratégiques Reason given: Attendre le devis "
               "Questions asked: Chloé Garnier: Quel loyer ? Reactions given: Denise Faure: Trop cher "
               "sans subvention. 6. Fête"};
    QTest::newRow("fr: the referral")
        << "fr"
        << QStringList{
               "6. Fête de printemps décision par consentement — renvoyé au cercle supérieur Issue : "
               "renvoyée à l’Assemblée Populaire le 3 décembre 2026 Texte de la "
               "proposition (version 1) Organiser une fête de printemps ouverte à tous. Raison / "
               "besoin : Faire connaître l’association. Périmètre : Décisions stratégiques Raison "
               "donnée : Concerne toute l’association Questions posées : Chloé Garnier : Quel budget ? 7. "
               "Tour"};
    QTest::newRow("en: the referral")
        << "en"
        << QStringList{
               "6. Fête de printemps consent decision — referred Outcome: referred to Assemblée Populaire "
               "on 3 December 2026 Text of the proposal (version 1) Organiser "
               "une fête de printemps ouverte à tous. Driver: Faire connaître l’association. Scope "
               "item: Décisions stratégiques Reason given: Concerne toute l’association Questions asked: "
               "Chloé Garnier: Quel budget ? 7. Tour"};
    // The emoji in the discussion's notes is drawn with Symbola (the rendered page shows it) but pdftotext
    // reads nothing back for it: Qt 6.4's PDF writer maps no text to a character outside the BMP.
    QTest::newRow("fr: the discussion's notes and the actions")
        << "fr"
        << QStringList{"7. Tour de clôture discussion — traité Notes : Bonne énergie ; réunion finie à "
                       "l’heure. Merci 谢谢. "
                       "Actions Qui Quoi Pour quand Point Denise Faure Envoyer la charte aux bénévoles "
                       "17/12/2026 2 Inès Bonnet Réserver la salle de janvier 08/01/2027 7 Points reportés"};
    QTest::newRow("en: the discussion's notes and the actions")
        << "en"
        << QStringList{
               "7. Tour de clôture discussion — done Notes: Bonne énergie ; réunion finie à l’heure. Merci "
               "谢谢. "
               "Actions Who What By when Item Denise Faure Envoyer la charte aux bénévoles 2026-12-17 2 "
               "Inès Bonnet Réserver la salle de janvier 2027-01-08 7 Backlog"};
    QTest::newRow("fr: backlog, next meeting, signatures")
        << "fr"
        << QStringList{
               "renvoyé par le Cercle Communication) • Local associatif (décision par consentement, depuis "
               "le 3 décembre 2026, reporté lors de cette réunion) Prochaine réunion 7 janvier 2027, "
               "même lieu Signatures Facilitateur·rice Secrétaire Chloé Garnier Étienne Blanc "
               "Signature : Signature :"};
    QTest::newRow("en: backlog, next meeting, signatures")
        << "en"
        << QStringList{
               "referred by Cercle Communication) • Local associatif (consent decision, since 3 December "
               "2026, deferred in this meeting) Next meeting 7 janvier 2027, même lieu Signatures "
               "Facilitator Secretary Chloé Garnier Étienne Blanc Signature: Signature:"};
}

void TestAcceptanceMeeting::minutesSay()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString text = m_text.value(language);
    QVERIFY2(!text.isEmpty(), "meetingRunFromTheScreen did not export the minutes");
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral("\n--- not in ---\n") + text));
}

QTEST_MAIN(TestAcceptanceMeeting)
#include "tst_acceptancemeeting.moc"
