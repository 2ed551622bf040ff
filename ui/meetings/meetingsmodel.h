#pragma once

#include "storage/meetingrepository.h"

#include <QAbstractTableModel>

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// The meetings of one circle, oldest first: date and local start time in the meeting's own time zone,
/// place and status. Follows the service's changes.
class MeetingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        PlaceColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MeetingsModel(MeetingService* service, QObject* parent = nullptr);

    /// Takes a circle (invalid: no meetings shown); lists its meetings.
    void setCircle(CircleId circle);
    CircleId circle() const { return m_circle; }
    /// Takes a row; returns its meeting id (invalid outside the rows).
    MeetingId meetingAt(int row) const;
    /// Takes a meeting; returns its row, or -1.
    int rowOf(MeetingId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    /// Takes a meeting that changed; updates, moves, inserts or removes its row only.
    void updateMeeting(MeetingId id);

    MeetingService* m_service;
    CircleId m_circle;
    QList<MeetingRepository::MeetingSummary> m_rows;
};

} // namespace cercles::ui
