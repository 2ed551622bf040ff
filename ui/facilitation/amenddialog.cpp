#include "amenddialog.h"

#include "meetings/commands/recordconsenteventcommand.h"
#include "services/document.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace cercles::ui {

AmendDialog::AmendDialog(Document& document, QUndoStack& stack, ConsentProcessId process,
                         const QList<PersonId>& attendance, QWidget* parent)
    : ApplyDialog(parent), m_document(document), m_stack(stack), m_process(process), m_attendance(attendance)
{
    setWindowTitle(tr("Amend the proposal"));
    Result<ConsentProcess> current = document.consent().process(process);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Amended proposal text"));
    m_text->setTabChangesFocus(true);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_text->setFont(font);
    m_review = new QDateEdit(this);
    m_review->setCalendarPopup(true);
    m_review->setAccessibleName(tr("Review date"));
    m_changeReview = new QCheckBox(tr("Change the review date"), this);
    if (current) {
        m_text->setPlainText(current->currentVersion().text);
        const QDate review = current->currentVersion().reviewDate;
        m_review->setDate(review.isValid() ? review : QDate::currentDate().addYears(1));
    }
    m_review->setEnabled(false);
    connect(m_changeReview, &QCheckBox::toggled, m_review, &QDateEdit::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and start a consent round"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AmendDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Proposal:"), m_text);
    form->addRow(m_changeReview, m_review);
    form->addRow(buttons);
    resize(720, 420);
    setApply([this] { return save(); });
}

Result<void> AmendDialog::save()
{
    Result<ConsentProcess> current = m_document.consent().process(m_process);
    if (!current)
        return Error{current.error()};
    const QDateTime at = m_document.consent().now();
    QList<ConsentEvent> events;
    if (current->phase() != ConsentPhase::Amendment)
        events << ConsentEvent::amendmentStart(at);
    events << ConsentEvent::amendment(at, m_text->toPlainText().trimmed(),
                                      m_changeReview->isChecked() ? m_review->date() : QDate());
    events << ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at, m_attendance);
    // Check the three steps on a copy first: either all are recorded or none.
    ConsentProcess trial = current.value();
    for (const ConsentEvent& event : events) {
        if (Result<void> r = trial.apply(event); !r)
            return r;
    }
    m_stack.beginMacro(tr("Amend the proposal"));
    Result<void> result;
    for (const ConsentEvent& event : events) {
        result = RecordConsentEventCommand::tryPush(m_stack, m_document.consent(), m_process, event);
        if (!result)
            break;
    }
    m_stack.endMacro();
    return result;
}

} // namespace cercles::ui
