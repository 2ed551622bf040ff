#include "registermodel.h"

#include "domain/frenchgrammar.h"

#include "common/plaintooltip.h"

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
    m_total = int(m_entries.size());
    m_reader = {};
    endResetModel();
}

void RegisterModel::setSource(int total, PageReader reader)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_total = total;
    m_entries = m_reader ? m_reader({}, pageSize) : QList<DecisionEntry>();
    endResetModel();
}

bool RegisterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_reader && m_entries.size() < m_total;
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    fetch(pageSize);
}

void RegisterModel::fetchAll()
{
    if (canFetchMore({}))
        fetch(m_total - int(m_entries.size()));
}

void RegisterModel::fetch(int limit)
{
    // An empty first page (the file was empty when counted) has no last row to read after.
    RegisterRepository::Cursor after;
    if (!m_entries.isEmpty()) {
        const DecisionEntry& last = m_entries.constLast();
        after = {last.date, last.startedAt, last.process};
    }
    QList<DecisionEntry> page = m_reader(after, limit);
    if (page.isEmpty()) { // the file holds fewer than counted (changed meanwhile): stop asking
        m_total = int(m_entries.size());
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_entries += page;
    endInsertRows();
}

int RegisterModel::rowOf(ConsentProcessId process) const
{
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) { // changes are mostly recent rows
        if (m_entries.at(row).process == process)
            return int(row);
    }
    return -1;
}

QList<ConsentProcessId> RegisterModel::processesOf(MeetingId meeting) const
{
    QList<ConsentProcessId> processes;
    for (const DecisionEntry& e : m_entries) {
        if (e.meeting == meeting)
            processes << e.process;
    }
    return processes;
}

bool RegisterModel::updateEntry(ConsentProcessId process, const std::optional<DecisionEntry>& entry,
                                bool started)
{
    const int row = rowOf(process);
    const bool allLoaded = m_entries.size() == m_total;
    if (row >= 0 && entry) {
        m_entries[row] = *entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        --m_total;
        endRemoveRows();
    } else if (!started && !allLoaded) {
        return false; // an answer on a process further down: its row is read when fetched
    } else if (entry) {
        // A new process comes last in the register; when later rows are not loaded yet, it is fetched
        // with them. The count changes with the rows, so a view asking canFetchMore meanwhile sees no gap.
        if (m_entries.size() == m_total) {
            beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
            m_entries << *entry;
            ++m_total;
            endInsertRows();
        } else {
            ++m_total;
        }
    }
    return true;
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
        case Status: {
            QString status =
                e.reviewDue ? tr("%1 — review due").arg(phaseName(e.status)) : phaseName(e.status);
            // Issue 10: a referral links both ways.
            if (!e.referredByName.isEmpty())
                status +=
                    QLatin1Char(' ') +
                    fillPhrase(tr("(referred by %1)"),
                               {circleNamed(e.referredByName, e.referredByArticle, interfaceLanguage())});
            if (e.continuedStatus)
                status +=
                    QLatin1Char(' ') + tr("→ %1: %2").arg(e.continuedInName, phaseName(*e.continuedStatus));
            return status;
        }
        case Title:
            return e.title;
        case Text: {
            // One line shows at most a few hundred characters: laying out a whole decision only to elide
            // it cost most of a search keystroke.
            constexpr qsizetype shown = 160;
            QString line = e.text.left(shown).replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (e.text.size() > shown)
                line += QChar(0x2026);
            return line;
        }
        case Scope:
            return e.scopeItemText;
        case Responsible:
            return e.responsibleName;
        case Review:
            return e.reviewDate.isValid() ? QLocale().toString(e.reviewDate, QLocale::ShortFormat)
                                          : QString();
        }
    }
    // The whole cell, for the columns a narrow window cuts (the decision text, above all).
    if (role == Qt::ToolTipRole) {
        const QString shown = index.column() == Text ? e.text : data(index, Qt::DisplayRole).toString();
        if (shown.isEmpty())
            return {};
        return headedToolTip(tr("%1:").arg(headerData(index.column(), Qt::Horizontal).toString()), shown);
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
