#include "mandatedialog.h"
#include "common/boundedcombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cercles::ui {

MandateDialog::MandateDialog(const Organisation& org, CircleId circle, const Mandate& mandate,
                             QWidget* parent)
    : ApplyDialog(parent), m_original(mandate), m_circle(circle), m_role(boundedCombo(new QComboBox(this))),
      m_person(boundedCombo(new QComboBox(this))), m_start(new QDateEdit(this)), m_end(new QDateEdit(this))
{
    setWindowTitle(mandate.id.isValid() ? tr("Edit mandate") : tr("New mandate"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->lineEdit()->setPlaceholderText(tr("an existing role, or a new role name"));
    for (const Role& role : org.roles)
        if (role.circle == circle)
            m_role->addItem(role.name, QVariant::fromValue(role.id));
    m_role->setCurrentIndex(m_role->findData(QVariant::fromValue(mandate.role)));
    if (!mandate.role.isValid())
        m_role->setCurrentIndex(-1);

    for (const Person& person : org.people)
        m_person->addItem(person.name, QVariant::fromValue(person.id));
    m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue(mandate.person))));

    const QDate start = mandate.start.isValid() ? mandate.start : QDate::currentDate();
    m_start->setDate(start);
    m_end->setDate(mandate.end.isValid() ? mandate.end : start.addYears(1).addDays(-1));
    m_start->setCalendarPopup(true);
    m_end->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End (last day):"), m_end);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MandateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MandateDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

RoleId MandateDialog::matchingRole() const
{
    const int index = m_role->findText(m_role->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? m_role->itemData(index).value<RoleId>() : RoleId();
}

bool MandateDialog::isNewRole() const
{
    return !matchingRole().isValid();
}

Role MandateDialog::newRole() const
{
    return Role{RoleId(), m_circle, m_role->currentText().trimmed(), QString()};
}

Mandate MandateDialog::mandate() const
{
    Mandate mandate = m_original;
    mandate.role = matchingRole();
    mandate.person = m_person->currentData().value<PersonId>();
    mandate.start = m_start->date();
    mandate.end = m_end->date();
    return mandate;
}

} // namespace cercles::ui
