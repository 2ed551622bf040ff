#pragma once

#include "domain/meeting.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Under the current item of the facilitation window, what the secretary records on any item (issue 10):
/// its outcome (chosen by hand for information and discussion items, shown for the others), an
/// information item's content, the notes, and the actions (who, what, by when). Text is saved as it is
/// typed: a short pause after the last key (or leaving the item) writes it in one transaction, and "saved"
/// is reported only once it is in the file. A failed save keeps the text on screen and says why.
class ItemRecordPanel : public QWidget
{
    Q_OBJECT
public:
    /// How long after the last key the text is saved.
    static constexpr int saveDelayMs = 600;

    ItemRecordPanel(Document& document, QWidget* parent = nullptr);

    /// Takes the meeting and the item in front (invalid: none); shows its record. Typing in progress on
    /// the same item is kept.
    void setItem(const Meeting& meeting, const AgendaItem& item);
    /// Writes the text typed but not saved yet (before the item changes or the meeting closes). Returns
    /// false when the save was refused (the text stays on screen).
    bool flush();
    /// Takes an action as the dialog fills it; records it on the item in front. Returns false (and says
    /// why) when refused.
    bool addAction(const Action& action);
    /// Asks who does what by when, then records it.
    void askForAction();

    QComboBox* outcomeCombo() const { return m_outcomeChoice; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPlainTextEdit* contentEdit() const { return m_content; }
    QListWidget* actionsList() const { return m_actions; }
    QPushButton* addActionButton() const { return m_addAction; }
    QLabel* errorLabel() const { return m_error; }

signals:
    /// A record was saved: when (UTC) and what, for the window's "saved" indicator.
    void saved(const QDateTime& at, const QString& what);

private:
    bool saveText();
    void chooseOutcome(int index);
    void showActions();
    void showOutcome();

    Document& m_document;
    Meeting m_meeting;
    AgendaItem m_item;
    QLabel* m_outcome;
    QComboBox* m_outcomeChoice;
    QLabel* m_contentLabel;
    QPlainTextEdit* m_content;
    QPlainTextEdit* m_notes;
    QListWidget* m_actions;
    QPushButton* m_addAction;
    QLabel* m_error;
    QTimer* m_saveTimer;
    bool m_filling = false;
};

} // namespace cercles::ui
