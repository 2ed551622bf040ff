#pragma once

#include "presentationstate.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace cercles::ui {

class MeritProfileChart;

/// The screen for the room (a projector or second screen): in large type, the proposal, the step and
/// round, whose turn it is and their timer, and the tally of responses; an election's nominations as said,
/// a vote's options and, once closed, its ranking and merit profiles. It shows only what the
/// facilitation screen hands it (PresentationState): nothing typed but not yet recorded, no private notes.
/// Font sizes follow the window's height so that the text reads from the back of the room.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationWindow(QWidget* parent = nullptr);

    /// Takes the facilitator's screen; shows full screen on another screen if there is one, otherwise as a
    /// window on the same screen (F11 toggles full screen, Escape leaves it).
    void showOnBestScreen(QScreen* facilitatorScreen);
    /// Takes a state; shows it.
    void showState(const cercles::ui::PresentationState& state);
    const PresentationState& state() const { return m_state; }

    QLabel* proposalLabel() const { return m_proposal; }
    QLabel* phaseLabel() const { return m_phase; }
    QLabel* speakerLabel() const { return m_speaker; }
    QLabel* timerLabel() const { return m_timer; }
    QLabel* tallyLabel() const { return m_tally; }
    QLabel* objectionsLabel() const { return m_objections; }
    QLabel* itemsLabel() const { return m_items; }
    MeritProfileChart* chart() const { return m_chart; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void applySizes();

    PresentationState m_state;
    QLabel* m_title;
    QLabel* m_phase;
    QLabel* m_proposal;
    QLabel* m_version;
    QLabel* m_speaker;
    QLabel* m_timer;
    QLabel* m_tally;
    QLabel* m_objections;
    QLabel* m_items;
    MeritProfileChart* m_chart;
};

} // namespace cercles::ui
