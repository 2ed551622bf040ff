#pragma once

#include "services/decisionregister.h"

#include <QAbstractTableModel>

#include <functional>

namespace cercles::ui {

/// The decision register as a table: date, circle, status, title, decision text, scope item,
/// responsible, review date. Rows whose review date has passed are marked (bold review date, warning
/// colour, and a tooltip-free "review due" status suffix so it reads the same on a projector).
/// Rows are fetched page by page as the view scrolls (canFetchMore/fetchMore) from the stored register;
/// a changed process updates its own row only.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Circle,
        Status,
        Title,
        Text,
        Scope,
        Responsible,
        Review,
        ColumnCount
    };

    explicit RegisterModel(QObject* parent = nullptr);

    /// Reads `limit` entries after the given one (invalid process: from the start); empty on error.
    using PageReader =
        std::function<QList<DecisionEntry>(const RegisterRepository::Cursor& after, int limit)>;
    /// Rows fetched at a time: about a screenful (the view fetches more while its last row shows), so a
    /// decade costs no more than a month, and a search keystroke reads no more rows than it shows.
    static constexpr int pageSize = 50;

    /// Takes the entries to show (already filtered); replaces the rows (everything is loaded).
    void setEntries(QList<DecisionEntry> entries);
    /// Takes how many entries the filter lets through and how to read them; replaces the rows with the
    /// first page.
    void setSource(int total, PageReader reader);
    /// Takes a process's new entry (std::nullopt: it no longer passes the filter, or no longer exists)
    /// and whether the process was just started; updates, inserts or removes its row only. Returns
    /// whether total() is still exact: for a process started earlier whose row is not loaded yet, the
    /// model cannot know whether the filter let it through before (the caller then counts, setTotal).
    bool updateEntry(ConsentProcessId process, const std::optional<DecisionEntry>& entry, bool started);
    /// Takes how many entries the filter lets through, counted again.
    void setTotal(int total) { m_total = std::max(total, int(m_entries.size())); }
    /// Takes a meeting; returns the processes of its loaded rows.
    QList<ConsentProcessId> processesOf(MeetingId meeting) const;
    /// How many entries the filter lets through (loaded or not).
    int total() const { return m_total; }
    /// Takes a row; returns its entry.
    const DecisionEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Reads every row not loaded yet, in one query and one insertion (Ctrl+End, the scroll bar dragged
    /// to its end: the user asked for the last decision, not for the next page).
    void fetchAll();

private:
    /// Takes how many rows to read; appends them after the last loaded row.
    void fetch(int limit);
    int rowOf(ConsentProcessId process) const;
    QList<DecisionEntry> m_entries;
    int m_total = 0;
    PageReader m_reader;
};

} // namespace cercles::ui
