#pragma once

#include "services/decisionregister.h"

#include <QAbstractTableModel>

namespace cercles::ui {

/// The decision register as a table: date, circle, status, title, decision text, scope item,
/// responsible, review date. Rows whose review date has passed are marked (bold review date, warning
/// colour, and a tooltip-free "review due" status suffix so it reads the same on a projector).
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

    /// Takes the entries to show (already filtered); replaces the rows.
    void setEntries(QList<DecisionEntry> entries);
    /// Takes a row; returns its entry.
    const DecisionEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DecisionEntry> m_entries;
};

} // namespace cercles::ui
