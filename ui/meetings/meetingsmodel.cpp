#include "meetingsmodel.h"

#include "common/plaintooltip.h"

#include "services/meetingservice.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace cercles::ui {

MeetingsModel::MeetingsModel(MeetingService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service) {
        connect(service, &MeetingService::meetingsChanged, this, &MeetingsModel::reload);
        connect(service, &MeetingService::meetingChanged, this, &MeetingsModel::updateMeeting);
    }
}

void MeetingsModel::updateMeeting(MeetingId id)
{
    if (!m_circle.isValid())
        return;
    // One meeting changed (a note typed, an answer, its date): its row only, never the circle's decade.
    const Result<Meeting> meeting = m_service->meeting(id);
    const int row = rowOf(id);
    const bool here = meeting && meeting->circle == m_circle;
    if (row >= 0 && (!here || meeting->start != m_rows[row].start)) {
        beginRemoveRows({}, row, row); // gone, moved to another circle or to another date
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        m_rows[row].timeZone = meeting->timeZone;
        m_rows[row].status = meeting->status;
        m_rows[row].place = meeting->place;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!here)
        return;
    // In the list's order (start, then id).
    const auto at =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const MeetingRepository::MeetingSummary& s) {
            return s.start > meeting->start || (s.start == meeting->start && s.id.value() > id.value());
        });
    const int insertAt = int(at - m_rows.cbegin());
    beginInsertRows({}, insertAt, insertAt);
    m_rows.insert(insertAt,
                  MeetingRepository::MeetingSummary{meeting->id, meeting->circle, meeting->start,
                                                    meeting->timeZone, meeting->status, meeting->place});
    endInsertRows();
}

void MeetingsModel::setCircle(CircleId circle)
{
    m_circle = circle;
    reload();
}

void MeetingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_service && m_circle.isValid()) {
        if (auto list = m_service->meetings(m_circle))
            m_rows = list.value();
    }
    endResetModel();
}

MeetingId MeetingsModel::meetingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : MeetingId();
}

int MeetingsModel::rowOf(MeetingId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int MeetingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRepository::MeetingSummary& row = m_rows[index.row()];
    if (role == IdRole)
        return QVariant::fromValue(row.id);
    if (role == Qt::ToolTipRole) // names and titles are user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    const QTimeZone zone(row.timeZone);
    const QDateTime local = zone.isValid() ? row.start.toTimeZone(zone) : row.start;
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(local.date(), QLocale::LongFormat);
    case TimeColumn:
        return tr("%1 (%2)").arg(local.time().toString(QStringLiteral("HH:mm")),
                                 QString::fromUtf8(row.timeZone));
    case PlaceColumn:
        return row.place;
    case StatusColumn:
        return meetingStatusName(row.status);
    default:
        return {};
    }
}

QVariant MeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Start (local time)");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cercles::ui
