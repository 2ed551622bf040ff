#pragma once

#include <QString>

#include <optional>

namespace cercles {

/// Where a consent process stands (processes.md section 1). The first six are steps of the meeting;
/// the others are outcomes. Stored by key (phaseKey).
enum class ConsentPhase
{
    Presentation,          ///< the proposal is presented (présentation)
    ClarifyingQuestions,   ///< clarifying questions round (tour de questions de clarification)
    Reactions,             ///< quick reactions round (tour de réactions)
    Amendment,             ///< the text may change; each change is a new version (amendement)
    ConsentRound,          ///< consent round (tour de consentement)
    IntegratingObjections, ///< objections integrated one at a time (intégration des objections)
    Adopted,               ///< outcome: no objection, every required consent given (adoptée)
    Pending,               ///< outcome so far: waiting for absent members' consent (en attente)
    Withdrawn,             ///< outcome: withdrawn by the facilitator (retirée)
    Deferred,              ///< outcome so far: deferred to a later meeting (reportée); can be resumed
    ReferredToParent,      ///< outcome: referred to the parent circle (renvoyée au cercle supérieur)
};

/// Every phase, in the order of the process.
inline constexpr ConsentPhase allConsentPhases[] = {
    ConsentPhase::Presentation,    ConsentPhase::ClarifyingQuestions,
    ConsentPhase::Reactions,       ConsentPhase::Amendment,
    ConsentPhase::ConsentRound,    ConsentPhase::IntegratingObjections,
    ConsentPhase::Adopted,         ConsentPhase::Pending,
    ConsentPhase::Withdrawn,       ConsentPhase::Deferred,
    ConsentPhase::ReferredToParent};

/// Takes a phase; returns whether nothing more can happen (Adopted, Withdrawn, ReferredToParent).
/// Pending and Deferred are not final: a late response or a resumption moves them on.
bool isFinal(ConsentPhase phase);

/// Takes a phase; returns its stable storage key, e.g. "consent-round", "pending".
QString phaseKey(ConsentPhase phase);
/// Takes a storage key; returns the phase, or std::nullopt for an unknown key.
std::optional<ConsentPhase> phaseFromKey(const QString& key);
/// Takes a phase; returns its name in the current UI language, e.g. "Consent round", "Pending".
QString phaseName(ConsentPhase phase);

} // namespace cercles
