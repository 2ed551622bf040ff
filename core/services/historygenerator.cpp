// The history generator: a realistic organisation recorded through the services, the way a facilitator
// records meetings, so the scale tests and benchmarks exercise the product's own write paths.
#include "historygenerator.h"

#include "demodata.h"
#include "document.h"

#include <QCoreApplication>
#include <QSet>

namespace cercles {

namespace {

/// SplitMix64: a tiny generator whose sequence is the same on every platform and library (the standard
/// distributions are not), which is what "same seed, same file" needs.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// A number in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    /// True with the given chance in percent.
    bool percent(int chance) { return below(100) < chance; }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

QString fr(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QList<QString> words(std::initializer_list<const char*> list)
{
    QList<QString> result;
    for (const char* w : list)
        result << fr(w);
    return result;
}

const QList<QString>& firstNames()
{
    static const QList<QString> names =
        words({"Amandine", "Bastien", "Chloé",  "Denise", "Étienne", "Fatou",   "Gaëlle",   "Hugo",
               "Inès",     "Jules",   "Karim",  "Lina",   "Manon",   "Noé",     "Océane",   "Paul",
               "Quentin",  "Rose",    "Sami",   "Théo",   "Ulysse",  "Valérie", "William",  "Yasmine",
               "Zoé",      "Agnès",   "Benoît", "Céline", "Djamel",  "Éloïse",  "François", "Hélène"});
    return names;
}

const QList<QString>& lastNames()
{
    static const QList<QString> names =
        words({"Martin",   "Bernard", "Dubois", "Thomas",  "Robert",  "Richard",  "Petit",    "Durand",
               "Leroy",    "Moreau",  "Simon",  "Laurent", "Lefèvre", "Michel",   "Garcia",   "Roux",
               "Fournier", "Girard",  "Bonnet", "Dupont",  "Lambert", "Fontaine", "Rousseau", "Vincent",
               "Müller",   "Faure",   "André",  "Mercier", "Blanc",   "Guérin"});
    return names;
}

const QList<QString>& themes()
{
    static const QList<QString> names =
        words({"Communication",  "Finances",          "Bénévolat",    "Formation", "Événements",
               "Jardin partagé", "Cuisine solidaire", "Numérique",    "Accueil",   "Plaidoyer",
               "Recherche",      "Logistique",        "Partenariats", "Jeunesse",  "Culture",
               "Mobilité",       "Énergie",           "Habitat",      "Santé",     "Écoles"});
    return names;
}

const QList<QString>& actions()
{
    static const QList<QString> list =
        words({"organiser", "financer", "ouvrir", "tester", "documenter", "réviser", "mutualiser",
               "accueillir", "publier", "évaluer", "réduire", "prolonger"});
    return list;
}

const QList<QString>& objects()
{
    static const QList<QString> list = words(
        {"un atelier mensuel", "la lettre d’information", "le budget de l’été", "un local partagé",
         "la charte des bénévoles", "le cœur du projet associatif", "une permanence le samedi",
         "le fonds de solidarité", "la tournée d’œuvres itinérantes", "les comptes rendus en ligne",
         "un partenariat avec la mairie", "le calendrier des réunions", "l’accueil des nouveaux membres",
         "une formation à la facilitation", "le site de l’association", "les ex æquo du tournoi"});
    return list;
}

const QList<QString>& places()
{
    static const QList<QString> list =
        words({"Local de l’association, Lyon", "Maison des associations, Villeurbanne",
               "Visioconférence (Jitsi)", "Salle des fêtes, Vénissieux"});
    return list;
}

/// Records the meetings. The first error stops everything.
class Generator
{
public:
    Generator(Document& doc, const HistorySize& size, const MinutesApprover& approve)
        : m_doc(doc), m_size(size), m_approve(approve), m_random(size.seed)
    {
        const auto clock = [this] { return m_now; };
        m_doc.consent().setClock(clock);
        m_doc.elections().setClock(clock);
        m_doc.votes().setClock(clock);
    }
    ~Generator()
    {
        const auto clock = [] { return QDateTime::currentDateTimeUtc(); };
        m_doc.consent().setClock(clock);
        m_doc.elections().setClock(clock);
        m_doc.votes().setClock(clock);
    }

    Result<void> organisation();
    Result<void> meetings();
    HistoryCounts counts() const { return m_counts; }

private:
    Result<void> meeting(CircleId circle, QDate day);
    Result<void> consentItem(const Meeting& meeting, AgendaItemKind kind, PersonId concerned);
    Result<void> electionItem(const Meeting& meeting);
    Result<void> voteItem(const Meeting& meeting);
    Result<void> markDone(AgendaItem item);
    Result<void> record(ConsentProcessId id, const ConsentEvent& event, int seconds);
    QString proposalText();
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

    Document& m_doc;
    HistorySize m_size;
    MinutesApprover m_approve;
    Random m_random;
    QDateTime m_now;
    QDate m_first;
    HistoryCounts m_counts;
    QHash<CircleId, MeetingId> m_lastMeeting; ///< each circle's previous meeting, whose minutes come next
    QHash<CircleId, RoleId> m_facilitation;
};

template <typename T> Result<void> fail(const Result<T>& r)
{
    return Error{r.error()};
}

Result<void> Generator::organisation()
{
    m_first = QDate(2025 - m_size.years + 1, 1, 1);
    Organisation org;
    org.name = fr("Réseau citoyen (historique généré)");
    qint64 scopeId = 1;
    for (int c = 1; c <= m_size.circles; ++c) {
        Circle circle;
        circle.id = CircleId(c);
        circle.parent = c == 1 ? CircleId() : c <= 6 ? CircleId(1) : CircleId(2 + (c - 7) % 5);
        circle.name = c == 1 ? fr("Conseil d’orientation")
                             : fr("Cercle %1 %2").arg(themes().at((c - 2) % themes().size())).arg(c);
        circle.purpose = fr("Faire vivre « %1 » au quotidien.").arg(circle.name);
        circle.cadence = MeetingCadence::Monthly;
        for (const char* scope : {"Budget du cercle", "Organisation interne", "Projets et partenariats"})
            circle.scope << ScopeItem{ScopeItemId(scopeId++), fr(scope)};
        circle.entryRule = ConsentRule{ConsentBasis::MembersPresent, true};
        circle.exitRule = ConsentRule{ConsentBasis::MembersPresent, true};
        circle.decisionRule = ConsentRule{ConsentBasis::MembersPresent, false};
        org.circles << circle;
        org.roles << Role{RoleId(c), CircleId(c), fr("Facilitation"), fr("Anime les réunions du cercle.")};
        m_facilitation.insert(CircleId(c), RoleId(c));
    }
    for (int p = 1; p <= m_size.people; ++p) {
        Person person;
        person.id = PersonId(p);
        person.name = firstNames().at((p - 1) % firstNames().size()) + QLatin1Char(' ') +
                      lastNames().at(((p - 1) / firstNames().size() + p) % lastNames().size());
        if (p > firstNames().size() * lastNames().size() / 2)
            person.name += QStringLiteral(" %1").arg(p);
        person.contact = QStringLiteral("personne%1@example.org").arg(p);
        org.people << person;
    }
    // About ten members per circle at the start; people may belong to several circles.
    qint64 membershipId = 1;
    for (int c = 1; c <= m_size.circles; ++c) {
        QSet<int> chosen;
        for (int k = 0; k < 10 && chosen.size() < m_size.people; ++k) {
            int p = 1 + (c * 37 + k * 11 + m_random.below(5)) % m_size.people;
            while (chosen.contains(p))
                p = 1 + p % m_size.people;
            chosen.insert(p);
            org.memberships << Membership{
                MembershipId(membershipId++), PersonId(p), CircleId(c), m_first.addDays(-30), {}};
        }
    }
    if (auto r = importOrganisation(m_doc.database(), org); !r)
        return r;
    m_doc.organisation().reload();
    return {};
}

Result<void> Generator::meetings()
{
    const int total = m_size.meetingsPerYear * m_size.years;
    const qint64 days = m_first.daysTo(QDate(2025, 12, 31));
    for (int k = 0; k < total; ++k) {
        const QDate day = m_first.addDays(qint64(k) * days / std::max(1, total));
        const CircleId circle(1 + m_random.below(m_size.circles));
        Result<void> r = m_doc.database().batch([&] { return meeting(circle, day); });
        if (!r) {
            return Error{QCoreApplication::translate("HistoryGenerator", "Meeting %1 of %2 (%3): %4")
                             .arg(k + 1)
                             .arg(total)
                             .arg(day.toString(Qt::ISODate), r.error())};
        }
    }
    return {};
}

QString Generator::proposalText()
{
    QString text = fr("Nous proposons de %1 %2").arg(m_random.pick(actions()), m_random.pick(objects()));
    if (m_random.percent(50))
        text += fr(", puis de %1 %2").arg(m_random.pick(actions()), m_random.pick(objects()));
    text += fr(", à partir du mois prochain, avec un bilan après six mois.");
    return text;
}

Result<void> Generator::record(ConsentProcessId id, const ConsentEvent& event, int seconds)
{
    ConsentEvent stamped = event;
    stamped.at = m_now;
    advance(seconds);
    ++m_counts.events;
    return m_doc.consent().record(id, stamped);
}

Result<void> Generator::markDone(AgendaItem item)
{
    item.state = AgendaItemState::Done;
    return m_doc.meetings().updateAgendaItem(item);
}

Result<void> Generator::meeting(CircleId circleId, QDate day)
{
    const Organisation& org = m_doc.organisation().organisation();
    const QList<PersonId> members = org.membersOn(circleId, day);
    Meeting m;
    m.circle = circleId;
    m.start = toUtc(day, QTime(18 + m_random.below(3), m_random.percent(50) ? 0 : 30), "Europe/Paris");
    m.place = m_random.pick(places());
    m.status = MeetingStatus::Open;
    m_now = m.start;
    for (PersonId p : members)
        m.attendance << Attendance{p, m.attendance.size() < 3 || m_random.percent(85)
                                          ? AttendanceStatus::Present
                                          : AttendanceStatus::Excused};
    const QList<PersonId> present = m.present();
    if (present.size() < 2)
        return {}; // a circle that lost its members holds no meeting
    m.facilitator = present.at(0);
    m.secretary = present.at(1);
    m.nextMeeting = fr("Le mois prochain, même lieu");
    Result<MeetingId> created = m_doc.meetings().createMeeting(m);
    if (!created)
        return fail(created);
    m.id = *created;
    ++m_counts.meetings;

    // The circle approves its previous minutes first.
    if (m_approve && m_lastMeeting.contains(circleId)) {
        if (auto r = m_approve(m_lastMeeting.value(circleId), day); !r)
            return r;
        ++m_counts.approvedMinutes;
    }

    AgendaItem info;
    info.meeting = m.id;
    info.kind = AgendaItemKind::Information;
    info.title = fr("Tour d’actualités");
    info.notes = fr("Chaque membre partage les nouvelles de son rôle.");
    auto infoId = m_doc.meetings().addAgendaItem(info);
    if (!infoId)
        return fail(infoId);
    info.id = *infoId;
    if (auto r = markDone(info); !r)
        return r;
    advance(900);

    const int items = 7 + m_random.below(7);
    QList<PersonId> now = members; // the members as the items go: entries and exits change them
    for (int i = 0; i < items; ++i) {
        const int roll = m_random.below(100);
        AgendaItemKind kind = AgendaItemKind::ConsentDecision;
        PersonId concerned;
        // Circles keep a working size (about 8 to 16 members): people join and leave over the years.
        if (roll < 8 && now.size() < 16) { // an entry: someone who is not a member yet
            const PersonId candidate(1 + m_random.below(m_size.people));
            if (!now.contains(candidate)) {
                kind = AgendaItemKind::MembershipEntry;
                concerned = candidate;
            }
        } else if (roll >= 90 && roll < (now.size() > 12 ? 98 : 93) &&
                   now.size() > 8) { // an exit: an absent member
            for (PersonId p : now) {
                if (!present.contains(p)) {
                    kind = AgendaItemKind::MembershipExit;
                    concerned = p;
                    break;
                }
            }
        }
        if (auto r = consentItem(m, kind, concerned); !r)
            return r;
        if (kind != AgendaItemKind::ConsentDecision)
            now = m_doc.organisation().organisation().membersOn(circleId, day);
    }
    if (m_random.percent(12)) {
        if (auto r = electionItem(m); !r)
            return r;
    }
    if (m_random.percent(5)) {
        if (auto r = voteItem(m); !r)
            return r;
    }
    advance(600);
    if (auto r = m_doc.meetings().setStatus(m.id, MeetingStatus::Closed); !r)
        return r;
    m_lastMeeting.insert(circleId, m.id);
    return {};
}

Result<void> Generator::consentItem(const Meeting& meeting, AgendaItemKind kind, PersonId concerned)
{
    const Organisation& org = m_doc.organisation().organisation();
    const QList<PersonId> present = meeting.present();
    AgendaItem item;
    item.meeting = meeting.id;
    item.kind = kind;
    item.personConcerned = concerned;
    const Person* person = org.person(concerned);
    item.title = kind == AgendaItemKind::MembershipEntry ? fillPhrase(fr("Admission de %1"), {person->name})
                 : kind == AgendaItemKind::MembershipExit
                     ? fillPhrase(fr("Sortie de %1"), {person->name})
                     : fr("Proposition : %1").arg(m_random.pick(objects()));
    auto itemId = m_doc.meetings().addAgendaItem(item);
    if (!itemId)
        return fail(itemId);
    item.id = *itemId;

    const Circle* circle = org.circle(meeting.circle);
    Proposal proposal;
    proposal.text = kind == AgendaItemKind::MembershipEntry
                        ? fr("Admettre %1 comme membre du cercle.").arg(person->name)
                    : kind == AgendaItemKind::MembershipExit
                        ? fillPhrase(fr("Mettre fin à la participation de %1 au cercle."), {person->name})
                        : proposalText();
    proposal.driver = fr("Besoin exprimé lors du tour d’actualités.");
    proposal.responsible = m_random.pick(present);
    if (kind == AgendaItemKind::ConsentDecision) {
        proposal.reviewDate = meeting.localDate().addMonths(6 + m_random.below(18));
        proposal.scopeItem = m_random.pick(circle->scope).id;
    }
    advance(60);
    auto started = m_doc.consent().startProcess(item.id, proposal);
    if (!started)
        return fail(started);
    const ConsentProcessId id = *started;
    ++m_counts.processes;

    for (ConsentEventKind round :
         {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted}) {
        if (auto r = record(id, ConsentEvent::roundStart(round, {}, present), 20); !r)
            return r;
        for (PersonId p : present) {
            Result<void> r;
            // Those who speak are recorded; a pass is recorded only now and then (the facilitator moves on).
            const int roll = m_random.below(100);
            if (roll >= 55)
                continue;
            if (roll >= 30)
                r = record(id, ConsentEvent::pass({}, p), 5);
            else if (round == ConsentEventKind::ClarifyingRoundStarted)
                r = record(id, ConsentEvent::question({}, p, fr("Qui s’en occupe, et avec quel budget ?")),
                           60);
            else
                r = record(
                    id, ConsentEvent::reaction({}, p, fr("Ça me paraît utile, à condition d’être réaliste.")),
                    45);
            if (!r)
                return r;
        }
    }
    // Sometimes the reactions lead the proposer to amend the proposal before the consent round.
    if (m_random.percent(6)) {
        if (auto r = record(id, ConsentEvent::amendmentStart({}), 30); !r)
            return r;
        proposal.text += fr(" Le cercle fera un retour au prochain conseil.");
        if (auto r = record(id, ConsentEvent::amendment({}, proposal.text, proposal.reviewDate), 120); !r)
            return r;
    }
    // Some proposals go elsewhere before the consent round.
    const int outcome = m_random.below(100);
    if (outcome < 3 && circle->parent.isValid() && kind == AgendaItemKind::ConsentDecision) {
        if (auto r =
                record(id,
                       ConsentEvent::referral({}, circle->parent,
                                              fr("Hors du périmètre du cercle : le cercle parent décide.")),
                       30);
            !r)
            return r;
        return markDone(item);
    }
    if (outcome < 5) {
        if (auto r = record(id, ConsentEvent::withdrawal({}, fr("La proposition sera retravaillée.")), 30);
            !r)
            return r;
        return markDone(item);
    }
    if (outcome < 8) {
        if (auto r = record(id, ConsentEvent::deferral({}, fr("Il manque des informations.")), 30); !r)
            return r;
        return markDone(item);
    }

    bool objected = m_random.percent(15);
    for (int round = 0; round < 3; ++round) {
        if (auto r =
                record(id, ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, {}, present), 20);
            !r)
            return r;
        Result<ConsentProcess> process = m_doc.consent().process(id);
        if (!process)
            return fail(process);
        const QList<PersonId> awaited = process->awaitedPresent();
        const PersonId objector = objected && !awaited.isEmpty() ? m_random.pick(awaited) : PersonId();
        for (PersonId p : awaited) {
            Result<void> r =
                p == objector ? record(id,
                                       ConsentEvent::objection(
                                           {}, p, fr("Le calendrier est trop serré pour l’équipe.")),
                                       90)
                : m_random.percent(10)
                    ? record(id, ConsentEvent::consent({}, p, fr("Vigilance sur la charge de travail.")), 20)
                    : record(id, ConsentEvent::consent({}, p), 10);
            if (!r)
                return r;
        }
        if (auto r = record(id, ConsentEvent::roundClose({}), 15); !r)
            return r;
        if (!objector.isValid())
            break;
        const int method = m_random.below(3);
        const ConsentEvent integration =
            method == 0 ? ConsentEvent::integration({}, objector, IntegrationMethod::ModifyProposal,
                                                    proposal.text +=
                                                    fr(" Point d’étape n° %1 à mi-parcours.").arg(round + 1))
            : method == 1 && round == 0 && proposal.reviewDate.isValid()
                ? ConsentEvent::integration({}, objector, IntegrationMethod::ShortenTerm, {},
                                            meeting.localDate().addMonths(3))
                : ConsentEvent::integration({}, objector, IntegrationMethod::MeasureConcern,
                                            fr("Nombre d’heures bénévoles par mois"));
        if (auto r = record(id, integration, 240); !r)
            return r;
        objected = m_random.percent(10);
    }
    return markDone(item);
}

Result<void> Generator::electionItem(const Meeting& meeting)
{
    const QList<PersonId> present = meeting.present();
    AgendaItem item;
    item.meeting = meeting.id;
    item.kind = AgendaItemKind::Election;
    item.title = fr("Élection à la facilitation");
    auto itemId = m_doc.meetings().addAgendaItem(item);
    if (!itemId)
        return fail(itemId);
    item.id = *itemId;
    ElectionDescription d;
    d.roleName = fr("Facilitation");
    d.termStart = meeting.localDate();
    d.termEnd = meeting.localDate().addYears(1).addDays(-1);
    d.qualifications = fr("Écoute, neutralité, disponibilité une soirée par mois.");
    auto started = m_doc.elections().start(item.id, d);
    if (!started)
        return fail(started);
    const ElectionId id = *started;
    ++m_counts.elections;
    ElectionService& elections = m_doc.elections();
    const auto rec = [&](const ElectionEvent& e) {
        advance(30);
        return elections.record(id, e);
    };
    if (auto r = rec(ElectionEvent::opening(m_now, present)); !r)
        return r;
    QList<PersonId> named;
    for (PersonId p : present) {
        named << m_random.pick(present);
        if (auto r = rec(ElectionEvent::written(m_now, p, named.constLast())); !r)
            return r;
    }
    if (auto r = rec(ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, m_now)); !r)
        return r;
    for (PersonId p : present) {
        if (auto r = rec(ElectionEvent::explained(m_now, p, fr("Ses qualités répondent aux critères."))); !r)
            return r;
    }
    if (auto r = rec(ElectionEvent::roundStart(ElectionEventKind::ChangeRoundStarted, m_now)); !r)
        return r;
    for (PersonId p : present) {
        if (auto r = rec(ElectionEvent::kept(m_now, p)); !r)
            return r;
    }
    // The most named person is proposed.
    QHash<PersonId, int> votes;
    PersonId nominee = named.constFirst();
    for (PersonId p : named) {
        if (++votes[p] > votes.value(nominee))
            nominee = p;
    }
    if (auto r = rec(ElectionEvent::proposal(m_now, nominee, d.termStart, d.termEnd, fr("La plus nommée.")));
        !r)
        return r;
    Result<Election> election = elections.election(id);
    if (!election)
        return fail(election);
    for (PersonId p : election->awaited()) {
        if (auto r = rec(ElectionEvent::consent(m_now, p)); !r)
            return r;
    }
    if (auto r = rec(ElectionEvent::roundClose(m_now)); !r)
        return r;
    return markDone(item);
}

Result<void> Generator::voteItem(const Meeting& meeting)
{
    AgendaItem item;
    item.meeting = meeting.id;
    item.kind = AgendaItemKind::MajorityJudgmentVote;
    item.title = fr("Choix du lieu de la fête annuelle");
    auto itemId = m_doc.meetings().addAgendaItem(item);
    if (!itemId)
        return fail(itemId);
    item.id = *itemId;
    VoteDefinition d;
    d.title = item.title;
    d.options = QStringList{fr("Parc de la Tête d’Or"), fr("Salle des fêtes"), fr("Jardin partagé")};
    auto created = m_doc.votes().createVote(item.id, d);
    if (!created)
        return fail(created);
    ++m_counts.votes;
    for (PersonId p : meeting.present()) {
        advance(40);
        if (auto r = m_doc.votes().castBallot(*created, p,
                                              {m_random.below(7), m_random.below(7), m_random.below(7)});
            !r)
            return r;
    }
    advance(60);
    if (auto r = m_doc.votes().close(*created); !r)
        return fail(r);
    return markDone(item);
}

} // namespace

Result<HistoryCounts> generateHistory(Document& document, const HistorySize& size,
                                      const MinutesApprover& approve)
{
    Generator generator(document, size, approve);
    if (auto r = document.database().setBulkWriting(true); !r)
        return Error{r.error()};
    Result<void> made = generator.organisation();
    if (made)
        made = generator.meetings();
    if (auto synced = document.database().setBulkWriting(false); made && !synced)
        made = synced;
    if (!made)
        return Error{made.error()};
    return generator.counts();
}

} // namespace cercles
