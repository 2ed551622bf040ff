#pragma once

#include "common/applydialog.h"
#include "domain/consentprocess.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QRadioButton;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Integrates one objection (processes.md section 1, step 6): the objector, then the method: modify the
/// proposal (the text), shorten the term (an earlier review date, optionally a new text) or measure the
/// concern (an indicator). OK records it; a refusal is shown and the dialog keeps what was typed.
class IntegrationDialog : public ApplyDialog
{
    Q_OBJECT
public:
    IntegrationDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                      QWidget* parent = nullptr);

    QComboBox* objectorCombo() const { return m_objector; }
    QRadioButton* modifyButton() const { return m_modify; }
    QRadioButton* shortenButton() const { return m_shorten; }
    QRadioButton* measureButton() const { return m_measure; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QDateEdit* reviewDateEdit() const { return m_review; }
    /// The event the fields describe.
    ConsentEvent event() const;

private:
    void updateFields();

    Document& m_document;
    QUndoStack& m_stack;
    ConsentProcessId m_process;
    QString m_currentText;
    QComboBox* m_objector;
    QRadioButton* m_modify;
    QRadioButton* m_shorten;
    QRadioButton* m_measure;
    QButtonGroup* m_methods;
    QPlainTextEdit* m_text;
    QDateEdit* m_review;
};

} // namespace cercles::ui
