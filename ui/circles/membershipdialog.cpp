#include "membershipdialog.h"
#include "common/boundedcombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace cercles::ui {

MembershipDialog::MembershipDialog(const Organisation& org, const Membership& membership, QWidget* parent)
    : ApplyDialog(parent), m_original(membership), m_person(boundedCombo(new QComboBox(this))),
      m_circle(boundedCombo(new QComboBox(this))),
      m_from(new QDateEdit(membership.from.isValid() ? membership.from : QDate::currentDate(), this))
{
    setWindowTitle(tr("Add a member"));
    for (const Person& person : org.people)
        m_person->addItem(person.name, QVariant::fromValue(person.id));
    for (const Circle& circle : org.circles)
        m_circle->addItem(circle.name, QVariant::fromValue(circle.id));
    m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue(membership.person))));
    m_circle->setCurrentIndex(std::max(0, m_circle->findData(QVariant::fromValue(membership.circle))));
    m_from->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Circle:"), m_circle);
    form->addRow(tr("Member &from:"), m_from);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MembershipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MembershipDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Membership MembershipDialog::membership() const
{
    Membership membership = m_original;
    membership.person = m_person->currentData().value<PersonId>();
    membership.circle = m_circle->currentData().value<CircleId>();
    membership.from = m_from->date();
    return membership;
}

} // namespace cercles::ui
