#include "demoelection.h"

#include "document.h"

#include <QCoreApplication>
#include <QStringList>

namespace cercles {

namespace {

struct Turn
{
    const char* nominator; ///< a person's name
    const char* nominee;
    const char* why;
};

class DemoElection
{
public:
    DemoElection(Document& doc, const Meeting& meeting) : m_doc(doc), m_meeting(meeting) {}

    PersonId person(const char* name)
    {
        const Person* p = m_doc.organisation().organisation().personNamed(QString::fromUtf8(name));
        if (!p && m_error.isEmpty())
            m_error =
                QCoreApplication::translate("DemoElection", "The demo organisation has no \u201c%1\u201d.")
                    .arg(QString::fromUtf8(name));
        return p ? p->id : PersonId();
    }

    QDateTime next() { return m_meeting.start.addSecs(60 * (90 + m_minute++)); }

    void record(const ElectionEvent& event)
    {
        if (!m_error.isEmpty())
            return;
        if (auto r = m_doc.elections().record(m_election, event); !r)
            m_error = r.error();
    }

    /// Adds the election item and starts it; the nominations follow.
    void start(const char* title, QDate end)
    {
        if (!m_error.isEmpty())
            return;
        AgendaItem item;
        item.meeting = m_meeting.id;
        item.kind = AgendaItemKind::Election;
        item.title = QString::fromUtf8(title);
        auto added = m_doc.meetings().addAgendaItem(item);
        if (!added) {
            m_error = added.error();
            return;
        }
        m_item = *added;
        const QDateTime at = next();
        m_doc.elections().setClock([at] { return at; });
        ElectionDescription d;
        d.roleName = QStringLiteral("Co-présidence");
        d.termStart = m_meeting.localDate();
        d.termEnd = end;
        d.qualifications = QString::fromUtf8("Disponible quelques heures par semaine ; à l’aise pour "
                                             "représenter l’association ; ni candidat·e ni "
                                             "membre d’une liste électorale.");
        auto started = m_doc.elections().start(m_item, d);
        m_doc.elections().setClock([] { return QDateTime::currentDateTimeUtc(); });
        if (!started) {
            m_error = started.error();
            return;
        }
        m_election = *started;
        record(ElectionEvent::opening(next(), m_meeting.present()));
    }

    /// The written nominations and the nomination round, in seating order: the turns given, and everyone
    /// else present naming `othersName`.
    void nominations(const QList<Turn>& turns, const char* othersName)
    {
        QList<std::pair<PersonId, PersonId>> named;
        QStringList why;
        for (PersonId p : m_meeting.present()) {
            const Turn* turn = nullptr;
            for (const Turn& t : turns) {
                if (person(t.nominator) == p)
                    turn = &t;
            }
            named.append({p, person(turn ? turn->nominee : othersName)});
            why << (turn ? QString::fromUtf8(turn->why)
                         : QString::fromUtf8("J’ai nommé %1 ; ses qualités répondent aux critères.")
                               .arg(QString::fromUtf8(othersName)));
        }
        for (const auto& [nominator, nominee] : named)
            record(ElectionEvent::written(next(), nominator, nominee));
        record(ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, next()));
        for (qsizetype i = 0; i < named.size(); ++i)
            record(ElectionEvent::explained(next(), named.at(i).first, why.at(i)));
        record(ElectionEvent::roundStart(ElectionEventKind::ChangeRoundStarted, next()));
    }

    /// The change round: everyone keeps their nomination except the one change given.
    void changes(const Turn& change)
    {
        const PersonId changer = person(change.nominator);
        for (PersonId p : m_meeting.present()) {
            if (p == changer)
                record(
                    ElectionEvent::changed(next(), p, person(change.nominee), QString::fromUtf8(change.why)));
            else
                record(ElectionEvent::kept(next(), p));
        }
    }

    /// Everyone present consents, the nominee last (the order the election gives), then the round closes.
    void consentRound()
    {
        if (!m_error.isEmpty())
            return;
        Result<Election> e = m_doc.elections().election(m_election);
        if (!e) {
            m_error = e.error();
            return;
        }
        for (PersonId p : e->awaited())
            record(ElectionEvent::consent(next(), p));
        record(ElectionEvent::roundClose(next()));
    }

    void done()
    {
        if (!m_error.isEmpty())
            return;
        auto item = m_doc.meetings().meeting(m_meeting.id);
        if (!item) {
            m_error = item.error();
            return;
        }
        for (AgendaItem a : item->agenda) {
            if (a.id == m_item) {
                a.state = AgendaItemState::Done;
                if (auto r = m_doc.meetings().updateAgendaItem(a); !r)
                    m_error = r.error();
            }
        }
    }

    ElectionId election() const { return m_election; }
    const QString& error() const { return m_error; }

private:
    Document& m_doc;
    Meeting m_meeting;
    AgendaItemId m_item;
    ElectionId m_election;
    int m_minute = 0;
    QString m_error;
};

} // namespace

Result<void> recordDemoElection(Document& document, MeetingId assemblyMeeting)
{
    Result<Meeting> meeting = document.meetings().meeting(assemblyMeeting);
    if (!meeting)
        return Error{meeting.error()};
    const QDate start = meeting->localDate();
    DemoElection s(document, *meeting);

    s.start("Co-présidence (1/2)", start.addYears(1).addDays(-1));
    s.nominations(
        {
            {"Chloé Garnier", "Denise Faure",
             "Denise connaît l’histoire de l’association mieux que personne."},
            {"Denise Faure", "Chloé Garnier", "Chloé sait parler aux partenaires et aux financeurs."},
            {"Inès Bonnet", "Inès Bonnet",
             "Je me propose : j’ai du temps cette année et l’envie de m’engager."},
            {"Hugo Perrin", "Chloé Garnier",
             "Chloé a porté la campagne de financement participatif avec brio."},
        },
        "Chloé Garnier");
    s.changes({"Inès Bonnet", "Chloé Garnier",
               "En écoutant le tour, je pense que Chloé a plus d’expérience ; je préfère l’épauler."});
    s.record(ElectionEvent::proposal(
        s.next(), s.person("Chloé Garnier"), start, start.addYears(1).addDays(-1),
        QString::fromUtf8("La plus nommée ; son lien avec les partenaires répond au premier critère.")));
    s.consentRound();
    s.done();

    // The second co-presidency: Denise is proposed and objects to the length of the term herself.
    const QDate shortened(start.year() + 1, 1, 31);
    s.start("Co-présidence (2/2)", start.addYears(1).addDays(-1));
    s.nominations(
        {
            {"Chloé Garnier", "Denise Faure",
             "Nous avons travaillé ensemble toute l’année : Denise est rigoureuse."},
            {"Denise Faure", "Hugo Perrin", "Hugo a montré qu’il savait fédérer les bénévoles."},
            {"Inès Bonnet", "Denise Faure",
             "Son travail sur le municipalisme donne du fond à nos prises de parole."},
            {"Hugo Perrin", "Denise Faure", "Denise, pour la continuité avec la co-présidence actuelle."},
        },
        "Denise Faure");
    s.changes({"Denise Faure", "Denise Faure",
               "Vous me convainquez ; je me nomme à mon tour, sous réserve de mes dates."});
    const PersonId denise = s.person("Denise Faure");
    s.record(ElectionEvent::proposal(
        s.next(), denise, start, start.addYears(1).addDays(-1),
        QString::fromUtf8("Nommée trois fois ; continuité avec la co-présidence actuelle.")));
    if (s.error().isEmpty()) {
        Result<Election> e = document.elections().election(s.election());
        if (!e)
            return Error{e.error()};
        for (PersonId p : e->awaited()) {
            if (p == denise)
                s.record(ElectionEvent::objection(
                    s.next(), p,
                    QString::fromUtf8(
                        "Je pars en terrain de recherche en février : je ne peux m’engager que jusqu’à "
                        "fin janvier.")));
            else
                s.record(ElectionEvent::consent(s.next(), p));
        }
    }
    s.record(ElectionEvent::roundClose(s.next()));
    s.record(ElectionEvent::termChange(
        s.next(), start, shortened,
        QString::fromUtf8("Mandat raccourci au 31 janvier ; une nouvelle élection aura "
                          "lieu avant son départ.")));
    s.record(ElectionEvent::roundStart(ElectionEventKind::ConsentRoundStarted, s.next()));
    s.consentRound();
    s.done();
    if (!s.error().isEmpty())
        return Error{s.error()};
    return {};
}

} // namespace cercles
