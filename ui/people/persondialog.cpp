#include "persondialog.h"

#include "common/fieldlimits.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cercles::ui {

PersonDialog::PersonDialog(const Person& person, QWidget* parent)
    : ApplyDialog(parent), m_original(person), m_name(new QLineEdit(person.name, this)),
      m_contact(new QLineEdit(person.contact, this)), m_notes(new QPlainTextEdit(person.notes, this))
{
    m_contact->setMaxLength(qMax(limits::title, int(m_contact->text().size())));
    m_name->setMaxLength(qMax(limits::name, int(m_name->text().size()))); // never cuts a stored name
    setWindowTitle(person.id.isValid() ? tr("Edit person") : tr("New person"));
    m_contact->setPlaceholderText(tr("e-mail or phone"));
    m_notes->setTabChangesFocus(true);

    auto* statuses = new QVBoxLayout;
    for (PersonStatus status : allPersonStatuses) {
        auto* check = new QCheckBox(statusName(status), this);
        check->setChecked(person.statuses.testFlag(status));
        m_statuses.insert(status, check);
        statuses->addWidget(check);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("Statuses:"), statuses);
    form->addRow(tr("N&otes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Person PersonDialog::person() const
{
    Person person = m_original;
    person.name = m_name->text().trimmed();
    person.contact = m_contact->text().trimmed();
    person.notes = m_notes->toPlainText().trimmed();
    person.statuses = {};
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        if (it.value()->isChecked())
            person.statuses |= it.key();
    return person;
}

} // namespace cercles::ui
