#include "consentruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

namespace cercles::ui {

ConsentRuleEditor::ConsentRuleEditor(QWidget* parent)
    : QWidget(parent), m_basis(new QComboBox(this)),
      m_exceptConcerned(new QCheckBox(tr("except the person concerned"), this))
{
    m_basis->addItem(tr("consent of the members present"),
                     QVariant::fromValue(int(ConsentBasis::MembersPresent)));
    m_basis->addItem(tr("consent of all members, present or not"),
                     QVariant::fromValue(int(ConsentBasis::AllMembers)));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_basis);
    layout->addWidget(m_exceptConcerned);
    layout->addStretch();
}

void ConsentRuleEditor::setRule(const ConsentRule& rule)
{
    m_basis->setCurrentIndex(m_basis->findData(int(rule.basis)));
    m_exceptConcerned->setChecked(rule.excludesPersonConcerned);
}

ConsentRule ConsentRuleEditor::rule() const
{
    return ConsentRule{ConsentBasis(m_basis->currentData().toInt()), m_exceptConcerned->isChecked()};
}

} // namespace cercles::ui
