#include "consentround.h"

#include <QCoreApplication>

namespace cercles {

QString responseKindName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::None:
        return QCoreApplication::translate("ConsentResponse", "No answer yet");
    case ResponseKind::Consent:
        return QCoreApplication::translate("ConsentResponse", "Consent");
    case ResponseKind::ConsentWithConcern:
        return QCoreApplication::translate("ConsentResponse", "Consent with a concern");
    case ResponseKind::Objection:
        return QCoreApplication::translate("ConsentResponse", "Objection");
    }
    return {};
}

std::optional<ConsentResponse> ConsentRound::latestResponse(PersonId person) const
{
    for (auto it = responses.crbegin(); it != responses.crend(); ++it) {
        if (it->person == person)
            return *it;
    }
    return std::nullopt;
}

ResponseKind ConsentRound::responseOf(PersonId person) const
{
    const auto response = latestResponse(person);
    return response ? response->kind : ResponseKind::None;
}

QList<PersonId> ConsentRound::awaitedPresent() const
{
    QList<PersonId> result;
    for (PersonId person : eligible) {
        if (isPresent(person) && responseOf(person) == ResponseKind::None)
            result << person;
    }
    return result;
}

QList<PersonId> ConsentRound::awaitedAbsent() const
{
    QList<PersonId> result;
    for (PersonId person : eligible) {
        if (!isPresent(person) && responseOf(person) == ResponseKind::None)
            result << person;
    }
    return result;
}

QList<PersonId> ConsentRound::objectors() const
{
    QList<PersonId> result;
    for (PersonId person : eligible) {
        if (responseOf(person) == ResponseKind::Objection)
            result << person;
    }
    return result;
}

bool SpeakingRound::hasSpoken(PersonId person) const
{
    for (const SpeakingTurn& turn : turns) {
        if (turn.person == person)
            return true;
    }
    return false;
}

QList<PersonId> SpeakingRound::spoken() const
{
    QList<PersonId> result;
    for (const SpeakingTurn& turn : turns)
        result << turn.person;
    return result;
}

QList<PersonId> SpeakingRound::awaited() const
{
    QList<PersonId> result;
    for (PersonId person : order) {
        if (!hasSpoken(person))
            result << person;
    }
    return result;
}

PersonId SpeakingRound::nextSpeaker() const
{
    const QList<PersonId> left = awaited();
    return left.isEmpty() ? PersonId() : left.first();
}

} // namespace cercles
