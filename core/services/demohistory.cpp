// The demo organisation's past meetings (issue 3, "Demo data"), recorded through the services exactly as
// a facilitator would record them, so the demo file exercises the same code paths as a real meeting.
#include "demohistory.h"

#include "document.h"

#include <algorithm>

namespace cercles {

namespace {

// The demo organisation's people and circles, by the ids demoOrganisation() assigns.
const PersonId amandine{1}, bastien{2}, chloe{3}, denise{4}, etienne{5}, fatou{6}, gaelle{7}, hugo{8},
    ines{9}, lina{12};
const CircleId assembly{1}, council{2}, communication{3};
const ScopeItemId shortTermObjectives{4}, budget{10}, media{12}, socialNetworkPosts{13};

QString fr(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// One spoken turn or answer of the script: a person and what they said (empty: passes / plain consent).
struct Line
{
    PersonId person;
    const char* text = "";
};

/// Records a meeting step by step. The first error stops the script; later calls do nothing.
class Script
{
public:
    explicit Script(Document& doc) : m_doc(doc)
    {
        m_doc.consent().setClock([this] { return m_now; });
    }
    ~Script()
    {
        m_doc.consent().setClock([] { return QDateTime::currentDateTimeUtc(); });
    }

    Result<void> result() const { return m_error.isEmpty() ? Result<void>() : Result<void>(Error{m_error}); }

    /// Opens a meeting in Europe/Paris; `attendance` lists members in seating order, then guests.
    void openMeeting(CircleId circle, QDate day, QTime time, const char* place, PersonId facilitator,
                     PersonId secretary, const QList<Attendance>& attendance, const char* nextMeeting)
    {
        if (failed())
            return;
        Meeting m;
        m.circle = circle;
        m.timeZone = "Europe/Paris";
        m.start = toUtc(day, time, m.timeZone);
        m.place = fr(place);
        m.facilitator = facilitator;
        m.secretary = secretary;
        m.nextMeeting = fr(nextMeeting);
        m.attendance = attendance;
        m_now = m.start;
        m_present = m.present();
        if (keep(m_doc.meetings().createMeeting(m), m_meeting))
            keep(m_doc.meetings().setStatus(m_meeting, MeetingStatus::Open));
    }

    /// Adds an agenda item and returns it (with its id).
    AgendaItem item(AgendaItemKind kind, const char* title, const char* notes = "", PersonId concerned = {})
    {
        AgendaItem item;
        item.meeting = m_meeting;
        item.kind = kind;
        item.title = fr(title);
        item.notes = fr(notes);
        item.personConcerned = concerned;
        if (!failed())
            keep(m_doc.meetings().addAgendaItem(item), item.id);
        return item;
    }

    /// Marks an item dealt with, after `minutes` spent on it.
    void done(AgendaItem item, int minutes = 0)
    {
        advance(60 * minutes);
        item.state = AgendaItemState::Done;
        if (!failed())
            keep(m_doc.meetings().updateAgendaItem(item));
    }

    void action(const AgendaItem& item, PersonId person, const char* text, QDate due)
    {
        if (!failed())
            keep(m_doc.meetings().addAction(Action{{}, item.id, person, fr(text), due, {}}), m_lastAction);
    }

    /// Puts a proposal on a consent item: its process starts in the Presentation phase.
    void propose(const AgendaItem& item, const char* text, const char* driver, PersonId responsible,
                 QDate reviewDate, ScopeItemId scopeItem)
    {
        if (failed())
            return;
        advance(120);
        keep(m_doc.consent().startProcess(item.id,
                                          Proposal{fr(text), fr(driver), responsible, reviewDate, scopeItem}),
             m_process);
    }

    /// A clarifying questions or reactions round over everyone present: those in `spoken` say their
    /// text, the others pass, in seating order.
    void speakingRound(ConsentEventKind start, const QList<Line>& spoken)
    {
        record(ConsentEvent::roundStart(start, {}, m_present), 30);
        for (PersonId person : m_present) {
            const auto line = std::find_if(spoken.cbegin(), spoken.cend(),
                                           [person](const Line& l) { return l.person == person; });
            if (line == spoken.cend())
                record(ConsentEvent::pass({}, person), 10);
            else if (start == ConsentEventKind::ClarifyingRoundStarted)
                record(ConsentEvent::question({}, person, fr(line->text)), 75);
            else
                record(ConsentEvent::reaction({}, person, fr(line->text)), 60);
        }
    }

    /// A consent round: the answers in the order given (a text on a consent is a concern), then closed.
    void consentRound(const QList<Line>& consents, const QList<Line>& objections = {})
    {
        record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, {}, m_present), 30);
        for (PersonId person : m_present) {
            const auto objection = std::find_if(objections.cbegin(), objections.cend(),
                                                [person](const Line& l) { return l.person == person; });
            const auto consent = std::find_if(consents.cbegin(), consents.cend(),
                                              [person](const Line& l) { return l.person == person; });
            if (objection != objections.cend())
                record(ConsentEvent::objection({}, person, fr(objection->text)), 90);
            else if (consent != consents.cend())
                record(ConsentEvent::consent({}, person, fr(consent->text)), 20);
        }
        record(ConsentEvent::roundClose({}), 15);
    }

    void integrate(PersonId objector, IntegrationMethod method, const char* text, QDate reviewDate)
    {
        record(ConsentEvent::integration({}, objector, method, fr(text), reviewDate), 300);
    }

    void refer(CircleId parent, const char* why) { record(ConsentEvent::referral({}, parent, fr(why)), 60); }

    void closeMeeting()
    {
        advance(600);
        if (!failed())
            keep(m_doc.meetings().setStatus(m_meeting, MeetingStatus::Closed));
    }

private:
    bool failed() const { return !m_error.isEmpty(); }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

    /// Records an event stamped by the script's clock, then lets `seconds` pass.
    void record(const ConsentEvent& event, int seconds)
    {
        if (failed())
            return;
        keep(m_doc.consent().record(m_process, event));
        advance(seconds);
    }

    bool keep(const Result<void>& r)
    {
        if (!r)
            m_error = r.error();
        return r.ok();
    }
    template <typename T> bool keep(const Result<T>& r, T& into)
    {
        if (!r) {
            m_error = r.error();
            return false;
        }
        into = *r;
        return true;
    }

    Document& m_doc;
    QDateTime m_now;
    QString m_error;
    MeetingId m_meeting;
    QList<PersonId> m_present;
    ConsentProcessId m_process;
    ActionId m_lastAction;
};

QList<Attendance> attendance(const QList<PersonId>& present, const QList<PersonId>& excused = {},
                             const QList<PersonId>& guests = {})
{
    QList<Attendance> list;
    for (PersonId p : present)
        list << Attendance{p, AttendanceStatus::Present};
    for (PersonId p : excused)
        list << Attendance{p, AttendanceStatus::Excused};
    for (PersonId p : guests)
        list << Attendance{p, AttendanceStatus::Guest};
    return list;
}

void generalAssembly(Script& s)
{
    s.openMeeting(
        assembly, QDate(2026, 3, 14), QTime(14, 0), "Maison des associations, Villeurbanne", etienne, hugo,
        attendance({chloe, denise, amandine, bastien, etienne, fatou, hugo, ines}, {gaelle}, {lina}),
        "Assemblée Populaire de mars 2027, lieu à confirmer");

    const AgendaItem report = s.item(
        AgendaItemKind::Information, "Rapport d’activité 2025",
        "Denise Faure présente le bilan : 23 listes participatives accompagnées, dont 9 dans des communes de "
        "moins de 3 500 habitants ; le documentaire « Chaque voix compte » est en cours de montage. "
        "Questions "
        "de la salle sur le calendrier des municipales et sur l’été de tournage prévu en Bretagne.");
    s.done(report, 25);
    s.action(report, bastien, "Mettre en ligne le rapport d’activité 2025 sur le site de l’association",
             QDate(2026, 3, 31));

    const AgendaItem entry = s.item(AgendaItemKind::MembershipEntry, "Admission de Lina Martin", "", lina);
    s.propose(
        entry, "Admettre Lina Martin comme membre de l’association.",
        "Lina suit depuis l’automne les ateliers d’accompagnement des listes à Villeurbanne et souhaite "
        "s’engager comme bénévole.",
        denise, {}, {});
    s.speakingRound(ConsentEventKind::ClarifyingRoundStarted,
                    {{ines, "Lina, souhaites-tu rejoindre un cercle en particulier ?"},
                     {fatou, "Es-tu engagée sur une liste électorale pour les municipales ?"}});
    s.speakingRound(ConsentEventKind::ReactionsRoundStarted,
                    {{chloe, "Ravie : Lina a déjà donné un vrai coup de main aux listes du Rhône."},
                     {amandine, "Elle connaît bien le terrain, ce sera précieux pour la tournée."}});
    s.consentRound({{chloe},
                    {denise},
                    {amandine},
                    {bastien, "Veillons à ce qu’elle ait un binôme pour ses débuts."},
                    {etienne},
                    {fatou},
                    {hugo},
                    {ines}});
    s.done(entry);
    s.action(entry, denise, "Envoyer à Lina Martin le livret d’accueil et la charte des bénévoles",
             QDate(2026, 3, 21));

    const AgendaItem objectives =
        s.item(AgendaItemKind::ConsentDecision, "Objectifs 2026 : témoignages des listes");
    s.propose(
        objectives,
        "Recueillir pendant l’été, d’ici au 30 septembre 2026, vingt témoignages de listes "
        "participatives (élu·es et non-élu·es) sur leur campagne, pour documenter l’expérience des "
        "municipales.",
        "Après le scrutin, les équipes se dispersent vite : leurs récits se perdent si on ne les recueille "
        "pas dans les six mois.",
        denise, QDate(2026, 9, 30), shortTermObjectives);
    s.speakingRound(ConsentEventKind::ClarifyingRoundStarted,
                    {{hugo, "Les témoignages seront-ils publics ou réservés aux membres ?"}});
    s.speakingRound(ConsentEventKind::ReactionsRoundStarted,
                    {{bastien, "Bonne idée, ça nourrira aussi le documentaire."}});
    s.consentRound({{chloe},
                    {denise},
                    {amandine},
                    {bastien},
                    {etienne},
                    {fatou, "Prévoir l’accord écrit de chaque personne interrogée."},
                    {hugo},
                    {ines}});
    s.done(objectives);
    s.action(objectives, amandine, "Proposer une grille d’entretien pour les témoignages",
             QDate(2026, 4, 30));
    s.closeMeeting();
}

void coordinationCouncil(Script& s)
{
    s.openMeeting(council, QDate(2026, 11, 3), QTime(19, 0), "Local de l’association, Lyon", etienne, hugo,
                  attendance({chloe, denise, etienne, hugo, ines}, {}, {bastien}),
                  "Mardi 1er décembre 2026 à 19 h, en visioconférence");

    const AgendaItem treasury = s.item(
        AgendaItemKind::Information, "Point sur la trésorerie",
        "Hugo Perrin : 12 430 € sur le compte au 31 octobre ; la campagne de financement participatif a "
        "rapporté 3 150 € cet été. Aucune dépense engagée hors budget.");
    s.done(treasury, 10);

    const AgendaItem tour =
        s.item(AgendaItemKind::ConsentDecision, "Budget de la tournée d’accompagnement 2027");
    s.propose(tour,
              "Allouer 4 000 € à la tournée d’accompagnement des listes participatives (déplacements et "
              "hébergement d’Amandine Roux) du 1er novembre 2026 au 31 octobre 2027.",
              "Les listes des petites communes demandent un accompagnement sur place ; la tournée de l’été a "
              "montré qu’il est décisif.",
              hugo, QDate(2027, 10, 31), budget);
    s.speakingRound(ConsentEventKind::ClarifyingRoundStarted,
                    {{ines, "Les 4 000 € couvrent-ils aussi les trains pour la Bretagne ?"},
                     {chloe, "Qui valide les notes de frais ?"}});
    s.speakingRound(ConsentEventKind::ReactionsRoundStarted,
                    {{denise, "Indispensable : l’accompagnement sur place est au cœur de notre mission."},
                     {hugo, "D’accord sur le principe, inquiet pour la trésorerie."}});
    s.consentRound(
        {{chloe}, {denise}, {etienne}, {ines, "Privilégier le train pour limiter l’empreinte carbone."}},
        {{hugo, "Engager 4 000 € sur un an sans point d’étape met la trésorerie en risque si les dons "
                "ralentissent."}});
    s.integrate(hugo, IntegrationMethod::ShortenTerm,
                "Allouer 4 000 € à la tournée d’accompagnement des listes participatives (déplacements et "
                "hébergement d’Amandine Roux) à partir du 1er novembre 2026, avec un bilan d’étape et une "
                "révision de l’enveloppe au 30 avril 2027.",
                QDate(2027, 4, 30));
    s.consentRound({{chloe}, {denise}, {etienne}, {hugo}, {ines}});
    s.done(tour);
    s.action(tour, hugo, "Ouvrir une ligne « Tournée 2027 » dans le suivi de trésorerie",
             QDate(2026, 11, 15));
    s.action(tour, bastien, "Transmettre le calendrier de la tournée au Conseil", QDate(2026, 11, 30));
    s.closeMeeting();
}

void communicationCircle(Script& s)
{
    s.openMeeting(communication, QDate(2026, 11, 12), QTime(18, 30), "Visioconférence (Jitsi)", chloe, fatou,
                  attendance({chloe, etienne, fatou, gaelle}),
                  "Jeudi 10 décembre 2026 à 18 h 30, en visioconférence");

    const AgendaItem newsletter = s.item(AgendaItemKind::ConsentDecision, "Lettre d’information mensuelle");
    s.propose(
        newsletter,
        "Envoyer une lettre d’information mensuelle aux listes accompagnées et aux adhérent·es, le premier "
        "mardi du mois, avec au cœur de chaque numéro le témoignage d’une liste. Envoi avec l’outil de "
        "l’association, sans prestataire. Essai jusqu’à fin février 2027.",
        "Les listes nous disent qu’elles ne savent pas ce que font les autres.", fatou, QDate(2027, 2, 28),
        media);
    s.speakingRound(ConsentEventKind::ClarifyingRoundStarted,
                    {{etienne, "Quel outil d’envoi ? Celui de l’association est-il conforme au RGPD ?"}});
    s.speakingRound(ConsentEventKind::ReactionsRoundStarted,
                    {{gaelle, "Enfin ! Je peux relayer chaque numéro sur les réseaux."}});
    s.consentRound({{chloe}, {etienne, "Attention à la charge de travail de Fatou."}, {fatou}, {gaelle}});
    s.done(newsletter);
    s.action(newsletter, fatou, "Préparer le premier numéro de la lettre d’information", QDate(2026, 12, 1));

    const AgendaItem sponsored =
        s.item(AgendaItemKind::ConsentDecision, "Publications sponsorisées pour le financement participatif");
    s.propose(
        sponsored,
        "Payer 150 € par mois de publications sponsorisées sur Instagram et Facebook, de décembre 2026 à "
        "février 2027, pour toucher le coeur de cible de la campagne de financement participatif du "
        "documentaire.",
        "La portée de nos publications baisse depuis l’été.", gaelle, QDate(2027, 2, 28), socialNetworkPosts);
    s.speakingRound(ConsentEventKind::ClarifyingRoundStarted,
                    {{etienne, "Sur quel budget ces 450 € seraient-ils pris ?"},
                     {fatou, "A-t-on des chiffres sur la portée des publications non sponsorisées ?"}});
    s.refer(council,
            "Engager une dépense relève du budget, qui est du périmètre du Conseil de Coordination : "
            "le cercle lui renvoie la proposition avec ses questions.");
    s.done(sponsored);
    s.action(sponsored, gaelle, "Rassembler les chiffres de portée des publications de l’été pour le Conseil",
             QDate(2026, 11, 30));
    s.closeMeeting();
}

} // namespace

Result<void> recordDemoHistory(Document& document)
{
    Script script(document);
    generalAssembly(script);
    coordinationCouncil(script);
    communicationCircle(script);
    return script.result();
}

} // namespace cercles
