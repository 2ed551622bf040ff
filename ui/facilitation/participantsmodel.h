#pragma once

#include "domain/consentprocess.h"
#include "domain/organisation.h"

#include <QAbstractListModel>

namespace cercles::ui {

/// The participants of the current round in speaking (seating) order, each with what they did in it
/// (asked, reacted, passed, consent, concern, objection, still to speak, absent). The current speaker is
/// highlighted. For a consent round, those present come first, then the absent members who answer later.
class ParticipantsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PersonRole = Qt::UserRole + 1;
    static constexpr int CurrentRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3; ///< the state text alone

    explicit ParticipantsModel(QObject* parent = nullptr);

    /// Takes the organisation (names; must outlive the model), the process (nullptr: no round) and the
    /// current speaker; shows the current round's participants.
    void setRound(const Organisation* org, const ConsentProcess* process, PersonId current);
    /// The participants, in speaking order.
    const QList<PersonId>& people() const { return m_people; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString stateOf(PersonId person) const;

    const Organisation* m_org = nullptr;
    QList<PersonId> m_people;
    QStringList m_states;
    PersonId m_current;
};

} // namespace cercles::ui
