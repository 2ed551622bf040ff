#pragma once

#include "domain/decisionentry.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace cercles::RegisterRepository {

/// Takes a register entry (decisionEntryFor: names not needed) and whether its words (title, texts)
/// may have changed; writes it as its process's row of the register projection (consent_register),
/// replacing any earlier row, and with `words` its row of the full-text index. Runs in the caller's
/// transaction, so the row changes with the event that changes it.
/// `lastSeq` is the seq of the log's last event (0 for none): a row whose log has changed since is replayed
/// when read.
Result<void> store(const QSqlDatabase& db, const DecisionEntry& entry, int lastSeq, bool words = true);
/// Takes a process and the seq of its log's new last event; records that its unchanged row is up to date
/// with the log (an answer that changes nothing the register shows).
Result<void> advance(const QSqlDatabase& db, ConsentProcessId process, int lastSeq);
/// Takes a process; deletes its register row and index row (undo of its start).
Result<void> remove(const QSqlDatabase& db, ConsentProcessId process);
/// Takes a process; rebuilds its register row from its stored setup and log (replayed once). For the
/// rare changes that are not consent events (an agenda item's title, a meeting's date) and the fill of
/// schema step 6. A log the consent engine refuses, or whose agenda item or meeting cannot be read, is
/// stored as a damaged entry (DecisionEntry::damage), so one bad record never hides the others.
/// Errors: storage errors.
Result<void> refresh(const QSqlDatabase& db, ConsentProcessId process);
/// Takes a meeting; refreshes the register rows of its processes.
Result<void> refreshMeeting(const QSqlDatabase& db, MeetingId meeting);
/// Rebuilds the whole projection from the logs (the schema step's fill; `cercles-cli check` compares).
Result<void> rebuild(const QSqlDatabase& db);

/// Where a page of the register starts: after this entry in the register's order (date, start, id).
struct Cursor
{
    QDate date;
    QDateTime startedAt;
    ConsentProcessId process; ///< invalid: from the first entry
};

/// Takes a filter (RegisterFilter: the search is matched by word prefix against the full-text index,
/// folding case, accents and ligatures), the day the register is looked at (local date, for "review
/// due"), a cursor and a page size (<= 0: no limit); returns the entries after the cursor, in the
/// register's order (date, then start), names joined. A row whose log changed since it was written (not
/// through Cercles) is replayed on the spot, and shown damaged when its log cannot be replayed.
/// `matching` is how many entries the filter lets through when the caller counted them (count()), else
/// -1: it only chooses how a search's page is found, never what it holds. Errors: storage errors.
Result<QList<DecisionEntry>> read(const QSqlDatabase& db, const RegisterFilter& filter, QDate today,
                                  const Cursor& after = {}, int limit = 0, int matching = -1);
/// Same filter; returns how many entries it lets through.
Result<int> count(const QSqlDatabase& db, const RegisterFilter& filter, QDate today);
/// Takes a process; returns its entry as its log gives it now (names not joined), or the damaged entry
/// that says why it cannot be read. `lastSeq`, when given, receives the seq of the log's last event.
DecisionEntry replayedEntry(const QSqlDatabase& db, ConsentProcessId process, int* lastSeq = nullptr);

/// Takes a process, the day and a filter; returns its entry (names joined), or std::nullopt when it has no
/// register row or the filter does not let it through.
Result<std::optional<DecisionEntry>> entry(const QSqlDatabase& db, ConsentProcessId process, QDate today,
                                           const RegisterFilter& filter = {});

/// Takes what the user typed; returns the FTS5 query that finds every word as a prefix, ligatures spelt
/// out (empty for blank input). Quotes are doubled, so any text is a valid query.
QString searchQuery(const QString& typed);

} // namespace cercles::RegisterRepository
