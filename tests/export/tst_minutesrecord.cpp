// The minutes of meetings recorded in the app (issue 10), in French and English, on the demo file: each
// item's outcome (never "planned" for a treated point), an information item's content and the notes, the
// actions, and proposals that travel: a deferred proposal's minutes say where it went, the later meeting's
// say where it came from with the questions and reactions asked then; a referral says the same in both
// circles' minutes.
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/minutesservice.h"
#include "testsupport.h"

#include <QTest>
#include <QTextDocument>

using namespace cercles;

namespace {
const PersonId chloe{3}, hugo{8}, ines{9};
const CircleId council{2}, communication{3};
const QDate day{2026, 12, 1};

QDateTime at(int minute)
{
    return QDateTime(day, QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

template <typename T> T check(Result<T> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return std::move(r).value();
}
void check(Result<void> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error()));
}

/// Two meetings of the Council and one of the Communication circle, recorded through the services.
struct Record
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    MeetingId first, second, sender, parent;

    Record()
    {
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        check(createDemoFile(path));
        doc = check(Document::open(path));
        doc->consent().setClock([] { return at(0); });

        // Council, first meeting: information with content and notes, a proposal deferred, an action.
        first = meeting(council, day);
        const AgendaItemId info = item(first, AgendaItemKind::Information, QStringLiteral("Nouvelles"));
        check(doc->meetings().setItemContent(info, QStringLiteral("Bilan de la fête d’automne")));
        check(doc->meetings().setItemNotes(info, QStringLiteral("Chloé remercie les bénévoles.")));
        check(doc->meetings().setItemOutcome(info, AgendaItemState::Done));
        const AgendaItemId local = item(first, AgendaItemKind::ConsentDecision, QStringLiteral("Local"));
        const ConsentProcessId deferred = check(
            doc->consent().startProcess(local, Proposal{QStringLiteral("Louer le local de la rue Haute"),
                                                        QStringLiteral("Manque de place"),
                                                        ines,
                                                        {},
                                                        {}}));
        for (const ConsentEvent& e :
             {ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(1), present(first)),
              ConsentEvent::question(at(2), chloe, QStringLiteral("Quel loyer ?")),
              ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(3), {}),
              ConsentEvent::reaction(at(4), hugo, QStringLiteral("Bonne idée")),
              ConsentEvent::deferral(at(5), QStringLiteral("Attendre le devis"))})
            check(doc->consent().record(deferred, e));
        check(doc->meetings().addAction(
            Action{{}, info, chloe, QStringLiteral("Écrire aux bénévoles"), day.addDays(14), {}}));
        close(first);

        // Council, second meeting: the deferred proposal taken up and adopted.
        second = meeting(council, day.addDays(28));
        const BacklogItemId waiting = backlogFrom(council, local);
        const AgendaItemId resumed = check(doc->meetings().takeUp(waiting, second));
        const auto continuation = check(doc->consent().continuationOf(resumed));
        adopt(check(doc->consent().startProcess(resumed, continuation->proposal)), second);
        close(second);

        // Communication refers a proposal to the Council, which adopts it.
        sender = meeting(communication, day.addDays(2));
        const AgendaItemId budget = item(sender, AgendaItemKind::ConsentDecision, QStringLiteral("Affiches"));
        const ConsentProcessId referred = check(doc->consent().startProcess(
            budget,
            Proposal{QStringLiteral("Imprimer 500 affiches"), QStringLiteral("Campagne"), chloe, {}, {}}));
        check(
            doc->consent().record(referred, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted,
                                                                     at(1), present(sender))));
        check(doc->consent().record(referred,
                                    ConsentEvent::question(at(2), chloe, QStringLiteral("Quel coût ?"))));
        check(doc->consent().record(referred,
                                    ConsentEvent::referral(at(3), council, QStringLiteral("Budget"))));
        close(sender);
        parent = meeting(council, day.addDays(35));
        const AgendaItemId received = check(doc->meetings().takeUp(backlogFrom(council, budget), parent));
        adopt(check(doc->consent().startProcess(received,
                                                check(doc->consent().continuationOf(received))->proposal)),
              parent);
        close(parent);
    }

    MeetingId meeting(CircleId circle, QDate on)
    {
        Meeting m = doc->meetings().draftMeeting(circle, on, QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        return check(doc->meetings().createMeeting(m));
    }
    AgendaItemId item(MeetingId meeting, AgendaItemKind kind, const QString& title)
    {
        AgendaItem i;
        i.meeting = meeting;
        i.kind = kind;
        i.title = title;
        return check(doc->meetings().addAgendaItem(i));
    }
    QList<PersonId> present(MeetingId meeting) { return check(doc->meetings().meeting(meeting)).present(); }
    void close(MeetingId meeting) { check(doc->meetings().setStatus(meeting, MeetingStatus::Closed)); }
    BacklogItemId backlogFrom(CircleId circle, AgendaItemId source)
    {
        for (const BacklogItem& b : check(doc->meetings().backlog(circle))) {
            if (b.source == source && b.isOpen())
                return b.id;
        }
        qFatal("not on the backlog");
    }
    void adopt(ConsentProcessId id, MeetingId meeting)
    {
        check(doc->consent().record(id, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted,
                                                                 at(10), present(meeting))));
        check(doc->consent().record(
            id, ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(11), {})));
        check(doc->consent().record(
            id, ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(12), {})));
        for (PersonId p : present(meeting))
            check(doc->consent().record(id, ConsentEvent::consent(at(13), p)));
        check(doc->consent().record(id, ConsentEvent::roundClose(at(14))));
    }
    QString text(MeetingId meeting, const QString& language)
    {
        return MinutesDocument(check(loadMinutes(*doc, meeting)), language).build()->toPlainText();
    }
};

} // namespace

class TestMinutesRecord : public QObject
{
    Q_OBJECT
private slots:
    // One record for every row: it takes a few seconds to build, and the rows only read it. Destroyed before
    // the application, which its database connection needs.
    void initTestCase() { m_record = std::make_unique<Record>(); }
    void cleanupTestCase() { m_record.reset(); }
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void minutesSay_data()
    {
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("deferring meeting, fr")
            << "first"
            << "fr"
            << QStringList{"1. Nouvelles — information, traité",
                           "Contenu : Bilan de la fête d’automne",
                           "Notes : Chloé remercie les bénévoles.",
                           "2. Local — décision par consentement, reporté",
                           "Raison donnée : Attendre le devis\nQuestions posées : Chloé Garnier : Quel loyer "
                           "?\n"
                           "Réactions : Hugo Perrin : Bonne idée",
                           "Reprise par le Conseil de Coordination lors de la réunion du",
                           "Écrire aux bénévoles"}
            << QStringList{"prévu", "Processus de consentement non commencé"};
        QTest::newRow("deferring meeting, en")
            << "first"
            << "en"
            << QStringList{"1. Nouvelles — information, done",
                           "Content: Bilan de la fête d’automne",
                           "Notes: Chloé remercie les bénévoles.",
                           "2. Local — consent decision, deferred to the backlog",
                           "Reason given: Attendre le devis\nQuestions asked: Chloé Garnier: Quel loyer ?\n"
                           "Reactions given: Hugo Perrin: Bonne idée",
                           "Taken up by Conseil de Coordination at the meeting of",
                           "Écrire aux bénévoles"}
            << QStringList{"planned", "Consent process not started"};
        QTest::newRow("later meeting, fr")
            << "second"
            << "fr"
            << QStringList{"Local — décision par consentement, traité",
                           "Reportée lors de la réunion du",
                           "Raison donnée : Attendre le devis",
                           "Questions posées alors : Chloé Garnier : Quel loyer ?",
                           "Réactions d’alors : Hugo",
                           "Louer le local de la rue Haute",
                           "renvoyé par le Cercle Communication)"}
            << QStringList{"prévu"};
        QTest::newRow("later meeting, en")
            << "second"
            << "en"
            << QStringList{"Deferred at the meeting of", "Questions then: Chloé Garnier: Quel loyer ?",
                           "Reactions then: Hugo", "referred by Cercle Communication)"}
            << QStringList{"planned"};
        QTest::newRow("sender, fr")
            << "sender"
            << "fr"
            << QStringList{"Affiches — décision par consentement, renvoyé au cercle supérieur",
                           "Issue : renvoyée au Conseil de Coordination le 3 décembre 2026",
                           "Raison donnée : Budget\nQuestions posées : Chloé Garnier : Quel coût ?",
                           "Reprise par le Conseil de Coordination lors de la réunion du"}
            << QStringList{"prévu"};
        QTest::newRow("parent, en") << "parent"
                                    << "en"
                                    << QStringList{"Referred by Cercle Communication (meeting of",
                                                   "Questions then: Chloé Garnier: Quel coût ?",
                                                   "Imprimer 500 affiches"}
                                    << QStringList{"planned"};
    }
    void minutesSay()
    {
        QFETCH(QString, meeting);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        Record& r = *m_record;
        const MeetingId id = meeting == QLatin1String("first")    ? r.first
                             : meeting == QLatin1String("second") ? r.second
                             : meeting == QLatin1String("sender") ? r.sender
                                                                  : r.parent;
        const QString text = r.text(id, language);
        for (const QString& e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral("\n---\n") + text));
        for (const QString& a : absent)
            QVERIFY2(!text.contains(a), qPrintable(a));
    }

    void approvalKeepsTheRecordAndTheLink()
    {
        Record& r = *m_record;
        MinutesService minutes(r.doc->database(), r.doc->meetings());
        check(approveMinutes(r.doc->meetings(), r.doc->consent(), minutes, r.sender, day.addDays(30),
                             &r.doc->elections(), &r.doc->votes()));
        const MinutesSnapshot approved = check(loadMinutes(*r.doc, r.sender));
        QVERIFY(!approved.changedSinceApproval);
        QVERIFY(approved.agenda.at(0).followUp.has_value()); // the parent's outcome is live, not frozen
        QCOMPARE(approved.agenda.at(0).followUp->outcome, QStringLiteral("adopted"));
        QVERIFY(r.doc->verifyRecord()->ok());

        // The later Council meeting's backlog holds the point the Communication circle referred: its
        // minutes freeze the circle's article (format 3) and read unchanged after approval.
        check(approveMinutes(r.doc->meetings(), r.doc->consent(), minutes, r.second, day.addDays(30),
                             &r.doc->elections(), &r.doc->votes()));
        const QByteArray frozen = check(minutes.status(r.second)).approval->frozen;
        QCOMPARE(MinutesSnapshot::formatOf(frozen), 3);
        QVERIFY(frozen.contains("\"referredByArticle\":\"le\""));
        const MinutesSnapshot second = check(loadMinutes(*r.doc, r.second));
        QVERIFY(!second.changedSinceApproval);
        // Format 2 wrote no article: compared as format 2, the same record reads the same.
        const MinutesSnapshot live = check(buildMinutesSnapshot(r.doc->meetings(), r.doc->consent(), r.second,
                                                                &r.doc->elections(), &r.doc->votes()));
        QVERIFY(!live.toJson(2).contains("referredByArticle"));
        QCOMPARE(MinutesSnapshot::fromJson(live.toJson(2))->toJson(2), live.toJson(2));
        QCOMPARE(*MinutesSnapshot::fromJson(live.toJson()), live);
        // The deferring meeting's questions and reactions are frozen from format 3 on, not before.
        const MinutesSnapshot deferring = check(buildMinutesSnapshot(
            r.doc->meetings(), r.doc->consent(), r.first, &r.doc->elections(), &r.doc->votes()));
        QCOMPARE(deferring.agenda.at(1).decision->questions.size(), 1);
        QCOMPARE(MinutesSnapshot::fromJson(deferring.toJson())->toJson(), deferring.toJson());
        QVERIFY(deferring.toJson().contains("\"questions\""));
        QVERIFY(!deferring.toJson(2).contains("\"questions\""));
    }

private:
    std::unique_ptr<Record> m_record;
};

QTEST_MAIN(TestMinutesRecord)
#include "tst_minutesrecord.moc"
