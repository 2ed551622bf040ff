#pragma once

#include "ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// A correction of approved minutes (processes.md section 5: "a later correction is a new, recorded
/// amendment, never a silent edit"). Shown after the minutes it corrects.
struct MinutesAmendment
{
    qint64 id = 0;
    MeetingId meeting;
    QDate date;           ///< local calendar date of the correction
    QDateTime recordedAt; ///< UTC
    QString text;         ///< the correction, plain text
    PersonId by;          ///< who made it (may be invalid)

    friend bool operator==(const MinutesAmendment&, const MinutesAmendment&) = default;
};

/// The approval of a meeting's minutes by its circle (approbation du compte rendu). Once approved, the
/// minutes are frozen: `frozen` holds them as approved, and `frozenSha256` its hash (hex), so a later
/// change of the underlying record is detectable.
struct MinutesApproval
{
    MeetingId meeting;
    QDate approvedOn;        ///< local calendar date of the approving meeting
    QDateTime recordedAt;    ///< UTC
    QByteArray frozen;       ///< the minutes as approved (serialised by the export layer)
    QByteArray frozenSha256; ///< hex SHA-256 of `frozen`
    /// The head of the approval's hash chain (32 bytes, storage/recordchain.h), printed on the minutes so
    /// that `cercles-cli verify --head` can later prove the record was not rewritten. Not stored in the
    /// approval row: loaded from the chain.
    QByteArray chainHead;

    friend bool operator==(const MinutesApproval&, const MinutesApproval&) = default;
};

/// Where a meeting's minutes stand: a draft, or approved with any amendments, oldest first.
struct MinutesStatus
{
    std::optional<MinutesApproval> approval;
    QList<MinutesAmendment> amendments;

    bool isApproved() const { return approval.has_value(); }
};

} // namespace cercles
