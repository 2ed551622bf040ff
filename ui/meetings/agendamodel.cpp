#include "agendamodel.h"

#include "common/plaintooltip.h"

#include "common/greyed.h"
#include "services/meetingservice.h"
#include "services/organisationservice.h"

namespace cercles::ui {

AgendaModel::AgendaModel(MeetingService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service) {
        connect(service, &MeetingService::meetingChanged, this, [this](MeetingId id) {
            if (id == m_meeting)
                reload();
        });
        connect(service, &MeetingService::meetingsChanged, this, &AgendaModel::reload);
    }
}

void AgendaModel::setMeeting(MeetingId meeting)
{
    m_meeting = meeting;
    reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_service && m_meeting.isValid()) {
        if (auto meeting = m_service->meeting(m_meeting))
            m_items = meeting->agenda;
    }
    endResetModel();
}

const AgendaItem* AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AgendaModel::rowOf(AgendaItemId id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = m_items[index.row()];
    if (role == IdRole)
        return QVariant::fromValue(item.id);
    if (role == Qt::ForegroundRole && item.state == AgendaItemState::Deferred)
        return greyedForeground();
    if (role == Qt::ToolTipRole) // names and titles are user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case TitleColumn: {
        const Person* person = item.personConcerned.isValid()
                                   ? m_service->organisation().organisation().person(item.personConcerned)
                                   : nullptr;
        return person ? tr("%1 — %2").arg(item.title, person->name) : item.title;
    }
    case KindColumn:
        return agendaKindName(item.kind);
    case StateColumn:
        return agendaStateName(item.state);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace cercles::ui
