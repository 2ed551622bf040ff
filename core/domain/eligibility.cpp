#include "eligibility.h"

#include <QCoreApplication>
#include <QStringList>

namespace cercles {

PersonStatuses redLinesCrossed(const Circle& circle, const Person& person)
{
    return circle.redLines & person.statuses;
}

EntryCheck checkEntry(const Organisation& org, PersonId personId, CircleId circleId, QDate day)
{
    EntryCheck check;
    const Person* person = org.person(personId);
    const Circle* circle = org.circle(circleId);
    if (!person || !circle) {
        check.message = QCoreApplication::translate("Eligibility", "Unknown person or circle.");
        return check;
    }
    if (org.activeMembership(personId, circleId, day)) {
        check.alreadyMember = true;
        check.message =
            fillPhrase(QCoreApplication::translate("Eligibility", "%1 is already a member of %2."),
                       {person->name, circleNoun(*circle, interfaceLanguage())});
        return check;
    }
    check.redLinesCrossed = redLinesCrossed(*circle, *person);
    if (check.redLinesCrossed) {
        QStringList quoted;
        for (PersonStatus status : allPersonStatuses) {
            if (check.redLinesCrossed.testFlag(status))
                quoted
                    << QCoreApplication::translate("Eligibility", "\u201c%1\u201d").arg(statusName(status));
        }
        check.message = fillPhrase(
            QCoreApplication::translate("Eligibility", "%1 cannot join %2: red line %3.", nullptr,
                                        int(quoted.size())),
            {person->name, circleNoun(*circle, interfaceLanguage()), quoted.join(QStringLiteral(", "))});
    }
    return check;
}

QList<RedLineViolation> redLineViolations(const Organisation& org, QDate day)
{
    QList<RedLineViolation> result;
    for (const Membership& m : org.memberships) {
        if (!m.isActiveOn(day))
            continue;
        const Person* person = org.person(m.person);
        const Circle* circle = org.circle(m.circle);
        if (!person || !circle)
            continue;
        if (const PersonStatuses crossed = redLinesCrossed(*circle, *person))
            result << RedLineViolation{m.person, m.circle, crossed};
    }
    return result;
}

QString describeViolation(const Organisation& org, const RedLineViolation& violation)
{
    const Person* person = org.person(violation.person);
    const Circle* circle = org.circle(violation.circle);
    QStringList quoted;
    for (PersonStatus status : allPersonStatuses) {
        if (violation.redLinesCrossed.testFlag(status))
            quoted << QCoreApplication::translate("Eligibility", "\u201c%1\u201d").arg(statusName(status));
    }
    return fillPhrase(
        QCoreApplication::translate("Eligibility", "%1 is a member of %2 but falls under its red line %3.",
                                    nullptr, int(quoted.size())),
        {person ? person->name : QString(), circle ? circleNoun(*circle, interfaceLanguage()) : QString(),
         quoted.join(QStringLiteral(", "))});
}

QList<PersonId> consentEligible(const ConsentRule& rule, const QList<PersonId>& members,
                                const QList<PersonId>& present, PersonId personConcerned)
{
    QList<PersonId> result;
    for (PersonId member : members) {
        if (rule.basis == ConsentBasis::MembersPresent && !present.contains(member))
            continue;
        if (rule.excludesPersonConcerned && member == personConcerned)
            continue;
        result << member;
    }
    return result;
}

} // namespace cercles
