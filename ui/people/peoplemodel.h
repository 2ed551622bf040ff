#pragma once

#include "domain/person.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Everyone known to the organisation, by name: name, contact, statuses and the circles each belongs to
/// today. Refreshed whenever the service reports a change.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ContactColumn,
        StatusesColumn,
        CirclesColumn,
        ColumnCount
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1
    };

    explicit PeopleModel(OrganisationService* service, QObject* parent = nullptr);

    /// Takes the day whose memberships the Circles column shows (default: the current local date).
    void setToday(QDate today);
    /// Takes a person id; returns its row, or -1.
    int rowOf(PersonId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString circlesOf(const Person& person) const;

    QPointer<OrganisationService> m_service;
    QDate m_today = QDate::currentDate();
    QList<Person> m_rows;
};

} // namespace cercles::ui
