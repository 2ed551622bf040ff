#pragma once

#include "domain/meeting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cercles {
class Organisation;
}

namespace cercles::ui {

/// Asks who does what by when (an action of the meeting, processes.md section 5). The person list is the
/// organisation's people; `who` is preselected (an adopted decision's responsible).
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const Organisation& org, PersonId who, QDate defaultDue, QWidget* parent = nullptr);

    /// Returns the action as filled in (id and agenda item unset).
    Action action() const;

    QComboBox* personCombo() const { return m_person; }
    QLineEdit* textEdit() const { return m_text; }
    QDateEdit* dueEdit() const { return m_due; }
    QCheckBox* noDueBox() const { return m_noDue; }

private:
    QComboBox* m_person;
    QLineEdit* m_text;
    QDateEdit* m_due;
    QCheckBox* m_noDue;
};

} // namespace cercles::ui
