#pragma once

#include "domain/consentrule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace cercles::ui {

/// Edits one consent rule: who must consent (members present / all members) and whether the person
/// concerned is excluded from consenting.
class ConsentRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentRuleEditor(QWidget* parent = nullptr);

    void setRule(const ConsentRule& rule);
    ConsentRule rule() const;

    QComboBox* basisCombo() const { return m_basis; }
    QCheckBox* exceptConcernedCheck() const { return m_exceptConcerned; }

private:
    QComboBox* m_basis;
    QCheckBox* m_exceptConcerned;
};

} // namespace cercles::ui
