#pragma once

#include "meeting.h"
#include "organisation.h"

#include <QString>

#include <optional>

namespace cercles {

/// Whether a proposal falls within its circle's decision scope (processes.md section 1, "Scope").
struct ScopeCheck
{
    bool withinScope = false;
    CircleId circle;       ///< the circle the proposal was brought to
    ScopeItemId scopeItem; ///< the scope item the proposal names (invalid for none)
    CircleId referTo;      ///< when out of scope: the parent circle to refer it to (invalid for the root)
    CircleId topicOwner;   ///< the circle whose scope best matches the topic, when a topic was given
    QString message;       ///< translated; empty when within scope
};

/// Where a scope label belongs: the circle and the scope item that best match it.
struct ScopeMatch
{
    CircleId circle;
    ScopeItemId scopeItem;
    int score = 0; ///< 3: same text; 2: the item text starts with the label; 1: contains it as whole words
};

/// Takes a text; returns it case-folded, without accents and with the ligatures œ and æ spelt out, for
/// comparisons that ignore case and accents ("Cœur Été" gives "coeur ete").
QString foldForComparison(const QString& text);

/// Takes an organisation and a label (e.g. "budget"); returns the circle and scope item whose text best
/// matches it, ignoring case and accents (see ScopeMatch::score); ties go to the first circle in the
/// organisation's order (parents first). std::nullopt when no item matches or the label is blank.
std::optional<ScopeMatch> findScopeOwner(const Organisation& org, const QString& label);

/// Takes an organisation, the circle a proposal is brought to, the scope item the proposal names (invalid
/// for none), the kind of its agenda item and an optional topic label (a keyword classification such as
/// "budget", empty for none); returns whether the proposal is within the circle's scope. It is out of scope
/// when the item is not one of the circle's, or when the topic belongs to another circle's scope and to none
/// of this circle's items. The entry and exit of members are within every circle's own scope (processes.md
/// section 2). When out of scope, the message says why (no scope item named, an item of another circle, or
/// the topic belonging to another circle), then `referTo` is the parent circle and the message names it, e.g.
/// "\u201cbudget\u201d is in the scope of the Coordination Council, not of the Communication Circle. Refer it
/// to the Coordination Council." The root circle has no parent: `referTo` stays invalid and the message
/// offers no referral. The referral itself is a ConsentEvent (ReferredToParent). Rule source:
/// processes.md section 1 ("Scope") and organisation.md (budget belongs to the Council).
ScopeCheck checkScope(const Organisation& org, CircleId circle, ScopeItemId scopeItem,
                      AgendaItemKind kind = AgendaItemKind::ConsentDecision, const QString& topic = {});

} // namespace cercles
