#pragma once

#include "common/applydialog.h"
#include "domain/organisation.h"

class QComboBox;
class QDateEdit;

namespace cercles::ui {

/// Admits a person into a circle from a given day. membership() returns the new membership.
class MembershipDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the organisation (for the choices) and the membership to start from (its person and circle
    /// are preselected when valid).
    MembershipDialog(const Organisation& org, const Membership& membership, QWidget* parent = nullptr);

    Membership membership() const;

    QComboBox* personCombo() const { return m_person; }
    QComboBox* circleCombo() const { return m_circle; }
    QDateEdit* fromEdit() const { return m_from; }

private:
    Membership m_original;
    QComboBox* m_person;
    QComboBox* m_circle;
    QDateEdit* m_from;
};

} // namespace cercles::ui
