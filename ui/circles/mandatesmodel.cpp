#include "mandatesmodel.h"

#include "common/greyed.h"
#include "services/organisationservice.h"

#include <QLocale>

namespace cercles::ui {

MandatesModel::MandatesModel(OrganisationService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service)
        connect(service, &OrganisationService::changed, this, &MandatesModel::reload);
}

void MandatesModel::setCircle(CircleId circle)
{
    m_circle = circle;
    reload();
}

void MandatesModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void MandatesModel::reload()
{
    beginResetModel();
    m_rows =
        m_service && m_circle.isValid() ? m_service->organisation().mandatesOf(m_circle) : QList<Mandate>();
    endResetModel();
}

int MandatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MandatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MandatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_service)
        return {};
    const Mandate& mandate = m_rows.at(index.row());
    const Organisation& org = m_service->organisation();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn: {
            const Role* r = org.role(mandate.role);
            return r ? r->name : QString();
        }
        case PersonColumn: {
            const Person* person = org.person(mandate.person);
            return person ? person->name : QString();
        }
        case StartColumn:
            return QLocale().toString(mandate.start, QLocale::ShortFormat);
        case EndColumn:
            return QLocale().toString(mandate.end, QLocale::ShortFormat);
        }
        return {};
    case Qt::ForegroundRole:
        if (mandate.end < m_today)
            return greyedForeground();
        return {};
    case MandateIdRole:
        return QVariant::fromValue(mandate.id);
    default:
        return {};
    }
}

QVariant MandatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case PersonColumn:
        return tr("Person");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    }
    return {};
}

} // namespace cercles::ui
