#pragma once

#include "domain/ids.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The edits of people the user starts from menus and buttons: each opens its dialog (or asks for
/// confirmation) and goes through the matching undo command.
class PersonEditor : public QObject
{
    Q_OBJECT
public:
    /// Takes the service, the undo stack and the widget dialogs are shown over (all must outlive it).
    PersonEditor(OrganisationService& service, QUndoStack& stack, QWidget* window);

    /// Returns the new person's id, invalid if cancelled.
    PersonId newPerson();
    void editPerson(PersonId id);
    /// Asks for confirmation, naming how many memberships and mandates go with the person.
    void removePerson(PersonId id);

private:
    OrganisationService& m_service;
    QUndoStack& m_stack;
    QWidget* m_window;
};

} // namespace cercles::ui
