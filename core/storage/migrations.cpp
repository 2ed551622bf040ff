#include "migrations.h"

#include "recordchain.h"
#include "sqlhelpers.h"
#include "voterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace cercles {

QList<Migration> migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/storage/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read migration %s", qPrintable(fileName));
            Migration m;
            m.version = fileName.section(QLatin1Char('_'), 0, 0).toInt();
            m.name = fileName.section(QLatin1Char('_'), 1).chopped(4);
            m.sql = file.readAll();
            list << m;
        }
        return list;
    }();
    return all;
}

namespace {

/// File format 5, C++ part: each vote's ballots (one row each, in cast order, with their cast time) go into
/// its ballot box in canonical order and the old tables are dropped (secure_delete zeroes their pages); then
/// every closed meeting, oldest first, and every approval, in the order recorded, is sealed.
Result<void> upgradeToRecordChain(const QSqlDatabase& db)
{
    using namespace sql;
    auto votes = exec(db, QStringLiteral("SELECT id FROM vote ORDER BY id"));
    if (!votes)
        return Error{votes.error()};
    QList<qint64> voteIds;
    for (QSqlQuery rows = std::move(votes).value(); rows.next();)
        voteIds << rows.value(0).toLongLong();
    for (qint64 vote : voteIds) {
        auto options = exec(
            db, QStringLiteral("SELECT id FROM vote_option WHERE vote_id = ? ORDER BY position"), {vote});
        if (!options)
            return Error{options.error()};
        QList<qint64> optionIds;
        for (QSqlQuery rows = std::move(options).value(); rows.next();)
            optionIds << rows.value(0).toLongLong();
        auto grades =
            exec(db,
                 QStringLiteral("SELECT b.id, g.option_id, g.grade FROM ballot b LEFT JOIN ballot_grade g "
                                "ON g.ballot_id = b.id WHERE b.vote_id = ? ORDER BY b.id"),
                 {vote});
        if (!grades)
            return Error{grades.error()};
        QList<CastBallot> ballots;
        qint64 current = 0;
        for (QSqlQuery rows = std::move(grades).value(); rows.next();) {
            if (rows.value(0).toLongLong() != current) {
                current = rows.value(0).toLongLong();
                ballots << CastBallot{QList<int>(optionIds.size(), -1)};
            }
            const qsizetype option = optionIds.indexOf(rows.value(1).toLongLong());
            if (option >= 0)
                ballots.last().grades[option] = rows.value(2).toInt();
        }
        auto voterRows =
            exec(db, QStringLiteral("SELECT person_id FROM vote_voter WHERE vote_id = ?"), {vote});
        if (!voterRows)
            return Error{voterRows.error()};
        QList<PersonId> voters;
        for (QSqlQuery rows = std::move(voterRows).value(); rows.next();)
            voters << PersonId(rows.value(0).toLongLong());
        if (auto r = VoteRepository::storeBallotBox(db, VoteId(vote), ballots, voters); !r)
            return r;
    }
    for (const char* table : {"ballot_grade", "ballot", "vote_voter"}) {
        if (auto r = run(db, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))); !r)
            return r;
    }

    auto closed =
        exec(db, QStringLiteral("SELECT id FROM meeting WHERE status = 'closed' ORDER BY start_utc, id"));
    if (!closed)
        return Error{closed.error()};
    QList<qint64> meetings;
    for (QSqlQuery rows = std::move(closed).value(); rows.next();)
        meetings << rows.value(0).toLongLong();
    for (qint64 meeting : meetings) {
        if (auto r = RecordChain::sealMeeting(db, MeetingId(meeting)); !r)
            return r;
    }
    auto approved =
        exec(db, QStringLiteral("SELECT meeting_id FROM minutes_approval ORDER BY recorded_utc, meeting_id"));
    if (!approved)
        return Error{approved.error()};
    QList<qint64> approvals;
    for (QSqlQuery rows = std::move(approved).value(); rows.next();)
        approvals << rows.value(0).toLongLong();
    for (qint64 meeting : approvals) {
        if (auto r = RecordChain::extend(db, QStringLiteral("approval/%1").arg(meeting)); !r)
            return r;
    }
    return {};
}

/// Runs a script on the handle; returns SQLite's message on failure.
Result<void> execScript(sqlite3* handle, const QByteArray& script)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString reason = QString::fromUtf8(message);
    sqlite3_free(message);
    return Error{reason};
}

} // namespace

Result<void> migrate(const QSqlDatabase& db, sqlite3* handle, int fromVersion)
{
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        Result<void> done = execScript(handle, "BEGIN IMMEDIATE;\n" + m.sql);
        if (done && m.version == 5)
            done = upgradeToRecordChain(db);
        if (done)
            done =
                execScript(handle, "PRAGMA user_version = " + QByteArray::number(m.version) + ";\nCOMMIT;");
        if (!done) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error{
                QCoreApplication::translate("Database", "Upgrading the file to format %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.name, done.error())};
        }
    }
    return {};
}

} // namespace cercles
