#include "recordchain.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace cercles::RecordChain {

namespace {

/// Translations of this file, in the "RecordChain" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordChain)
};

constexpr char factHeader[] = "cercles-fact-v1";
constexpr char linkHeader[] = "cercles-link-v1";

void putLength(QByteArray& out, qsizetype size)
{
    char b[4];
    qToBigEndian<quint32>(quint32(size), b);
    out.append(b, 4);
}

void putField(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += 'N';
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: {
        char b[8];
        qToBigEndian<qint64>(v.toLongLong(), b);
        out += 'I';
        out.append(b, 8);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        out += 'B';
        putLength(out, bytes.size());
        out += bytes;
        return;
    }
    default: {
        const QByteArray utf8 = v.toString().toUtf8();
        out += 'T';
        putLength(out, utf8.size());
        out += utf8;
    }
    }
}

QByteArray factStart(const QString& kind)
{
    QByteArray out(factHeader, sizeof factHeader); // with its terminating 0x00
    putField(out, kind);
    return out;
}

/// One fact of a chain: what the verifier calls it ("event 5"), its bytes, and whether it was given after
/// the meeting (a late consent, which comes after the meeting's seal).
struct Fact
{
    QString key;
    QByteArray bytes;
    bool late = false;
};

struct StoredLink
{
    QString fact;
    QByteArray link;
};

/// The kind and id of a chain name ("consent/12").
struct ChainName
{
    QString kind;
    qint64 id = 0;
};

ChainName parse(const QString& chain)
{
    return {chain.section(QLatin1Char('/'), 0, 0), chain.section(QLatin1Char('/'), 1).toLongLong()};
}

/// A query over one table of the record: `sql` selects the key column first (which chain the row belongs
/// to), then the values hashed, with %1 where the filter on the key goes; `key` names the key column.
struct Source
{
    QString key;
    QString sql;
};

/// Reads facts and links. With recompute, links() are derived from the facts as they are now (the
/// verifier); otherwise they are the stored links (the writers, so that a new link builds on what was
/// sealed and never blesses a change made behind the file's back). With recompute, each source is read
/// once for the whole file (one query per table, not per chain), so checking a decade stays fast.
class Chains
{
public:
    /// `recompute`: links are worked out from the facts (the verifier) rather than read as stored (the
    /// writers). `preload`: each source is read once for every chain, which is faster but holds the whole
    /// record in memory; without it each chain's rows are read by key, so memory stays that of one meeting.
    Chains(const QSqlDatabase& db, bool recompute, bool preload = false)
        : m_db(db), m_recompute(recompute), m_preload(preload)
    {}

    Result<QSqlQuery*> query(const QString& sql, const QVariantList& values = {})
    {
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                return Error{Text::tr("The file could not be read: %1").arg(sql::describe(q.lastError()))};
            it = m_prepared.insert(sql, q);
        }
        QSqlQuery* q = &it.value();
        q->finish();
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values.at(i));
        if (!q->exec())
            return Error{Text::tr("The file could not be read: %1").arg(sql::describe(q->lastError()))};
        return q;
    }

    /// Takes a source and a chain's id; returns its rows (without the key column), in the source's order.
    Result<QList<QVariantList>> rows(const Source& source, qint64 id)
    {
        if (m_preload) {
            auto loaded = m_rows.find(source.sql);
            if (loaded == m_rows.end()) {
                auto q = query(source.sql.arg(QString()));
                if (!q)
                    return Error{q.error()};
                QHash<qint64, QList<QVariantList>> byKey;
                while ((*q)->next())
                    byKey[(*q)->value(0).toLongLong()] << values(**q);
                loaded = m_rows.insert(source.sql, byKey);
            }
            return loaded->value(id);
        }
        auto q = query(source.sql.arg(QStringLiteral("WHERE ") + source.key + QStringLiteral(" = ?")), {id});
        if (!q)
            return Error{q.error()};
        QList<QVariantList> result;
        while ((*q)->next())
            result << values(**q);
        return result;
    }

    /// All rows of a source as one fact.
    Result<void> bundle(QList<Fact>& facts, const QString& key, const Source& source, qint64 id)
    {
        auto r = rows(source, id);
        if (!r)
            return Error{r.error()};
        Fact f{key, factStart(key)};
        for (const QVariantList& row : r.value()) {
            f.bytes += 'R';
            for (const QVariant& v : row)
                putField(f.bytes, v);
        }
        facts << f;
        return {};
    }

    /// Each row of a source as one fact; keyOf names it from the row.
    Result<void> perRow(QList<Fact>& facts, const QString& kind, const Source& source, qint64 id,
                        const std::function<Fact(const QVariantList&)>& keyOf)
    {
        auto r = rows(source, id);
        if (!r)
            return Error{r.error()};
        for (const QVariantList& row : r.value()) {
            Fact f = keyOf(row);
            f.bytes = factStart(kind);
            f.bytes += 'R';
            for (const QVariant& v : row)
                putField(f.bytes, v);
            facts << f;
        }
        return {};
    }

    Result<QList<Fact>> facts(const QString& chain);
    Result<QList<QByteArray>> links(const QString& chain);
    Result<QList<StoredLink>> stored(const QString& chain);
    Result<QStringList> subChains(qint64 meeting);
    /// Drops the facts and links worked out so far, so that verifying a decade holds one meeting's record
    /// at a time; the approvals' heads are kept (each approval's chain starts from the previous one's).
    void forgetFacts()
    {
        m_facts.clear();
        m_links.removeIf([](const auto& entry) { return !entry.key().startsWith(u"approval/"); });
    }
    /// How many facts of an item's chain the meeting's seal covers: all but the consents given after it.
    static qsizetype sealedPrefix(const QList<Fact>& facts)
    {
        qsizetype n = facts.size();
        while (n > 0 && facts.at(n - 1).late)
            --n;
        return n;
    }

private:
    static QVariantList values(const QSqlQuery& q)
    {
        QVariantList row;
        for (int c = 1, n = q.record().count(); c < n; ++c)
            row << q.value(c);
        return row;
    }
    Result<void> approvalFacts(QList<Fact>& facts, qint64 meeting);
    /// Takes an approved meeting; returns the previous approval of its circle in the order recorded
    /// (0: none).
    Result<qint64> previousApproval(qint64 meeting);

    QSqlDatabase m_db;
    bool m_recompute;
    bool m_preload;
    QHash<QString, QSqlQuery> m_prepared;
    QHash<QString, QHash<qint64, QList<QVariantList>>> m_rows;
    QHash<QString, QList<QByteArray>> m_links;
    QHash<QString, QList<Fact>> m_facts;
    std::optional<QHash<QString, QList<StoredLink>>> m_stored;
    std::optional<QList<std::pair<qint64, qint64>>> m_approvals; ///< (meeting, circle) in recording order
};

Result<QStringList> Chains::subChains(qint64 meeting)
{
    static const Source items{
        QStringLiteral("meeting_id"),
        QStringLiteral(
            "SELECT meeting_id, chain FROM (SELECT a.meeting_id AS meeting_id, 'consent/' || p.id AS "
            "chain, a.position AS position FROM consent_process p JOIN agenda_item a ON a.id = "
            "p.agenda_item_id UNION ALL SELECT a.meeting_id, 'election/' || e.id, a.position FROM "
            "election e JOIN agenda_item a ON a.id = e.agenda_item_id UNION ALL SELECT a.meeting_id, "
            "'vote/' || v.id, a.position FROM vote v JOIN agenda_item a ON a.id = v.agenda_item_id) %1 "
            "ORDER BY meeting_id, position, chain")};
    auto r = rows(items, meeting);
    if (!r)
        return Error{r.error()};
    QStringList chains;
    for (const QVariantList& row : r.value())
        chains << row.at(0).toString();
    return chains;
}

Result<qint64> Chains::previousApproval(qint64 meeting)
{
    if (!m_approvals) {
        auto q =
            query(QStringLiteral("SELECT a.meeting_id, m.circle_id FROM minutes_approval a JOIN meeting m ON "
                                 "m.id = a.meeting_id ORDER BY a.recorded_utc, a.meeting_id"));
        if (!q)
            return Error{q.error()};
        m_approvals.emplace();
        while ((*q)->next())
            m_approvals->append({(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()});
    }
    const auto self = std::find_if(m_approvals->cbegin(), m_approvals->cend(),
                                   [meeting](const auto& a) { return a.first == meeting; });
    if (self == m_approvals->cend())
        return qint64(0);
    for (auto it = self; it != m_approvals->cbegin();) {
        --it;
        if (it->second == self->second)
            return it->first;
    }
    return qint64(0);
}

Result<QList<Fact>> Chains::facts(const QString& chain)
{
    if (auto cached = m_facts.constFind(chain); cached != m_facts.cend())
        return cached.value();
    const ChainName name = parse(chain);
    QList<Fact> facts;
    Result<void> r;
    const auto numbered = [](const QString& word, int column) {
        return [word, column](const QVariantList& row) {
            return Fact{word + QLatin1Char(' ') + row.at(column).toString(), {}};
        };
    };
    const auto source = [](const char* key, const char* sql) {
        return Source{QString::fromLatin1(key), QString::fromUtf8(sql)};
    };
    if (name.kind == QLatin1String("consent")) {
        static const Source proposal = source(
            "id", "SELECT id, id, agenda_item_id, kind, circle_id, proposal_text, driver, responsible_id, "
                  "review_date, scope_item_id, rule_basis, rule_excludes_concerned, person_concerned_id, "
                  "created_utc, referred_from_id FROM consent_process %1 ORDER BY id");
        static const Source members = source(
            "process_id", "SELECT process_id, position, person_id FROM consent_process_member %1 ORDER BY "
                          "process_id, position");
        static const Source events =
            source("process_id",
                   "SELECT process_id, seq, id, kind, at_utc, person_id, text, present, method, review_date, "
                   "given_after_meeting, circle_id FROM consent_event %1 ORDER BY process_id, seq");
        r = bundle(facts, QStringLiteral("proposal"), proposal, name.id);
        if (r)
            r = bundle(facts, QStringLiteral("members"), members, name.id);
        if (r)
            r = perRow(facts, QStringLiteral("consent event"), events, name.id, [](const QVariantList& row) {
                const bool late = row.at(9).toInt() == 1;
                return Fact{(late ? QStringLiteral("late event ") : QStringLiteral("event ")) +
                                row.at(0).toString(),
                            {},
                            late};
            });
    } else if (name.kind == QLatin1String("election")) {
        static const Source setup = source(
            "id",
            "SELECT id, id, agenda_item_id, circle_id, role_id, role_name, role_description, term_start, "
            "term_end, qualifications, created_utc FROM election %1 ORDER BY id");
        static const Source members =
            source("election_id",
                   "SELECT election_id, position, person_id FROM election_member %1 ORDER BY election_id, "
                   "position");
        static const Source events =
            source("election_id",
                   "SELECT election_id, seq, id, kind, at_utc, person_id, nominee_id, text, present, "
                   "start_date, end_date, role_name FROM election_event %1 ORDER BY election_id, seq");
        r = bundle(facts, QStringLiteral("setup"), setup, name.id);
        if (r)
            r = bundle(facts, QStringLiteral("members"), members, name.id);
        if (r)
            r = perRow(facts, QStringLiteral("election event"), events, name.id,
                       numbered(QStringLiteral("event"), 0));
    } else if (name.kind == QLatin1String("vote")) {
        static const QList<std::pair<QString, Source>> parts{
            {QStringLiteral("setup"),
             source(
                 "id",
                 "SELECT id, id, agenda_item_id, title, default_scale, fill_rule, fill_grade, participants, "
                 "created_utc FROM vote %1 ORDER BY id")},
            {QStringLiteral("grades"),
             source("vote_id",
                    "SELECT vote_id, position, name FROM vote_grade %1 ORDER BY vote_id, position")},
            {QStringLiteral("options"),
             source("vote_id",
                    "SELECT vote_id, id, position, label FROM vote_option %1 ORDER BY vote_id, position")},
            // One fact for all ballots, in the box's canonical order: the chain carries no cast order.
            {QStringLiteral("ballots"),
             source("vote_id", "SELECT vote_id, ballots FROM vote_ballots %1 ORDER BY vote_id")},
            {QStringLiteral("voters"),
             source("vote_id", "SELECT vote_id, person_ids FROM vote_voters %1 ORDER BY vote_id")},
            {QStringLiteral("paper counts"),
             source("vote_id", "SELECT vote_id, option_id, grade, count FROM vote_tally %1 ORDER BY vote_id, "
                               "option_id, grade")}};
        // Results set aside by a reopening (schema step 10), one fact each: a vote never reopened has none,
        // so the chains sealed before that step are unchanged.
        static const Source reopenings =
            source("vote_id", "SELECT vote_id, seq, closed_utc, reopened_utc, reason, tallies FROM "
                              "vote_reopening %1 ORDER BY vote_id, seq");
        static const Source closing = source("id", "SELECT id, status, closed_utc FROM vote %1 ORDER BY id");
        for (const auto& [key, part] : parts) {
            if (r)
                r = bundle(facts, key, part, name.id);
        }
        if (r)
            r = perRow(facts, QStringLiteral("vote reopening"), reopenings, name.id,
                       numbered(QStringLiteral("reopening"), 0));
        if (r)
            r = bundle(facts, QStringLiteral("closing"), closing, name.id);
    } else if (name.kind == QLatin1String("meeting")) {
        static const Source items = source(
            "meeting_id", "SELECT meeting_id, position, id, kind, title, notes, person_concerned_id, state, "
                          "taken_up_from_id FROM agenda_item %1 ORDER BY meeting_id, position, id");
        // An information item's content (format 8): one fact per item that has one, so that meetings sealed
        // before the column existed keep their links.
        static const Source contents = source(
            "meeting_id", "SELECT meeting_id, position, id, content FROM (SELECT * FROM agenda_item WHERE "
                          "content <> '') %1 ORDER BY meeting_id, position, id");
        static const Source actions =
            source("i.meeting_id",
                   "SELECT i.meeting_id, a.id, a.agenda_item_id, a.person_id, a.text, a.due_date FROM "
                   "action_item a JOIN agenda_item i ON i.id = a.agenda_item_id %1 ORDER BY i.meeting_id, "
                   "a.id");
        static const Source attendance =
            source("meeting_id",
                   "SELECT meeting_id, person_id, position, status FROM attendance %1 ORDER BY meeting_id, "
                   "person_id");
        static const Source closing = source(
            "id",
            "SELECT id, id, circle_id, start_utc, time_zone, place, facilitator_id, secretary_id, language, "
            "status, next_meeting FROM meeting %1 ORDER BY id");
        r = perRow(facts, QStringLiteral("agenda item"), items, name.id, [](const QVariantList& row) {
            return Fact{QStringLiteral("item ") + QString::number(row.at(0).toLongLong() + 1), {}};
        });
        if (r)
            r = perRow(
                facts, QStringLiteral("agenda item content"), contents, name.id, [](const QVariantList& row) {
                    return Fact{QStringLiteral("content ") + QString::number(row.at(0).toLongLong() + 1), {}};
                });
        if (r)
            r = perRow(facts, QStringLiteral("action"), actions, name.id,
                       numbered(QStringLiteral("action"), 0));
        if (r)
            r = bundle(facts, QStringLiteral("attendance"), attendance, name.id);
        Result<QStringList> subs = r ? subChains(name.id) : Result<QStringList>(Error{r.error()});
        if (!subs)
            return Error{subs.error()};
        for (const QString& item : subs.value()) {
            auto itemFacts = this->facts(item);
            if (!itemFacts)
                return Error{itemFacts.error()};
            auto itemLinks = links(item);
            if (!itemLinks)
                return Error{itemLinks.error()};
            const qsizetype covered = sealedPrefix(itemFacts.value());
            Fact head{QStringLiteral("head ") + item, factStart(QStringLiteral("chain head"))};
            putField(head.bytes, item);
            putField(head.bytes, qint64(covered));
            putField(head.bytes,
                     covered > 0 && covered <= itemLinks->size() ? itemLinks->at(covered - 1) : QByteArray());
            facts << head;
        }
        r = bundle(facts, QStringLiteral("closing"), closing, name.id);
    } else if (name.kind == QLatin1String("approval")) {
        static const Source amendments =
            source("meeting_id",
                   "SELECT meeting_id, id, meeting_id, amended_on, recorded_utc, text, by_person_id FROM "
                   "minutes_amendment %1 ORDER BY meeting_id, id");
        r = approvalFacts(facts, name.id);
        if (r)
            r = perRow(facts, QStringLiteral("amendment"), amendments, name.id,
                       numbered(QStringLiteral("amendment"), 0));
    }
    if (!r)
        return Error{r.error()};
    m_facts.insert(chain, facts);
    return facts;
}

Result<void> Chains::approvalFacts(QList<Fact>& facts, qint64 meeting)
{
    static const Source approval{
        QStringLiteral("meeting_id"),
        QStringLiteral("SELECT meeting_id, meeting_id, approved_on, recorded_utc, frozen_text, "
                       "frozen_sha256 FROM minutes_approval %1 ORDER BY meeting_id")};
    auto r = rows(approval, meeting);
    if (!r)
        return Error{r.error()};
    if (r->isEmpty())
        return {}; // not approved: the chain has no fact
    const QVariantList& row = r->constFirst();
    Fact f{QStringLiteral("approval"), factStart(QStringLiteral("approval"))};
    f.bytes += 'R';
    for (const QVariant& v : row)
        putField(f.bytes, v);
    // The hash of the frozen minutes is recomputed here, never taken from the row it sits in.
    putField(f.bytes, QCryptographicHash::hash(row.at(3).toString().toUtf8(), QCryptographicHash::Sha256));

    auto meetingLinks = links(QStringLiteral("meeting/%1").arg(meeting));
    if (!meetingLinks)
        return Error{meetingLinks.error()};
    putField(f.bytes, meetingLinks->isEmpty() ? QByteArray() : meetingLinks->constLast());

    auto previous = previousApproval(meeting);
    if (!previous)
        return Error{previous.error()};
    if (previous.value() != 0) {
        const QString chain = QStringLiteral("approval/%1").arg(previous.value());
        auto previousLinks = links(chain);
        if (!previousLinks)
            return Error{previousLinks.error()};
        putField(f.bytes, chain);
        putField(f.bytes, previousLinks->isEmpty() ? QByteArray() : previousLinks->constFirst());
    } else {
        putField(f.bytes, QVariant());
    }
    facts << f;
    return {};
}

Result<QList<StoredLink>> Chains::stored(const QString& chain)
{
    if (m_preload) { // every stored link at once
        if (!m_stored) {
            auto q = query(QStringLiteral("SELECT chain, fact, link FROM record_link ORDER BY chain, seq"));
            if (!q)
                return Error{q.error()};
            m_stored.emplace();
            while ((*q)->next())
                (*m_stored)[(*q)->value(0).toString()]
                    << StoredLink{(*q)->value(1).toString(), (*q)->value(2).toByteArray()};
        }
        return m_stored->value(chain);
    }
    auto q =
        query(QStringLiteral("SELECT fact, link FROM record_link WHERE chain = ? ORDER BY seq"), {chain});
    if (!q)
        return Error{q.error()};
    QList<StoredLink> links;
    while ((*q)->next())
        links << StoredLink{(*q)->value(0).toString(), (*q)->value(1).toByteArray()};
    return links;
}

Result<QList<QByteArray>> Chains::links(const QString& chain)
{
    if (auto cached = m_links.constFind(chain); cached != m_links.cend())
        return cached.value();
    QList<QByteArray> result;
    if (m_recompute) {
        auto f = facts(chain);
        if (!f)
            return Error{f.error()};
        QByteArray previous;
        for (const Fact& fact : f.value())
            result << (previous = linkOf(chain, previous, fact.bytes));
    } else {
        auto s = stored(chain);
        if (!s)
            return Error{s.error()};
        for (const StoredLink& l : s.value())
            result << l.link;
    }
    m_links.insert(chain, result);
    return result;
}

/// Says where a chain's fact sits, in words: "the meeting of 2026-03-12 (Conseil), item 3 “Budget”".
class Places
{
public:
    explicit Places(Chains& chains) : m_chains(chains) {}

    QString meeting(qint64 id)
    {
        auto q =
            m_chains.query(QStringLiteral("SELECT m.start_utc, m.time_zone, c.name FROM meeting m LEFT JOIN "
                                          "circle c ON c.id = m.circle_id WHERE m.id = ?"),
                           {id});
        if (!q || !(*q)->next())
            return Text::tr("meeting no. %1 (no longer in the file)").arg(id);
        QDateTime start = QDateTime::fromString((*q)->value(0).toString(), Qt::ISODateWithMs);
        const QTimeZone zone((*q)->value(1).toString().toUtf8());
        if (zone.isValid())
            start = start.toTimeZone(zone);
        return Text::tr("the meeting of %1 (%2)")
            .arg(start.date().toString(Qt::ISODate), (*q)->value(2).toString());
    }

    QString item(const QString& chain)
    {
        const ChainName name = parse(chain);
        const QString table = name.kind == QLatin1String("consent")    ? QStringLiteral("consent_process")
                              : name.kind == QLatin1String("election") ? QStringLiteral("election")
                                                                       : QStringLiteral("vote");
        auto q =
            m_chains.query(QStringLiteral("SELECT a.position, a.title FROM %1 x JOIN agenda_item a ON a.id = "
                                          "x.agenda_item_id WHERE x.id = ?")
                               .arg(table),
                           {name.id});
        if (!q || !(*q)->next())
            return Text::tr("an item no longer in the file");
        return Text::tr("item %1 \u201c%2\u201d")
            .arg((*q)->value(0).toLongLong() + 1)
            .arg((*q)->value(1).toString());
    }

    /// Takes a fact's key; returns it in words.
    static QString fact(const QString& key)
    {
        const QString number = key.section(QLatin1Char(' '), -1);
        if (key.startsWith(QLatin1String("late event ")))
            return Text::tr("event %1 (given after the meeting)").arg(number);
        if (key.startsWith(QLatin1String("event ")))
            return Text::tr("event %1").arg(number);
        if (key.startsWith(QLatin1String("item ")))
            return Text::tr("agenda item %1").arg(number);
        if (key.startsWith(QLatin1String("content ")))
            return Text::tr("the content of agenda item %1").arg(number);
        if (key.startsWith(QLatin1String("action ")))
            return Text::tr("action no. %1").arg(number);
        if (key.startsWith(QLatin1String("amendment ")))
            return Text::tr("amendment no. %1").arg(number);
        if (key.startsWith(QLatin1String("reopening ")))
            return Text::tr("reopening no. %1").arg(number);
        if (key.startsWith(QLatin1String("head ")))
            return Text::tr("the seal of %1").arg(key.mid(5));
        static const QHash<QString, const char*> words{
            {QStringLiteral("proposal"), QT_TRANSLATE_NOOP("RecordChain", "the proposal")},
            {QStringLiteral("members"), QT_TRANSLATE_NOOP("RecordChain", "the list of members")},
            {QStringLiteral("setup"), QT_TRANSLATE_NOOP("RecordChain", "how it was set up")},
            {QStringLiteral("grades"), QT_TRANSLATE_NOOP("RecordChain", "the grades")},
            {QStringLiteral("options"), QT_TRANSLATE_NOOP("RecordChain", "the options")},
            {QStringLiteral("ballots"), QT_TRANSLATE_NOOP("RecordChain", "the ballots")},
            {QStringLiteral("voters"), QT_TRANSLATE_NOOP("RecordChain", "who voted")},
            {QStringLiteral("paper counts"), QT_TRANSLATE_NOOP("RecordChain", "the paper counts")},
            {QStringLiteral("closing"), QT_TRANSLATE_NOOP("RecordChain", "its closing")},
            {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("RecordChain", "the attendance")},
            {QStringLiteral("approval"), QT_TRANSLATE_NOOP("RecordChain", "the approval of the minutes")}};
        const auto w = words.constFind(key);
        return w == words.cend() ? key : QCoreApplication::translate("RecordChain", w.value());
    }

private:
    Chains& m_chains;
};

} // namespace

QByteArray linkOf(const QString& chain, const QByteArray& previous, const QByteArray& fact)
{
    QByteArray bytes(linkHeader, sizeof linkHeader);
    putField(bytes, chain);
    bytes += previous.isEmpty() ? QByteArray(32, '\0') : previous;
    bytes += fact;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

Result<void> extend(const QSqlDatabase& db, const QString& chain)
{
    Chains chains(db, false);
    auto facts = chains.facts(chain);
    if (!facts)
        return Error{facts.error()};
    auto stored = chains.stored(chain);
    if (!stored)
        return Error{stored.error()};
    QByteArray previous = stored->isEmpty() ? QByteArray() : stored->constLast().link;
    for (qsizetype i = stored->size(); i < facts->size(); ++i) {
        previous = linkOf(chain, previous, facts->at(i).bytes);
        auto q = chains.query(
            QStringLiteral("INSERT INTO record_link (chain, seq, fact, link) VALUES (?, ?, ?, ?)"),
            {chain, qint64(i + 1), facts->at(i).key, previous});
        if (!q)
            return Error{q.error()};
    }
    return {};
}

Result<void> truncate(const QSqlDatabase& db, const QString& chain)
{
    Chains chains(db, false);
    auto facts = chains.facts(chain);
    if (!facts)
        return Error{facts.error()};
    auto q = chains.query(QStringLiteral("DELETE FROM record_link WHERE chain = ? AND seq > ?"),
                          {chain, qint64(facts->size())});
    if (!q)
        return Error{q.error()};
    return {};
}

Result<void> sealMeeting(const QSqlDatabase& db, MeetingId meeting)
{
    Chains chains(db, false);
    auto items = chains.subChains(meeting.value());
    if (!items)
        return Error{items.error()};
    for (const QString& item : items.value()) {
        if (auto r = extend(db, item); !r)
            return r;
    }
    return extend(db, QStringLiteral("meeting/%1").arg(meeting.value()));
}

Result<void> sealExistingRecord(const QSqlDatabase& db)
{
    Chains chains(db, false);
    QList<qint64> meetings, approvals;
    auto closed =
        chains.query(QStringLiteral("SELECT id FROM meeting WHERE status = 'closed' ORDER BY start_utc, id"));
    if (!closed)
        return Error{closed.error()};
    while ((*closed)->next())
        meetings << (*closed)->value(0).toLongLong();
    auto approved = chains.query(
        QStringLiteral("SELECT meeting_id FROM minutes_approval ORDER BY recorded_utc, meeting_id"));
    if (!approved)
        return Error{approved.error()};
    while ((*approved)->next())
        approvals << (*approved)->value(0).toLongLong();
    for (qint64 meeting : meetings) {
        if (auto r = sealMeeting(db, MeetingId(meeting)); !r)
            return r;
    }
    for (qint64 meeting : approvals) {
        if (auto r = extend(db, QStringLiteral("approval/%1").arg(meeting)); !r)
            return r;
    }
    return {};
}

Result<bool> isSealed(const QSqlDatabase& db, MeetingId meeting)
{
    Chains chains(db, false);
    auto q = chains.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_link WHERE chain = ?)"),
                          {QStringLiteral("meeting/%1").arg(meeting.value())});
    if (!q)
        return Error{q.error()};
    return (*q)->next() && (*q)->value(0).toInt() == 1;
}

Result<QByteArray> approvalHead(const QSqlDatabase& db, MeetingId meeting)
{
    Chains chains(db, false);
    auto links = chains.links(QStringLiteral("approval/%1").arg(meeting.value()));
    if (!links)
        return Error{links.error()};
    return links->isEmpty() ? QByteArray() : links->constFirst();
}

Result<QHash<qint64, QByteArray>> approvalHeads(const QSqlDatabase& db)
{
    // A range on the primary key rather than LIKE, so SQLite reads only the approvals' first links.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT CAST(substr(chain, 10) AS INTEGER), link FROM record_link WHERE chain "
                               ">= 'approval/' AND chain < 'approval0' AND seq = 1")))
        return Error{Text::tr("The file could not be read: %1").arg(sql::describe(q.lastError()))};
    QHash<qint64, QByteArray> heads;
    while (q.next())
        heads.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    return heads;
}

Result<Verification> verify(const QSqlDatabase& db, const QByteArray& head)
{
    Chains chains(db, true);
    Places places(chains);
    Verification v;
    QSet<QString> visited;
    const auto fail = [&v](qint64 meeting, const QString& message) {
        if (!v.firstBreak.isEmpty())
            return;
        v.firstBreak = message;
        v.meeting = MeetingId(meeting);
    };

    // Compares a chain recomputed from the facts with its stored links; `where` says whose chain it is.
    // `where` is only worked out when a break is found: naming places costs queries.
    const auto check = [&](const QString& chain, qint64 meeting,
                           const std::function<QString()>& where) -> Result<void> {
        visited.insert(chain);
        auto facts = chains.facts(chain);
        auto links = chains.links(chain);
        auto stored = chains.stored(chain);
        if (!facts || !links || !stored)
            return Error{!facts ? facts.error() : !links ? links.error() : stored.error()};
        if (facts->isEmpty() && stored->isEmpty())
            return {}; // e.g. minutes not approved: no chain
        ++v.chains;
        v.links += int(stored->size());
        for (qsizetype i = 0; i < std::max(links->size(), stored->size()); ++i) {
            if (i >= stored->size()) {
                fail(meeting, Text::tr("%1: %2 was added after the meeting was closed.")
                                  .arg(where(), Places::fact(facts->at(i).key)));
            } else if (i >= links->size()) {
                fail(meeting, Text::tr("%1: %2, sealed when the meeting closed, is missing: it was deleted.")
                                  .arg(where(), Places::fact(stored->at(i).fact)));
            } else if (links->at(i) != stored->at(i).link) {
                fail(meeting, Text::tr("%1: %2 no longer matches its seal: it was changed after the meeting "
                                       "was closed.")
                                  .arg(where(), Places::fact(stored->at(i).fact)));
            } else {
                continue;
            }
            break;
        }
        return {};
    };

    auto meetings = chains.query(QStringLiteral(
        "SELECT id FROM (SELECT id FROM meeting WHERE status = 'closed' UNION SELECT "
        "CAST(substr(chain, 9) AS INTEGER) FROM record_link WHERE chain LIKE 'meeting/%' AND seq = 1 "
        "UNION SELECT meeting_id FROM minutes_approval) x ORDER BY (SELECT start_utc FROM meeting "
        "WHERE id = x.id), id"));
    if (!meetings)
        return Error{meetings.error()};
    QList<qint64> ids;
    while ((*meetings)->next())
        ids << (*meetings)->value(0).toLongLong();
    for (qint64 id : ids) {
        const auto where = [&places, id] { return places.meeting(id); };
        auto items = chains.subChains(id);
        if (!items)
            return Error{items.error()};
        for (const QString& item : items.value()) {
            if (auto r = check(item, id, [&] { return where() + QStringLiteral(", ") + places.item(item); });
                !r)
                return Error{r.error()};
        }
        const QString meetingChain = QStringLiteral("meeting/%1").arg(id);
        auto sealedLinks = chains.stored(meetingChain);
        if (!sealedLinks)
            return Error{sealedLinks.error()};
        if (sealedLinks->isEmpty()) {
            fail(id, Text::tr("%1 is closed but its seal is missing: the record was altered.").arg(where()));
            visited.insert(meetingChain);
        } else if (auto r = check(meetingChain, id, where); !r) {
            return Error{r.error()};
        }
        if (auto r = check(QStringLiteral("approval/%1").arg(id), id,
                           [&] { return Text::tr("%1, approved minutes").arg(where()); });
            !r)
            return Error{r.error()};
        chains.forgetFacts();
    }

    // Links of a chain whose facts vanished with their meeting, process or approval.
    auto all = chains.query(QStringLiteral("SELECT DISTINCT chain FROM record_link ORDER BY chain"), {});
    if (!all)
        return Error{all.error()};
    QStringList orphans;
    while ((*all)->next()) {
        if (!visited.contains((*all)->value(0).toString()))
            orphans << (*all)->value(0).toString();
    }
    for (const QString& chain : orphans)
        fail(0, Text::tr("The sealed record %1 is no longer in the file: it was deleted.").arg(chain));

    if (!head.isEmpty()) {
        auto found =
            chains.query(QStringLiteral("SELECT chain FROM record_link WHERE seq = 1 AND link = ? AND "
                                        "chain LIKE 'approval/%'"),
                         {head});
        if (!found)
            return Error{found.error()};
        QString message;
        if (!(*found)->next()) {
            message =
                Text::tr("The head %1 is not the head of any approval in this file: the record it covers "
                         "was rewritten (or re-approved) after those minutes were sent out, or it is "
                         "another organisation's file.")
                    .arg(QString::fromLatin1(head.toHex()));
        } else {
            const QString chain = (*found)->value(0).toString();
            auto links = chains.links(chain);
            if (!links)
                return Error{links.error()};
            if (links->isEmpty() || links->constFirst() != head) {
                message =
                    Text::tr("The record covered by head %1 (%2) was rewritten after those minutes were "
                             "sent out: recomputed from the file it gives %3.")
                        .arg(QString::fromLatin1(head.toHex()), places.meeting(parse(chain).id),
                             links->isEmpty() ? Text::tr("nothing")
                                              : QString::fromLatin1(links->first().toHex()));
            }
        }
        if (!message.isEmpty()) {
            if (v.firstBreak.isEmpty())
                v.firstBreak = message;
            else
                v.firstBreak += QLatin1Char('\n') + message;
        }
    }
    return v;
}

} // namespace cercles::RecordChain
