#include "presentationwindow.h"

#include "common/plainlabel.h"
#include "votes/meritprofilechart.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
void setPixelSize(QLabel* label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(std::max(12, pixels));
    font.setBold(bold);
    label->setFont(font);
}
} // namespace

PresentationWindow::PresentationWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Cercles — presentation"));
    // The projector only shows: it never takes the keyboard from the facilitation window (issue 9).
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Presentation screen"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    setPalette(pal);

    m_title = plainLabel(this);
    m_title->setStyleSheet(QStringLiteral("color: #374151;"));
    m_phase = plainLabel(this);
    m_phase->setStyleSheet(QStringLiteral("color: #1e3a8a;"));
    m_proposal = plainLabel(this);
    m_proposal->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_proposal->setAccessibleName(tr("Proposal"));
    m_version = plainLabel(this);
    m_version->setStyleSheet(QStringLiteral("color: #374151;"));
    m_speaker = plainLabel(this);
    m_speaker->setAccessibleName(tr("Whose turn it is"));
    m_speaker->setStyleSheet(
        QStringLiteral("QLabel { background: #1d4ed8; color: white; padding: 8px 16px; }"));
    m_timer = plainLabel(this);
    m_timer->setAccessibleName(tr("Speaking time"));
    m_timer->setAlignment(Qt::AlignCenter);
    m_tally = plainLabel(this);
    m_tally->setAccessibleName(tr("Responses"));
    m_objections = plainLabel(this);
    m_objections->setAccessibleName(tr("Objections"));
    m_objections->setStyleSheet(QStringLiteral("color: #991b1b;"));
    m_items = plainLabel(this);
    m_items->setAccessibleName(tr("Names and options"));
    m_chart = new MeritProfileChart(this);
    m_chart->hide();
    for (QLabel* label :
         {m_title, m_phase, m_proposal, m_version, m_speaker, m_timer, m_tally, m_objections, m_items})
        label->setTextInteractionFlags(Qt::NoTextInteraction);

    auto* turn = new QHBoxLayout;
    turn->addWidget(m_speaker, 1);
    turn->addWidget(m_timer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(m_title);
    layout->addWidget(m_phase);
    layout->addWidget(m_proposal, 1);
    layout->addWidget(m_version);
    layout->addLayout(turn);
    layout->addWidget(m_tally);
    layout->addWidget(m_objections);
    layout->addWidget(m_items);
    layout->addWidget(m_chart, 1);
    resize(1280, 720);
    applySizes();
}

void PresentationWindow::showOnBestScreen(QScreen* facilitatorScreen)
{
    QScreen* target = nullptr;
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen != facilitatorScreen) {
            target = screen;
            break;
        }
    }
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
        showFullScreen();
    } else {
        show(); // one screen: a normal window beside the facilitation screen, without the keyboard
    }
}

void PresentationWindow::showState(const PresentationState& state)
{
    const bool longText = state.proposal.size() != m_state.proposal.size();
    m_state = state;
    m_title->setText(state.title);
    m_phase->setText(state.phase);
    m_proposal->setText(state.proposal);
    m_version->setText(state.version);
    m_speaker->setText(state.speaker.isEmpty() ? QString() : tr("Turn: %1").arg(state.speaker));
    m_speaker->setVisible(!state.speaker.isEmpty());
    m_timer->setText(state.timer);
    m_timer->setVisible(!state.speaker.isEmpty());
    m_timer->setStyleSheet(
        state.overTime ? QStringLiteral("QLabel { background: #b91c1c; color: white; padding: 8px 16px; }")
                       : QStringLiteral("QLabel { background: #e5e7eb; color: #111; padding: 8px 16px; }"));
    m_tally->setVisible(state.tally);
    m_tally->setText(tr("Consent %1   ·   Concern %2   ·   Objection %3   ·   Awaited %4")
                         .arg(state.consents)
                         .arg(state.concerns)
                         .arg(state.objections)
                         .arg(state.awaited));
    m_objections->setVisible(!state.objectionReasons.isEmpty());
    m_objections->setText(state.objectionReasons.join(QLatin1Char('\n')));
    m_items->setVisible(!state.items.isEmpty());
    m_items->setText(state.items.join(QLatin1Char('\n')));
    m_chart->setData(state.merit);
    m_chart->setVisible(state.merit.has_value());
    if (longText)
        applySizes();
}

void PresentationWindow::applySizes()
{
    const int h = std::max(360, height());
    // Long proposals get a smaller (still large) type so they fit.
    const int proposal = m_state.proposal.size() > 400   ? h / 24
                         : m_state.proposal.size() > 200 ? h / 19
                                                         : h / 15;
    setPixelSize(m_title, h / 30, false);
    setPixelSize(m_phase, h / 18, true);
    setPixelSize(m_proposal, proposal, false);
    setPixelSize(m_version, h / 34, false);
    setPixelSize(m_speaker, h / 16, true);
    setPixelSize(m_timer, h / 14, true);
    setPixelSize(m_tally, h / 24, true);
    setPixelSize(m_objections, h / 30, false);
    setPixelSize(m_items, h / 28, false);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cercles::ui
