#include "exportlabels.h"

#include "domain/frenchgrammar.h"

#include <QHash>

namespace cercles {

namespace {

/// English source text -> French. Kept next to the code that uses it so a document's words never depend
/// on which translator the application loaded.
const QHash<QString, QString>& french()
{
    static const QHash<QString, QString> table = [] {
        const char* pairs[][2] = {
            {"Minutes", "Compte rendu"},
            {"Minutes of the meeting of %1", "Compte rendu de la réunion du %1"},
            {"Draft: not approved yet", "Projet : non encore approuvé"},
            {"Approved on %1", "Approuvé le %1"},
            {"Record head: %1", "Empreinte du registre : %1"},
            {"Record head", "Empreinte du registre"},
            {"Draft", "Projet"},
            {"Approved minutes", "Compte rendu approuvé"},
            {"The record changed after approval; these are the minutes as approved.",
             "Le registre a changé après l’approbation ; voici le compte rendu tel qu’approuvé."},
            {"Meeting", "Réunion"},
            {"Organisation", "Organisation"},
            {"Circle", "Cercle"},
            {"Date", "Date"},
            {"Time", "Heure"},
            {"Place", "Lieu"},
            {"Facilitator", "Facilitateur·rice"},
            {"Secretary", "Secrétaire"},
            {"Status", "Statut"},
            {"Attendance", "Participants"},
            {"Present", "Présents"},
            {"Excused", "Excusés"},
            {"Absent", "Absents"},
            {"Guests", "Invités"},
            {"nobody", "personne"},
            {"Agenda", "Ordre du jour"},
            {"Items", "Points traités"},
            {"Notes", "Notes"},
            {"Decision", "Décision"},
            {"Exact text of the decision (version %1)", "Texte exact de la décision (version %1)"},
            {"Text of the proposal (version %1)", "Texte de la proposition (version %1)"},
            {"Driver", "Raison / besoin"},
            {"Scope item", "Périmètre"},
            {"Responsible", "Responsable"},
            {"Review date", "Date de révision"},
            {"Indicators", "Indicateurs"},
            {"Person concerned", "Personne concernée"},
            {"Outcome", "Issue"},
            {"Objections", "Objections"},
            {"Objection by %1 (round %2, version %3)", "Objection de %1 (tour %2, version %3)"},
            {"given after the meeting", "donnée après la réunion"},
            {"History of the proposal", "Historique de la proposition"},
            {"Version %1, adopted", "Version %1, adoptée"},
            {"Consent round %1: %2 consent(s), %3 with a concern, %4 objection(s)",
             "Tour de consentement %1\u00a0: %2 consentement(s), %3 avec préoccupation, %4 objection(s)"},
            {"Objection by %1", "Objection de %1"},
            {"with a consent given after the meeting of %1",
             "avec un consentement donné après la réunion du %1"},
            {"Integrated: %1", "Intégrée : %1"},
            {"new version %1", "nouvelle version %1"},
            {"new review date %1", "nouvelle date de révision %1"},
            {"Not integrated yet", "Pas encore intégrée"},
            {"Consented", "Ont consenti"},
            {"with a concern", "avec une préoccupation"},
            {"Not consenting", "Sans droit de consentement"},
            {"Changed answers", "Réponses changées"},
            {"%1, round %2: %3", "%1, tour %2 : %3"},
            {"first %1", "a d’abord %1"},
            {"then %1", "puis a %1"},
            {"objected: “%1”", "objecté : « %1 »"},
            {"consented", "consenti"},
            {"consented with a concern: “%1”", "consenti avec une préoccupation : « %1 »"},
            {"Awaited consents", "Consentements attendus"},
            {"Consent process not started", "Processus de consentement non commencé"},
            {"Membership entries and exits", "Entrées et sorties de membres"},
            {"Entry of %1", "Entrée de %1"},
            {"Exit of %1", "Sortie de %1"},
            {"Actions", "Actions"},
            {"Who", "Qui"},
            {"What", "Quoi"},
            {"By when", "Pour quand"},
            {"Item", "Point"},
            {"Backlog", "Points reportés"},
            {"The backlog is empty.", "Aucun point reporté."},
            {"since %1", "depuis le %1"},
            {"deferred in this meeting", "reporté lors de cette réunion"},
            {"referred by %1", "renvoyé par %1"},
            {"Referred by %1", "Renvoyée par %1"},
            {"Referred to %1", "Renvoyée à %1"},
            {"referred to %1", "renvoyée à %1"},
            {"not taken up yet", "pas encore reprise"},
            {"Referred by", "Renvoyée par"},
            {"Referred to", "Renvoyée à"},
            {"Status in that circle", "Statut dans ce cercle"},
            {"Next meeting", "Prochaine réunion"},
            {"Not set", "Non fixée"},
            {"Amendments after approval", "Modifications après approbation"},
            {"Amendment of %1", "Modification du %1"},
            {"by %1", "par %1"},
            {"Signatures", "Signatures"},
            {"Signature", "Signature"},
            {"on %1", "le %1"},
            {"to %1", "à %1"},
            {"page %1 / %2", "page %1 / %2"},
            {"page %1", "page %1"},
            {"page %1 (last page)", "page %1 (dernière page)"},
            {"(no agenda item)", "(aucun point à l’ordre du jour)"},
            // outcomes (consent phases)
            {"presented", "présentée"},
            {"clarifying questions", "questions de clarification"},
            {"reactions", "réactions"},
            {"being amended", "en cours d’amendement"},
            {"consent round in progress", "tour de consentement en cours"},
            {"integrating objections", "intégration des objections"},
            {"adopted", "adoptée"},
            {"pending: awaiting consents", "en attente de consentements"},
            {"withdrawn", "retirée"},
            {"deferred", "reportée"},
            {"referred to the parent circle", "renvoyée au cercle supérieur"},
            // agenda kinds and states
            {"information", "information"},
            {"discussion", "discussion"},
            {"consent decision", "décision par consentement"},
            {"membership entry", "entrée d’un membre"},
            {"membership exit", "sortie d’un membre"},
            {"election", "élection sans candidat"},
            {"majority-judgment vote", "vote au jugement majoritaire"},
            {"planned", "prévu"},
            {"done", "traité"},
            {"deferred to the backlog", "reporté"},
            {"in progress", "en cours"},
            {"referred", "renvoyé au cercle supérieur"},
            {"Content", "Contenu"},
            {"Reason given", "Raison donnée"},
            {"Questions then", "Questions posées alors"},
            {"Questions asked", "Questions posées"},
            {"Reactions given", "Réactions"},
            {"Reactions then", "Réactions d’alors"},
            {"Referred by %1 (meeting of %2)", "Renvoyée par %1 (réunion du %2)"},
            {"Deferred at the meeting of %1, taken up again",
             "Reportée lors de la réunion du %1, reprise ici"},
            {"Taken up by %1 at the meeting of %2", "Reprise par %1 lors de la réunion du %2"},
            {"Done", "Fait"},
            {"Open", "En cours"},
            {"Late", "En retard"},
            {"Done on", "Fait le"},
            // integration methods
            {"proposal modified", "proposition modifiée"},
            {"term shortened", "durée raccourcie"},
            {"indicator to measure the concern", "indicateur pour mesurer la préoccupation"},
            // exclusions
            {"person concerned by the decision", "personne concernée par la décision"},
            {"absent (the circle's rule counts the members present)",
             "absent·e (la règle du cercle compte les membres présents)"},
            {"excused (the circle's rule counts the members present)",
             "excusé·e (la règle du cercle compte les membres présents)"},
            {"Not counted", "Non compté·es"},
            // meeting status
            {"planned meeting", "réunion prévue"},
            {"meeting in progress", "réunion en cours"},
            {"meeting closed", "réunion close"},
            // register
            {"Decision register", "Registre des décisions"},
            {"Text", "Texte"},
            {"Review", "Révision"},
            {"review date passed", "date de révision dépassée"},
            {"All circles", "Tous les cercles"},
            {"From %1", "Du %1"},
            {"until %1", "au %1"},
            {"%n decision(s)", "%n décision(s)"},
            {"Exported on %1", "Exporté le %1"},
            {"No decision matches.", "Aucune décision ne correspond."},
            // elections (processes.md section 3)
            {"Election not started", "Élection non commencée"},
            {"Role", "Rôle"},
            {"Term", "Durée du mandat"},
            {"Qualifications", "Critères"},
            {"from %1 to %2", "du %1 au %2"},
            {"Nomination round", "Tour des nominations"},
            {"No nomination recorded", "Aucune nomination enregistrée"},
            {"Change round", "Tour des changements"},
            {"%1 names %2", "%1 nomme %2"},
            {"%1 changes to %2", "%1 change pour %2"},
            {"%1 keeps %2", "%1 maintient %2"},
            {"Proposal %1", "Proposition %1"},
            {"%1 as %2, %3", "%1 au rôle %2, %3"},
            {"Reasons", "Raisons"},
            {"Consent round %1", "Tour de consentement %1"},
            {"nominee", "personne proposée"},
            {"objection", "objection"},
            {"consent", "consentement"},
            {"consent with a concern", "consentement avec une préoccupation"},
            {"Objection integrated: role changed to %1", "Objection intégrée : rôle changé en %1"},
            {"Objection integrated: term changed, %1", "Objection intégrée : mandat changé, %1"},
            {"Mandate", "Mandat attribué"},
            {"%1 holds the role %2 %3", "%1 occupe le rôle %2 %3"},
            {"none yet (%1)", "aucun pour l’instant (%1)"},
            {"role and term", "rôle et mandat"},
            {"written nominations", "nominations écrites"},
            {"nomination round", "tour des nominations"},
            {"change round", "tour des changements"},
            {"elected", "élu·e"},
            {"cancelled", "annulée"},
            // majority-judgment votes (processes.md section 4)
            {"No vote created", "Aucun vote créé"},
            {"Vote", "Vote"},
            {"Options", "Options"},
            {"Scale (best first)", "Échelle (de la meilleure à la moins bonne mention)"},
            {"Missing judgments", "Jugements manquants"},
            {"none: every option has the same number of judgments",
             "aucun : chaque option a le même nombre de jugements"},
            {"counted as \"%1\"", "comptés «\u00a0%1\u00a0»"},
            {"given the option's own majority grade", "comptés à la mention majoritaire de l’option"},
            {"profiles scaled to a common total", "profils ramenés à un total commun"},
            {"Ballots cast", "Bulletins déposés"},
            {"The vote is not closed: its result is shown once the facilitator closes it.",
             "Le vote n’est pas clos : son résultat sera donné une fois le vote clos."},
            {"Ranking", "Classement"},
            {"Final ranking", "Classement final"},
            {"Result shown at %1, set aside", "Résultat donné à %1, puis écarté"},
            {"Reopened at %1, reason", "Rouvert à %1, motif"},
            {"Rank", "Rang"},
            {"Option", "Option"},
            {"Majority grade", "Mention majoritaire"},
            {"Merit profiles", "Profils de mérite"},
            {"Why this order", "Explication du classement"},
            {"%1 is ahead of %2: its majority grade \"%3\" is better than \"%4\".",
             "%1 devance %2 : sa mention majoritaire «\u00a0%3\u00a0» est meilleure que «\u00a0%4\u00a0»."},
            {"%1 is ahead of %2: same majority grade, but %1 has more judgments above \"%3\" (%4 against "
             "%5); the adhesion group decided.",
             "%1 devance %2 : même mention majoritaire, mais %1 a plus de jugements au-dessus de "
             "«\u00a0%3\u00a0» (%4 "
             "contre %5) ; le groupe d’adhésion a départagé."},
            {"%1 is ahead of %2: same majority grade, but %2 has more judgments below \"%3\" (%4 against "
             "%5); the contestation group decided.",
             "%1 devance %2 : même mention majoritaire, mais %2 a plus de jugements en dessous de "
             "«\u00a0%3\u00a0» (%4 "
             "contre %5) ; le groupe de contestation a départagé."},
            {"%1 and %2 are tied: their merit profiles are identical.",
             "%1 et %2 sont à égalité : leurs profils de mérite sont identiques."},
            {"Excellent", "Excellent"},
            {"Very good", "Très bien"},
            {"Good", "Bien"},
            {"Fair", "Assez bien"},
            {"Passable", "Passable"},
            {"Insufficient", "Insuffisant"},
            {"Reject", "À rejeter"},
        };
        QHash<QString, QString> t;
        for (const auto& pair : pairs)
            t.insert(QString::fromUtf8(pair[0]), QString::fromUtf8(pair[1]));
        return t;
    }();
    return table;
}

} // namespace

ExportLabels::ExportLabels(const QString& language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr")),
      m_locale(m_language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                 : QLocale(QLocale::French, QLocale::France))
{}

QString ExportLabels::operator()(const char* english) const
{
    const QString source = QString::fromUtf8(english);
    if (m_language == QLatin1String("en"))
        return source;
    return french().value(source, source);
}

QString ExportLabels::phrase(const char* english, const QStringList& values) const
{
    return fillPhrase((*this)(english), values);
}

QString ExportLabels::date(QDate date) const
{
    return writtenDate(date, m_language);
}

QString ExportLabels::shortDate(QDate date) const
{
    if (!date.isValid())
        return {};
    return m_language == QLatin1String("en") ? date.toString(Qt::ISODate)
                                             : date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString ExportLabels::time(QTime time) const
{
    return writtenTime(time, m_language);
}

QString ExportLabels::separator() const
{
    return m_language == QLatin1String("en") ? QStringLiteral(": ") : QStringLiteral("\u00a0: ");
}

QString ExportLabels::outcome(const QString& key) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("presentation"), "presented"},
        {QStringLiteral("clarifying-questions"), "clarifying questions"},
        {QStringLiteral("reactions"), "reactions"},
        {QStringLiteral("amendment"), "being amended"},
        {QStringLiteral("consent-round"), "consent round in progress"},
        {QStringLiteral("integrating-objections"), "integrating objections"},
        {QStringLiteral("adopted"), "adopted"},
        {QStringLiteral("pending"), "pending: awaiting consents"},
        {QStringLiteral("withdrawn"), "withdrawn"},
        {QStringLiteral("deferred"), "deferred"},
        {QStringLiteral("referred-to-parent"), "referred to the parent circle"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QString ExportLabels::agendaKind(const QString& key) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("information"), "information"},
        {QStringLiteral("discussion"), "discussion"},
        {QStringLiteral("consent-decision"), "consent decision"},
        {QStringLiteral("membership-entry"), "membership entry"},
        {QStringLiteral("membership-exit"), "membership exit"},
        {QStringLiteral("election"), "election"},
        {QStringLiteral("majority-judgment"), "majority-judgment vote"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QString ExportLabels::agendaState(const QString& key) const
{
    static const QHash<QString, const char*> names = {{QStringLiteral("planned"), "planned"},
                                                      {QStringLiteral("in-progress"), "in progress"},
                                                      {QStringLiteral("done"), "done"},
                                                      {QStringLiteral("deferred"), "deferred to the backlog"},
                                                      {QStringLiteral("referred"), "referred"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QString ExportLabels::integrationMethod(const QString& key) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("modify-proposal"), "proposal modified"},
        {QStringLiteral("shorten-term"), "term shortened"},
        {QStringLiteral("measure-concern"), "indicator to measure the concern"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QString ExportLabels::exclusionReason(const QString& key) const
{
    if (key == QLatin1String("person-concerned"))
        return (*this)("person concerned by the decision");
    if (key == QLatin1String("absent-members-present-rule"))
        return (*this)("absent (the circle's rule counts the members present)");
    if (key == QLatin1String("excused-members-present-rule"))
        return (*this)("excused (the circle's rule counts the members present)");
    return key;
}

QString ExportLabels::meetingStatus(const QString& key) const
{
    if (key == QLatin1String("planned"))
        return (*this)("planned meeting");
    if (key == QLatin1String("open"))
        return (*this)("meeting in progress");
    if (key == QLatin1String("closed"))
        return (*this)("meeting closed");
    return key;
}

QString ExportLabels::electionPhase(const QString& key) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("description"), "role and term"},
        {QStringLiteral("nominations"), "written nominations"},
        {QStringLiteral("nomination-round"), "nomination round"},
        {QStringLiteral("change-round"), "change round"},
        {QStringLiteral("consent-round"), "consent round in progress"},
        {QStringLiteral("integrating-objections"), "integrating objections"},
        {QStringLiteral("elected"), "elected"},
        {QStringLiteral("cancelled"), "cancelled"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QString ExportLabels::fillRule(const QString& key) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("none"), "none: every option has the same number of judgments"},
        {QStringLiteral("static"), "counted as \"%1\""},
        {QStringLiteral("median"), "given the option's own majority grade"},
        {QStringLiteral("normalize"), "profiles scaled to a common total"}};
    const char* english = names.value(key, nullptr);
    return english ? (*this)(english) : key;
}

QStringList ExportLabels::defaultGrades() const
{
    QStringList grades;
    for (const char* g : {"Excellent", "Very good", "Good", "Fair", "Passable", "Insufficient", "Reject"})
        grades << (*this)(g);
    return grades;
}

} // namespace cercles
