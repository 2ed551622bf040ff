#include "minutessnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cercles {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate dateFrom(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}
QStringList stringsFrom(const QJsonValue& v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& s : array)
        list << s.toString();
    return list;
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T>& list, F toObject)
{
    QJsonArray array;
    for (const T& value : list)
        array.append(toObject(value));
    return array;
}

template <typename T, typename F> QList<T> listFrom(const QJsonValue& v, F fromObject)
{
    QList<T> list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& o : array)
        list << fromObject(o.toObject());
    return list;
}

using S = MinutesSnapshot;

QJsonArray saidArray(const QList<S::Said>& list)
{
    return arrayOf(list, [](const S::Said& x) {
        return QJsonObject{{QStringLiteral("person"), x.person}, {QStringLiteral("text"), x.text}};
    });
}

QList<S::Said> saidFrom(const QJsonValue& v)
{
    return listFrom<S::Said>(v, [](const QJsonObject& x) {
        return S::Said{x.value(QStringLiteral("person")).toString(),
                       x.value(QStringLiteral("text")).toString()};
    });
}

QJsonObject toObject(const S::Decision& d)
{
    QJsonObject o{{QStringLiteral("kind"), d.kind},
                  {QStringLiteral("text"), d.text},
                  {QStringLiteral("version"), d.version},
                  {QStringLiteral("driver"), d.driver},
                  {QStringLiteral("scopeItem"), d.scopeItem},
                  {QStringLiteral("responsible"), d.responsible},
                  {QStringLiteral("reviewDate"), dateText(d.reviewDate)},
                  {QStringLiteral("indicators"), strings(d.indicators)},
                  {QStringLiteral("personConcerned"), d.personConcerned},
                  {QStringLiteral("outcome"), d.outcome},
                  {QStringLiteral("outcomeDate"), dateText(d.outcomeDate)},
                  {QStringLiteral("referredTo"), d.referredTo},
                  {QStringLiteral("rule"), d.rule},
                  {QStringLiteral("outcomeReason"), d.outcomeReason},
                  {QStringLiteral("pending"), strings(d.pending)}};
    // Only when set: minutes frozen before these fields existed keep their exact text.
    if (d.decidedAfterMeeting)
        o.insert(QStringLiteral("decidedAfterMeeting"), true);
    if (d.referredToArticle)
        o.insert(QStringLiteral("referredToArticle"), *d.referredToArticle);
    if (!d.questions.isEmpty())
        o.insert(QStringLiteral("questions"), saidArray(d.questions));
    if (!d.reactions.isEmpty())
        o.insert(QStringLiteral("reactions"), saidArray(d.reactions));
    if (!d.versions.isEmpty()) {
        o.insert(QStringLiteral("versions"), arrayOf(d.versions, [](const S::Version& v) {
                     return QJsonObject{
                         {QStringLiteral("number"), v.number},
                         {QStringLiteral("text"), v.text},
                         {QStringLiteral("rounds"), arrayOf(v.rounds, [](const S::RoundCount& r) {
                              return QJsonObject{{QStringLiteral("round"), r.round},
                                                 {QStringLiteral("consents"), r.consents},
                                                 {QStringLiteral("concerns"), r.concerns},
                                                 {QStringLiteral("objections"), r.objections}};
                          })}};
                 }));
    }
    o.insert(QStringLiteral("objections"), arrayOf(d.objections, [](const S::Objection& x) {
                 return QJsonObject{{QStringLiteral("person"), x.person},
                                    {QStringLiteral("reason"), x.reason},
                                    {QStringLiteral("round"), x.round},
                                    {QStringLiteral("version"), x.version},
                                    {QStringLiteral("afterMeeting"), x.givenAfterMeeting},
                                    {QStringLiteral("integrated"), x.integrated},
                                    {QStringLiteral("method"), x.method},
                                    {QStringLiteral("integrationText"), x.integrationText},
                                    {QStringLiteral("newReviewDate"), dateText(x.newReviewDate)},
                                    {QStringLiteral("resultingVersion"), x.resultingVersion}};
             }));
    o.insert(QStringLiteral("consents"), arrayOf(d.consents, [](const S::Consent& x) {
                 return QJsonObject{{QStringLiteral("person"), x.person},
                                    {QStringLiteral("concern"), x.concern},
                                    {QStringLiteral("afterMeeting"), x.givenAfterMeeting},
                                    {QStringLiteral("date"), dateText(x.date)}};
             }));
    o.insert(QStringLiteral("changedAnswers"), arrayOf(d.changedAnswers, [](const S::ChangedAnswer& x) {
                 return QJsonObject{{QStringLiteral("person"), x.person},
                                    {QStringLiteral("round"), x.round},
                                    {QStringLiteral("kinds"), QJsonArray::fromStringList(x.kinds)},
                                    {QStringLiteral("texts"), QJsonArray::fromStringList(x.texts)}};
             }));
    o.insert(
        QStringLiteral("excluded"), arrayOf(d.excluded, [](const S::Exclusion& x) {
            return QJsonObject{{QStringLiteral("person"), x.person}, {QStringLiteral("reason"), x.reason}};
        }));
    return o;
}

S::Decision decisionFrom(const QJsonObject& o)
{
    S::Decision d;
    d.kind = o.value(QStringLiteral("kind")).toString();
    d.text = o.value(QStringLiteral("text")).toString();
    d.version = o.value(QStringLiteral("version")).toInt();
    d.driver = o.value(QStringLiteral("driver")).toString();
    d.scopeItem = o.value(QStringLiteral("scopeItem")).toString();
    d.responsible = o.value(QStringLiteral("responsible")).toString();
    d.reviewDate = dateFrom(o.value(QStringLiteral("reviewDate")));
    d.indicators = stringsFrom(o.value(QStringLiteral("indicators")));
    d.personConcerned = o.value(QStringLiteral("personConcerned")).toString();
    d.outcome = o.value(QStringLiteral("outcome")).toString();
    d.outcomeDate = dateFrom(o.value(QStringLiteral("outcomeDate")));
    d.decidedAfterMeeting = o.value(QStringLiteral("decidedAfterMeeting")).toBool();
    d.versions = listFrom<S::Version>(o.value(QStringLiteral("versions")), [](const QJsonObject& v) {
        return S::Version{
            v.value(QStringLiteral("number")).toInt(), v.value(QStringLiteral("text")).toString(),
            listFrom<S::RoundCount>(v.value(QStringLiteral("rounds")), [](const QJsonObject& r) {
                return S::RoundCount{r.value(QStringLiteral("round")).toInt(),
                                     r.value(QStringLiteral("consents")).toInt(),
                                     r.value(QStringLiteral("concerns")).toInt(),
                                     r.value(QStringLiteral("objections")).toInt()};
            })};
    });
    d.referredTo = o.value(QStringLiteral("referredTo")).toString();
    if (o.contains(QStringLiteral("referredToArticle")))
        d.referredToArticle = o.value(QStringLiteral("referredToArticle")).toString();
    d.outcomeReason = o.value(QStringLiteral("outcomeReason")).toString();
    d.questions = saidFrom(o.value(QStringLiteral("questions")));
    d.reactions = saidFrom(o.value(QStringLiteral("reactions")));
    d.rule = o.value(QStringLiteral("rule")).toString();
    d.pending = stringsFrom(o.value(QStringLiteral("pending")));
    d.objections = listFrom<S::Objection>(o.value(QStringLiteral("objections")), [](const QJsonObject& x) {
        S::Objection r;
        r.person = x.value(QStringLiteral("person")).toString();
        r.reason = x.value(QStringLiteral("reason")).toString();
        r.round = x.value(QStringLiteral("round")).toInt();
        r.version = x.value(QStringLiteral("version")).toInt();
        r.givenAfterMeeting = x.value(QStringLiteral("afterMeeting")).toBool();
        r.integrated = x.value(QStringLiteral("integrated")).toBool();
        r.method = x.value(QStringLiteral("method")).toString();
        r.integrationText = x.value(QStringLiteral("integrationText")).toString();
        r.newReviewDate = dateFrom(x.value(QStringLiteral("newReviewDate")));
        r.resultingVersion = x.value(QStringLiteral("resultingVersion")).toInt();
        return r;
    });
    d.consents = listFrom<S::Consent>(o.value(QStringLiteral("consents")), [](const QJsonObject& x) {
        return S::Consent{
            x.value(QStringLiteral("person")).toString(), x.value(QStringLiteral("concern")).toString(),
            x.value(QStringLiteral("afterMeeting")).toBool(), dateFrom(x.value(QStringLiteral("date")))};
    });
    // Snapshots frozen before answers could change have no "changedAnswers": an empty list.
    d.changedAnswers =
        listFrom<S::ChangedAnswer>(o.value(QStringLiteral("changedAnswers")), [](const QJsonObject& x) {
            return S::ChangedAnswer{
                x.value(QStringLiteral("person")).toString(), x.value(QStringLiteral("round")).toInt(),
                stringsFrom(x.value(QStringLiteral("kinds"))), stringsFrom(x.value(QStringLiteral("texts")))};
        });
    d.excluded = listFrom<S::Exclusion>(o.value(QStringLiteral("excluded")), [](const QJsonObject& x) {
        return S::Exclusion{x.value(QStringLiteral("person")).toString(),
                            x.value(QStringLiteral("reason")).toString()};
    });
    return d;
}

QJsonArray ints(const QList<int>& list)
{
    QJsonArray a;
    for (int v : list)
        a.append(v);
    return a;
}
QList<int> intsFrom(const QJsonValue& v)
{
    QList<int> list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& x : array)
        list << x.toInt();
    return list;
}
QJsonValue str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key));
}

QJsonObject turnObject(const S::NominationTurn& t)
{
    return QJsonObject{{QStringLiteral("person"), t.person},
                       {QStringLiteral("nominee"), t.nominee},
                       {QStringLiteral("reason"), t.reason},
                       {QStringLiteral("changed"), t.changed}};
}
S::NominationTurn turnFrom(const QJsonObject& x)
{
    return S::NominationTurn{str(x, "person").toString(), str(x, "nominee").toString(),
                             str(x, "reason").toString(), str(x, "changed").toBool()};
}

QJsonObject toObject(const S::ElectionRecord& e)
{
    QJsonObject o{{QStringLiteral("role"), e.role},
                  {QStringLiteral("termStart"), dateText(e.termStart)},
                  {QStringLiteral("termEnd"), dateText(e.termEnd)},
                  {QStringLiteral("qualifications"), e.qualifications},
                  {QStringLiteral("phase"), e.phase},
                  {QStringLiteral("elected"), e.elected},
                  {QStringLiteral("mandateRole"), e.mandateRole},
                  {QStringLiteral("mandateStart"), dateText(e.mandateStart)},
                  {QStringLiteral("mandateEnd"), dateText(e.mandateEnd)}};
    o.insert(QStringLiteral("nominations"), arrayOf(e.nominations, turnObject));
    o.insert(QStringLiteral("changes"), arrayOf(e.changes, turnObject));
    o.insert(QStringLiteral("proposals"), arrayOf(e.proposals, [](const S::ElectionProposal& p) {
                 return QJsonObject{{QStringLiteral("number"), p.number},
                                    {QStringLiteral("nominee"), p.nominee},
                                    {QStringLiteral("start"), dateText(p.start)},
                                    {QStringLiteral("end"), dateText(p.end)},
                                    {QStringLiteral("role"), p.role},
                                    {QStringLiteral("reasons"), p.reasons}};
             }));
    o.insert(
        QStringLiteral("rounds"), arrayOf(e.rounds, [](const S::ElectionRound& r) {
            QJsonObject round{{QStringLiteral("number"), r.number}, {QStringLiteral("proposal"), r.proposal}};
            round.insert(QStringLiteral("answers"), arrayOf(r.answers, [](const S::ElectionAnswer& a) {
                             return QJsonObject{{QStringLiteral("person"), a.person},
                                                {QStringLiteral("objection"), a.objection},
                                                {QStringLiteral("text"), a.text},
                                                {QStringLiteral("nominee"), a.nominee}};
                         }));
            return round;
        }));
    o.insert(QStringLiteral("integrations"), arrayOf(e.integrations, [](const S::ElectionIntegration& i) {
                 return QJsonObject{{QStringLiteral("kind"), i.kind},
                                    {QStringLiteral("round"), i.round},
                                    {QStringLiteral("start"), dateText(i.start)},
                                    {QStringLiteral("end"), dateText(i.end)},
                                    {QStringLiteral("role"), i.role},
                                    {QStringLiteral("text"), i.text}};
             }));
    return o;
}

S::ElectionRecord electionFrom(const QJsonObject& o)
{
    S::ElectionRecord e;
    e.role = str(o, "role").toString();
    e.termStart = dateFrom(str(o, "termStart"));
    e.termEnd = dateFrom(str(o, "termEnd"));
    e.qualifications = str(o, "qualifications").toString();
    e.phase = str(o, "phase").toString();
    e.elected = str(o, "elected").toString();
    e.mandateRole = str(o, "mandateRole").toString();
    e.mandateStart = dateFrom(str(o, "mandateStart"));
    e.mandateEnd = dateFrom(str(o, "mandateEnd"));
    e.nominations = listFrom<S::NominationTurn>(str(o, "nominations"), turnFrom);
    e.changes = listFrom<S::NominationTurn>(str(o, "changes"), turnFrom);
    e.proposals = listFrom<S::ElectionProposal>(str(o, "proposals"), [](const QJsonObject& x) {
        return S::ElectionProposal{str(x, "number").toInt(),  str(x, "nominee").toString(),
                                   dateFrom(str(x, "start")), dateFrom(str(x, "end")),
                                   str(x, "role").toString(), str(x, "reasons").toString()};
    });
    e.rounds = listFrom<S::ElectionRound>(str(o, "rounds"), [](const QJsonObject& x) {
        S::ElectionRound r;
        r.number = str(x, "number").toInt();
        r.proposal = str(x, "proposal").toInt();
        r.answers = listFrom<S::ElectionAnswer>(str(x, "answers"), [](const QJsonObject& a) {
            return S::ElectionAnswer{str(a, "person").toString(), str(a, "objection").toBool(),
                                     str(a, "text").toString(), str(a, "nominee").toBool()};
        });
        return r;
    });
    e.integrations = listFrom<S::ElectionIntegration>(str(o, "integrations"), [](const QJsonObject& x) {
        return S::ElectionIntegration{str(x, "kind").toString(), str(x, "round").toInt(),
                                      dateFrom(str(x, "start")), dateFrom(str(x, "end")),
                                      str(x, "role").toString(), str(x, "text").toString()};
    });
    return e;
}

QJsonObject toObject(const S::VoteRecord& v)
{
    QJsonObject o{{QStringLiteral("title"), v.title},
                  {QStringLiteral("options"), strings(v.options)},
                  {QStringLiteral("grades"), strings(v.grades)},
                  {QStringLiteral("fillRule"), v.fillRule},
                  {QStringLiteral("fillGrade"), v.fillGrade},
                  // Counts go up to 2^63 - 1: kept as decimal text, which a JSON double cannot hold.
                  {QStringLiteral("participants"), QString::number(v.participants)},
                  {QStringLiteral("ballots"), v.ballots},
                  {QStringLiteral("closed"), v.closed},
                  {QStringLiteral("majorityGrades"), ints(v.majorityGrades)},
                  {QStringLiteral("ranks"), ints(v.ranks)},
                  {QStringLiteral("order"), ints(v.order)}};
    o.insert(QStringLiteral("profiles"), arrayOf(v.profiles, [](const QList<qint64>& tally) {
                 QJsonArray a;
                 for (qint64 n : tally)
                     a.append(QString::number(n));
                 return a;
             }));
    o.insert(QStringLiteral("explanations"), arrayOf(v.explanations, [](const S::VoteExplanation& x) {
                 return QJsonObject{{QStringLiteral("ahead"), x.ahead},
                                    {QStringLiteral("next"), x.next},
                                    {QStringLiteral("decision"), x.decision},
                                    {QStringLiteral("grade"), x.grade},
                                    {QStringLiteral("behindGrade"), x.behindGrade},
                                    {QStringLiteral("aheadCount"), QString::number(x.aheadCount)},
                                    {QStringLiteral("behindCount"), QString::number(x.behindCount)}};
             }));
    // Only when there is one: the minutes frozen before reopenings were recorded keep their exact text.
    if (!v.earlier.isEmpty()) {
        o.insert(QStringLiteral("earlier"), arrayOf(v.earlier, [](const S::VoteEarlierResult& e) {
                     return QJsonObject{{QStringLiteral("shownAt"), e.shownAt.toString(Qt::ISODate)},
                                        {QStringLiteral("reopenedAt"), e.reopenedAt.toString(Qt::ISODate)},
                                        {QStringLiteral("reason"), e.reason},
                                        {QStringLiteral("majorityGrades"), ints(e.majorityGrades)},
                                        {QStringLiteral("ranks"), ints(e.ranks)},
                                        {QStringLiteral("order"), ints(e.order)}};
                 }));
    }
    return o;
}

S::VoteRecord voteFrom(const QJsonObject& o)
{
    S::VoteRecord v;
    v.title = str(o, "title").toString();
    v.options = stringsFrom(str(o, "options"));
    v.grades = stringsFrom(str(o, "grades"));
    v.fillRule = str(o, "fillRule").toString();
    v.fillGrade = str(o, "fillGrade").toInt();
    v.participants = str(o, "participants").toString().toLongLong();
    v.ballots = str(o, "ballots").toInt();
    v.closed = str(o, "closed").toBool();
    v.majorityGrades = intsFrom(str(o, "majorityGrades"));
    v.ranks = intsFrom(str(o, "ranks"));
    v.order = intsFrom(str(o, "order"));
    const QJsonArray profiles = str(o, "profiles").toArray();
    for (const QJsonValue& p : profiles) {
        QList<qint64> tally;
        const QJsonArray counts = p.toArray();
        for (const QJsonValue& n : counts)
            tally << n.toString().toLongLong();
        v.profiles << tally;
    }
    v.explanations = listFrom<S::VoteExplanation>(str(o, "explanations"), [](const QJsonObject& x) {
        return S::VoteExplanation{str(x, "ahead").toInt(),
                                  str(x, "next").toInt(),
                                  str(x, "decision").toString(),
                                  str(x, "grade").toInt(),
                                  str(x, "behindGrade").toInt(),
                                  str(x, "aheadCount").toString().toLongLong(),
                                  str(x, "behindCount").toString().toLongLong()};
    });
    v.earlier = listFrom<S::VoteEarlierResult>(o.value(QStringLiteral("earlier")), [](const QJsonObject& e) {
        return S::VoteEarlierResult{QTime::fromString(str(e, "shownAt").toString(), Qt::ISODate),
                                    QTime::fromString(str(e, "reopenedAt").toString(), Qt::ISODate),
                                    str(e, "reason").toString(),
                                    intsFrom(str(e, "majorityGrades")),
                                    intsFrom(str(e, "ranks")),
                                    intsFrom(str(e, "order"))};
    });
    return v;
}

QJsonObject toObject(const S::Continuation& c)
{
    return QJsonObject{{QStringLiteral("how"), c.how},
                       {QStringLiteral("circle"), c.circle},
                       {QStringLiteral("circleArticle"), c.circleArticle},
                       {QStringLiteral("date"), dateText(c.date)},
                       {QStringLiteral("reason"), c.reason},
                       {QStringLiteral("versions"), c.versions},
                       {QStringLiteral("questions"), saidArray(c.questions)},
                       {QStringLiteral("reactions"), saidArray(c.reactions)}};
}

S::Continuation continuationFrom(const QJsonObject& o)
{
    S::Continuation c;
    c.how = o.value(QStringLiteral("how")).toString();
    c.circle = o.value(QStringLiteral("circle")).toString();
    c.circleArticle = o.value(QStringLiteral("circleArticle")).toString();
    c.date = dateFrom(o.value(QStringLiteral("date")));
    c.reason = o.value(QStringLiteral("reason")).toString();
    c.versions = o.value(QStringLiteral("versions")).toInt();
    c.questions = saidFrom(o.value(QStringLiteral("questions")));
    c.reactions = saidFrom(o.value(QStringLiteral("reactions")));
    return c;
}

} // namespace

int MinutesSnapshot::formatOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("format")).toInt();
}

MinutesSnapshot MinutesSnapshot::withStatesOf(const MinutesSnapshot& frozen) const
{
    MinutesSnapshot s = *this;
    for (qsizetype i = 0; i < s.agenda.size() && i < frozen.agenda.size(); ++i)
        s.agenda[i].state = frozen.agenda.at(i).state;
    return s;
}

QByteArray MinutesSnapshot::toJson(int format) const
{
    QJsonObject o{{QStringLiteral("format"), format},
                  {QStringLiteral("meetingId"), meetingId},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("organisation"), organisation},
                  {QStringLiteral("circle"), circle},
                  {QStringLiteral("date"), dateText(date)},
                  {QStringLiteral("time"), time.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("timeZone"), timeZone},
                  {QStringLiteral("place"), place},
                  {QStringLiteral("facilitator"), facilitator},
                  {QStringLiteral("secretary"), secretary},
                  {QStringLiteral("meetingStatus"), meetingStatus},
                  {QStringLiteral("present"), strings(present)},
                  {QStringLiteral("excused"), strings(excused)},
                  {QStringLiteral("absent"), strings(absent)},
                  {QStringLiteral("guests"), strings(guests)},
                  {QStringLiteral("nextMeeting"), nextMeeting}};
    o.insert(QStringLiteral("agenda"), arrayOf(agenda, [format](const Item& i) {
                 QJsonObject item{{QStringLiteral("number"), i.number},
                                  {QStringLiteral("kind"), i.kind},
                                  {QStringLiteral("state"), i.state},
                                  {QStringLiteral("title"), i.title},
                                  {QStringLiteral("notes"), i.notes}};
                 if (format >= 2)
                     item.insert(QStringLiteral("content"), i.content);
                 if (i.continued && format >= 2)
                     item.insert(QStringLiteral("continued"), toObject(*i.continued));
                 if (i.decision) {
                     QJsonObject decision = toObject(*i.decision);
                     if (format < 2)
                         decision.remove(QStringLiteral("outcomeReason"));
                     if (format < 3) {
                         decision.remove(QStringLiteral("questions"));
                         decision.remove(QStringLiteral("referredToArticle"));
                         decision.remove(QStringLiteral("reactions"));
                     }
                     item.insert(QStringLiteral("decision"), decision);
                 }
                 if (i.election)
                     item.insert(QStringLiteral("election"), toObject(*i.election));
                 if (i.vote)
                     item.insert(QStringLiteral("vote"), toObject(*i.vote));
                 return item;
             }));
    o.insert(QStringLiteral("membershipChanges"), arrayOf(membershipChanges, [](const MembershipChange& m) {
                 return QJsonObject{{QStringLiteral("person"), m.person},
                                    {QStringLiteral("entry"), m.entry},
                                    {QStringLiteral("outcome"), m.outcome},
                                    {QStringLiteral("date"), dateText(m.date)}};
             }));
    o.insert(QStringLiteral("actions"), arrayOf(actions, [](const Action& a) {
                 return QJsonObject{{QStringLiteral("person"), a.person},
                                    {QStringLiteral("text"), a.text},
                                    {QStringLiteral("due"), dateText(a.due)},
                                    {QStringLiteral("item"), a.itemNumber}};
             }));
    o.insert(QStringLiteral("backlog"), arrayOf(backlog, [format](const BacklogEntry& b) {
                 QJsonObject entry{{QStringLiteral("title"), b.title},
                                   {QStringLiteral("kind"), b.kind},
                                   {QStringLiteral("since"), dateText(b.since)},
                                   {QStringLiteral("fromThisMeeting"), b.fromThisMeeting},
                                   {QStringLiteral("referredBy"), b.referredBy}};
                 if (format >= 3)
                     entry.insert(QStringLiteral("referredByArticle"), b.referredByArticle);
                 return entry;
             }));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<MinutesSnapshot> MinutesSnapshot::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const int format = o.value(QStringLiteral("format")).toInt();
    if (format < 1 || format > currentFormat)
        return std::nullopt;
    MinutesSnapshot s;
    s.meetingId = o.value(QStringLiteral("meetingId")).toInteger();
    s.language = o.value(QStringLiteral("language")).toString();
    s.organisation = o.value(QStringLiteral("organisation")).toString();
    s.circle = o.value(QStringLiteral("circle")).toString();
    s.date = dateFrom(o.value(QStringLiteral("date")));
    s.time = QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    s.timeZone = o.value(QStringLiteral("timeZone")).toString();
    s.place = o.value(QStringLiteral("place")).toString();
    s.facilitator = o.value(QStringLiteral("facilitator")).toString();
    s.secretary = o.value(QStringLiteral("secretary")).toString();
    s.meetingStatus = o.value(QStringLiteral("meetingStatus")).toString();
    s.present = stringsFrom(o.value(QStringLiteral("present")));
    s.excused = stringsFrom(o.value(QStringLiteral("excused")));
    s.absent = stringsFrom(o.value(QStringLiteral("absent")));
    s.guests = stringsFrom(o.value(QStringLiteral("guests")));
    s.nextMeeting = o.value(QStringLiteral("nextMeeting")).toString();
    s.agenda = listFrom<Item>(o.value(QStringLiteral("agenda")), [](const QJsonObject& x) {
        Item i;
        i.number = x.value(QStringLiteral("number")).toInt();
        i.kind = x.value(QStringLiteral("kind")).toString();
        i.state = x.value(QStringLiteral("state")).toString();
        i.title = x.value(QStringLiteral("title")).toString();
        i.notes = x.value(QStringLiteral("notes")).toString();
        i.content = x.value(QStringLiteral("content")).toString();
        if (x.contains(QStringLiteral("continued")))
            i.continued = continuationFrom(x.value(QStringLiteral("continued")).toObject());
        if (x.contains(QStringLiteral("decision")))
            i.decision = decisionFrom(x.value(QStringLiteral("decision")).toObject());
        if (x.contains(QStringLiteral("election")))
            i.election = electionFrom(x.value(QStringLiteral("election")).toObject());
        if (x.contains(QStringLiteral("vote")))
            i.vote = voteFrom(x.value(QStringLiteral("vote")).toObject());
        return i;
    });
    s.membershipChanges =
        listFrom<MembershipChange>(o.value(QStringLiteral("membershipChanges")), [](const QJsonObject& x) {
            return MembershipChange{
                x.value(QStringLiteral("person")).toString(), x.value(QStringLiteral("entry")).toBool(),
                x.value(QStringLiteral("outcome")).toString(), dateFrom(x.value(QStringLiteral("date")))};
        });
    s.actions = listFrom<Action>(o.value(QStringLiteral("actions")), [](const QJsonObject& x) {
        return Action{x.value(QStringLiteral("person")).toString(),
                      x.value(QStringLiteral("text")).toString(), dateFrom(x.value(QStringLiteral("due"))),
                      x.value(QStringLiteral("item")).toInt()};
    });
    s.backlog = listFrom<BacklogEntry>(o.value(QStringLiteral("backlog")), [](const QJsonObject& x) {
        return BacklogEntry{x.value(QStringLiteral("title")).toString(),
                            x.value(QStringLiteral("kind")).toString(),
                            dateFrom(x.value(QStringLiteral("since"))),
                            x.value(QStringLiteral("fromThisMeeting")).toBool(),
                            x.value(QStringLiteral("referredBy")).toString(),
                            x.value(QStringLiteral("referredByArticle")).toString()};
    });
    return s;
}

} // namespace cercles
