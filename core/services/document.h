#pragma once

#include "consentservice.h"
#include "documentchange.h"
#include "domain/result.h"
#include "electionservice.h"
#include "meetingservice.h"
#include "organisationservice.h"
#include "storage/database.h"
#include "storage/recordchain.h"
#include "voteservice.h"

#include <memory>

namespace cercles {

/// An open organisation file and the services that work on it: what a window or a CLI command holds.
/// The services are created in dependency order and destroyed before the database.
class Document
{
public:
    /// Takes a path and the access wanted; opens the file (see Database::open for the checks and errors).
    /// Also an error: the organisation (circles, people) cannot be read from it.
    static Result<std::unique_ptr<Document>> open(const QString& path,
                                                  Database::Access access = Database::Access::ReadWrite,
                                                  Database::Check check = Database::Check::AtOpen);
    /// Takes a path that does not exist; creates an empty organisation file there (see Database::create).
    static Result<std::unique_ptr<Document>> create(const QString& path);
    /// Takes an open database; wraps it.
    explicit Document(std::unique_ptr<Database> db);
    ~Document();

    Database& database() { return *m_db; }
    OrganisationService& organisation() { return *m_organisation; }
    MeetingService& meetings() { return *m_meetings; }
    ConsentService& consent() { return *m_consent; }
    ElectionService& elections() { return *m_elections; }
    VoteService& votes() { return *m_votes; }
    /// Every committed change of the document, typed (which process, meeting or the organisation, and
    /// how): what views listen to, so that each updates only what changed.
    DocumentChanges& changes() { return *m_changes; }

    /// Recomputes the record's hash chain from the file (storage/recordchain.h) and compares it with its
    /// seals; returns what was found (firstBreak says, translated, where the record was altered). Errors:
    /// SQL failures. Takes about a quarter of a millisecond per link, one meeting's record in memory.
    Result<RecordChain::Verification> verifyRecord() const { return RecordChain::verify(m_db->connection()); }

    /// What the whole-file check of an opened file found.
    struct FileVerification
    {
        Result<void> sound; ///< SQLite's check of the whole file (Database::verify): the damage, translated
        QString recordAltered; ///< where the record was altered outside Cercles (translated), or empty
    };
    /// Takes a file's path; checks the whole file (SQLite's quick_check, then the record's hash chain)
    /// through read-only connections of its own, so a worker thread may run it while the window works on
    /// the file: each statement is short, so saves are not held up. Memory is that of one meeting's record.
    /// A file that cannot be read is reported in `sound`; the chain is then not checked.
    static FileVerification verifyFile(const QString& path);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrganisationService> m_organisation;
    std::unique_ptr<MeetingService> m_meetings;
    std::unique_ptr<ConsentService> m_consent;
    std::unique_ptr<ElectionService> m_elections;
    std::unique_ptr<VoteService> m_votes;
    std::unique_ptr<DocumentChanges> m_changes;
};

} // namespace cercles
