#include "lateresponsedialog.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"

#include "meetings/commands/recordconsenteventcommand.h"
#include "services/document.h"
#include "storage/consentrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace cercles::ui {

LateResponseDialog::LateResponseDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                                       QWidget* parent)
    : ApplyDialog(parent), m_document(document), m_stack(stack), m_process(process)
{
    setWindowTitle(tr("Record a response given after the meeting"));
    const Organisation& org = document.organisation().organisation();
    m_person = boundedCombo(new QComboBox(this));
    m_person->setAccessibleName(tr("Absent member"));
    if (Result<ConsentProcess> current = document.consent().process(process)) {
        for (PersonId id : current->awaitedAbsent()) {
            const Person* person = org.person(id);
            m_person->addItem(person ? person->name : QString(), QVariant::fromValue(id));
        }
    }
    m_consent = new QRadioButton(tr("Consent"), this);
    m_objection = new QRadioButton(tr("Objection"), this);
    m_consent->setChecked(true);
    m_text = new QLineEdit(this);
    m_text->setMaxLength(limits::reason);
    m_text->setAccessibleName(tr("Concern or objection reason"));
    m_text->setPlaceholderText(tr("Concern (optional) or reason for the objection (required)"));
    // The day the answer was given, in the meeting's zone: today unless the secretary records it later.
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date the answer was given"));
    const QDateTime now = document.consent().now();
    if (Result<ConsentRepository::Context> context =
            ConsentRepository::context(document.database().connection(), process)) {
        m_zone = context->meeting.timeZone;
        m_date->setMinimumDate(context->meeting.localDate());
    }
    // Never before the meeting, even when the computer's clock is behind it.
    const QDate today = std::max(now.toTimeZone(QTimeZone(m_zone)).date(), m_date->minimumDate());
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    auto* kinds = new QVBoxLayout;
    kinds->addWidget(m_consent);
    kinds->addWidget(m_objection);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LateResponseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LateResponseDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Member:"), m_person);
    form->addRow(tr("Response:"), kinds);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Given on:"), m_date);
    form->addRow(buttons);

    setApply([this]() -> Result<void> {
        const PersonId person = m_person->currentData().value<PersonId>();
        const QString text = m_text->text().trimmed();
        // Today: the moment it is recorded; an earlier day: noon of that day in the meeting's zone.
        const QDateTime now = m_document.consent().now();
        const QTimeZone zone(m_zone);
        const QDateTime at = m_date->date() == now.toTimeZone(zone).date()
                                 ? now
                                 : QDateTime(m_date->date(), QTime(12, 0), zone).toUTC();
        const ConsentEvent event = m_objection->isChecked() ? ConsentEvent::objection(at, person, text, true)
                                                            : ConsentEvent::consent(at, person, text, true);
        return RecordConsentEventCommand::tryPush(m_stack, m_document.consent(), m_process, event);
    });
}

} // namespace cercles::ui
