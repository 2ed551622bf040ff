#pragma once

#include "domain/organisation.h"
#include "domain/result.h"

#include <QObject>

namespace cercles {

class Database;

/// What a removal took with it, so that undo can put back exactly what was there.
struct RemovedPerson
{
    Person person;
    QList<Membership> memberships;
    QList<Mandate> mandates;
};

/// The use cases that edit an organisation's structure. Each call is one transaction, committed before
/// it returns; the snapshot returned by organisation() is then reloaded and changed() is emitted.
/// Adds take an entity whose id may be set (undo/redo restores the same row) or invalid (a new id is
/// assigned). Every error leaves the file as it was and says why in a translated sentence.
class OrganisationService : public QObject
{
    Q_OBJECT
public:
    /// Takes an open database (kept by reference, must outlive the service); loads the snapshot.
    explicit OrganisationService(Database& db, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    /// The current snapshot of the organisation, as committed in the file.
    const Organisation& organisation() const { return m_org; }

    /// Takes a name (non-empty after trimming); renames the organisation.
    Result<void> setOrganisationName(const QString& name);

    /// Takes a circle (non-empty name unique in the organisation, parent existing or invalid, at most one
    /// root); adds it with its scope items. Returns its id.
    Result<CircleId> addCircle(const Circle& circle);
    /// Takes a circle with an existing id; replaces its fields and scope items. Refuses a parent that would
    /// make a cycle.
    Result<void> updateCircle(const Circle& circle);
    /// Takes a circle id; removes the circle. Refused while it has sub-circles, memberships, roles, or a
    /// governance record (meetings).
    Result<void> removeCircle(CircleId id);

    /// Takes a person (non-empty name); adds them. Returns their id.
    Result<PersonId> addPerson(const Person& person);
    /// Takes a person with an existing id; replaces their fields.
    Result<void> updatePerson(const Person& person);
    /// Takes a person id; removes the person with their memberships and mandates, and returns what was
    /// removed. Refused when the person appears in a meeting record.
    Result<RemovedPerson> removePerson(PersonId id);
    /// Takes what removePerson returned; puts it all back with the same ids.
    Result<void> restorePerson(const RemovedPerson& removed);

    /// Takes a membership (valid person and circle, from date set, to null or >= from); adds it.
    /// Refused when the person crosses one of the circle's red lines (the message names the red line,
    /// see checkEntry) or is already a member on the from date.
    Result<MembershipId> addMembership(const Membership& membership);
    /// Takes a membership with an existing id; replaces its dates.
    Result<void> updateMembership(const Membership& membership);
    /// Takes a membership id; deletes the row (a correction; ending a membership is updateMembership).
    Result<void> removeMembership(MembershipId id);

    /// Takes a role (valid circle, non-empty name); adds it.
    Result<RoleId> addRole(const Role& role);
    Result<void> updateRole(const Role& role);
    /// Refused while mandates refer to the role.
    Result<void> removeRole(RoleId id);

    /// Takes a mandate (valid person and role, start <= end); adds it.
    Result<MandateId> addMandate(const Mandate& mandate);
    Result<void> updateMandate(const Mandate& mandate);
    Result<void> removeMandate(MandateId id);

    /// Reloads the snapshot from the file and emits changed().
    void reload();
    /// Why the last reload failed (the snapshot then keeps its previous value, empty at first), or empty.
    QString loadError() const { return m_loadError; }

signals:
    /// Emitted after every committed change and reload.
    void changed();

private:
    Result<void> commit(const std::function<Result<void>()>& change);
    /// Commits an insert and returns the new row's id.
    template <typename IdT, typename Insert> Result<IdT> commitInsert(Insert insert);
    Database& m_db;
    Organisation m_org;
    QString m_loadError;
};

} // namespace cercles
