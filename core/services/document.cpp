#include "document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cercles {

Document::Document(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_organisation(std::make_unique<OrganisationService>(*m_db)),
      m_meetings(std::make_unique<MeetingService>(*m_db, *m_organisation)),
      m_consent(std::make_unique<ConsentService>(*m_db, *m_organisation, *m_meetings)),
      m_elections(std::make_unique<ElectionService>(*m_db, *m_organisation, *m_meetings)),
      m_votes(std::make_unique<VoteService>(*m_db, *m_meetings))
{}

Document::~Document()
{
    m_votes.reset();
    m_elections.reset();
    m_consent.reset();
    m_meetings.reset();
    m_organisation.reset();
    m_db.reset();
}

Result<std::unique_ptr<Document>> Document::open(const QString& path, Database::Access access)
{
    auto db = Database::open(path, access);
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

} // namespace cercles
