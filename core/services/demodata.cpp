#include "demodata.h"

#include "demohistory.h"
#include "document.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"

#include <QFile>

namespace cercles {

namespace {

ScopeItem item(qint64& nextId, const char* text)
{
    return ScopeItem{ScopeItemId(nextId++), QString::fromUtf8(text)};
}

ConsentRule rule(ConsentBasis basis, bool excludesConcerned)
{
    return ConsentRule{basis, excludesConcerned};
}

QList<Circle> referenceCircles()
{
    qint64 nextItem = 1;
    Circle ag;
    ag.id = CircleId(1);
    ag.name = QStringLiteral("Assemblée Populaire");
    ag.article = FrenchArticle::Elided;
    ag.purpose = QString::fromUtf8("La base démocratique de l’association.");
    ag.cadence = MeetingCadence::Yearly;
    ag.scope = {item(nextItem, "Raison d’être"),
                item(nextItem, "Impact"),
                item(nextItem, "Missions"),
                item(nextItem, "Objectifs à court terme"),
                item(nextItem, "Modification des statuts"),
                item(nextItem, "Sélection des co-présidences"),
                item(nextItem, "Gouvernance")};
    ag.operatingRules = QString::fromUtf8(
        "Décisions par consentement. L’assemblée se réunit une fois par an et chaque fois que le Conseil de "
        "Coordination la convoque.");
    ag.entryRule = rule(ConsentBasis::MembersPresent, false);
    ag.exitRule = rule(ConsentBasis::MembersPresent, true);
    ag.decisionRule = rule(ConsentBasis::MembersPresent, false);

    Circle ca;
    ca.id = CircleId(2);
    ca.name = QStringLiteral("Conseil de Coordination");
    ca.article = FrenchArticle::Le;
    ca.purpose = QString::fromUtf8("Pilote l’association.");
    ca.parent = ag.id;
    ca.cadence = MeetingCadence::Monthly;
    ca.scope = {item(nextItem, "Décisions stratégiques"),
                item(nextItem, "Décisions opérationnelles remontées par les cercles"),
                item(nextItem, "Budget"), item(nextItem, "Recrutement")};
    ca.operatingRules = QString::fromUtf8(
        "Décisions par consentement. Pour garder une gestion désintéressée, un membre du Conseil ne peut "
        "être ni "
        "membre d’une liste électorale, ni candidat·e aux municipales, ni prestataire, ni salarié·e de "
        "l’association.");
    ca.entryRule = rule(ConsentBasis::AllMembers, false);
    ca.exitRule = rule(ConsentBasis::AllMembers, true);
    ca.decisionRule = rule(ConsentBasis::MembersPresent, false);
    ca.redLines = PersonStatus::ElectoralListMember | PersonStatus::Candidate | PersonStatus::Contractor |
                  PersonStatus::Employee;

    Circle com;
    com.id = CircleId(3);
    com.name = QStringLiteral("Cercle Communication");
    com.article = FrenchArticle::Le;
    com.purpose = QString::fromUtf8("Pilote et met en œuvre la stratégie de communication.");
    com.parent = ca.id;
    com.scope = {item(nextItem, "Choix des médias"), item(nextItem, "Publications sur les réseaux sociaux"),
                 item(nextItem, "Promotion des événements"),
                 item(nextItem, "Toute décision de communication")};
    com.operatingRules = QString::fromUtf8("Le cercle fixe son propre rythme de réunion.");
    com.entryRule = rule(ConsentBasis::AllMembers, false);
    com.exitRule = rule(ConsentBasis::AllMembers, true);
    com.decisionRule = rule(ConsentBasis::MembersPresent, false);

    Circle acc = com;
    acc.id = CircleId(4);
    acc.name = QStringLiteral("Cercle Accompagnement");
    acc.purpose = QString::fromUtf8("Pilote et met en œuvre la stratégie d’accompagnement des listes.");
    acc.scope = {item(nextItem, "Choix des formations"),
                 item(nextItem, "Combinaison des offres de formation"),
                 item(nextItem, "Toute décision d’accompagnement")};
    return {ag, ca, com, acc};
}

QList<Role> referenceRoles()
{
    return {Role{RoleId(1), CircleId(1), QStringLiteral("Co-présidence"),
                 QString::fromUtf8("Représente l’association ; sélectionnée par l’Assemblée Populaire.")},
            Role{RoleId(2), CircleId(2), QStringLiteral("Facilitation"),
                 QString::fromUtf8("Anime les réunions du Conseil et les tours de consentement.")},
            Role{RoleId(3), CircleId(2), QString::fromUtf8("Secrétariat"),
                 QString::fromUtf8("Tient le registre des décisions et publie les comptes rendus.")},
            Role{RoleId(4), CircleId(3), QStringLiteral("Premier lien"),
                 QString::fromUtf8("Porte la voix du Conseil dans le cercle.")},
            Role{RoleId(5), CircleId(4), QStringLiteral("Premier lien"),
                 QString::fromUtf8("Porte la voix du Conseil dans le cercle.")}};
}

} // namespace

Organisation templateOrganisation()
{
    Organisation org;
    org.name = QStringLiteral("Association sociocratique");
    org.circles = referenceCircles();
    org.roles = referenceRoles();
    return org;
}

Organisation demoOrganisation()
{
    Organisation org = templateOrganisation();
    org.name = QStringLiteral("Listes Participatives");
    struct P
    {
        const char* name;
        const char* contact;
        PersonStatuses statuses;
        const char* notes;
    };
    const P people[] = {
        {"Amandine Roux", "amandine.roux@example.org", PersonStatus::Employee,
         "A accompagné une vingtaine de listes participatives."},
        {"Bastien Morel", "bastien.morel@example.org", PersonStatus::Employee, "Fondateur du projet."},
        {"Chloé Garnier",
         "chloe.garnier@example.org",
         {},
         "Co-présidente ; travaille aussi pour une organisation partenaire ; communication et financement "
         "participatif."},
        {"Denise Faure", "denise.faure@example.org", {}, "Co-présidente ; chercheuse sur le municipalisme."},
        {"Étienne Blanc", "etienne.blanc@example.org", {}, "Bénévole : communication et organisation."},
        {"Fatou Diallo",
         "fatou.diallo@example.org",
         {},
         "Bénévole : communication et financement participatif."},
        {"Gaëlle Lemoine",
         "gaelle.lemoine@example.org",
         {},
         "Bénévole : anime les réseaux sociaux à distance, depuis l’étranger."},
        {"Hugo Perrin", "hugo.perrin@example.org", {}, "Bénévole : financement participatif."},
        {"Inès Bonnet", "ines.bonnet@example.org", {}, "Bénévole, liée au mouvement climat."},
        {"Jules Mercier", "jules.mercier@example.org", PersonStatus::Contractor,
         "Réalisateur du documentaire."},
        {"Karim Haddad", "karim.haddad@example.org", PersonStatus::Contractor, "Cadreur du documentaire."},
        {"Lina Martin",
         "lina.martin@example.org",
         {},
         "Bénévole : suit les ateliers d’accompagnement des listes à Villeurbanne."},
    };
    qint64 id = 1;
    for (const P& p : people)
        org.people << Person{PersonId(id++), QString::fromUtf8(p.name), QString::fromUtf8(p.contact),
                             p.statuses, QString::fromUtf8(p.notes)};

    // Who sits where (invented, consistent with the red lines): persons 1..11 in the order above. Lina Martin
    // (12) has no membership here: the demo history admits her at the Assemblée Populaire of March 2026.
    struct M
    {
        qint64 person;
        qint64 circle;
        const char* from;
    };
    const M memberships[] = {
        {1, 1, "2024-02-10"}, {2, 1, "2024-02-10"}, {3, 1, "2024-02-10"}, {4, 1, "2024-02-10"},
        {5, 1, "2024-02-10"}, {6, 1, "2024-02-10"}, {7, 1, "2024-06-15"}, {8, 1, "2024-02-10"},
        {9, 1, "2025-03-15"}, {3, 2, "2024-03-02"}, {4, 2, "2024-03-02"}, {5, 2, "2024-03-02"},
        {8, 2, "2024-03-02"}, {9, 2, "2025-04-05"}, {3, 3, "2024-04-01"}, {5, 3, "2024-04-01"},
        {6, 3, "2024-04-01"}, {7, 3, "2024-06-20"}, {1, 4, "2024-04-01"}, {2, 4, "2024-04-01"},
        {4, 4, "2024-04-01"}, {9, 4, "2025-04-10"},
    };
    id = 1;
    for (const M& m : memberships)
        org.memberships << Membership{MembershipId(id++), PersonId(m.person), CircleId(m.circle),
                                      QDate::fromString(QString::fromLatin1(m.from), Qt::ISODate), QDate()};

    struct T
    {
        qint64 person;
        qint64 role;
        const char* start;
        const char* end;
    };
    const T mandates[] = {
        {3, 1, "2026-03-14", "2027-03-13"}, {4, 1, "2026-03-14", "2027-03-13"},
        {5, 2, "2026-01-01", "2026-12-31"}, {8, 3, "2025-07-01", "2027-06-30"},
        {6, 4, "2025-10-01", "2026-09-30"}, {7, 4, "2026-10-01", "2027-09-30"},
        {2, 5, "2025-04-10", "2027-04-09"},
    };
    id = 1;
    for (const T& t : mandates)
        org.mandates << Mandate{MandateId(id++), PersonId(t.person), RoleId(t.role),
                                QDate::fromString(QString::fromLatin1(t.start), Qt::ISODate),
                                QDate::fromString(QString::fromLatin1(t.end), Qt::ISODate)};
    return org;
}

Result<void> importOrganisation(Database& db, const Organisation& org)
{
    namespace Repo = OrganisationRepository;
    const QSqlDatabase c = db.connection();
    return db.transact([&]() -> Result<void> {
        if (auto r = Repo::saveName(c, org.name); !r)
            return r;
        // Parents first: org.circles is in hierarchy order.
        for (const Circle& circle : org.circles) {
            if (auto r = Repo::insertCircle(c, circle); !r)
                return Error{r.error()};
        }
        for (const Person& p : org.people) {
            if (auto r = Repo::insertPerson(c, p); !r)
                return Error{r.error()};
        }
        for (const Membership& m : org.memberships) {
            if (auto r = Repo::insertMembership(c, m); !r)
                return Error{r.error()};
        }
        for (const Role& role : org.roles) {
            if (auto r = Repo::insertRole(c, role); !r)
                return Error{r.error()};
        }
        for (const Mandate& m : org.mandates) {
            if (auto r = Repo::insertMandate(c, m); !r)
                return Error{r.error()};
        }
        return {};
    });
}

Result<void> createDemoFile(const QString& path)
{
    auto created = Database::create(path);
    if (!created)
        return Error{created.error()};
    std::unique_ptr<Database> db = std::move(created).value();
    const QString file = db->path();
    // The structure in one transaction, then the history through the services (one commit per step).
    Result<void> done = importOrganisation(*db, demoOrganisation());
    if (done) {
        Document document(std::move(db));
        done = recordDemoHistory(document);
    }
    db.reset();
    if (!done)
        QFile::remove(file);
    return done;
}

} // namespace cercles
