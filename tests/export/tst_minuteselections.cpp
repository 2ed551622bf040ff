// Elections and majority-judgment votes in the minutes PDF (issue 5): every nomination and change with its
// reason, the mandate, the vote's ranking, majority grades and explanation, fonts embedded.
#include "exportfixture.h"

#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/demoelection.h"

#include <QFile>
#include <QTextDocument>

using namespace cercles;
using namespace cercles::test;

namespace {

const CircleId assembly{1}; // the demo's Assemblée Populaire
const QDate meetingDay{2027, 3, 13};

struct Minutes
{
    TempDir dir;
    std::unique_ptr<Document> doc;
    MeetingId meeting;
    AgendaItemId voteItem;

    Minutes()
    {
        const QString file = dir.file(QStringLiteral("demo.cercles"));
        check(createDemoFile(file));
        doc = check(Document::open(file));
        Meeting m = doc->meetings().draftMeeting(assembly, meetingDay, QTime(14, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        meeting = check(doc->meetings().createMeeting(m));
        check(recordDemoElection(*doc, meeting));
        AgendaItem item;
        item.meeting = meeting;
        item.kind = AgendaItemKind::MajorityJudgmentVote;
        item.title = QStringLiteral("Lieu de la fête");
        voteItem = check(doc->meetings().addAgendaItem(item));
    }

    /// Creates the vote: Bibliothèque (Très bien, Très bien, Bien) and Parc (Passable, Assez bien,
    /// Passable) on the default scale; closes it when asked.
    void vote(bool close)
    {
        VoteDefinition def{QStringLiteral("Lieu de la fête"),
                           {QStringLiteral("Parc"), QStringLiteral("Bibliothèque")},
                           {},
                           Fill{}};
        const VoteId id = check(doc->votes().createVote(voteItem, def));
        check(doc->votes().castBallot(id, PersonId(), {2, 5}));
        check(doc->votes().castBallot(id, PersonId(), {3, 5}));
        check(doc->votes().castBallot(id, PersonId(), {2, 4}));
        if (close)
            check(doc->votes().close(id));
    }

    QString pdf(const QString& language)
    {
        const MinutesSnapshot snapshot = check(loadMinutes(*doc, meeting));
        const MinutesDocument minutes(snapshot, language);
        auto text = minutes.build();
        const QString path = dir.file(QStringLiteral("minutes-%1.pdf").arg(language));
        const Pagination pages = check(writePdf(*text, minutes.decoration(), path, QStringLiteral("test")));
        if (pages.cutUnits != 0 || !pages.slicesFit())
            qFatal("a line, row or the chart was cut across pages");
        if (const QString keep = qEnvironmentVariable("CERCLES_EXPORT_TEST_OUTPUT"); !keep.isEmpty()) {
            const QString copy = keep + QStringLiteral("/minutes-elections-%1.pdf").arg(language);
            QFile::remove(copy);
            QFile::copy(path, copy);
        }
        return path;
    }
};

} // namespace

class TestMinutesElections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { check(ensureExportFonts()); }

    void electionsAndVote_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // fixed words and sentences of that language
        QTest::addRow("fr")
            << "fr"
            << QStringList{"Tour des nominations",
                           "Tour des changements",
                           "Chloé Garnier occupe le rôle Co-présidence du 13 mars 2027 au",
                           "Denise Faure occupe le rôle Co-présidence du 13 mars 2027 au 31 janvier 2028",
                           "1 Bibliothèque Très bien",
                           "2 Parc Passable",
                           "Bibliothèque devance Parc : sa mention majoritaire « Très bien » est "
                           "meilleure que « Passable ».",
                           "Profils de mérite"};
        QTest::addRow("en")
            << "en"
            << QStringList{"Nomination round",
                           "Change round",
                           "Chloé Garnier holds the role Co-présidence from 13 March 2027 to",
                           "Denise Faure holds the role Co-présidence from 13 March 2027 to 31 "
                           "January 2028",
                           "1 Bibliothèque Very good",
                           "2 Parc Passable",
                           "Bibliothèque is ahead of Parc: its majority grade \"Very good\" is better "
                           "than \"Passable\".",
                           "Merit profiles"};
    }

    void electionsAndVote()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        Minutes m;
        m.vote(true);
        const QString pdf = m.pdf(language);
        const QString text = pdfText(pdf);
        for (const QString& e : expected)
            QVERIFY2(text.contains(folded(e)), qPrintable(e + QStringLiteral("\n--- in ---\n") + text));

        // Every nomination and change, with its reason, as the election service replays it.
        const MinutesSnapshot s = check(loadMinutes(*m.doc, m.meeting));
        int elections = 0;
        for (const MinutesSnapshot::Item& item : s.agenda) {
            if (!item.election)
                continue;
            ++elections;
            QVERIFY(!item.election->nominations.isEmpty());
            for (const auto& turn : item.election->nominations + item.election->changes) {
                QVERIFY2(text.contains(folded(turn.person)), qPrintable(turn.person));
                QVERIFY2(text.contains(folded(turn.nominee)), qPrintable(turn.nominee));
                if (!turn.reason.isEmpty())
                    QVERIFY2(text.contains(folded(turn.reason)), qPrintable(turn.reason));
            }
            for (const auto& p : item.election->proposals)
                QVERIFY2(text.contains(folded(p.reasons)), qPrintable(p.reasons));
            for (const auto& i : item.election->integrations)
                QVERIFY2(text.contains(folded(i.text)), qPrintable(i.text));
            // The nominee answers last in each consent round.
            for (const auto& r : item.election->rounds)
                QVERIFY(r.answers.last().nominee);
        }
        QCOMPARE(elections, 2);
        QVERIFY(s.agenda.first().election->changes.size() > 0);

        const QStringList fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const QString& row : fonts) {
            QVERIFY2(row.startsWith(QLatin1String("DejaVuSans")), qPrintable(row));
            QVERIFY2(row.section(QLatin1Char(' '), 1).simplified().split(QLatin1Char(' ')).mid(3).value(0) ==
                         QLatin1String("yes"),
                     qPrintable(row));
        }
    }

    void openVoteSaysNotClosed()
    {
        Minutes m;
        m.vote(false);
        const QString text = pdfText(m.pdf(QStringLiteral("en")));
        QVERIFY(text.contains(folded(
            QStringLiteral("The vote is not closed: its result is shown once the facilitator closes it."))));
        QVERIFY(!text.contains(QStringLiteral("Majority grade")));
    }

    void snapshotSurvivesJson()
    {
        Minutes m;
        m.vote(true);
        const MinutesSnapshot s = check(loadMinutes(*m.doc, m.meeting));
        const std::optional<MinutesSnapshot> back = MinutesSnapshot::fromJson(s.toJson());
        QVERIFY(back.has_value());
        QVERIFY(*back == s);
    }
};

QTEST_MAIN(TestMinutesElections)
#include "tst_minuteselections.moc"
