// Every top-level window and dialog works on a 1024×600 screen (issue 9): none asks for more than the
// screen (its minimum size fits), each one shrinks to it, and at that size every button and text field is
// inside the window or inside a scroll area that reaches it. Text fields have a maximum length. Real demo
// file, offscreen.

#include "meetingfixture.h"

#include "circles/circledialog.h"
#include "circles/mandatedialog.h"
#include "circles/membershipdialog.h"
#include "facilitation/amenddialog.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/integrationdialog.h"
#include "facilitation/lateresponsedialog.h"
#include "facilitation/presentationwindow.h"
#include "help/aboutdialog.h"
#include "help/guidedialog.h"
#include "mainwindow/mainwindow.h"
#include "meetings/agendaitemdialog.h"
#include "meetings/meetingdialog.h"
#include "minutes/minutesdialog.h"
#include "minutes/registerexportdialog.h"
#include "people/persondialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

namespace {
const QSize smallScreen(1024, 600);

/// Takes a widget inside `window`; returns whether it can be reached: inside the window's rectangle, or
/// inside a scroll area (which scrolls to it).
bool reachable(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QScrollArea*>(w) || qobject_cast<const QAbstractScrollArea*>(w))
            return window->rect().intersects(QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
    }
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(rect);
}
} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitsTheSmallScreen_data();
    void fitsTheSmallScreen();

private:
    std::unique_ptr<QWidget> make(const QString& name);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MainWindow> m_main;
    Meeting m_meeting;
    AgendaItemId m_consentItem, m_electionItem, m_voteItem;
    ConsentProcessId m_process;
};

void TestScreenFit::initTestCase()
{
    ui::messages::setHook(&answerYes);
}

void TestScreenFit::init()
{
    failOnUnexpectedWarnings();
    m_dir = std::make_unique<TempDir>();
    m_doc = openDemo(m_dir->file(QStringLiteral("demo.cercles")));
    m_stack = std::make_unique<QUndoStack>();
    m_meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    m_consentItem = addItem(*m_doc, m_meeting.id, AgendaItemKind::ConsentDecision,
                            QStringLiteral("Adopter le budget prévisionnel de l'année 2027 et son annexe"));
    m_electionItem = addItem(*m_doc, m_meeting.id, AgendaItemKind::Election, QStringLiteral("Élection"));
    m_voteItem = addItem(*m_doc, m_meeting.id, AgendaItemKind::MajorityJudgmentVote, QStringLiteral("Lieu"));
    const QString longText = QStringLiteral("Une proposition longue, ").repeated(40);
    m_process =
        m_doc->consent().startProcess(m_consentItem, Proposal{longText, longText, {}, {}, {}}).value();
    const QList<PersonId> present = m_meeting.present();
    for (const ConsentEvent& e :
         {ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {}, present),
          ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, {}, {}),
          ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, {}, {}),
          ConsentEvent::objection({}, present[0], longText)}) {
        QVERIFY(m_doc->consent().record(m_process, e));
    }
    for (qsizetype i = 1; i < present.size(); ++i)
        QVERIFY(m_doc->consent().record(m_process, ConsentEvent::consent({}, present[i])));
    QVERIFY(m_doc->consent().record(m_process, ConsentEvent::roundClose({})));
}

void TestScreenFit::cleanup()
{
    m_main.reset();
    m_stack.reset();
    m_doc.reset();
    m_dir.reset();
}

std::unique_ptr<QWidget> TestScreenFit::make(const QString& name)
{
    const Organisation& org = m_doc->organisation().organisation();
    const CircleId council = circleId(*m_doc, "Conseil de Coordination");
    if (name == QLatin1String("main window")) {
        auto w = std::make_unique<MainWindow>();
        w->setDocument(std::move(m_doc));
        m_doc.reset();
        return w;
    }
    if (name.startsWith(QLatin1String("facilitation"))) {
        auto w = std::make_unique<FacilitationWindow>(*m_doc, *m_stack, m_meeting.id);
        w->selectItem(name.endsWith(QLatin1String("election")) ? m_electionItem
                      : name.endsWith(QLatin1String("vote"))   ? m_voteItem
                                                               : m_consentItem);
        return w;
    }
    if (name == QLatin1String("presentation"))
        return std::make_unique<PresentationWindow>();
    if (name == QLatin1String("circle"))
        return std::make_unique<CircleDialog>(org, *org.circle(council));
    if (name == QLatin1String("membership"))
        return std::make_unique<MembershipDialog>(org, org.memberships.constFirst());
    if (name == QLatin1String("mandate"))
        return std::make_unique<MandateDialog>(org, council, Mandate{});
    if (name == QLatin1String("person"))
        return std::make_unique<PersonDialog>(org.people.constFirst());
    if (name == QLatin1String("meeting"))
        return std::make_unique<MeetingDialog>(*m_doc, *m_stack, m_meeting);
    if (name == QLatin1String("new meeting"))
        return std::make_unique<MeetingDialog>(
            *m_doc, *m_stack,
            m_doc->meetings().draftMeeting(council, QDate(2027, 1, 7), QTime(18, 0), "Europe/Paris"));
    if (name == QLatin1String("agenda item"))
        return std::make_unique<AgendaItemDialog>(*m_doc, *m_stack, m_meeting.id);
    if (name == QLatin1String("amend"))
        return std::make_unique<AmendDialog>(*m_doc, *m_stack, m_process, m_meeting.present());
    if (name == QLatin1String("integrate"))
        return std::make_unique<IntegrationDialog>(*m_doc, *m_stack, m_process);
    if (name == QLatin1String("late response"))
        return std::make_unique<LateResponseDialog>(*m_doc, *m_stack, m_process);
    if (name == QLatin1String("guide"))
        return std::make_unique<GuideDialog>();
    if (name == QLatin1String("about"))
        return std::make_unique<AboutDialog>();
    if (name == QLatin1String("register export"))
        return std::make_unique<RegisterExportDialog>(*m_doc);
    if (name == QLatin1String("minutes"))
        return std::make_unique<MinutesDialog>(*m_doc, m_meeting.id);
    qFatal("unknown window %s", qPrintable(name));
}

void TestScreenFit::fitsTheSmallScreen_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"main window", "facilitation: consent", "facilitation: election",
                             "facilitation: vote", "presentation", "circle", "membership", "mandate",
                             "person", "meeting", "new meeting", "agenda item", "amend", "integrate",
                             "late response", "guide", "about", "register export", "minutes"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestScreenFit::fitsTheSmallScreen()
{
    QFETCH(QString, name);
    std::unique_ptr<QWidget> window = make(name);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(
        minimum.width() <= smallScreen.width() && minimum.height() <= smallScreen.height(),
        qPrintable(
            QStringLiteral("%1 needs at least %2×%3").arg(name).arg(minimum.width()).arg(minimum.height())));
    window->resize(window->size().boundedTo(smallScreen));
    QCoreApplication::processEvents();
    QVERIFY2(window->width() <= smallScreen.width() && window->height() <= smallScreen.height(),
             qPrintable(QStringLiteral("%1 is %2×%3").arg(name).arg(window->width()).arg(window->height())));
    for (const QWidget* control : window->findChildren<QWidget*>()) {
        if (!control->isVisible() ||
            !(qobject_cast<const QAbstractButton*>(control) || qobject_cast<const QLineEdit*>(control)))
            continue;
        const QString label = control->accessibleName().isEmpty()
                                  ? QString::fromLatin1(control->metaObject()->className())
                                  : control->accessibleName();
        QVERIFY2(reachable(control, window.get()),
                 qPrintable(QStringLiteral("%1: “%2” is out of reach").arg(name, label)));
        // The line edits inside spin boxes, date edits and combo boxes are bounded by those.
        const bool inner = qobject_cast<const QAbstractSpinBox*>(control->parentWidget()) ||
                           qobject_cast<const QComboBox*>(control->parentWidget());
        if (const auto* edit = qobject_cast<const QLineEdit*>(control); edit && !edit->isReadOnly() && !inner)
            QVERIFY2(edit->maxLength() < 32767,
                     qPrintable(QStringLiteral("%1: “%2” has no maximum length").arg(name, label)));
    }
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
