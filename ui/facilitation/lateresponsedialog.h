#pragma once

#include "common/applydialog.h"
#include "domain/consentprocess.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Records the consent or objection of a member who was absent from the round of a pending decision
/// (processes.md section 1: "absent members must give their consent afterwards"). The response is flagged
/// "given after the meeting" and carries the day it was given, asked here (today by default, never before
/// the meeting nor after today); it may be recorded after the meeting is closed.
class LateResponseDialog : public ApplyDialog
{
    Q_OBJECT
public:
    LateResponseDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                       QWidget* parent = nullptr);

    QComboBox* personCombo() const { return m_person; }
    QRadioButton* consentButton() const { return m_consent; }
    QRadioButton* objectionButton() const { return m_objection; }
    QLineEdit* textEdit() const { return m_text; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    Document& m_document;
    QUndoStack& m_stack;
    ConsentProcessId m_process;
    QComboBox* m_person;
    QRadioButton* m_consent;
    QRadioButton* m_objection;
    QLineEdit* m_text;
    QDateEdit* m_date;
    QByteArray m_zone; ///< the meeting's time zone
};

} // namespace cercles::ui
