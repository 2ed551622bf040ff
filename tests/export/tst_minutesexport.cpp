// The minutes as a reader gets them: PDF text (pdftotext), fonts (pdffonts), pagination, approval.
#include "exportfixture.h"
#include "testsupport.h"

#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "services/demodata.h"
#include "services/minutesservice.h"
#include "storage/recordchain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextDocument>

#include <algorithm>

using namespace cercles;
using namespace cercles::test;

namespace {

/// Takes a document and a meeting; writes its minutes as PDF in `path`. Returns the page count.
int exportPdf(Document& doc, MeetingId meeting, const QString& path, const QString& language = {})
{
    const MinutesSnapshot snapshot = check(loadMinutes(doc, meeting));
    const MinutesDocument minutes(snapshot, language);
    auto text = minutes.build();
    const Pagination pages = check(writePdf(*text, minutes.decoration(), path, QStringLiteral("test")));
    if (pages.cutUnits != 0)
        qFatal("%d lines or rows were cut across pages", pages.cutUnits);
    if (!pages.slicesFit())
        qFatal("a page holds more than fits above its footer");
    return pages.pageCount();
}

/// Every text the minutes must reproduce exactly: decision texts, objection reasons, integration texts.
QStringList decisionTexts(const MinutesSnapshot& s)
{
    QStringList texts;
    for (const auto& item : s.agenda) {
        texts << item.title;
        if (!item.decision)
            continue;
        texts << item.decision->text;
        for (const auto& o : item.decision->objections)
            texts << o.reason << o.integrationText;
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestMinutesExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase() { QVERIFY2(ensureExportFonts().ok(), qPrintable(ensureExportFonts().error())); }

    void demoMeetings_data()
    {
        QTest::addColumn<qint64>("meeting");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels"); // words of the document's own language
        for (qint64 id : {1, 2, 3}) {
            QTest::addRow("meeting %lld, fr", id)
                << id << "fr" << QStringList{"Compte rendu", "Participants", "Signature"};
            QTest::addRow("meeting %lld, en", id)
                << id << "en" << QStringList{"Minutes", "Attendance", "Signature"};
        }
    }

    void demoMeetings()
    {
        QFETCH(qint64, meeting);
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        TempDir dir;
        const QString file = dir.file("demo.cercles");
        check(createDemoFile(file));
        auto doc = check(Document::open(file));
        const MinutesSnapshot snapshot = check(loadMinutes(*doc, MeetingId(meeting)));
        QVERIFY(!snapshot.agenda.isEmpty());

        const QString pdf = dir.file("minutes.pdf");
        QElapsedTimer timer;
        timer.start();
        const int pages = exportPdf(*doc, MeetingId(meeting), pdf, language);
        qInfo("demo meeting %lld (%s): %d pages in %lld ms", meeting, qPrintable(language), pages,
              timer.elapsed());

        const QString text = pdfText(pdf);
        for (const QString& expected : decisionTexts(snapshot))
            QVERIFY2(text.contains(folded(expected)), qPrintable(expected));
        for (const QString& label : labels)
            QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY(text.contains(snapshot.circle));
        QVERIFY(text.contains(QStringLiteral("page 1 / %1").arg(pages)));
        // Every font embedded (pdffonts' "emb" column), and only DejaVu for French and English text.
        const QStringList fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const QString& row : fonts) {
            QVERIFY2(row.startsWith(QLatin1String("DejaVuSans")), qPrintable(row));
            QVERIFY2(row.section(QLatin1Char(' '), 1).simplified().split(QLatin1Char(' ')).mid(3).value(0) ==
                         QLatin1String("yes"),
                     qPrintable(row));
        }
    }

    void userTextIsLiteral_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("markup-like name") << SmallOrganisation::markupName();
        QTest::newRow("guillemets in a name") << QStringLiteral("Jérôme « Jo » Lefèvre");
        QTest::newRow("apostrophe in a name") << QStringLiteral("Zoë d’Arcy");
        QTest::newRow("ligature œ") << QStringLiteral("Noémie Œillet");
        QTest::newRow("organisation") << QStringLiteral("Association « L’Étoile »");
        QTest::newRow("place") << QStringLiteral("Salle « Le Fil », 3 rue de l’Église");
        QTest::newRow("final decision text") << QStringLiteral(
            "Nous finançons l’atelier « Cœur & Œuvre » à hauteur de 1 200 € — révision en juin.");
        QTest::newRow("objection reason")
            << QStringLiteral("Trop cher : l’an dernier, « c’était » 800 € ; <i>non</i>.");
        QTest::newRow("concern") << QStringLiteral("Je crains qu’on dépasse <script>alert(1)</script>");
        QTest::newRow("multi-line notes") << QStringLiteral("Première ligne. Deuxième ligne & fin.");
        QTest::newRow("awaited consent") << QStringLiteral("Consentements attendus : Noémie Œillet");
        QTest::newRow("exclusion absent") << QStringLiteral("Ont consenti");
    }

    void userTextIsLiteral()
    {
        QFETCH(QString, expected);
        SmallOrganisation org;
        org.addItem(AgendaItemKind::Information, QStringLiteral("Nouvelles"),
                    QStringLiteral("Première ligne.\nDeuxième ligne & fin."));
        org.decide(QStringLiteral("Atelier d’été"),
                   QStringLiteral("Nous finançons l’atelier à hauteur de 1 500 €."),
                   QStringLiteral("Trop cher : l’an dernier, « c’était » 800 € ; <i>non</i>."),
                   QStringLiteral(
                       "Nous finançons l’atelier « Cœur & Œuvre » à hauteur de 1 200 € — révision en juin."),
                   QStringLiteral("Je crains qu’on dépasse <script>alert(1)</script>"));
        const QString pdf = org.dir.file("minutes.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(folded(expected)), qPrintable(text.left(3000)));

        // Nothing is read from the files the markup names.
        QFile hostname(QStringLiteral("/etc/hostname"));
        if (hostname.open(QIODevice::ReadOnly)) {
            const QString content = QString::fromUtf8(hostname.readAll()).trimmed();
            if (content.size() >= 4) // a longer name could not appear by chance
                QVERIFY(!text.contains(content));
        }
        // The ODT is written too, with its OpenDocument signature.
        auto snapshot = check(loadMinutes(*org.doc, org.meeting));
        auto document = MinutesDocument(snapshot).build();
        QVERIFY(!document->toHtml().contains(QLatin1String("<img")));
        const QString odt = org.dir.file("minutes.odt");
        check(writeOdt(*document, odt));
        const QByteArray bytes = readBytes(odt);
        QVERIFY(bytes.startsWith("PK"));
        QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
    }

    /// User text in any script prints with a real glyph, never an empty box: the fallback fonts cover what
    /// DejaVu Sans lacks, and every font the PDF uses is embedded.
    void anyScriptPrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("font"); // the font the script's glyphs come from (pdffonts' name)
        QTest::newRow("Arabic") << QStringLiteral("اجتماع المجلس") << QStringLiteral("DejaVuSans");
        QTest::newRow("Chinese") << QStringLiteral("会议记录和决定") << QStringLiteral("WenQuanYi");
        QTest::newRow("Japanese") << QStringLiteral("議事録のお知らせ") << QStringLiteral("WenQuanYi");
        QTest::newRow("Korean") << QStringLiteral("회의록") << QStringLiteral("WenQuanYi");
        QTest::newRow("emoji") << QStringLiteral("Atelier 🌱 réussi 🎉") << QStringLiteral("Symbola");
    }

    void anyScriptPrints()
    {
        QFETCH(QString, text);
        QFETCH(QString, font);
        SmallOrganisation org;
        org.addItem(AgendaItemKind::Information, text, text);
        const QString pdf = org.dir.file("minutes.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QStringList fonts = pdfFonts(pdf);
        bool used = false;
        for (const QString& row : fonts) {
            // "ABCDEF+Name type encoding emb sub uni": subset prefix, then the embedded column says yes.
            const QStringList columns = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row));
            used = used || columns.value(0).section(QLatin1Char('+'), -1).startsWith(font);
        }
        QVERIFY2(used, qPrintable(fonts.join(QLatin1Char('\n'))));
        // The characters come back out of the PDF (a missing glyph would not). Qt's PDF writer maps no
        // character outside the Basic Multilingual Plane back to text: emoji are checked by their font above.
        const QString extracted = pdfText(pdf).normalized(QString::NormalizationForm_KC);
        if (font == QLatin1String("Symbola")) {
            QVERIFY2(extracted.contains(QLatin1String("Atelier")) &&
                         extracted.contains(QStringLiteral("réussi")),
                     qPrintable(extracted.left(2000)));
        } else if (font != QLatin1String("DejaVuSans")) {
            QVERIFY2(extracted.contains(text), qPrintable(extracted.left(2000)));
        } else {
            // Arabic comes out letter by letter, between direction marks, in visual or logical order.
            QString letters = extracted;
            letters.remove(QRegularExpression(
                QStringLiteral("[\\s\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
            QString word = text;
            word.remove(QLatin1Char(' '));
            QString reversed = word;
            std::reverse(reversed.begin(), reversed.end());
            QVERIFY2(letters.contains(word) || letters.contains(reversed), qPrintable(extracted.left(2000)));
        }
    }

    void failedExportLeavesNoFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << "pdf";
        QTest::newRow("odt") << "odt";
    }

    void failedExportLeavesNoFile()
    {
        QFETCH(QString, format);
        SmallOrganisation org;
        auto document = MinutesDocument(check(loadMinutes(*org.doc, org.meeting))).build();
        const QString target = org.dir.file("missing-folder/minutes.") + format;
        Result<void> written = format == QLatin1String("pdf") ? [&]() -> Result<void> {
            auto r = writePdf(*document, {}, target, {});
            return r ? Result<void>() : Result<void>(Error{r.error()});
        }()
            : writeOdt(*document, target);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(target), qPrintable(written.error()));
        QVERIFY(!QFile::exists(target));
    }

    void approvalFreezesAndAmendmentShows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("approvedLine");
        QTest::addColumn<QString>("amendmentLine");
        QTest::newRow("fr") << "fr"
                            << "Approuvé le 4 décembre 2026"
                            << "Modification du 10 décembre 2026";
        QTest::newRow("en") << "en"
                            << "Approved on 4 December 2026"
                            << "Amendment of 10 December 2026";
    }

    void approvalFreezesAndAmendmentShows()
    {
        QFETCH(QString, language);
        QFETCH(QString, approvedLine);
        QFETCH(QString, amendmentLine);
        SmallOrganisation org(language);
        org.decide(QStringLiteral("Atelier"), QStringLiteral("Texte initial."), QStringLiteral("Raison."),
                   QStringLiteral("Texte final adopté."));
        MinutesService minutes(org.doc->database(), org.doc->meetings());
        auto& meetings = org.doc->meetings();
        auto& consent = org.doc->consent();

        // An open meeting's minutes cannot be approved; a draft cannot be amended.
        QVERIFY(!approveMinutes(meetings, consent, minutes, org.meeting, QDate(2026, 12, 4)));
        QVERIFY(!minutes.amend(org.meeting, QDate(2026, 12, 4), QStringLiteral("x")));
        org.close();
        QVERIFY(!approveMinutes(meetings, consent, minutes, org.meeting,
                                QDate(2026, 11, 19))); // before the meeting
        QVERIFY(!check(minutes.status(org.meeting)).isApproved());
        const QString draftPdf = org.dir.file("draft.pdf");
        exportPdf(*org.doc, org.meeting, draftPdf);
        QVERIFY(pdfText(draftPdf).contains(language == "fr" ? "non encore approuvé" : "not approved yet"));

        check(approveMinutes(meetings, consent, minutes, org.meeting, QDate(2026, 12, 4)));
        QVERIFY(!approveMinutes(meetings, consent, minutes, org.meeting, QDate(2026, 12, 5))); // once only
        QVERIFY(!minutes.amend(org.meeting, QDate(2026, 12, 1), QStringLiteral("before approval")));
        check(minutes.amend(org.meeting, QDate(2026, 12, 10), QStringLiteral("Lire « 1 200 € » au point 1."),
                            org.people[1]));

        // A later change of the record does not change the approved minutes: it is detected.
        Person renamed = *org.doc->organisation().organisation().person(org.people[1]);
        renamed.name = QStringLiteral("Zoé Darcy");
        check(org.doc->organisation().updatePerson(renamed));
        const MinutesSnapshot approved = check(loadMinutes(*org.doc, org.meeting));
        QCOMPARE(approved.secretary, QStringLiteral("Zoë d’Arcy"));
        QVERIFY(approved.changedSinceApproval);
        QCOMPARE(approved.amendments.size(), 1);

        const QString pdf = org.dir.file("approved.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(approvedLine), qPrintable(text));
        QVERIFY(text.contains(amendmentLine));
        QVERIFY(text.contains(QStringLiteral("Lire « 1 200 € » au point 1.")));
        QVERIFY(text.contains(QStringLiteral("Texte final adopté.")));
        QVERIFY(!text.contains(QStringLiteral("non encore approuvé")));
        // The approval's record head is printed at the foot of every page, whole, and verifies.
        const QByteArray head = check(minutes.status(org.meeting)).approval->chainHead;
        QCOMPARE(head.size(), 32);
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        for (const QString& page : pages)
            QVERIFY2(page.contains(QString::fromLatin1(head.toHex())), qPrintable(page));
        QVERIFY(RecordChain::verify(org.doc->database().connection(), head)->ok());

        // The file refuses silent edits of the approval or of an amendment.
        QSqlQuery q(org.doc->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE minutes_approval SET approved_on = '2026-12-05'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE minutes_amendment SET text = 'edited'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM minutes_amendment")));
    }

    void changedAnswerIsPrintedWithTheFirstOne_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral(
                                   "Zoë d’Arcy, tour 1 : a d’abord objecté : « trop cher », puis a "
                                   "consenti avec une préoccupation : « suivre les coûts »");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral(
                                   "Zoë d’Arcy, round 1: first objected: “trop cher”, then consented "
                                   "with a concern: “suivre les coûts”");
    }
    void changedAnswerIsPrintedWithTheFirstOne()
    {
        // Issue 9: a participant changes their answer while the round is open; the latest counts and the
        // minutes keep both.
        QFETCH(QString, language);
        QFETCH(QString, expected);
        SmallOrganisation org(language);
        const AgendaItemId item = org.addItem(AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
        const ConsentProcessId id = check(
            org.doc->consent().startProcess(item, Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}}));
        const QList<PersonId> present = org.people.mid(0, 3);
        auto record = [&](const ConsentEvent& e) { check(org.doc->consent().record(id, e)); };
        record(ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, instant(1), present));
        record(ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, instant(2), {}));
        record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, instant(3), {}));
        record(ConsentEvent::objection(instant(4), org.people[1], QStringLiteral("trop cher")));
        record(ConsentEvent::consent(instant(5), org.people[0]));
        record(ConsentEvent::consent(instant(6), org.people[1], QStringLiteral("suivre les coûts")));
        record(ConsentEvent::consent(instant(7), org.people[2]));
        record(ConsentEvent::roundClose(instant(8)));
        const MinutesSnapshot s =
            check(buildMinutesSnapshot(org.doc->meetings(), org.doc->consent(), org.meeting));
        QCOMPARE(s.agenda.size(), 1);
        QVERIFY(s.agenda[0].decision.has_value());
        const MinutesSnapshot::Decision& d = *s.agenda[0].decision;
        QCOMPARE(d.objections.size(), 0); // the latest answer counts: no objection ended the round
        QCOMPARE(d.outcome, QStringLiteral("pending")); // Noémie, absent, is still awaited
        QCOMPARE(d.changedAnswers.size(), 1);
        QCOMPARE(*MinutesSnapshot::fromJson(s.toJson()), s);
        const QString pdf = org.dir.file("minutes.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(folded(expected)), qPrintable(text.left(3000)));
    }

    /// Issue 9: a decision completed by a late consent carries that consent's day, and the minutes show
    /// both dates (tst_consentservice checks that one made in the meeting carries the meeting's date).
    void datesBelongToTheMeeting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("afterMeeting");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral(
                                   "adoptée le 9 décembre 2026 avec un consentement donné après la "
                                   "réunion du 20 novembre 2026");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("adopted on 9 December 2026 with a consent given after the "
                                              "meeting of 20 November 2026");
    }
    void datesBelongToTheMeeting()
    {
        QFETCH(QString, language);
        QFETCH(QString, afterMeeting);
        SmallOrganisation org(language);
        const QList<PersonId> present = org.people.mid(0, 3);
        // Recorded with a clock two days behind the meeting (18 November).
        const QDateTime behind(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC);
        // Every member must consent (the circle's rule): absent Noémie's answer is awaited after the meeting.
        auto decide = [&](const QString& title) {
            const AgendaItemId item = org.addItem(AgendaItemKind::ConsentDecision, title);
            const ConsentProcessId id = check(
                org.doc->consent().startProcess(item, Proposal{title + QStringLiteral("."), {}, {}, {}, {}}));
            auto record = [&](const ConsentEvent& e) { check(org.doc->consent().record(id, e)); };
            record(ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, behind, present));
            record(ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, behind, {}));
            record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, behind, {}));
            for (PersonId p : present)
                record(ConsentEvent::consent(behind, p));
            record(ConsentEvent::roundClose(behind));
            return id;
        };
        const ConsentProcessId pending = decide(QStringLiteral("Atelier"));
        org.close();
        // Noémie's consent, given on 9 December.
        check(org.doc->consent().record(
            pending, ConsentEvent::consent(QDateTime(QDate(2026, 12, 9), QTime(10, 0), Qt::UTC),
                                           org.people[3], {}, true)));
        const MinutesSnapshot s =
            check(buildMinutesSnapshot(org.doc->meetings(), org.doc->consent(), org.meeting));
        QCOMPARE(s.agenda.constLast().decision->outcomeDate, QDate(2026, 12, 9));
        QVERIFY(s.agenda.constLast().decision->decidedAfterMeeting);
        QCOMPARE(*MinutesSnapshot::fromJson(s.toJson()), s);
        const QString pdf = org.dir.file("minutes.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(folded(afterMeeting), Qt::CaseInsensitive), qPrintable(text.left(3000)));
    }

    /// Issue 9: every version of a proposal stays in the minutes, with its round's answers, the objection
    /// raised and how it was integrated, ending with the adopted text.
    void historyOfTheProposal_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("inOrder");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{
                                   QStringLiteral("Historique de la proposition"),
                                   QStringLiteral("Version 1"),
                                   QStringLiteral("Louer la salle toute l’année."),
                                   QStringLiteral("Tour de consentement 1 : 2 consentement(s), 0 avec "
                                                  "préoccupation, 1 objection(s)"),
                                   QStringLiteral("Objection de Jérôme « Jo » Lefèvre : trop cher"),
                                   QStringLiteral("Intégrée"),
                                   QStringLiteral("Version 2, adoptée"),
                                   QStringLiteral("Louer la salle six mois."),
                                   QStringLiteral("Tour de consentement 2 : 3 consentement(s), 1 avec "
                                                  "préoccupation, 0 objection(s)")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{
                                   QStringLiteral("History of the proposal"),
                                   QStringLiteral("Version 1"),
                                   QStringLiteral("Louer la salle toute l’année."),
                                   QStringLiteral("Consent round 1: 2 consent(s), 0 with a concern, 1 "
                                                  "objection(s)"),
                                   QStringLiteral("Objection by Jérôme « Jo » Lefèvre: trop cher"),
                                   QStringLiteral("Integrated"),
                                   QStringLiteral("Version 2, adopted"),
                                   QStringLiteral("Louer la salle six mois."),
                                   QStringLiteral("Consent round 2: 3 consent(s), 1 with a concern, 0 "
                                                  "objection(s)")};
    }
    void historyOfTheProposal()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, inOrder);
        SmallOrganisation org(language);
        const ConsentProcessId id =
            org.decide(QStringLiteral("Salle"), QStringLiteral("Louer la salle toute l’année."),
                       QStringLiteral("trop cher"), QStringLiteral("Louer la salle six mois."),
                       QStringLiteral("suivre l’usage"));
        org.close();
        check(org.doc->consent().record(id, ConsentEvent::consent(instant(60), org.people[3], {}, true)));
        const MinutesSnapshot s =
            check(buildMinutesSnapshot(org.doc->meetings(), org.doc->consent(), org.meeting));
        QCOMPARE(s.agenda.constLast().decision->versions.size(), 2);
        QCOMPARE(*MinutesSnapshot::fromJson(s.toJson()), s);
        const QString pdf = org.dir.file("minutes.pdf");
        exportPdf(*org.doc, org.meeting, pdf);
        const QString text = pdfText(pdf);
        const qsizetype history = text.indexOf(folded(inOrder.constFirst()));
        QVERIFY2(history >= 0, qPrintable(text));
        qsizetype from = history;
        for (const QString& piece : inOrder) {
            const qsizetype at = text.indexOf(folded(piece), from);
            QVERIFY2(at >= 0, qPrintable(piece + QStringLiteral(" | ") + text.mid(from)));
            from = at + 1;
        }
    }

    void snapshotJsonRoundTrip()
    {
        SmallOrganisation org;
        org.decide(QStringLiteral("Atelier"), QStringLiteral("Texte."), QStringLiteral("Raison « x »."),
                   QStringLiteral("Texte final."), QStringLiteral("souci"));
        const MinutesSnapshot s =
            check(buildMinutesSnapshot(org.doc->meetings(), org.doc->consent(), org.meeting));
        const auto back = MinutesSnapshot::fromJson(s.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, s);
        QVERIFY(!MinutesSnapshot::fromJson("{\"format\": 99}").has_value());
    }

    void largeMeetingKeepsRowsWhole()
    {
        SmallOrganisation org;
        // Recording speed is not under test here: skip the per-event sync for the 3,900 events.
        QSqlQuery(org.doc->database().connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        QString reason;
        while (reason.size() < 5000)
            reason += QStringLiteral("L’objection porte sur « le calendrier » et le budget de l’été, ");
        reason.truncate(5000);
        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= 300; ++i) {
            const ConsentProcessId id = org.decide(
                QStringLiteral("Décision n° %1").arg(i), QStringLiteral("Proposition n° %1.").arg(i), reason,
                QStringLiteral("Texte adopté de la décision n° %1, après intégration de l’objection.")
                    .arg(i));
            const AgendaItemId item = check(org.doc->consent().stored(id)).agendaItem;
            check(
                org.doc->meetings().addAction(Action{{},
                                                     item,
                                                     org.people[i % 3],
                                                     QStringLiteral("Action n° %1 : préparer le suivi de la "
                                                                    "décision et en rendre compte au cercle")
                                                         .arg(i),
                                                     QDate(2027, 1, 1).addDays(i),
                                                     {}}));
        }
        qInfo("recording 300 decisions: %lld ms", timer.elapsed());

        const QString pdf = org.dir.file("large.pdf");
        timer.restart();
        const int pages = exportPdf(*org.doc, org.meeting, pdf);
        qInfo("300-decision meeting: %d pages exported in %lld ms", pages, timer.elapsed());
        QVERIFY(pages > 300);
        if (const QString keep = qEnvironmentVariable("CERCLES_EXPORT_TEST_OUTPUT"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/large-meeting.pdf")); // to look at the pages

        // Each action row and each decision's final text line appears on exactly one page: a row or line
        // cut by a page break would be drawn on both.
        const QStringList pageTexts = pdfPages(pdf);
        QCOMPARE(pageTexts.size(), pages);
        const QString whole = pageTexts.join(QLatin1Char(' '));
        for (int i = 1; i <= 300; ++i) {
            const QString row = QStringLiteral("Action n° %1 : préparer le suivi").arg(i);
            int found = 0;
            for (const QString& page : pageTexts)
                found += page.contains(row) ? 1 : 0;
            QVERIFY2(found == 1, qPrintable(QStringLiteral("%1: on %2 pages").arg(row).arg(found)));
            // As the decision, as the integration, and again in the proposal's history (its integration and
            // version 2); never drawn again hidden on a neighbouring page.
            QCOMPARE(whole.count(QStringLiteral(
                                     "Texte adopté de la décision n° %1, après intégration de l’objection.")
                                     .arg(i)),
                     4);
        }
        QVERIFY(whole.contains(folded(reason)));
    }
};

QTEST_MAIN(TestMinutesExport)
#include "tst_minutesexport.moc"
