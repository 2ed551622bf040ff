#include "document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cercles {

Document::Document(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_organisation(std::make_unique<OrganisationService>(*m_db)),
      m_meetings(std::make_unique<MeetingService>(*m_db, *m_organisation)),
      m_consent(std::make_unique<ConsentService>(*m_db, *m_organisation, *m_meetings)),
      m_elections(std::make_unique<ElectionService>(*m_db, *m_organisation, *m_meetings)),
      m_votes(std::make_unique<VoteService>(*m_db, *m_meetings)),
      m_changes(std::make_unique<DocumentChanges>())
{
    // One stream for the views: the services' own signals, typed.
    DocumentChanges* changes = m_changes.get();
    QObject::connect(m_consent.get(), &ConsentService::changed, changes, &DocumentChanges::changed);
    QObject::connect(m_meetings.get(), &MeetingService::meetingChanged, changes, [changes](MeetingId id) {
        emit changes->changed(
            {DocumentChange::Subject::Meeting, DocumentChange::How::Changed, id.value(), {}, {}});
    });
    QObject::connect(m_meetings.get(), &MeetingService::meetingsChanged, changes, [changes] {
        emit changes->changed({DocumentChange::Subject::Meetings, DocumentChange::How::Changed, 0, {}, {}});
    });
    QObject::connect(m_organisation.get(), &OrganisationService::changed, changes, [changes] {
        emit changes->changed(
            {DocumentChange::Subject::Organisation, DocumentChange::How::Changed, 0, {}, {}});
    });
}

Document::~Document()
{
    m_changes.reset();
    m_votes.reset();
    m_elections.reset();
    m_consent.reset();
    m_meetings.reset();
    m_organisation.reset();
    m_db.reset();
}

Result<std::unique_ptr<Document>> Document::open(const QString& path, Database::Access access,
                                                 Database::Check check)
{
    auto db = Database::open(path, access, check);
    if (!db)
        return Error{db.error()};
    auto document = std::make_unique<Document>(std::move(db).value());
    if (const QString failed = document->organisation().loadError(); !failed.isEmpty())
        return Error{QCoreApplication::translate("Database", "The organisation in %1 cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), failed)};
    return document;
}

Result<std::unique_ptr<Document>> Document::create(const QString& path)
{
    auto db = Database::create(path);
    if (!db)
        return Error{db.error()};
    return std::make_unique<Document>(std::move(db).value());
}

Document::FileVerification Document::verifyFile(const QString& path)
{
    FileVerification found{Database::verify(path), {}};
    if (!found.sound)
        return found;
    Result<std::unique_ptr<Database>> db = Database::openForInspection(QFileInfo(path).absoluteFilePath());
    if (!db) {
        found.sound = Error{db.error()};
        return found;
    }
    const Result<RecordChain::Verification> record = RecordChain::verify(db.value()->connection());
    if (!record)
        found.recordAltered = record.error();
    else if (!record->ok())
        found.recordAltered = record->firstBreak;
    return found;
}

} // namespace cercles
