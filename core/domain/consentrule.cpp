#include "consentrule.h"

#include <QCoreApplication>

namespace cercles {

QString basisKey(ConsentBasis basis)
{
    return basis == ConsentBasis::AllMembers ? QStringLiteral("all-members")
                                             : QStringLiteral("members-present");
}

ConsentBasis basisFromKey(const QString& key, bool* ok)
{
    const bool known = key == QLatin1String("all-members") || key == QLatin1String("members-present");
    if (ok)
        *ok = known;
    return key == QLatin1String("all-members") ? ConsentBasis::AllMembers : ConsentBasis::MembersPresent;
}

QString describeRule(const ConsentRule& rule)
{
    if (rule.basis == ConsentBasis::AllMembers) {
        return rule.excludesPersonConcerned
                   ? QCoreApplication::translate("ConsentRule",
                                                 "consent of all members, except the person concerned")
                   : QCoreApplication::translate("ConsentRule", "consent of all members");
    }
    return rule.excludesPersonConcerned
               ? QCoreApplication::translate("ConsentRule",
                                             "consent of all members present, except the person concerned")
               : QCoreApplication::translate("ConsentRule", "consent of all members present");
}

} // namespace cercles
