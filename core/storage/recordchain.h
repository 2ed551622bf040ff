#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The hash chain that makes the record tamper-evident (file format 7, migration record_chain). The one place
/// that computes links: the writers (sealing a meeting, recording an approval) and the verifier (`cercles-cli
/// check` / `verify`, opening a file) both go through linkOf() over the facts read by the same queries.
///
/// Chains, each a list of facts in the order they were recorded:
/// - "consent/<id>": the proposal as set up, its members, then every consent event by seq;
/// - "election/<id>": the election as set up, its members, then every election event by seq;
/// - "vote/<id>": the vote, its grades, its options, the ballot box, the voters, the paper counts, its
///   closing (the ballots are one fact, in their canonical order, so the chain says nothing of cast order);
/// - "meeting/<id>": each agenda item, each action, the attendance (by person id), the head of each item's
///   chain as it stood at the close (late consents come after), then the meeting row itself (its closing);
///   its last link is the meeting's head;
/// - "approval/<meeting id>": the approval (the frozen minutes, their SHA-256 recomputed, the meeting's head
///   and the head of the previous approval in the same circle), then each amendment. Its first link is the
///   approval's head, printed on the approved minutes and in the register.
/// One chain per process, election, vote, meeting and approval, rather than one for the whole file, so that
/// two copies recorded apart can later be merged without forking a single chain.
///
/// Canonical encoding, version 1 (documented in the user guide too). A fact is the bytes
///   "cercles-fact-v1" 0x00, field(kind), then its values; a fact over several rows puts 'R' before each row.
///   field: 'N' for NULL; 'I' + 8-byte big-endian two's complement integer; 'T' + 4-byte big-endian byte
///   length + UTF-8 text; 'B' + 4-byte length + bytes.
/// link(1) = SHA-256("cercles-link-v1" 0x00, field(chain name), 32 zero bytes, fact(1));
/// link(n) = SHA-256("cercles-link-v1" 0x00, field(chain name), link(n-1), fact(n)).
namespace cercles::RecordChain {

/// Takes a chain's name, the previous link (empty for the first fact) and a fact's encoding; returns the
/// 32-byte link.
QByteArray linkOf(const QString& chain, const QByteArray& previous, const QByteArray& fact);

// Writes run inside the caller's transaction.

/// Takes a meeting that is being closed; writes the links of every chain of its record (its items'
/// processes, elections and votes, then the meeting itself). From then on the schema's triggers refuse to
/// change or delete its record.
Result<void> sealMeeting(const QSqlDatabase& db, MeetingId meeting);
/// Seals every closed meeting (oldest first) and every approval (in the order recorded) of a file that has
/// just been upgraded to the chained format. Run once, inside the upgrade's transaction.
Result<void> sealExistingRecord(const QSqlDatabase& db);
/// Takes a meeting; returns whether it is sealed.
Result<bool> isSealed(const QSqlDatabase& db, MeetingId meeting);
/// Takes a chain ("consent/12", "approval/7"...); links the facts recorded since its last link (a consent
/// given after the meeting, an approval, an amendment). Nothing to do when all are linked.
Result<void> extend(const QSqlDatabase& db, const QString& chain);
/// Takes a chain; removes the links of facts that no longer exist (undo of a consent given after the
/// meeting; the schema refuses it for any other fact).
Result<void> truncate(const QSqlDatabase& db, const QString& chain);

/// Takes a meeting; returns the head of its approval (32 bytes) as stored, empty when not approved.
Result<QByteArray> approvalHead(const QSqlDatabase& db, MeetingId meeting);

/// Returns the head of every approval as stored (32 bytes), by meeting id, read in one query: what the
/// register prints beside each decision of approved minutes. Errors: SQL failures.
Result<QHash<qint64, QByteArray>> approvalHeads(const QSqlDatabase& db);

/// What the verifier found.
struct Verification
{
    int chains = 0; ///< chains checked
    int links = 0;  ///< links checked
    /// The first broken link, in words (translated): which meeting, which item, what changed. Empty when
    /// the record is intact.
    QString firstBreak;
    MeetingId meeting; ///< the meeting of the first break (invalid when intact or not tied to a meeting)
    bool ok() const { return firstBreak.isEmpty(); }
};

/// Takes a file's connection and, optionally, a head printed on minutes that were sent out (32 bytes);
/// recomputes every chain from the facts as they are now and compares it with the stored links. With a
/// head, also requires it to be the stored head of an approval and to be re-derived from the current facts:
/// this proves that nothing it covers was rewritten, even by someone who recomputed every link or
/// re-approved. Errors: SQL failures only (a broken chain is a Verification with firstBreak set).
Result<Verification> verify(const QSqlDatabase& db, const QByteArray& head = {});

} // namespace cercles::RecordChain
