#include "actionsmodel.h"

#include "common/plaintooltip.h"
#include "services/meetingservice.h"

#include <QLocale>

namespace cercles::ui {

ActionsModel::ActionsModel(MeetingService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    // Another circle's meeting changes nothing here (a note typed there, say).
    connect(&service, &MeetingService::meetingChanged, this, [this](MeetingId id) {
        const Result<CircleId> circle = m_service.circleOf(id);
        if (!circle || *circle == m_circle)
            reload();
    });
    connect(&service, &MeetingService::meetingsChanged, this, &ActionsModel::reload);
}

void ActionsModel::setCircle(CircleId circle)
{
    m_circle = circle;
    reload();
}

void ActionsModel::setStatusFilter(const QString& status)
{
    m_filter = status;
    reload();
}

void ActionsModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void ActionsModel::reload()
{
    beginResetModel();
    m_shown.clear();
    if (m_circle.isValid()) {
        if (Result<QList<ActionLine>> lines = actionLines(m_service, m_circle)) {
            for (const ActionLine& line : *lines) {
                if (m_filter.isEmpty() || actionStatusKey(line, m_today) == m_filter)
                    m_shown << line;
            }
        }
    }
    endResetModel();
}

const ActionLine* ActionsModel::lineAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionLine& line = m_shown[index.row()];
    if (role == Qt::ToolTipRole) // user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case MeetingColumn:
        return locale.toString(line.meetingDate, QLocale::ShortFormat);
    case ItemColumn:
        return line.item;
    case WhoColumn:
        return line.person;
    case WhatColumn:
        return line.text;
    case DueColumn:
        return line.due.isValid() ? locale.toString(line.due, QLocale::ShortFormat) : QString();
    case StatusColumn: {
        const QString status = actionStatusKey(line, m_today);
        if (status == QLatin1String("done"))
            return tr("done on %1").arg(locale.toString(line.doneOn, QLocale::ShortFormat));
        return status == QLatin1String("late") ? tr("late") : tr("open");
    }
    default:
        return {};
    }
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeetingColumn:
        return tr("Meeting");
    case ItemColumn:
        return tr("Item");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case DueColumn:
        return tr("By when");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cercles::ui
