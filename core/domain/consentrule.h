#pragma once

#include <QString>

namespace cercles {

/// Who must consent to a decision of a circle (processes.md section 1, "Who is eligible to consent").
enum class ConsentBasis
{
    MembersPresent, ///< the circle's members present at the meeting
    AllMembers,     ///< every member of the circle, present or not; absent members consent afterwards
};

/// A circle's rule for one kind of decision (entry, exit, ordinary proposal). Rules are data: each
/// organisation states its own, the reference organisation's are in organisation.md.
struct ConsentRule
{
    ConsentBasis basis = ConsentBasis::MembersPresent;
    /// The person the decision is about (e.g. the member being excluded) has no consent right.
    /// They may still ask questions and react.
    bool excludesPersonConcerned = false;

    friend bool operator==(const ConsentRule&, const ConsentRule&) = default;
};

/// Takes a basis; returns its stable storage key ("members-present" or "all-members").
QString basisKey(ConsentBasis basis);

/// Takes a storage key; returns the basis. An unknown key gives MembersPresent and sets *ok to false.
ConsentBasis basisFromKey(const QString& key, bool* ok = nullptr);

/// Takes a rule; returns a sentence describing it in the current UI language, e.g.
/// "consent of all members, except the person concerned".
QString describeRule(const ConsentRule& rule);

} // namespace cercles
