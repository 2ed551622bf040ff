#pragma once

#include "domain/membership.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The memberships of one circle, past and present: person, statuses, from and to dates. Memberships that
/// ended before today are greyed. Refreshed whenever the service reports a change.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        StatusesColumn,
        FromColumn,
        ToColumn,
        ColumnCount
    };
    enum Roles
    {
        MembershipIdRole = Qt::UserRole + 1,
        PersonIdRole
    };

    explicit MembersModel(OrganisationService* service, QObject* parent = nullptr);

    /// Takes a circle id (invalid: no rows); shows that circle's memberships.
    void setCircle(CircleId circle);
    /// Takes the day that decides which memberships are ended (default: the current local date).
    void setToday(QDate today);
    /// Takes a row; returns its membership.
    const Membership& membershipAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<OrganisationService> m_service;
    CircleId m_circle;
    QDate m_today = QDate::currentDate();
    QList<Membership> m_rows;
};

} // namespace cercles::ui
