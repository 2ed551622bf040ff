#pragma once

#include "domain/mandate.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The mandates of one circle: role, person, start and end dates, by role then start. Mandates that ended
/// before today are greyed. Refreshed whenever the service reports a change.
class MandatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RoleColumn,
        PersonColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };
    enum Roles
    {
        MandateIdRole = Qt::UserRole + 1
    };

    explicit MandatesModel(OrganisationService* service, QObject* parent = nullptr);

    /// Takes a circle id (invalid: no rows); shows that circle's mandates.
    void setCircle(CircleId circle);
    /// Takes the day that decides which mandates are over (default: the current local date).
    void setToday(QDate today);
    /// Takes a row; returns its mandate.
    const Mandate& mandateAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<OrganisationService> m_service;
    CircleId m_circle;
    QDate m_today = QDate::currentDate();
    QList<Mandate> m_rows;
};

} // namespace cercles::ui
