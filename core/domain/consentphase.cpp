#include "consentphase.h"

#include <QCoreApplication>

namespace cercles {

namespace {
struct PhaseEntry
{
    ConsentPhase phase;
    const char* key;
};
// Storage keys: never change one, the files on disk use them.
constexpr PhaseEntry phaseEntries[] = {{ConsentPhase::Presentation, "presentation"},
                                       {ConsentPhase::ClarifyingQuestions, "clarifying-questions"},
                                       {ConsentPhase::Reactions, "reactions"},
                                       {ConsentPhase::Amendment, "amendment"},
                                       {ConsentPhase::ConsentRound, "consent-round"},
                                       {ConsentPhase::IntegratingObjections, "integrating-objections"},
                                       {ConsentPhase::Adopted, "adopted"},
                                       {ConsentPhase::Pending, "pending"},
                                       {ConsentPhase::Withdrawn, "withdrawn"},
                                       {ConsentPhase::Deferred, "deferred"},
                                       {ConsentPhase::ReferredToParent, "referred-to-parent"}};
} // namespace

bool isFinal(ConsentPhase phase)
{
    return phase == ConsentPhase::Adopted || phase == ConsentPhase::Withdrawn ||
           phase == ConsentPhase::ReferredToParent;
}

QString phaseKey(ConsentPhase phase)
{
    for (const auto& entry : phaseEntries) {
        if (entry.phase == phase)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<ConsentPhase> phaseFromKey(const QString& key)
{
    for (const auto& entry : phaseEntries) {
        if (key == QLatin1String(entry.key))
            return entry.phase;
    }
    return std::nullopt;
}

QString phaseName(ConsentPhase phase)
{
    switch (phase) {
    case ConsentPhase::Presentation:
        return QCoreApplication::translate("ConsentPhase", "Presentation");
    case ConsentPhase::ClarifyingQuestions:
        return QCoreApplication::translate("ConsentPhase", "Clarifying questions");
    case ConsentPhase::Reactions:
        return QCoreApplication::translate("ConsentPhase", "Reactions");
    case ConsentPhase::Amendment:
        return QCoreApplication::translate("ConsentPhase", "Amendment");
    case ConsentPhase::ConsentRound:
        return QCoreApplication::translate("ConsentPhase", "Consent round");
    case ConsentPhase::IntegratingObjections:
        return QCoreApplication::translate("ConsentPhase", "Integrating objections");
    case ConsentPhase::Adopted:
        return QCoreApplication::translate("ConsentPhase", "Adopted");
    case ConsentPhase::Pending:
        return QCoreApplication::translate("ConsentPhase", "Pending");
    case ConsentPhase::Withdrawn:
        return QCoreApplication::translate("ConsentPhase", "Withdrawn");
    case ConsentPhase::Deferred:
        return QCoreApplication::translate("ConsentPhase", "Deferred");
    case ConsentPhase::ReferredToParent:
        return QCoreApplication::translate("ConsentPhase", "Referred to the parent circle");
    }
    return {};
}

} // namespace cercles
