#include "attendancemodel.h"

namespace cercles::ui {

AttendanceModel::AttendanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttendanceModel::setAttendance(const Organisation* org, const QList<Attendance>& attendance)
{
    beginResetModel();
    m_org = org;
    m_rows = attendance;
    endResetModel();
}

bool AttendanceModel::addGuest(PersonId person)
{
    for (const Attendance& row : m_rows) {
        if (row.person == person)
            return false;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Attendance{person, AttendanceStatus::Guest});
    endInsertRows();
    return true;
}

void AttendanceModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

AttendanceStatus AttendanceModel::statusOf(int column)
{
    switch (column) {
    case ExcusedColumn:
        return AttendanceStatus::Excused;
    case AbsentColumn:
        return AttendanceStatus::Absent;
    case GuestColumn:
        return AttendanceStatus::Guest;
    default:
        return AttendanceStatus::Present;
    }
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendance& row = m_rows[index.row()];
    if (index.column() == NameColumn) {
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        const Person* person = m_org ? m_org->person(row.person) : nullptr;
        return person ? person->name : QString();
    }
    if (role == Qt::CheckStateRole)
        return row.status == statusOf(index.column()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole)
        return attendanceName(statusOf(index.column()));
    return {};
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() == NameColumn || role != Qt::CheckStateRole)
        return false;
    // The columns act as radio buttons: checking one sets the status; unchecking the current one does not.
    if (value.value<Qt::CheckState>() != Qt::Checked && value.toInt() != Qt::Checked)
        return false;
    const AttendanceStatus status = statusOf(index.column());
    Attendance& row = m_rows[index.row()];
    if (row.status == status)
        return true;
    row.status = status;
    emit dataChanged(this->index(index.row(), PresentColumn), this->index(index.row(), GuestColumn),
                     {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Person");
    if (section > NameColumn && section < ColumnCount)
        return attendanceName(statusOf(section));
    return {};
}

} // namespace cercles::ui
