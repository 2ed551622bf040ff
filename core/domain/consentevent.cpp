#include "consentevent.h"

#include <QCoreApplication>

namespace cercles {

namespace {
struct KindEntry
{
    ConsentEventKind kind;
    const char* key;
};
// Storage keys: never change one, the files on disk use them.
constexpr KindEntry kindEntries[] = {
    {ConsentEventKind::ClarifyingRoundStarted, "clarifying-round-started"},
    {ConsentEventKind::QuestionAsked, "question-asked"},
    {ConsentEventKind::ReactionsRoundStarted, "reactions-round-started"},
    {ConsentEventKind::ReactionGiven, "reaction-given"},
    {ConsentEventKind::TurnPassed, "turn-passed"},
    {ConsentEventKind::AmendmentStarted, "amendment-started"},
    {ConsentEventKind::ProposalAmended, "proposal-amended"},
    {ConsentEventKind::ConsentRoundStarted, "consent-round-started"},
    {ConsentEventKind::ConsentGiven, "consent-given"},
    {ConsentEventKind::ObjectionRaised, "objection-raised"},
    {ConsentEventKind::ConsentRoundClosed, "consent-round-closed"},
    {ConsentEventKind::ObjectionIntegrated, "objection-integrated"},
    {ConsentEventKind::Withdrawn, "withdrawn"},
    {ConsentEventKind::Deferred, "deferred"},
    {ConsentEventKind::Resumed, "resumed"},
    {ConsentEventKind::ReferredToParent, "referred-to-parent"},
};

struct MethodEntry
{
    IntegrationMethod method;
    const char* key;
};
constexpr MethodEntry methodEntries[] = {{IntegrationMethod::None, "none"},
                                         {IntegrationMethod::ModifyProposal, "modify-proposal"},
                                         {IntegrationMethod::ShortenTerm, "shorten-term"},
                                         {IntegrationMethod::MeasureConcern, "measure-concern"}};

ConsentEvent makeEvent(ConsentEventKind kind, const QDateTime& at, PersonId person = {},
                       const QString& text = {})
{
    ConsentEvent event;
    event.kind = kind;
    event.at = at;
    event.person = person;
    event.text = text;
    return event;
}
} // namespace

ConsentEvent ConsentEvent::roundStart(ConsentEventKind kind, const QDateTime& at,
                                      const QList<PersonId>& present)
{
    ConsentEvent event = makeEvent(kind, at);
    event.present = present;
    return event;
}

ConsentEvent ConsentEvent::question(const QDateTime& at, PersonId person, const QString& text)
{
    return makeEvent(ConsentEventKind::QuestionAsked, at, person, text);
}

ConsentEvent ConsentEvent::reaction(const QDateTime& at, PersonId person, const QString& text)
{
    return makeEvent(ConsentEventKind::ReactionGiven, at, person, text);
}

ConsentEvent ConsentEvent::pass(const QDateTime& at, PersonId person)
{
    return makeEvent(ConsentEventKind::TurnPassed, at, person);
}

ConsentEvent ConsentEvent::amendmentStart(const QDateTime& at)
{
    return makeEvent(ConsentEventKind::AmendmentStarted, at);
}

ConsentEvent ConsentEvent::amendment(const QDateTime& at, const QString& text, const QDate& reviewDate)
{
    ConsentEvent event = makeEvent(ConsentEventKind::ProposalAmended, at, {}, text);
    event.reviewDate = reviewDate;
    return event;
}

ConsentEvent ConsentEvent::consent(const QDateTime& at, PersonId person, const QString& concern,
                                   bool givenAfterMeeting)
{
    ConsentEvent event = makeEvent(ConsentEventKind::ConsentGiven, at, person, concern);
    event.givenAfterMeeting = givenAfterMeeting;
    return event;
}

ConsentEvent ConsentEvent::objection(const QDateTime& at, PersonId person, const QString& reason,
                                     bool givenAfterMeeting)
{
    ConsentEvent event = makeEvent(ConsentEventKind::ObjectionRaised, at, person, reason);
    event.givenAfterMeeting = givenAfterMeeting;
    return event;
}

ConsentEvent ConsentEvent::roundClose(const QDateTime& at)
{
    return makeEvent(ConsentEventKind::ConsentRoundClosed, at);
}

ConsentEvent ConsentEvent::integration(const QDateTime& at, PersonId objector, IntegrationMethod method,
                                       const QString& text, const QDate& reviewDate)
{
    ConsentEvent event = makeEvent(ConsentEventKind::ObjectionIntegrated, at, objector, text);
    event.method = method;
    event.reviewDate = reviewDate;
    return event;
}

ConsentEvent ConsentEvent::withdrawal(const QDateTime& at, const QString& why)
{
    return makeEvent(ConsentEventKind::Withdrawn, at, {}, why);
}

ConsentEvent ConsentEvent::deferral(const QDateTime& at, const QString& why)
{
    return makeEvent(ConsentEventKind::Deferred, at, {}, why);
}

ConsentEvent ConsentEvent::resumption(const QDateTime& at)
{
    return makeEvent(ConsentEventKind::Resumed, at);
}

ConsentEvent ConsentEvent::referral(const QDateTime& at, CircleId parent, const QString& why)
{
    ConsentEvent event = makeEvent(ConsentEventKind::ReferredToParent, at, {}, why);
    event.circle = parent;
    return event;
}

QString eventKindKey(ConsentEventKind kind)
{
    for (const auto& entry : kindEntries) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<ConsentEventKind> eventKindFromKey(const QString& key)
{
    for (const auto& entry : kindEntries) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QString eventKindName(ConsentEventKind kind)
{
    switch (kind) {
    case ConsentEventKind::ClarifyingRoundStarted:
        return QCoreApplication::translate("ConsentEvent", "Clarifying questions round started");
    case ConsentEventKind::QuestionAsked:
        return QCoreApplication::translate("ConsentEvent", "Question asked");
    case ConsentEventKind::ReactionsRoundStarted:
        return QCoreApplication::translate("ConsentEvent", "Reactions round started");
    case ConsentEventKind::ReactionGiven:
        return QCoreApplication::translate("ConsentEvent", "Reaction given");
    case ConsentEventKind::TurnPassed:
        return QCoreApplication::translate("ConsentEvent", "Turn passed");
    case ConsentEventKind::AmendmentStarted:
        return QCoreApplication::translate("ConsentEvent", "Amendment started");
    case ConsentEventKind::ProposalAmended:
        return QCoreApplication::translate("ConsentEvent", "Proposal amended");
    case ConsentEventKind::ConsentRoundStarted:
        return QCoreApplication::translate("ConsentEvent", "Consent round started");
    case ConsentEventKind::ConsentGiven:
        return QCoreApplication::translate("ConsentEvent", "Consent given");
    case ConsentEventKind::ObjectionRaised:
        return QCoreApplication::translate("ConsentEvent", "Objection raised");
    case ConsentEventKind::ConsentRoundClosed:
        return QCoreApplication::translate("ConsentEvent", "Consent round closed");
    case ConsentEventKind::ObjectionIntegrated:
        return QCoreApplication::translate("ConsentEvent", "Objection integrated");
    case ConsentEventKind::Withdrawn:
        return QCoreApplication::translate("ConsentEvent", "Proposal withdrawn");
    case ConsentEventKind::Deferred:
        return QCoreApplication::translate("ConsentEvent", "Proposal deferred");
    case ConsentEventKind::Resumed:
        return QCoreApplication::translate("ConsentEvent", "Proposal taken up again");
    case ConsentEventKind::ReferredToParent:
        return QCoreApplication::translate("ConsentEvent", "Referred to the parent circle");
    }
    return {};
}

QString integrationMethodKey(IntegrationMethod method)
{
    for (const auto& entry : methodEntries) {
        if (entry.method == method)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<IntegrationMethod> integrationMethodFromKey(const QString& key)
{
    for (const auto& entry : methodEntries) {
        if (key == QLatin1String(entry.key))
            return entry.method;
    }
    return std::nullopt;
}

QString integrationMethodName(IntegrationMethod method)
{
    switch (method) {
    case IntegrationMethod::None:
        return QCoreApplication::translate("IntegrationMethod", "none");
    case IntegrationMethod::ModifyProposal:
        return QCoreApplication::translate("IntegrationMethod", "Modify the proposal");
    case IntegrationMethod::ShortenTerm:
        return QCoreApplication::translate("IntegrationMethod", "Shorten the term");
    case IntegrationMethod::MeasureConcern:
        return QCoreApplication::translate("IntegrationMethod", "Measure the concern");
    }
    return {};
}

} // namespace cercles
