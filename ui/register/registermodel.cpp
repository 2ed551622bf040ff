#include "registermodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cercles::ui {

RegisterModel::RegisterModel(QObject* parent) : QAbstractTableModel(parent) {}

void RegisterModel::setEntries(QList<DecisionEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DecisionEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(e.date, QLocale::ShortFormat);
        case Circle:
            return e.circleName;
        case Status:
            return e.reviewDue ? tr("%1 — review due").arg(phaseName(e.status)) : phaseName(e.status);
        case Title:
            return e.title;
        case Text:
            return QString(e.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Scope:
            return e.scopeItemText;
        case Responsible:
            return e.responsibleName;
        case Review:
            return e.reviewDate.isValid() ? QLocale().toString(e.reviewDate, QLocale::ShortFormat)
                                          : QString();
        }
    }
    if (role == Qt::FontRole && e.reviewDue && index.column() == Review) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && e.reviewDue && (index.column() == Review || index.column() == Status))
        return QBrush(QColor(0xb0, 0x3a, 0x00));
    if (role == Qt::AccessibleTextRole && index.column() == Status && e.reviewDue)
        return tr("%1, review due").arg(phaseName(e.status));
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Circle:
        return tr("Circle");
    case Status:
        return tr("Status");
    case Title:
        return tr("Item");
    case Text:
        return tr("Decision");
    case Scope:
        return tr("Scope item");
    case Responsible:
        return tr("Responsible");
    case Review:
        return tr("Review date");
    }
    return {};
}

} // namespace cercles::ui
