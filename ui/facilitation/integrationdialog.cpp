#include "integrationdialog.h"
#include "common/boundedcombo.h"

#include "common/plainlabel.h"
#include "meetings/commands/recordconsenteventcommand.h"
#include "services/document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cercles::ui {

IntegrationDialog::IntegrationDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                                     QWidget* parent)
    : ApplyDialog(parent), m_document(document), m_stack(stack), m_process(process)
{
    setWindowTitle(tr("Integrate an objection"));
    const Organisation& org = document.organisation().organisation();
    Result<ConsentProcess> current = document.consent().process(process);
    m_objector = boundedCombo(new QComboBox(this));
    // A long objection reason must not widen the dialog past the screen (issue 9): the list shows it whole.
    m_objector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objector->setMinimumContentsLength(40);
    m_objector->setAccessibleName(tr("Objection to integrate"));
    QDate review = QDate::currentDate().addMonths(6);
    if (current) {
        for (const Objection& objection : current->objectionsToIntegrate()) {
            const Person* person = org.person(objection.person);
            m_objector->addItem(tr("%1: %2").arg(person ? person->name : QString(), objection.reason),
                                QVariant::fromValue(objection.person));
        }
        m_currentText = current->currentVersion().text;
        if (current->currentVersion().reviewDate.isValid())
            review = current->currentVersion().reviewDate.addDays(-1);
    }
    m_modify = new QRadioButton(integrationMethodName(IntegrationMethod::ModifyProposal), this);
    m_shorten = new QRadioButton(integrationMethodName(IntegrationMethod::ShortenTerm), this);
    m_measure = new QRadioButton(integrationMethodName(IntegrationMethod::MeasureConcern), this);
    m_methods = new QButtonGroup(this);
    m_methods->addButton(m_modify, int(IntegrationMethod::ModifyProposal));
    m_methods->addButton(m_shorten, int(IntegrationMethod::ShortenTerm));
    m_methods->addButton(m_measure, int(IntegrationMethod::MeasureConcern));
    m_modify->setChecked(true);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(m_currentText);
    m_review = new QDateEdit(review, this);
    m_review->setCalendarPopup(true);
    m_review->setAccessibleName(tr("New review date"));

    auto* methods = new QVBoxLayout;
    methods->addWidget(m_modify);
    methods->addWidget(m_shorten);
    methods->addWidget(m_measure);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntegrationDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Objection:"), m_objector);
    form->addRow(tr("Method:"), methods);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("New &review date:"), m_review);
    form->addRow(buttons);
    resize(700, 460);

    connect(m_methods, &QButtonGroup::idToggled, this, &IntegrationDialog::updateFields);
    updateFields();
    setApply([this] {
        return RecordConsentEventCommand::tryPush(m_stack, m_document.consent(), m_process, event());
    });
}

void IntegrationDialog::updateFields()
{
    const auto method = IntegrationMethod(m_methods->checkedId());
    m_review->setEnabled(method == IntegrationMethod::ShortenTerm);
    m_text->setAccessibleName(method == IntegrationMethod::MeasureConcern ? tr("Indicator")
                                                                          : tr("Proposal text"));
    m_text->setPlaceholderText(method == IntegrationMethod::MeasureConcern
                                   ? tr("How the concern will be measured")
                                   : tr("The proposal text"));
    // The indicator is new text; the other methods start from the current proposal.
    if (method == IntegrationMethod::MeasureConcern && m_text->toPlainText() == m_currentText)
        m_text->clear();
    else if (method != IntegrationMethod::MeasureConcern && m_text->toPlainText().isEmpty())
        m_text->setPlainText(m_currentText);
}

ConsentEvent IntegrationDialog::event() const
{
    const auto method = IntegrationMethod(m_methods->checkedId());
    QString text = m_text->toPlainText().trimmed();
    // Shortening the term keeps the text unless it was changed.
    if (method == IntegrationMethod::ShortenTerm && text == m_currentText)
        text.clear();
    return ConsentEvent::integration({}, m_objector->currentData().value<PersonId>(), method, text,
                                     method == IntegrationMethod::ShortenTerm ? m_review->date() : QDate());
}

} // namespace cercles::ui
