// The reference organisation's consent rules and scopes (organisation.md), run through the consent engine
// and the scope check. The organisation is built here from plain values so these rules do not depend on
// the demo file.
#include "domain/consentprocess.h"
#include "domain/scopecheck.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

Q_DECLARE_METATYPE(cercles::AgendaItemKind)

namespace {
const CircleId assembly{1}, council{2}, communication{3}, support{4};

QDateTime meetingAt(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

ScopeItem item(qint64 id, const char* text)
{
    return ScopeItem{ScopeItemId{id}, QString::fromUtf8(text)};
}

Organisation referenceOrganisation()
{
    Organisation org;
    org.name = QStringLiteral("Listes participatives");
    const ConsentRule present{ConsentBasis::MembersPresent, false};
    const ConsentRule presentButConcerned{ConsentBasis::MembersPresent, true};
    const ConsentRule all{ConsentBasis::AllMembers, false};
    const ConsentRule allButConcerned{ConsentBasis::AllMembers, true};
    auto circle = [](CircleId id, const char* name, CircleId parent, QList<ScopeItem> scope) {
        Circle c;
        c.id = id;
        c.name = QString::fromUtf8(name);
        c.parent = parent;
        c.scope = std::move(scope);
        return c;
    };
    Circle ag = circle(assembly, "Assemblée Populaire", {},
                       {item(101, "raison d'être"), item(102, "impact"), item(103, "missions"),
                        item(104, "objectifs à court terme"), item(105, "modification des statuts"),
                        item(106, "sélection des co-présidents"), item(107, "gouvernance")});
    ag.entryRule = present;
    ag.exitRule = presentButConcerned;
    ag.decisionRule = present;
    Circle ca = circle(council, "Conseil de Coordination", assembly,
                       {item(201, "décisions stratégiques"),
                        item(202, "décisions opérationnelles remontées par les cercles"), item(203, "budget"),
                        item(204, "embauches")});
    ca.redLines = PersonStatus::ElectoralListMember | PersonStatus::Candidate | PersonStatus::Contractor |
                  PersonStatus::Employee;
    Circle comm = circle(communication, "Cercle Communication", council,
                         {item(301, "toute décision de communication (choix des médias, publications sur les "
                                    "réseaux sociaux, promotion des événements)")});
    Circle acc = circle(support, "Cercle Accompagnement", council,
                        {item(401, "toute décision d'accompagnement (choix des formations, articulation des "
                                   "offres de formation)")});
    for (Circle* c : {&ca, &comm, &acc}) {
        c->entryRule = all;
        c->exitRule = allButConcerned;
        c->decisionRule = all;
    }
    org.circles = {ag, ca, comm, acc};

    const char* names[] = {"Amandine Roux", "Bastien Morel", "Chloé Garnier",  "Denise Faure",
                           "Étienne Blanc", "Fatou Diallo",  "Gaëlle Lemoine", "Hugo Perrin",
                           "Inès Bonnet",   "Jules Mercier", "Karim Haddad"};
    const PersonStatuses statuses[] = {
        PersonStatus::Employee,   PersonStatus::Employee,  {}, {}, {}, {}, {}, {}, {},
        PersonStatus::Contractor, PersonStatus::Contractor};
    for (int i = 0; i < 11; ++i)
        org.people << Person{PersonId{i + 1}, QString::fromUtf8(names[i]), {}, statuses[i], {}};

    auto join = [&org](CircleId circle, const QList<int>& people) {
        for (int p : people) {
            org.memberships << Membership{
                MembershipId{org.memberships.size() + 1}, PersonId{p}, circle, QDate(2025, 1, 1), {}};
        }
    };
    join(assembly, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    join(council, {3, 4, 5, 6, 8}); // co-presidents and volunteers: no employee, no contractor
    join(communication, {3, 5, 6, 7});
    join(support, {1, 2, 4, 9});
    return org;
}

const QDate day{2026, 11, 20};
} // namespace

class TestConsentReference : public QObject
{
    Q_OBJECT
    const Organisation org = referenceOrganisation();

    PersonId person(const QString& name) const { return org.personNamed(name)->id; }
    QList<PersonId> people(const QStringList& names) const
    {
        QList<PersonId> result;
        for (const QString& name : names)
            result << person(name);
        return result;
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void membershipDecisions_data()
    {
        QTest::addColumn<CircleId>("circle");
        QTest::addColumn<ConsentProcessKind>("kind");
        QTest::addColumn<QString>("concerned");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<ConsentPhase>("phaseAtClose");
        QTest::addColumn<QStringList>("awaitedAfterMeeting");
        // organisation.md: excluding a council member needs every other council member, present or not.
        QTest::newRow("council exclusion, Fatou absent")
            << council << ConsentProcessKind::MembershipExit << QStringLiteral("Hugo Perrin")
            << QStringList{QStringLiteral("Fatou Diallo")} << ConsentPhase::Pending
            << QStringList{QStringLiteral("Fatou Diallo")};
        QTest::newRow("council exclusion, everyone present")
            << council << ConsentProcessKind::MembershipExit << QStringLiteral("Hugo Perrin") << QStringList()
            << ConsentPhase::Adopted << QStringList();
        // At the General Assembly the members present suffice.
        QTest::newRow("assembly exclusion, two members absent")
            << assembly << ConsentProcessKind::MembershipExit << QStringLiteral("Inès Bonnet")
            << QStringList{QStringLiteral("Gaëlle Lemoine"), QStringLiteral("Karim Haddad")}
            << ConsentPhase::Adopted << QStringList();
        QTest::newRow("assembly entry, one member absent")
            << assembly << ConsentProcessKind::MembershipEntry << QStringLiteral("Lina Petit")
            << QStringList{QStringLiteral("Gaëlle Lemoine")} << ConsentPhase::Adopted << QStringList();
    }

    void membershipDecisions()
    {
        QFETCH(CircleId, circle);
        QFETCH(ConsentProcessKind, kind);
        QFETCH(QString, concerned);
        QFETCH(QStringList, absent);
        QFETCH(ConsentPhase, phaseAtClose);
        QFETCH(QStringList, awaitedAfterMeeting);

        const Circle* c = org.circle(circle);
        const PersonId concernedId = org.personNamed(concerned) ? person(concerned) : PersonId{50};
        ConsentSetup setup;
        setup.kind = kind;
        setup.circle = circle;
        setup.proposal.text = kind == ConsentProcessKind::MembershipExit
                                  ? QStringLiteral("Exclude %1 from %2").arg(concerned, c->name)
                                  : QStringLiteral("Admit %1 into %2").arg(concerned, c->name);
        setup.rule = kind == ConsentProcessKind::MembershipExit ? c->exitRule : c->entryRule;
        setup.members = org.membersOn(circle, day);
        setup.personConcerned = concernedId;
        setup.createdAt = meetingAt(0);
        QList<PersonId> present = setup.members;
        for (PersonId p : people(absent))
            present.removeAll(p);
        if (!present.contains(concernedId))
            present << concernedId; // the candidate attends their own admission

        auto started = ConsentProcess::start(setup);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        ConsentProcess process = started.value();
        // The person concerned may still ask questions and react.
        QVERIFY(process.apply(
            ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, meetingAt(1), present)));
        QVERIFY(process.apply(ConsentEvent::question(meetingAt(2), concernedId, QStringLiteral("Why now?"))));
        QVERIFY(process.apply(
            ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, meetingAt(3), {})));
        QVERIFY(
            process.apply(ConsentEvent::reaction(meetingAt(4), concernedId, QStringLiteral("I understand"))));
        QVERIFY(
            process.apply(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, meetingAt(5), {})));

        // ...but has no consent right, not even on their own exclusion.
        QVERIFY(!process.eligible().contains(concernedId));
        QVERIFY(!process.apply(ConsentEvent::consent(meetingAt(6), concernedId)));
        QVERIFY(!process.apply(ConsentEvent::objection(meetingAt(6), concernedId, QStringLiteral("Unfair"))));
        QVERIFY(!process.awaitedPresent().contains(concernedId));

        const QList<PersonId> toAnswer = process.awaitedPresent();
        QVERIFY(!toAnswer.isEmpty());
        for (PersonId p : toAnswer)
            QVERIFY(process.apply(ConsentEvent::consent(meetingAt(7), p)));
        QVERIFY(process.apply(ConsentEvent::roundClose(meetingAt(8))));
        QCOMPARE(process.phase(), phaseAtClose);
        QCOMPARE(process.awaitedAbsent(), people(awaitedAfterMeeting));
        if (phaseAtClose == ConsentPhase::Adopted) {
            QCOMPARE(process.decidedAt(), meetingAt(8));
            return;
        }
        QVERIFY(!process.decidedAt().isValid());
        // The absent member consents three days later: adopted on that date.
        const QDateTime late = meetingAt(3 * 24 * 60);
        for (PersonId p : people(awaitedAfterMeeting))
            QVERIFY(process.apply(ConsentEvent::consent(late, p, {}, true)));
        QCOMPARE(process.phase(), ConsentPhase::Adopted);
        QCOMPARE(process.decidedAt(), late);
        QCOMPARE(process.decidedAt().date(), QDate(2026, 11, 23));
        QVERIFY(process.currentRound()
                    ->latestResponse(people(awaitedAfterMeeting).constFirst())
                    ->givenAfterMeeting);
    }

    void scope_data()
    {
        QTest::addColumn<CircleId>("circle");
        QTest::addColumn<ScopeItemId>("scopeItem");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("within");
        QTest::addColumn<CircleId>("referTo");
        QTest::addColumn<QString>("messagePart");
        // organisation.md: a budget decision belongs to the Coordination Council.
        QTest::newRow("budget in communication, no item")
            << communication << ScopeItemId() << QStringLiteral("budget") << false << council
            << QStringLiteral("Conseil de Coordination");
        QTest::newRow("budget in communication, naming its item")
            << communication << ScopeItemId{301} << QStringLiteral("Budget") << false << council
            << QStringLiteral("\u201cBudget\u201d is in the scope of Conseil de Coordination");
        QTest::newRow("council's item named in communication")
            << communication << ScopeItemId{203} << QString() << false << council
            << QStringLiteral(
                   "The proposal's scope item is not in the decision scope of Cercle Communication. "
                   "Refer it to Conseil de Coordination.");
        QTest::newRow("social networks in communication")
            << communication << ScopeItemId{301} << QStringLiteral("reseaux sociaux") << true << CircleId()
            << QString();
        QTest::newRow("communication item, no topic")
            << communication << ScopeItemId{301} << QString() << true << CircleId() << QString();
        QTest::newRow("budget in the council")
            << council << ScopeItemId{203} << QStringLiteral("budget") << true << CircleId() << QString();
        // The root circle is never offered a referral; the flag says why it is out of scope.
        QTest::newRow("assembly, no item")
            << assembly << ScopeItemId() << QString() << false << CircleId()
            << QStringLiteral("names no item of the decision scope of "
                              "Assemblée Populaire. Assemblée Populaire is the "
                              "root circle");
        QTest::newRow("council, another circle's item")
            << council << ScopeItemId{301} << QString() << false << assembly
            << QStringLiteral("scope item is not in the decision scope of Conseil de Coordination. Refer it "
                              "to Assemblée Populaire.");
    }

    void membershipIsWithinEveryCirclesScope_data()
    {
        QTest::addColumn<CircleId>("circle");
        QTest::addColumn<AgendaItemKind>("kind");
        for (CircleId circle : {assembly, council, communication}) {
            QTest::addRow("entry, circle %lld", circle.value()) << circle << AgendaItemKind::MembershipEntry;
            QTest::addRow("exit, circle %lld", circle.value()) << circle << AgendaItemKind::MembershipExit;
        }
    }

    void membershipIsWithinEveryCirclesScope()
    {
        QFETCH(CircleId, circle);
        QFETCH(AgendaItemKind, kind);
        const ScopeCheck check = checkScope(org, circle, ScopeItemId(), kind);
        QVERIFY2(check.withinScope, qPrintable(check.message));
        QVERIFY(check.message.isEmpty());
        QVERIFY(!check.referTo.isValid());
        QVERIFY(!checkScope(org, circle, ScopeItemId(), AgendaItemKind::ConsentDecision).withinScope);
    }

    void scope()
    {
        QFETCH(CircleId, circle);
        QFETCH(ScopeItemId, scopeItem);
        QFETCH(QString, topic);
        QFETCH(bool, within);
        QFETCH(CircleId, referTo);
        QFETCH(QString, messagePart);
        const ScopeCheck check = checkScope(org, circle, scopeItem, AgendaItemKind::ConsentDecision, topic);
        QCOMPARE(check.withinScope, within);
        QCOMPARE(check.referTo, referTo);
        QCOMPARE(check.message.isEmpty(), within);
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    }

    void budgetProposalIsReferredToTheCouncil()
    {
        const ScopeCheck check = checkScope(org, communication, ScopeItemId(),
                                            AgendaItemKind::ConsentDecision, QStringLiteral("budget"));
        QCOMPARE(check.topicOwner, council);
        ConsentSetup setup;
        setup.circle = communication;
        setup.proposal.text = QStringLiteral("Spend 2,000 euros on a video campaign");
        setup.rule = org.circle(communication)->decisionRule;
        setup.members = org.membersOn(communication, day);
        setup.createdAt = meetingAt(0);
        ConsentProcess process = ConsentProcess::start(setup).value();
        QVERIFY(process.apply(ConsentEvent::referral(meetingAt(1), check.referTo, check.message)));
        QCOMPARE(process.phase(), ConsentPhase::ReferredToParent);
        QCOMPARE(process.referredTo(), council);
        QCOMPARE(process.history().constLast().text, check.message);
        QVERIFY(!process.apply(
            ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, meetingAt(2), setup.members)));
    }

    void scopeOwner_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<CircleId>("owner");
        QTest::addColumn<ScopeItemId>("scopeItem");
        QTest::newRow("budget") << QStringLiteral("budget") << council << ScopeItemId{203};
        QTest::newRow("upper case") << QStringLiteral("BUDGET") << council << ScopeItemId{203};
        QTest::newRow("accents ignored")
            << QStringLiteral("Decisions strategiques") << council << ScopeItemId{201};
        QTest::newRow("accents added") << QStringLiteral("Gouvernance") << assembly << ScopeItemId{107};
        QTest::newRow("word inside an item") << QStringLiteral("formations") << support << ScopeItemId{401};
        QTest::newRow("accented word inside")
            << QStringLiteral("événements") << communication << ScopeItemId{301};
        QTest::newRow("statutes") << QStringLiteral("statuts") << assembly << ScopeItemId{105};
        QTest::newRow("part of a word does not match")
            << QStringLiteral("budg") << CircleId() << ScopeItemId();
        QTest::newRow("unknown") << QStringLiteral("salaires") << CircleId() << ScopeItemId();
        QTest::newRow("blank") << QStringLiteral("  ") << CircleId() << ScopeItemId();
    }

    void scopeOwner()
    {
        QFETCH(QString, label);
        QFETCH(CircleId, owner);
        QFETCH(ScopeItemId, scopeItem);
        const auto match = findScopeOwner(org, label);
        QCOMPARE(match.has_value(), owner.isValid());
        if (match) {
            QCOMPARE(match->circle, owner);
            QCOMPARE(match->scopeItem, scopeItem);
        }
    }

    void foldIgnoresCaseAccentsAndLigatures()
    {
        QCOMPARE(foldForComparison(QStringLiteral("Cœur  ÉTÉ")), QStringLiteral("coeur ete"));
        QCOMPARE(foldForComparison(QStringLiteral("Curriculum vitæ")), QStringLiteral("curriculum vitae"));
        QCOMPARE(foldForComparison(QStringLiteral("coeur")), foldForComparison(QStringLiteral("CŒUR")));
    }
};

QTEST_GUILESS_MAIN(TestConsentReference)
#include "tst_consentreference.moc"
