#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// A circle's backlog (points reportés), oldest first: title, kind, since when, and whether it is still
/// open or was taken up (greyed). Referrals from a sub-circle are marked. Follows the service's changes.
class BacklogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        SinceColumn,
        StatusColumn,
        ColumnCount
    };

    explicit BacklogModel(MeetingService* service, QObject* parent = nullptr);

    /// Takes a circle (invalid: empty); shows its backlog.
    void setCircle(CircleId circle);
    /// Takes a row; returns its item, or nullptr outside the rows.
    const BacklogItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    MeetingService* m_service;
    CircleId m_circle;
    QList<BacklogItem> m_items;
};

} // namespace cercles::ui
