#include "agendaitemdialog.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"

#include "commands/addagendaitemcommand.h"
#include "services/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cercles::ui {

AgendaItemDialog::AgendaItemDialog(Document& document, QUndoStack& stack, MeetingId meeting, int position,
                                   QWidget* parent)
    : ApplyDialog(parent), m_document(document), m_stack(stack), m_meeting(meeting), m_position(position)
{
    setWindowTitle(tr("Add agenda item"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of item"));
    for (AgendaItemKind kind :
         {AgendaItemKind::Information, AgendaItemKind::Discussion, AgendaItemKind::ConsentDecision,
          AgendaItemKind::MembershipEntry, AgendaItemKind::MembershipExit, AgendaItemKind::Election,
          AgendaItemKind::MajorityJudgmentVote})
        m_kind->addItem(agendaKindName(kind), QVariant::fromValue(int(kind)));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(limits::title);
    m_title->setAccessibleName(tr("Title"));
    m_person = boundedCombo(new QComboBox(this));
    m_person->setAccessibleName(tr("Person concerned"));
    for (const Person& person : document.organisation().organisation().people)
        m_person->addItem(person.name, QVariant::fromValue(person.id));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgendaItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgendaItemDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Person concerned:"), m_person);
    form->addRow(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AgendaItemDialog::updatePerson);
    updatePerson();
    setApply([this]() -> Result<void> {
        Result<AgendaItemId> id =
            AddAgendaItemCommand::tryPush(m_stack, m_document.meetings(), item(), m_position);
        if (!id)
            return Error{id.error()};
        m_savedId = *id;
        return {};
    });
}

void AgendaItemDialog::updatePerson()
{
    const auto kind = AgendaItemKind(m_kind->currentData().toInt());
    m_person->setEnabled(kind == AgendaItemKind::MembershipEntry || kind == AgendaItemKind::MembershipExit);
}

AgendaItem AgendaItemDialog::item() const
{
    AgendaItem item;
    item.meeting = m_meeting;
    item.kind = AgendaItemKind(m_kind->currentData().toInt());
    item.title = m_title->text().trimmed();
    if (m_person->isEnabled())
        item.personConcerned = m_person->currentData().value<PersonId>();
    return item;
}

} // namespace cercles::ui
