#pragma once

#include "common/applydialog.h"
#include "domain/organisation.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cercles::ui {

class ConsentRuleEditor;

/// Creates or edits a circle: name, French article, purpose, parent, cadence, decision scope items, operating
/// rules, entry/exit/decision rules and red lines. circle() returns the edited circle with its id unchanged.
class CircleDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the organisation (for the parent choices) and the circle to start from (invalid id: new).
    CircleDialog(const Organisation& org, const Circle& circle, QWidget* parent = nullptr);

    Circle circle() const;

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* scopeList() const { return m_scope; }
    QComboBox* parentCombo() const { return m_parent; }
    QComboBox* articleCombo() const { return m_article; }
    /// Takes a status; returns its red-line check box.
    QCheckBox* redLineCheck(PersonStatus status) const { return m_redLines.value(status); }

private:
    void addScopeItem();
    void removeScopeItem();

    Circle m_original;
    QLineEdit* m_name;
    QComboBox* m_article;
    QPlainTextEdit* m_purpose;
    QComboBox* m_parent;
    QComboBox* m_cadence;
    QListWidget* m_scope;
    QLineEdit* m_newScopeItem;
    QPlainTextEdit* m_operatingRules;
    ConsentRuleEditor* m_entryRule;
    ConsentRuleEditor* m_exitRule;
    ConsentRuleEditor* m_decisionRule;
    QMap<PersonStatus, QCheckBox*> m_redLines;
};

} // namespace cercles::ui
