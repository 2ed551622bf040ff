#include "backlogmodel.h"

#include "common/plaintooltip.h"

#include "common/greyed.h"
#include "services/meetingservice.h"

#include <QLocale>

namespace cercles::ui {

BacklogModel::BacklogModel(MeetingService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service) {
        connect(service, &MeetingService::meetingsChanged, this, &BacklogModel::reload);
        // A circle's backlog changes with its own meetings (a deferral, a take-up); referrals and other
        // circles' changes come as meetingsChanged.
        connect(service, &MeetingService::meetingChanged, this, [this](MeetingId id) {
            const Result<CircleId> circle = m_service->circleOf(id);
            if (!circle || *circle == m_circle)
                reload();
        });
    }
}

void BacklogModel::setCircle(CircleId circle)
{
    m_circle = circle;
    reload();
}

void BacklogModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_service && m_circle.isValid()) {
        if (auto items = m_service->backlog(m_circle))
            m_items = items.value();
    }
    endResetModel();
}

const BacklogItem* BacklogModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int BacklogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BacklogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacklogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BacklogItem& item = m_items[index.row()];
    if (role == Qt::ForegroundRole && !item.isOpen())
        return greyedForeground();
    if (role == Qt::ToolTipRole) // names and titles are user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return item.title;
    case KindColumn:
        return agendaKindName(item.kind);
    case SinceColumn:
        return QLocale().toString(item.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case StatusColumn:
        if (!item.isOpen())
            return tr("taken up");
        return item.referredFrom.isValid() ? tr("referred by a sub-circle") : tr("open");
    default:
        return {};
    }
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Point");
    case KindColumn:
        return tr("Kind");
    case SinceColumn:
        return tr("Since");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cercles::ui
