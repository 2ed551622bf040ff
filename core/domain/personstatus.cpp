#include "personstatus.h"

#include <QStringList>

namespace cercles {

QString statusKey(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Employee:
        return QStringLiteral("employee");
    case PersonStatus::Contractor:
        return QStringLiteral("contractor");
    case PersonStatus::ElectoralListMember:
        return QStringLiteral("electoral-list");
    case PersonStatus::Candidate:
        return QStringLiteral("candidate");
    }
    return {};
}

std::optional<PersonStatus> statusFromKey(const QString& key)
{
    for (PersonStatus status : allPersonStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusName(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Employee:
        return QCoreApplication::translate("PersonStatus", "employee");
    case PersonStatus::Contractor:
        return QCoreApplication::translate("PersonStatus", "contractor");
    case PersonStatus::ElectoralListMember:
        return QCoreApplication::translate("PersonStatus", "member of an electoral list");
    case PersonStatus::Candidate:
        return QCoreApplication::translate("PersonStatus", "candidate in an election");
    }
    return {};
}

QString statusNames(PersonStatuses statuses)
{
    QStringList names;
    for (PersonStatus status : allPersonStatuses) {
        if (statuses.testFlag(status))
            names << statusName(status);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace cercles
