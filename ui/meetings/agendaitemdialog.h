#pragma once

#include "common/applydialog.h"
#include "domain/meeting.h"

class QComboBox;
class QLineEdit;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Adds an item to a meeting's agenda: its kind (information, discussion, consent decision, membership
/// entry or exit, election, majority-judgment vote), its title and, for entry and exit, the person concerned.
/// OK adds it through an undo command; a refusal is shown and the dialog keeps what was typed.
class AgendaItemDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the document, the stack, the meeting and where to insert (-1: last).
    AgendaItemDialog(Document& document, QUndoStack& stack, MeetingId meeting, int position = -1,
                     QWidget* parent = nullptr);

    /// The item as the fields describe it.
    AgendaItem item() const;
    AgendaItemId savedId() const { return m_savedId; }

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* personCombo() const { return m_person; }

private:
    void updatePerson();

    Document& m_document;
    QUndoStack& m_stack;
    MeetingId m_meeting;
    int m_position;
    AgendaItemId m_savedId;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QComboBox* m_person;
};

} // namespace cercles::ui
