#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

namespace cercles {
class MeetingService;
class OrganisationService;
} // namespace cercles

namespace cercles::ui {

/// A meeting's agenda (ordre du jour) in order: number, title (with the person concerned for membership
/// items), kind and state; deferred items are greyed. Follows the service's changes of that meeting.
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
    MeetingService* m_service;
    MeetingId m_meeting;
    QList<AgendaItem> m_items;
};

} // namespace cercles::ui
