#pragma once

#include "domain/ids.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The circles as a tree following Circle::parent, one column (the name). Each index carries its circle
/// id (internalId and CircleIdRole). Rebuilt whenever the service reports a change.
class CircleTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        CircleIdRole = Qt::UserRole + 1
    };

    /// Takes the service to show (may be nullptr: an empty tree).
    explicit CircleTreeModel(OrganisationService* service, QObject* parent = nullptr);

    /// Takes a circle id; returns its index (invalid if unknown).
    QModelIndex indexOf(CircleId id) const;
    /// Takes an index; returns its circle id (invalid for the root).
    static CircleId circleAt(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QPointer<OrganisationService> m_service;
    /// Children of each circle (key: parent id value, 0 for the top level), in the snapshot's order.
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, qint64> m_parent;
    QHash<qint64, QString> m_names;
};

} // namespace cercles::ui
