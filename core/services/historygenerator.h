#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>

#include <functional>

namespace cercles {

class Document;

/// The size of a generated organisation history (`cercles-cli generate`).
struct HistorySize
{
    int years = 10;            ///< whole years of meetings, ending on 31 December 2025
    int circles = 40;          ///< the first is the root circle, the next five its sub-circles
    int people = 600;          ///< about ten per circle are members at the start, the rest join later
    int meetingsPerYear = 300; ///< spread evenly over the years, each circle in turn at random
    quint64 seed = 1;          ///< same seed, same content
};

/// What a generated history holds.
struct HistoryCounts
{
    int meetings = 0;
    int processes = 0;
    int events = 0;
    int elections = 0;
    int votes = 0;
    int approvedMinutes = 0;
};

/// Freezes the minutes of a closed meeting, approved on a local date (the export library builds them:
/// approveMinutes in export/minutessnapshotbuilder.h).
using MinutesApprover = std::function<Result<void>(MeetingId meeting, QDate approvedOn)>;

/// Takes an empty organisation file, its size and how to approve minutes (empty: minutes stay drafts);
/// writes an organisation (circles with scopes, people, memberships, a facilitation role per circle) and
/// then its meetings, each recorded through the services in one transaction (Database::batch): agenda,
/// consent processes with clarifying and reaction rounds, consents with concerns, objections and their
/// integration, referrals to the parent circle, withdrawals, deferrals, membership entries and exits,
/// elections without candidates, majority-judgment votes, actions, and the approval of the circle's
/// previous minutes. Every instant comes from the generator's own clock and every choice from a
/// generator seeded with `size.seed`, so the same size and seed give the same file content. Texts are
/// French. Commits are not synced one by one (Database::setBulkWriting): the file is synced at the end.
/// Errors: the first service error, naming the meeting; the file then holds the meetings before.
Result<HistoryCounts> generateHistory(Document& document, const HistorySize& size,
                                      const MinutesApprover& approve = {});

} // namespace cercles
