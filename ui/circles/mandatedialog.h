#pragma once

#include "common/applydialog.h"
#include "domain/organisation.h"

class QComboBox;
class QDateEdit;

namespace cercles::ui {

/// Gives a person a role of a circle for a term, or edits such a mandate. The role is one of the circle's
/// roles, or a new role name typed in the editable role box (then isNewRole() is true).
class MandateDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the organisation, the circle whose roles are offered, and the mandate to start from (invalid
    /// id: a new mandate, starting today for a year).
    MandateDialog(const Organisation& org, CircleId circle, const Mandate& mandate,
                  QWidget* parent = nullptr);

    /// The mandate; its role id is invalid when isNewRole().
    Mandate mandate() const;
    /// Whether the typed role name matches none of the circle's roles.
    bool isNewRole() const;
    /// The role to create when isNewRole(): the typed name, in the circle.
    Role newRole() const;

    QComboBox* roleCombo() const { return m_role; }
    QComboBox* personCombo() const { return m_person; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }

private:
    RoleId matchingRole() const;

    Mandate m_original;
    CircleId m_circle;
    QComboBox* m_role;
    QComboBox* m_person;
    QDateEdit* m_start;
    QDateEdit* m_end;
};

} // namespace cercles::ui
