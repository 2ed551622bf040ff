// Elections and majority-judgment votes in the minutes PDF (issue 5): every nomination and change with its
// reason, the mandate, the vote's ranking, majority grades and explanation, fonts embedded.
#include "exportfixture.h"
#include "testsupport.h"

#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/meritprofilepainter.h"
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/demoelection.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
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

    /// Creates a vote on Parc and Bibliothèque with one ballot per pair of grades (0 = worst), closed.
    void vote(const QList<int>& parc, const QList<int>& bibliotheque)
    {
        VoteDefinition def{QStringLiteral("Lieu de la fête"),
                           {QStringLiteral("Parc"), QStringLiteral("Bibliothèque")},
                           {},
                           Fill{}};
        const VoteId id = check(doc->votes().createVote(voteItem, def));
        for (qsizetype i = 0; i < parc.size(); ++i)
            check(doc->votes().castBallot(id, PersonId(), {parc[i], bibliotheque[i]}));
        check(doc->votes().close(id));
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
    void init() { cercles::test::failOnUnexpectedWarnings(); }
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

    void tieExplanations_data()
    {
        QTest::addColumn<QList<int>>("parc");
        QTest::addColumn<QList<int>>("bibliotheque");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        // Grades: 2 Passable, 4 Good (Bien), 6 Excellent. Both options have the majority grade Good.
        const QList<int> adhesionParc{4, 4, 4, 6, 6}, adhesionBib{4, 4, 4, 2, 6};
        const QList<int> contestationParc{2, 4, 4, 4, 6}, contestationBib{2, 2, 4, 4, 6};
        const QList<int> same{4, 4, 2};
        QTest::addRow("adhesion, en") << adhesionParc << adhesionBib << "en"
                                      << "Parc is ahead of Bibliothèque: same majority grade, but Parc has "
                                         "more judgments above \"Good\" "
                                         "(2 against 1); the adhesion group decided.";
        QTest::addRow("adhesion, fr") << adhesionParc << adhesionBib << "fr"
                                      << "Parc devance Bibliothèque : même mention majoritaire, mais Parc a "
                                         "plus de jugements au-dessus "
                                         "de « Bien » (2 contre 1) ; le groupe d’adhésion a départagé.";
        QTest::addRow("contestation, en") << contestationParc << contestationBib << "en"
                                          << "Parc is ahead of Bibliothèque: same majority grade, but "
                                             "Bibliothèque has more judgments below "
                                             "\"Good\" (2 against 1); the contestation group decided.";
        QTest::addRow("contestation, fr")
            << contestationParc << contestationBib << "fr"
            << "Parc devance Bibliothèque : même mention majoritaire, mais Bibliothèque a plus de jugements "
               "en "
               "dessous de « Bien » (2 contre 1) ; le groupe de contestation a départagé.";
        QTest::addRow("tied, en") << same << same << "en"
                                  << "Parc and Bibliothèque are tied: their merit profiles are identical.";
        QTest::addRow("tied, fr") << same << same << "fr"
                                  << "Parc et Bibliothèque sont à égalité : leurs profils de mérite sont "
                                     "identiques.";
    }

    void tieExplanations()
    {
        QFETCH(QList<int>, parc);
        QFETCH(QList<int>, bibliotheque);
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        Minutes m;
        m.vote(parc, bibliotheque);
        const QString text = pdfText(m.pdf(language));
        QVERIFY2(text.contains(folded(sentence)), qPrintable(text.section(QLatin1String("Lieu de la f"), 1)));
    }

    /// Vote options keep their whole name in the merit chart, however long: labels wrap, rows grow.
    void meritChartLabelsAreWhole_data()
    {
        QTest::addColumn<qreal>("width");
        QTest::newRow("minutes width") << qreal(2400); // 600 x 4, as the minutes paint it
        QTest::newRow("narrow window") << qreal(900);
    }

    void meritChartLabelsAreWhole()
    {
        QFETCH(qreal, width);
        MeritProfileData data;
        data.options = {
            QStringLiteral("Aménagement participatif du jardin partagé de la place de la Mairie"),
            QStringLiteral("Parc"),
            QStringLiteral("Rénovation énergétique de l’école élémentaire Jean-Jaurès et de son préau")};
        data.result =
            judge({{1, 2, 3, 1, 0, 2, 1}, {0, 1, 1, 2, 3, 2, 1}, {3, 1, 1, 1, 2, 1, 1}}, 7, Fill{}).value();
        QFont font;
        font.setFamilies(exportFontFamilies());
        font.setPixelSize(48);
        const QImage probe(1, 1, QImage::Format_RGB32);
        const QFontMetricsF metrics(font, &probe);
        const MeritProfileLayout layout = meritProfileLayout(data, metrics, width);
        QCOMPARE(layout.labels.size(), data.options.size());
        for (qsizetype row = 0; row < layout.labels.size(); ++row) {
            const QString& name = data.options.at(data.result.order.at(row));
            QVERIFY2(layout.labels.at(row).contains(name), qPrintable(layout.labels.at(row)));
            const QRectF box = layout.labelRects.at(row);
            const QRectF needed = metrics.boundingRect(box, meritLabelFlags(), layout.labels.at(row));
            QVERIFY2(needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5,
                     qPrintable(QStringLiteral("%1: %2 x %3 in %4 x %5")
                                    .arg(name)
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(box.width())
                                    .arg(box.height())));
            QVERIFY(layout.rows.at(row).contains(box));
        }
        QVERIFY(layout.height > layout.rows.last().bottom());
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

    /// A vote reopened after its result was shown: the minutes print the first result, when and why it was
    /// set aside, then the final one (issue 9).
    void reopenedVotePrintsBothResults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("inOrder");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Résultat donné à 14:30, puis écarté"),
                                           QStringLiteral("1 Bibliothèque Très bien"),
                                           QStringLiteral("Rouvert à 14:35, motif"),
                                           QStringLiteral("Quatre membres arrivés après la clôture du vote."),
                                           QStringLiteral("Classement final"),
                                           QStringLiteral("1 Parc Excellent")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Result shown at 14:30, set aside"),
                                           QStringLiteral("1 Bibliothèque Very good"),
                                           QStringLiteral("Reopened at 14:35, reason"),
                                           QStringLiteral("Quatre membres arrivés après la clôture du vote."),
                                           QStringLiteral("Final ranking"),
                                           QStringLiteral("1 Parc Excellent")};
    }
    void reopenedVotePrintsBothResults()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, inOrder);
        Minutes m;
        const QDateTime closing(meetingDay, QTime(13, 30), Qt::UTC); // 14:30 in Paris
        m.doc->votes().setClock([closing] { return closing; });
        m.vote(true);
        const VoteId id = check(m.doc->votes().voteOf(m.voteItem));
        m.doc->votes().setClock([closing] { return closing.addSecs(5 * 60); });
        check(m.doc->votes().reopen(id, QStringLiteral("Quatre membres arrivés après la clôture du vote.")));
        for (int i = 0; i < 4; ++i)
            check(m.doc->votes().castBallot(id, PersonId(), {6, 0}));
        check(m.doc->votes().close(id));
        const QString text = pdfText(m.pdf(language));
        qsizetype from = 0;
        for (const QString& piece : inOrder) {
            const qsizetype at = text.indexOf(folded(piece), from);
            QVERIFY2(at >= 0, qPrintable(piece + QStringLiteral(" | ") + text.mid(from)));
            from = at + 1;
        }
        const MinutesSnapshot s = check(loadMinutes(*m.doc, m.meeting));
        QCOMPARE(MinutesSnapshot::fromJson(s.toJson()), s);
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
