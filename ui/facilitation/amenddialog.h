#pragma once

#include "common/applydialog.h"
#include "domain/consentprocess.h"

class QCheckBox;
class QDateEdit;
class QPlainTextEdit;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Amends the proposal (processes.md section 1, step 4): shows the current text and review date; OK saves
/// a new version and starts a new consent round on it, as one undoable step. Responses to the older version
/// do not carry over. A refusal (unchanged text, empty text) is shown and the dialog keeps the text.
class AmendDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the document, the stack, the process and the attendance for the new round (seating order).
    AmendDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                const QList<PersonId>& attendance, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    QDateEdit* reviewDateEdit() const { return m_review; }

private:
    Result<void> save();

    Document& m_document;
    QUndoStack& m_stack;
    ConsentProcessId m_process;
    QList<PersonId> m_attendance;
    QPlainTextEdit* m_text;
    QDateEdit* m_review;
    QCheckBox* m_changeReview;
};

} // namespace cercles::ui
