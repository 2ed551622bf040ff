#include "membersmodel.h"

#include "common/greyed.h"
#include "services/organisationservice.h"

#include <QLocale>

#include <algorithm>

namespace cercles::ui {

MembersModel::MembersModel(OrganisationService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service)
        connect(service, &OrganisationService::changed, this, &MembersModel::reload);
}

void MembersModel::setCircle(CircleId circle)
{
    m_circle = circle;
    reload();
}

void MembersModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void MembersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_service) {
        const Organisation& org = m_service->organisation();
        for (const Membership& membership : org.memberships)
            if (membership.circle == m_circle)
                m_rows.append(membership);
        // Current members first, then by name, then by start date.
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Membership& a, const Membership& b) {
            const bool aActive = a.to.isNull() || a.to >= m_today;
            const bool bActive = b.to.isNull() || b.to >= m_today;
            if (aActive != bActive)
                return aActive;
            const Person* pa = org.person(a.person);
            const Person* pb = org.person(b.person);
            const int byName =
                QString::localeAwareCompare(pa ? pa->name : QString(), pb ? pb->name : QString());
            return byName != 0 ? byName < 0 : a.from < b.from;
        });
    }
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_service)
        return {};
    const Membership& membership = m_rows.at(index.row());
    const Person* person = m_service->organisation().person(membership.person);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PersonColumn:
            return person ? person->name : QString();
        case StatusesColumn:
            return person ? statusNames(person->statuses) : QString();
        case FromColumn:
            return QLocale().toString(membership.from, QLocale::ShortFormat);
        case ToColumn:
            return membership.to.isNull() ? QString()
                                          : QLocale().toString(membership.to, QLocale::ShortFormat);
        }
        return {};
    case Qt::ForegroundRole:
        if (!membership.to.isNull() && membership.to < m_today)
            return greyedForeground();
        return {};
    case MembershipIdRole:
        return QVariant::fromValue(membership.id);
    case PersonIdRole:
        return QVariant::fromValue(membership.person);
    default:
        return {};
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Member");
    case StatusesColumn:
        return tr("Statuses");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    }
    return {};
}

} // namespace cercles::ui
