#include "circletreemodel.h"

#include "services/organisationservice.h"

namespace cercles::ui {

CircleTreeModel::CircleTreeModel(OrganisationService* service, QObject* parent)
    : QAbstractItemModel(parent), m_service(service)
{
    if (service)
        connect(service, &OrganisationService::changed, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    rebuild();
}

void CircleTreeModel::rebuild()
{
    m_children.clear();
    m_parent.clear();
    m_names.clear();
    if (!m_service)
        return;
    const Organisation& org = m_service->organisation();
    for (const Circle& circle : org.circles) {
        // A parent that is not in the snapshot would hide the circle: show it at the top level instead.
        const qint64 parent = org.circle(circle.parent) ? circle.parent.value() : 0;
        m_children[parent].append(circle.id.value());
        m_parent.insert(circle.id.value(), parent);
        m_names.insert(circle.id.value(), circle.name);
    }
}

QModelIndex CircleTreeModel::indexOf(CircleId id) const
{
    if (!m_parent.contains(id.value()))
        return {};
    const qint64 parent = m_parent.value(id.value());
    return createIndex(int(m_children.value(parent).indexOf(id.value())), 0, quintptr(id.value()));
}

CircleId CircleTreeModel::circleAt(const QModelIndex& index)
{
    return index.isValid() ? CircleId(qint64(index.internalId())) : CircleId();
}

QModelIndex CircleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<qint64> children = m_children.value(circleAt(parent).value());
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CircleTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const qint64 parent = m_parent.value(qint64(child.internalId()));
    return parent ? indexOf(CircleId(parent)) : QModelIndex();
}

int CircleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_children.value(circleAt(parent).value()).size());
}

int CircleTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CircleTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 id = qint64(index.internalId());
    switch (role) {
    case Qt::DisplayRole:
        return m_names.value(id);
    case CircleIdRole:
        return QVariant::fromValue(CircleId(id));
    default:
        return {};
    }
}

QVariant CircleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Circles");
    return {};
}

} // namespace cercles::ui
