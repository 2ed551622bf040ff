#pragma once

#include "domain/consentprocess.h"
#include "domain/meeting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// The form that starts a proposal on a consent item that has none yet: text, driver / reason,
/// responsible person, review date and the circle's scope item, with the scope check shown live
/// (processes.md section 1). Start records it through an undo command; a refusal (a red line, an empty
/// text) is shown and the form keeps what was typed.
class ProposalForm : public QWidget
{
    Q_OBJECT
public:
    ProposalForm(Document& document, QUndoStack& stack, QWidget* parent = nullptr);
    /// Takes the undo stack of the item shown (must outlive the form or be replaced first).
    void setUndoStack(QUndoStack* stack) { m_stack = stack; }

    /// Takes the meeting's circle and the agenda item; clears the form for it.
    void setItem(CircleId circle, const AgendaItem& item);
    /// The proposal as the fields describe it.
    Proposal proposal() const;
    /// Starts the process; returns it (invalid on failure, the reason shown).
    ConsentProcessId start();

    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* driverEdit() const { return m_driver; }
    QComboBox* responsibleCombo() const { return m_responsible; }
    QDateEdit* reviewDateEdit() const { return m_review; }
    QCheckBox* noReviewDateCheck() const { return m_noReview; }
    QComboBox* scopeCombo() const { return m_scope; }
    QLabel* scopeLabel() const { return m_scopeFlag; }
    QPushButton* startButton() const { return m_start; }

signals:
    void started(cercles::ConsentProcessId process);

private:
    void updateScope();

    Document& m_document;
    QUndoStack* m_stack;
    CircleId m_circle;
    AgendaItem m_item;
    QLabel* m_heading;
    QPlainTextEdit* m_text;
    QLineEdit* m_driver;
    QComboBox* m_responsible;
    QDateEdit* m_review;
    QCheckBox* m_noReview;
    QComboBox* m_scope;
    QLabel* m_scopeFlag;
    QPushButton* m_start;
};

} // namespace cercles::ui
