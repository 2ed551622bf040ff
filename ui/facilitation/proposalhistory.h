#pragma once

#include "domain/consentprocess.h"
#include "domain/organisation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace cercles::ui {

/// Takes a consent process and the organisation (for names); returns its history as plain text for the
/// facilitation screen (issue 9): every version, oldest first, with the consent rounds held on it (the
/// latest answers counted), each objection raised in them and how it was integrated. Empty while the
/// proposal has a single version: the screen then shows the proposal alone.
QString proposalHistoryText(const ConsentProcess& process, const Organisation& org);

/// What was said on a proposal in an earlier meeting, when the proposal in front continues it (issue 10):
/// deferred by this circle, or referred by a sub-circle.
struct EarlierProposal
{
    bool referral = false; ///< referred by a sub-circle (otherwise deferred in this circle)
    QString circle;        ///< the earlier meeting's circle as a sentence names it (circleNoun)
    QDate date;            ///< the earlier meeting's local date
    QString reason;        ///< why it was deferred or referred
    QList<std::pair<QString, QString>> questions, reactions; ///< who asked or reacted, and what
};

/// Takes the earlier process, the organisation, the circle of the proposal in front and the earlier
/// meeting's local date; returns what the earlier process says of the proposal: where it comes from (a
/// referral when its circle is another one), the reason for the deferral or referral and every question and
/// reaction, in order.
EarlierProposal earlierProposal(const ConsentProcess& earlier, const Organisation& org, CircleId current,
                                QDate date);

/// Takes what an earlier meeting said; returns it as plain text for the facilitation screen, as the minutes
/// print it: where it comes from, the reason given, the questions and reactions then.
QString earlierProposalText(const EarlierProposal& earlier);

} // namespace cercles::ui
