#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

namespace cercles {
class ConsentService;
class ElectionService;
class MeetingService;
class OrganisationService;
class VoteService;
} // namespace cercles

namespace cercles::ui {

/// A meeting's agenda (ordre du jour) in order: number, title (with the person concerned for membership
/// items), kind and outcome; deferred and referred items are greyed. Follows the service's changes of that
/// meeting, and of its items' processes, elections and votes once setOutcomeServices is called.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        KindColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    AgendaModel(MeetingService* service, QObject* parent = nullptr);

    /// Takes the services that decide the outcomes of consent, election and vote items (services/
    /// itemoutcomes.h; without them the stored state is shown); follows their changes.
    void setOutcomeServices(ConsentService* consent, ElectionService* elections, VoteService* votes);
    /// Takes a row; returns its item's outcome (Planned outside the rows).
    AgendaItemState outcomeAt(int row) const;
    /// Takes a meeting (invalid: empty agenda); shows its agenda.
    void setMeeting(MeetingId meeting);
    MeetingId meeting() const { return m_meeting; }
    /// Takes a row; returns its item, or nullptr outside the rows.
    const AgendaItem* itemAt(int row) const;
    /// Takes an item id; returns its row, or -1.
    int rowOf(AgendaItemId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reloads the agenda from the file.
    void reload();

private:
    /// Takes a row; reads its item's outcome and the id of its process, election or vote again.
    void refreshOutcome(qsizetype row);

    MeetingService* m_service;
    ConsentService* m_consent = nullptr;
    ElectionService* m_elections = nullptr;
    VoteService* m_votes = nullptr;
    MeetingId m_meeting;
    QList<AgendaItem> m_items;
    QList<AgendaItemState> m_outcomes; ///< one per item
    QList<qint64> m_subjects;          ///< per item: its process, election or vote id (0: none yet)
};

} // namespace cercles::ui
