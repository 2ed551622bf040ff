#pragma once

#include "export/actionsexport.h"

#include <QAbstractTableModel>
#include <QDate>

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// A circle's actions (who, what, by when) decided in its meetings, oldest meeting first, with their
/// status: open, done or late (open past its date). Shows one status, or all (the filter). Follows the
/// service's changes.
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MeetingColumn,
        ItemColumn,
        WhoColumn,
        WhatColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    ActionsModel(MeetingService& service, QObject* parent = nullptr);

    /// Takes a circle (invalid: none); shows its actions.
    void setCircle(CircleId circle);
    /// Takes a status key ("open", "late", "done"; empty: all) to show.
    void setStatusFilter(const QString& status);
    /// Takes today's local date (late is decided against it; tests fix it).
    void setToday(QDate today);
    /// Takes a row; returns its line, or nullptr.
    const ActionLine* lineAt(int row) const;
    /// The lines shown, in order (what the CSV export writes).
    const QList<ActionLine>& lines() const { return m_shown; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    MeetingService& m_service;
    CircleId m_circle;
    QString m_filter;
    QDate m_today = QDate::currentDate();
    QList<ActionLine> m_shown;
};

} // namespace cercles::ui
