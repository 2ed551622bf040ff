#include "actiondialog.h"

#include "domain/organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace cercles::ui {

ActionDialog::ActionDialog(const Organisation& org, PersonId who, QDate defaultDue, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New action"));
    m_person = new QComboBox(this);
    m_person->setAccessibleName(tr("Who"));
    m_person->addItem(tr("(nobody named)"), QVariant::fromValue(PersonId()));
    for (const Person& person : org.people)
        m_person->addItem(person.name, QVariant::fromValue(person.id));
    m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue(who))));
    m_text = new QLineEdit(this);
    m_text->setAccessibleName(tr("What"));
    m_due = new QDateEdit(defaultDue, this);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("By when"));
    m_noDue = new QCheckBox(tr("No date"), this);
    connect(m_noDue, &QCheckBox::toggled, m_due, &QWidget::setDisabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add the action"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Who:"), m_person);
    form->addRow(tr("&What:"), m_text);
    form->addRow(tr("&By when:"), m_due);
    form->addRow(QString(), m_noDue);
    form->addRow(buttons);
}

Action ActionDialog::action() const
{
    Action a;
    a.person = m_person->currentData().value<PersonId>();
    a.text = m_text->text().trimmed();
    if (!m_noDue->isChecked())
        a.due = m_due->date();
    return a;
}

} // namespace cercles::ui
