#pragma once

#include "domain/ids.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

class PeopleModel;
class PersonEditor;
class RedLineNotice;

/// The people list (name, contact, statuses, circles today) with buttons to add, edit and remove.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    PeoplePage(OrganisationService& service, PersonEditor& editor, QWidget* parent = nullptr);

    /// Takes whether the file can be changed; enables or disables the edit buttons.
    void setEditable(bool editable);
    /// The person of the selected row, or an invalid id.
    PersonId selectedPerson() const;

    QTableView* view() const { return m_view; }
    PeopleModel* model() const { return m_model; }
    /// The warning naming every member who breaks a red line of their circle (hidden when none).
    RedLineNotice* redLineNotice() const { return m_redLineNotice; }

private:
    void updateButtons();

    PersonEditor& m_editor;
    PeopleModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    RedLineNotice* m_redLineNotice;
    bool m_editable = true;
};

} // namespace cercles::ui
