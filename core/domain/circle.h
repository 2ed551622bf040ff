#pragma once

#include "consentrule.h"
#include "frenchgrammar.h"
#include "ids.h"
#include "personstatus.h"

#include <QList>
#include <QString>

namespace cercles {

/// How often a circle meets (organisation.md, "Meets").
enum class MeetingCadence
{
    AsDecided,
    Weekly,
    Monthly,
    Quarterly,
    Yearly
};

/// Takes a cadence; returns its stable storage key ("as-decided", "weekly", ...).
QString cadenceKey(MeetingCadence cadence);
/// Takes a storage key; returns the cadence (AsDecided for an unknown key).
MeetingCadence cadenceFromKey(const QString& key);
/// Takes a cadence; returns its name in the current UI language.
QString cadenceName(MeetingCadence cadence);

/// One item of a circle's decision scope (périmètre de décision), e.g. "budget".
struct ScopeItem
{
    ScopeItemId id;
    QString text;

    friend bool operator==(const ScopeItem&, const ScopeItem&) = default;
};

/// A circle: a semi-autonomous body with its own decision scope and rules (organisation.md, "Bodies").
struct Circle
{
    CircleId id;
    QString name;
    FrenchArticle article = FrenchArticle::None; ///< how French sentences name it: "le Conseil…"
    QString purpose;
    CircleId parent; ///< invalid for the root circle
    MeetingCadence cadence = MeetingCadence::AsDecided;
    QList<ScopeItem> scope;   ///< decision scope, in display order
    QString operatingRules;   ///< the circle's own operating rules, free text
    ConsentRule entryRule;    ///< admitting a member
    ConsentRule exitRule;     ///< excluding a member
    ConsentRule decisionRule; ///< any other consent decision
    PersonStatuses redLines;  ///< statuses that make a person ineligible (lignes rouges)

    friend bool operator==(const Circle&, const Circle&) = default;
};

/// Takes a circle and a language ("fr" or "en"); returns how a sentence names it: in French with its
/// article ("le Conseil de Coordination", "l’Assemblée Populaire"), for fillPhrase() to contract after
/// "de" or "à"; in English its name.
QString circleNoun(const Circle& circle, const QString& language);

} // namespace cercles
