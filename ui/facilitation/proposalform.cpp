#include "proposalform.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "domain/scopecheck.h"
#include "meetings/commands/startproposalcommand.h"
#include "services/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cercles::ui {

ProposalForm::ProposalForm(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(&stack)
{
    m_heading = plainLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Proposal text"));
    m_text->setTabChangesFocus(true);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.4);
    m_text->setFont(textFont);
    m_driver = new QLineEdit(this);
    m_driver->setMaxLength(limits::reason);
    m_driver->setAccessibleName(tr("Driver or reason"));
    m_responsible = boundedCombo(new QComboBox(this));
    m_responsible->setAccessibleName(tr("Responsible person"));
    m_review = new QDateEdit(this);
    m_review->setCalendarPopup(true);
    m_review->setAccessibleName(tr("Review date"));
    m_noReview = new QCheckBox(tr("No review date"), this);
    m_scope = boundedCombo(new QComboBox(this));
    m_scope->setAccessibleName(tr("Scope item"));
    m_scopeFlag = plainLabel(this);
    m_scopeFlag->setAccessibleName(tr("Scope check"));
    m_start = new QPushButton(tr("&Start the proposal"), this);
    m_start->setAccessibleName(tr("Start the proposal"));

    auto* review = new QHBoxLayout;
    review->addWidget(m_review);
    review->addWidget(m_noReview);
    review->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Proposal:"), m_text);
    form->addRow(tr("&Driver / reason:"), m_driver);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("Review date:"), review);
    form->addRow(tr("S&cope item:"), m_scope);
    form->addRow(QString(), m_scopeFlag);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form, 1);
    layout->addWidget(m_start, 0, Qt::AlignRight);

    connect(m_noReview, &QCheckBox::toggled, m_review, &QDateEdit::setDisabled);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProposalForm::updateScope);
    connect(m_start, &QPushButton::clicked, this, &ProposalForm::start);
}

void ProposalForm::setItem(CircleId circle, const AgendaItem& item)
{
    const bool sameItem = item.id == m_item.id;
    m_circle = circle;
    m_item = item;
    m_heading->setText(tr("New proposal: %1").arg(item.title));
    if (sameItem)
        return; // keep what is being typed
    const Organisation& org = m_document.organisation().organisation();
    m_text->clear();
    m_driver->clear();
    m_responsible->clear();
    m_responsible->addItem(tr("(nobody)"), QVariant::fromValue(PersonId()));
    for (const Person& person : org.people)
        m_responsible->addItem(person.name, QVariant::fromValue(person.id));
    m_review->setDate(QDate::currentDate().addYears(1));
    m_noReview->setChecked(false);
    m_scope->clear();
    m_scope->addItem(tr("(no scope item)"), QVariant::fromValue(ScopeItemId()));
    if (const Circle* c = org.circle(circle)) {
        for (const ScopeItem& scope : c->scope)
            m_scope->addItem(scope.text, QVariant::fromValue(scope.id));
    }
    // A proposal taken up from the backlog (deferred here, or referred by a sub-circle) arrives whole.
    if (auto continuation = m_document.consent().continuationOf(item.id); continuation && *continuation) {
        const Proposal& p = (*continuation)->proposal;
        m_text->setPlainText(p.text);
        m_driver->setText(p.driver);
        m_responsible->setCurrentIndex(
            std::max(0, m_responsible->findData(QVariant::fromValue(p.responsible))));
        m_noReview->setChecked(!p.reviewDate.isValid());
        if (p.reviewDate.isValid())
            m_review->setDate(p.reviewDate);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(QVariant::fromValue(p.scopeItem))));
    }
    updateScope();
}

Proposal ProposalForm::proposal() const
{
    Proposal p;
    p.text = m_text->toPlainText().trimmed();
    p.driver = m_driver->text().trimmed();
    p.responsible = m_responsible->currentData().value<PersonId>();
    if (!m_noReview->isChecked())
        p.reviewDate = m_review->date();
    p.scopeItem = m_scope->currentData().value<ScopeItemId>();
    return p;
}

void ProposalForm::updateScope()
{
    const ScopeCheck check = checkScope(m_document.organisation().organisation(), m_circle,
                                        m_scope->currentData().value<ScopeItemId>(), m_item.kind);
    if (check.withinScope) {
        m_scopeFlag->setText(tr("Within the circle's scope."));
        m_scopeFlag->setStyleSheet(QString());
    } else {
        m_scopeFlag->setText(check.message);
        m_scopeFlag->setStyleSheet(QStringLiteral("color: #9a3412; font-weight: bold;"));
    }
}

ConsentProcessId ProposalForm::start()
{
    Result<ConsentProcessId> id =
        StartProposalCommand::tryPush(*m_stack, m_document.consent(), m_item.id, proposal());
    if (!id) {
        messages::showError(this, id.error());
        return {};
    }
    emit started(*id);
    return *id;
}

} // namespace cercles::ui
