#include "peoplemodel.h"

#include "services/organisationservice.h"

#include <QStringList>

namespace cercles::ui {

PeopleModel::PeopleModel(OrganisationService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service)
        connect(service, &OrganisationService::changed, this, &PeopleModel::reload);
    reload();
}

void PeopleModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void PeopleModel::reload()
{
    beginResetModel();
    m_rows = m_service ? m_service->organisation().people : QList<Person>();
    endResetModel();
}

int PeopleModel::rowOf(PersonId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QString PeopleModel::circlesOf(const Person& person) const
{
    const Organisation& org = m_service->organisation();
    QStringList names;
    const QList<CircleId> circles = org.circlesOf(person.id, m_today);
    for (CircleId id : circles)
        if (const Circle* circle = org.circle(id))
            names.append(circle->name);
    return names.join(QStringLiteral(", "));
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_service)
        return {};
    const Person& person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case ContactColumn:
            return person.contact;
        case StatusesColumn:
            return statusNames(person.statuses);
        case CirclesColumn:
            return circlesOf(person);
        }
        return {};
    case PersonIdRole:
        return QVariant::fromValue(person.id);
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ContactColumn:
        return tr("Contact");
    case StatusesColumn:
        return tr("Statuses");
    case CirclesColumn:
        return tr("Circles today");
    }
    return {};
}

} // namespace cercles::ui
