#pragma once

#include "domain/ids.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The edits of circles, memberships and mandates the user starts from menus and buttons: each opens its
/// dialog (or asks for confirmation) and goes through the matching undo command.
class CircleEditor : public QObject
{
    Q_OBJECT
public:
    /// Takes the service, the undo stack and the widget dialogs are shown over (all must outlive it).
    CircleEditor(OrganisationService& service, QUndoStack& stack, QWidget* window);

    /// Creates a circle under `parent` (invalid: a root circle); returns its id, invalid if cancelled.
    CircleId newCircle(CircleId parent);
    void editCircle(CircleId id);
    void removeCircle(CircleId id);
    void addMember(CircleId circle);
    /// Asks for the last day (default today) and ends the membership.
    void endMembership(MembershipId id);
    void removeMembership(MembershipId id);
    void addMandate(CircleId circle);
    void editMandate(MandateId id);
    void removeMandate(MandateId id);

private:
    OrganisationService& m_service;
    QUndoStack& m_stack;
    QWidget* m_window;
};

} // namespace cercles::ui
