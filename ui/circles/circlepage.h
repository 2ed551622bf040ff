#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

class CircleEditor;
class MandatesModel;
class MembersModel;
class RedLineNotice;

/// Everything about one circle: purpose, cadence, decision scope, operating rules, entry/exit/decision
/// rules, red lines, members (with their dates) and mandates (with their end dates, ended ones greyed),
/// with buttons for the edits. Follows the service's changes.
class CirclePage : public QWidget
{
    Q_OBJECT
public:
    CirclePage(OrganisationService& service, CircleEditor& editor, QWidget* parent = nullptr);

    /// Takes a circle id (invalid: an empty page); shows that circle.
    void setCircle(CircleId id);
    CircleId circle() const { return m_circle; }
    /// Takes whether the file can be changed; enables or disables the edit buttons.
    void setEditable(bool editable);

    QLabel* nameLabel() const { return m_name; }
    QLabel* redLinesLabel() const { return m_redLines; }
    /// The warning naming this circle's members who break one of its red lines (hidden when none).
    RedLineNotice* redLineNotice() const { return m_redLineNotice; }
    QLabel* entryRuleLabel() const { return m_entryRule; }
    QLabel* exitRuleLabel() const { return m_exitRule; }
    QListWidget* scopeList() const { return m_scope; }
    QTableView* membersView() const { return m_membersView; }
    QTableView* mandatesView() const { return m_mandatesView; }

private:
    void refresh();
    void updateButtons();
    MembershipId selectedMembership() const;
    MandateId selectedMandate() const;

    OrganisationService& m_service;
    CircleEditor& m_editor;
    CircleId m_circle;
    bool m_editable = true;

    QLabel* m_name;
    RedLineNotice* m_redLineNotice = nullptr;
    QLabel* m_parent;
    QLabel* m_purpose;
    QLabel* m_cadence;
    QListWidget* m_scope;
    QLabel* m_operatingRules;
    QLabel* m_entryRule;
    QLabel* m_exitRule;
    QLabel* m_decisionRule;
    QLabel* m_redLines;
    MembersModel* m_members;
    MandatesModel* m_mandates;
    QTableView* m_membersView;
    QTableView* m_mandatesView;
    QList<QPushButton*> m_alwaysEnabled;
    QPushButton* m_edit;
    QPushButton* m_addMember;
    QPushButton* m_endMember;
    QPushButton* m_removeMember;
    QPushButton* m_addMandate;
    QPushButton* m_editMandate;
    QPushButton* m_removeMandate;
};

} // namespace cercles::ui
