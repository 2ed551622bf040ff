#include "membersmodel.h"

#include "common/greyed.h"
#include "services/organisationservice.h"

#include <QCollator>
#include <QHash>

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
        // Current members first, then by name (in the user's collation), then by start date. Each name
        // is looked up and its collation key made once: the assembly of a large association has
        // hundreds of members, and a lookup per comparison made a selection take 10 ms.
        const QCollator collator;
        QHash<PersonId, QString> names;
        for (const Person& person : org.people)
            names.insert(person.id, person.name);
        struct Row
        {
            bool active;
            QCollatorSortKey name;
            const Membership* membership;
        };
        std::vector<Row> rows;
        for (const Membership& membership : org.memberships)
            if (membership.circle == m_circle)
                rows.push_back({membership.to.isNull() || membership.to >= m_today,
                                collator.sortKey(names.value(membership.person)), &membership});
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            if (a.active != b.active)
                return a.active;
            const int byName = a.name.compare(b.name);
            return byName != 0 ? byName < 0 : a.membership->from < b.membership->from;
        });
        m_rows.reserve(qsizetype(rows.size()));
        for (const Row& row : rows)
            m_rows.append(*row.membership);
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
