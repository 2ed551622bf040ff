#include "electionevent.h"

#include "keytable.h"

#include <QCoreApplication>

namespace cercles {

namespace {
using K = ElectionEventKind;
using P = ElectionPhase;

// Storage keys: never change one, the files on disk use them.
constexpr KeyEntry<ElectionEventKind> kindKeys[] = {
    {K::NominationsOpened, "nominations-opened"},
    {K::NominationWritten, "nomination-written"},
    {K::NominationRoundStarted, "nomination-round-started"},
    {K::NominationExplained, "nomination-explained"},
    {K::ChangeRoundStarted, "change-round-started"},
    {K::NominationKept, "nomination-kept"},
    {K::NominationChanged, "nomination-changed"},
    {K::Proposed, "proposed"},
    {K::ConsentGiven, "consent-given"},
    {K::ObjectionRaised, "objection-raised"},
    {K::ConsentRoundClosed, "consent-round-closed"},
    {K::TermChanged, "term-changed"},
    {K::RoleChanged, "role-changed"},
    {K::ConsentRoundStarted, "consent-round-started"},
    {K::Cancelled, "cancelled"},
};

constexpr KeyEntry<ElectionPhase> phaseKeys[] = {
    {P::Description, "description"},
    {P::Nominations, "nominations"},
    {P::NominationRound, "nomination-round"},
    {P::ChangeRound, "change-round"},
    {P::ConsentRound, "consent-round"},
    {P::IntegratingObjections, "integrating-objections"},
    {P::Elected, "elected"},
    {P::Cancelled, "cancelled"},
};

ElectionEvent make(ElectionEventKind kind, const QDateTime& at, PersonId person = {},
                   const QString& text = {})
{
    ElectionEvent event;
    event.kind = kind;
    event.at = at;
    event.person = person;
    event.text = text;
    return event;
}
} // namespace

bool isFinal(ElectionPhase phase)
{
    return phase == P::Elected || phase == P::Cancelled;
}

QString electionPhaseKey(ElectionPhase phase)
{
    return keyOf(phaseKeys, phase);
}

QString electionPhaseName(ElectionPhase phase)
{
    switch (phase) {
    case P::Description:
        return QCoreApplication::translate("Election", "Role and term");
    case P::Nominations:
        return QCoreApplication::translate("Election", "Written nominations");
    case P::NominationRound:
        return QCoreApplication::translate("Election", "Nomination round");
    case P::ChangeRound:
        return QCoreApplication::translate("Election", "Change round");
    case P::ConsentRound:
        return QCoreApplication::translate("Election", "Consent round");
    case P::IntegratingObjections:
        return QCoreApplication::translate("Election", "Integrating objections");
    case P::Elected:
        return QCoreApplication::translate("Election", "Elected");
    case P::Cancelled:
        return QCoreApplication::translate("Election", "Cancelled");
    }
    return {};
}

QString electionEventKindKey(ElectionEventKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<ElectionEventKind> electionEventKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key);
}

QString electionEventKindName(ElectionEventKind kind)
{
    switch (kind) {
    case K::NominationsOpened:
        return QCoreApplication::translate("Election", "Nominations opened");
    case K::NominationWritten:
        return QCoreApplication::translate("Election", "Nomination written");
    case K::NominationRoundStarted:
        return QCoreApplication::translate("Election", "Nomination round started");
    case K::NominationExplained:
        return QCoreApplication::translate("Election", "Nomination explained");
    case K::ChangeRoundStarted:
        return QCoreApplication::translate("Election", "Change round started");
    case K::NominationKept:
        return QCoreApplication::translate("Election", "Nomination kept");
    case K::NominationChanged:
        return QCoreApplication::translate("Election", "Nomination changed");
    case K::Proposed:
        return QCoreApplication::translate("Election", "Person proposed");
    case K::ConsentGiven:
        return QCoreApplication::translate("Election", "Consent given");
    case K::ObjectionRaised:
        return QCoreApplication::translate("Election", "Objection raised");
    case K::ConsentRoundClosed:
        return QCoreApplication::translate("Election", "Consent round closed");
    case K::TermChanged:
        return QCoreApplication::translate("Election", "Term changed");
    case K::RoleChanged:
        return QCoreApplication::translate("Election", "Role changed");
    case K::ConsentRoundStarted:
        return QCoreApplication::translate("Election", "Consent round started");
    case K::Cancelled:
        return QCoreApplication::translate("Election", "Election cancelled");
    }
    return {};
}

ElectionEvent ElectionEvent::opening(const QDateTime& at, const QList<PersonId>& present)
{
    ElectionEvent event = make(K::NominationsOpened, at);
    event.present = present;
    return event;
}

ElectionEvent ElectionEvent::written(const QDateTime& at, PersonId person, PersonId nominee)
{
    ElectionEvent event = make(K::NominationWritten, at, person);
    event.nominee = nominee;
    return event;
}

ElectionEvent ElectionEvent::roundStart(ElectionEventKind kind, const QDateTime& at)
{
    return make(kind, at);
}

ElectionEvent ElectionEvent::explained(const QDateTime& at, PersonId person, const QString& why)
{
    return make(K::NominationExplained, at, person, why);
}

ElectionEvent ElectionEvent::kept(const QDateTime& at, PersonId person, const QString& why)
{
    return make(K::NominationKept, at, person, why);
}

ElectionEvent ElectionEvent::changed(const QDateTime& at, PersonId person, PersonId nominee,
                                     const QString& why)
{
    ElectionEvent event = make(K::NominationChanged, at, person, why);
    event.nominee = nominee;
    return event;
}

ElectionEvent ElectionEvent::proposal(const QDateTime& at, PersonId nominee, QDate start, QDate end,
                                      const QString& reasons)
{
    ElectionEvent event = make(K::Proposed, at, {}, reasons);
    event.nominee = nominee;
    event.start = start;
    event.end = end;
    return event;
}

ElectionEvent ElectionEvent::consent(const QDateTime& at, PersonId person, const QString& concern)
{
    return make(K::ConsentGiven, at, person, concern);
}

ElectionEvent ElectionEvent::objection(const QDateTime& at, PersonId person, const QString& reason)
{
    return make(K::ObjectionRaised, at, person, reason);
}

ElectionEvent ElectionEvent::roundClose(const QDateTime& at)
{
    return make(K::ConsentRoundClosed, at);
}

ElectionEvent ElectionEvent::termChange(const QDateTime& at, QDate start, QDate end, const QString& why)
{
    ElectionEvent event = make(K::TermChanged, at, {}, why);
    event.start = start;
    event.end = end;
    return event;
}

ElectionEvent ElectionEvent::roleChange(const QDateTime& at, const QString& roleName,
                                        const QString& description)
{
    ElectionEvent event = make(K::RoleChanged, at, {}, description);
    event.roleName = roleName;
    return event;
}

ElectionEvent ElectionEvent::cancellation(const QDateTime& at, const QString& why)
{
    return make(K::Cancelled, at, {}, why);
}

} // namespace cercles
