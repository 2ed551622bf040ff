#include "minutesservice.h"

#include "meetingservice.h"
#include "storage/database.h"
#include "storage/minutesrepository.h"
#include "storage/recordchain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace cercles {

namespace Repo = MinutesRepository;

MinutesService::MinutesService(Database& db, MeetingService& meetings, QObject* parent)
    : QObject(parent), m_db(db), m_meetings(meetings)
{}

QByteArray MinutesService::sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Result<MinutesStatus> MinutesService::status(MeetingId meeting) const
{
    auto approval = Repo::approval(m_db.connection(), meeting);
    if (!approval)
        return Error{approval.error()};
    auto amendments = Repo::amendments(m_db.connection(), meeting);
    if (!amendments)
        return Error{amendments.error()};
    return MinutesStatus{approval.value(), amendments.value()};
}

Result<QHash<MeetingId, QDate>> MinutesService::approvalDates() const
{
    return Repo::approvalDates(m_db.connection());
}

Result<void> MinutesService::approve(MeetingId meeting, QDate approvedOn, const QByteArray& frozen)
{
    Result<Meeting> m = m_meetings.meeting(meeting);
    if (!m)
        return Error{m.error()};
    if (m->status != MeetingStatus::Closed)
        return Error{tr("Close the meeting before approving its minutes.")};
    if (!approvedOn.isValid() || approvedOn < m->localDate()) {
        return Error{tr("The minutes cannot be approved before the meeting itself (%1).")
                         .arg(QLocale().toString(m->localDate(), QLocale::ShortFormat))};
    }
    if (frozen.isEmpty())
        return Error{tr("There are no minutes to approve.")};
    Result<void> done = m_db.transact([&]() -> Result<void> {
        auto existing = Repo::approval(m_db.connection(), meeting);
        if (!existing)
            return Error{existing.error()};
        if (existing.value())
            return Error{tr("These minutes are already approved: correct them with an amendment.")};
        // Approvals of a circle are chained in the order recorded: keep that order strict even when two
        // are recorded within the same millisecond (or the clock went back).
        auto latest = Repo::latestApprovalRecorded(m_db.connection(), m->circle);
        if (!latest)
            return Error{latest.error()};
        QDateTime recorded = m_clock();
        if (latest->isValid() && recorded <= *latest)
            recorded = latest->addMSecs(1);
        if (auto a = Repo::insertApproval(
                m_db.connection(),
                MinutesApproval{meeting, approvedOn, recorded, frozen, sha256Hex(frozen), {}});
            !a)
            return a;
        return RecordChain::extend(m_db.connection(), QStringLiteral("approval/%1").arg(meeting.value()));
    });
    if (done)
        emit minutesChanged(meeting);
    return done;
}

Result<qint64> MinutesService::amend(MeetingId meeting, QDate date, const QString& text, PersonId by)
{
    if (text.trimmed().isEmpty())
        return Error{tr("Write the correction.")};
    qint64 id = 0;
    Result<void> done = m_db.transact([&]() -> Result<void> {
        auto approval = Repo::approval(m_db.connection(), meeting);
        if (!approval)
            return Error{approval.error()};
        if (!approval.value())
            return Error{tr("These minutes are still a draft: correct the meeting's record instead.")};
        if (!date.isValid() || date < approval.value()->approvedOn) {
            return Error{tr("An amendment cannot be dated before the approval (%1).")
                             .arg(QLocale().toString(approval.value()->approvedOn, QLocale::ShortFormat))};
        }
        auto inserted = Repo::insertAmendment(
            m_db.connection(), MinutesAmendment{0, meeting, date, m_clock(), text.trimmed(), by});
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return RecordChain::extend(m_db.connection(), QStringLiteral("approval/%1").arg(meeting.value()));
    });
    if (!done)
        return Error{done.error()};
    emit minutesChanged(meeting);
    return id;
}

} // namespace cercles
