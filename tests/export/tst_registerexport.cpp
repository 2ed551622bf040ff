// The decision register as CSV (RFC 4180, read back field by field) and as PDF.
#include "exportfixture.h"
#include "testsupport.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/registerexport.h"
#include "export/registerpdf.h"
#include "services/decisionregister.h"
#include "services/demodata.h"

#include "export/exportlabels.h"

#include <QRegularExpression>

using namespace cercles;
using namespace cercles::test;

namespace {

/// Takes CSV bytes; returns its records, parsed per RFC 4180 (quoted fields, doubled quotes, CRLF).
/// Fails the parse (returns std::nullopt) on a bare LF record end or a stray quote.
std::optional<QList<QStringList>> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

} // namespace

class TestRegisterExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase() { QVERIFY2(ensureExportFonts().ok(), qPrintable(ensureExportFonts().error())); }

    void csvFieldsRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "Budget";
        QTest::newRow("comma") << "Allouer 4 000 €, puis réviser";
        QTest::newRow("quote") << "Le \"cœur\" de cible";
        QTest::newRow("only quotes") << "\"\"";
        QTest::newRow("LF") << "ligne 1\nligne 2";
        QTest::newRow("CRLF") << "ligne 1\r\nligne 2";
        QTest::newRow("CR") << "ligne 1\rligne 2";
        QTest::newRow("guillemets and apostrophe") << "« l’été » — œuvre";
        QTest::newRow("leading space") << " espace";
        QTest::newRow("empty") << "";
        QTest::newRow("markup") << "<b>Ana</b> <img src=\"file:///etc/hostname\">";
    }

    void csvFieldsRoundTrip()
    {
        QFETCH(QString, value);
        const QList<QStringList> rows{{"a", "b", "c"}, {value, "x," + value, value + "\""}, {"", value, ""}};
        const QByteArray csv = toCsv(rows);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // no BOM
        QVERIFY(csv.endsWith("\r\n"));
        const auto parsed = parseCsv(csv);
        QVERIFY2(parsed.has_value(), csv.constData());
        QCOMPARE(*parsed, rows);
    }

    /// A field a spreadsheet would run as a formula (OWASP CSV injection: = + - @ tab CR first) comes back
    /// from an RFC 4180 reader with an apostrophe in front, so Calc and Excel show it as text.
    void csvFormulaNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("=") << "=HYPERLINK(\"http://evil.example/\",\"cliquez\")";
        QTest::newRow("+") << "+cmd|' /C calc'!A0";
        QTest::newRow("-") << "-2+3+cmd|' /C calc'!A0";
        QTest::newRow("@") << "@SUM(1+9)*cmd|' /C calc'!A0";
        QTest::newRow("tab") << "\t=1+1";
        QTest::newRow("CR") << "\r=1+1";
    }

    void csvFormulaNeutralised()
    {
        QFETCH(QString, value);
        const QList<QStringList> rows{{"Décision", "Texte"}, {value, "avant " + value}};
        const auto parsed = parseCsv(toCsv(rows));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->at(1).at(0), "'" + value);
        QCOMPARE(parsed->at(1).at(1), "avant " + value); // only a leading character starts a formula
        QCOMPARE(neutraliseFormula(value), "'" + value);
    }

    void demoRegister_data()
    {
        QTest::addColumn<QString>("circle");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("header");
        QTest::newRow("all circles, fr") << ""
                                         << "fr"
                                         << "Date,Cercle,Décision,Statut";
        QTest::newRow("all circles, en") << ""
                                         << "en"
                                         << "Date,Circle,Decision,Status";
        QTest::newRow("Communication, fr") << "Cercle Communication"
                                           << "fr"
                                           << "Date,Cercle,Décision,Statut";
    }

    void demoRegister()
    {
        QFETCH(QString, circle);
        QFETCH(QString, language);
        QFETCH(QString, header);
        TempDir dir;
        const QString file = dir.file("demo.cercles");
        check(createDemoFile(file));
        auto doc = check(Document::open(file));
        const QList<DecisionEntry> all = check(loadRegister(*doc, QDate(2026, 11, 29)));
        RegisterFilter filter;
        if (!circle.isEmpty())
            filter.circle = doc->organisation().organisation().circleNamed(circle)->id;
        const QList<DecisionEntry> entries = filterRegister(all, filter);
        QVERIFY(!entries.isEmpty());
        const RegisterDocument reg(entries, doc->organisation().organisation().name,
                                   describeRegisterFilter(filter, circle, language), QDate(2026, 11, 29),
                                   language);

        const QString csvPath = dir.file("register.csv");
        check(writeFileAtomically(reg.csv(), csvPath));
        const auto parsed = parseCsv(readBytes(csvPath));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->size(), entries.size() + 1);
        QVERIFY2(parsed->first().join(',').startsWith(header), qPrintable(parsed->first().join(',')));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QStringList& row = parsed->at(i + 1);
            QCOMPARE(row.size(), parsed->first().size());
            QCOMPARE(row[0], entries[i].date.toString(Qt::ISODate));
            QCOMPARE(row[1], entries[i].circleName);
            QCOMPARE(row[4], entries[i].title);
            QCOMPARE(row[5], entries[i].text);
            QCOMPARE(row[7], entries[i].responsibleName);
            if (!circle.isEmpty())
                QCOMPARE(row[1], circle);
        }

        const QString pdf = dir.file("register.pdf");
        const RegisterPdfWritten written = check(writeRegisterPdf(reg, pdf));
        QCOMPARE(written.decisions, entries.size());
        QCOMPARE(written.cutRows, 0);
        const QString pdfText = test::pdfText(pdf);
        for (const DecisionEntry& e : entries)
            QVERIFY2(pdfText.contains(folded(e.text)), qPrintable(e.text));
        // The table's header words are never split across lines ("Responsab le").
        const QStringList headerWords =
            language == QLatin1String("fr")
                ? QStringList{"Date", "Cercle", "Statut", "Décision", "Responsable", "Révision"}
                : QStringList{"Date", "Circle", "Status", "Decision", "Responsible", "Review"};
        const QString firstPage = test::pdfText(pdf, 1);
        for (const QString& word : headerWords) {
            QVERIFY2(firstPage.contains(word),
                     qPrintable(word + QStringLiteral(" in ") + firstPage.left(800)));
            for (qsizetype cut = 2; cut < word.size() - 1; ++cut) {
                const QString split = word.left(cut) + QLatin1Char(' ') + word.mid(cut);
                QVERIFY2(!firstPage.contains(split), qPrintable(split));
            }
        }
        for (const QString& row : pdfFonts(pdf))
            QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row));
    }

    void referralLinksBothWays_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("takenUp");
        QTest::addColumn<QString>("sender");       // the line under the Communication circle's entry
        QTest::addColumn<QString>("receiver");     // the line under the Council's entry (empty: none yet)
        QTest::addColumn<QStringList>("csvLinks"); // the sender's last three CSV fields
        QTest::newRow("fr, waiting") << "fr" << false
                                     << "Renvoyée au Conseil de Coordination : pas encore reprise"
                                     << "" << QStringList{"", "Conseil de Coordination", ""};
        QTest::newRow("en, waiting") << "en" << false
                                     << "Referred to Conseil de Coordination: not taken up yet"
                                     << "" << QStringList{"", "Conseil de Coordination", ""};
        QTest::newRow("fr, taken up") << "fr" << true << "Renvoyée au Conseil de Coordination : présentée"
                                      << "Renvoyée par le Cercle Communication"
                                      << QStringList{"", "Conseil de Coordination", "présentée"};
        QTest::newRow("en, taken up")
            << "en" << true << "Referred to Conseil de Coordination: presented"
            << "Referred by Cercle Communication" << QStringList{"", "Conseil de Coordination", "presented"};
    }
    /// Issue 10: the register PDF and CSV show where a referred proposal went and where a received one came
    /// from, as the register tab does (the demo's Communication circle referred a proposal to the Council).
    void referralLinksBothWays()
    {
        QFETCH(QString, language);
        QFETCH(bool, takenUp);
        QFETCH(QString, sender);
        QFETCH(QString, receiver);
        QFETCH(QStringList, csvLinks);
        TempDir dir;
        const QString file = dir.file("demo.cercles");
        check(createDemoFile(file));
        auto doc = check(Document::open(file));
        const CircleId council =
            doc->organisation().organisation().circleNamed("Conseil de Coordination")->id;
        if (takenUp) {
            Meeting m =
                doc->meetings().draftMeeting(council, QDate(2026, 12, 3), QTime(18, 30), "Europe/Paris");
            const MeetingId meeting = check(doc->meetings().createMeeting(m));
            const QList<BacklogItem> backlog = check(doc->meetings().backlog(council));
            BacklogItemId referred;
            for (const BacklogItem& b : backlog)
                if (b.referredFrom.isValid() && b.isOpen())
                    referred = b.id;
            QVERIFY(referred.isValid());
            const AgendaItemId item = check(doc->meetings().takeUp(referred, meeting));
            check(doc->consent().startProcess(item, check(doc->consent().continuationOf(item))->proposal));
        }
        const QList<DecisionEntry> entries = check(loadRegister(*doc, QDate(2026, 12, 4)));
        const DecisionEntry* sent = nullptr;
        const DecisionEntry* received = nullptr;
        for (const DecisionEntry& e : entries) {
            if (e.status == ConsentPhase::ReferredToParent)
                sent = &e;
            if (!e.referredByName.isEmpty())
                received = &e;
        }
        QVERIFY(sent);
        QCOMPARE(received != nullptr, takenUp);
        const RegisterDocument reg(entries, doc->organisation().organisation().name, {}, QDate(2026, 12, 4),
                                   language);
        const QString pdf = dir.file("register.pdf");
        check(writeRegisterPdf(reg, pdf));
        const QString text = test::pdfText(pdf);
        // Each link is a line of its entry: after its text (and scope item), before the next entry. The
        // Council's entry carries the same text as the sender's, later in the register.
        const auto lineOf = [&text](const DecisionEntry& e, const QString& line, qsizetype from) {
            const qsizetype start = text.indexOf(folded(e.text), from);
            const qsizetype found = text.indexOf(line, start);
            return start >= 0 && found > start && found - start < folded(e.text).size() + 120;
        };
        QVERIFY2(lineOf(*sent, sender, 0), qPrintable(text));
        const qsizetype afterSender = text.indexOf(folded(sent->text)) + 1;
        if (takenUp)
            QVERIFY2(lineOf(*received, receiver, afterSender), qPrintable(text));
        else
            QVERIFY(!text.contains(language == QLatin1String("fr") ? QStringLiteral("Renvoyée par")
                                                                   : QStringLiteral("Referred by")));
        const auto parsed = parseCsv(reg.csv());
        QVERIFY(parsed.has_value());
        const QStringList header = parsed->first();
        QCOMPARE(header.mid(header.size() - 3),
                 language == QLatin1String("fr")
                     ? (QStringList{"Renvoyée par", "Renvoyée à", "Statut dans ce cercle"})
                     : (QStringList{"Referred by", "Referred to", "Status in that circle"}));
        for (const QStringList& row : parsed->mid(1)) {
            QCOMPARE(row.size(), header.size());
            if (row[5] == sent->text && row[1] == QLatin1String("Cercle Communication"))
                QCOMPARE(row.mid(row.size() - 3), csvLinks);
            if (received && row[5] == received->text && row[1] == QLatin1String("Conseil de Coordination"))
                QCOMPARE(row.at(row.size() - 3), QStringLiteral("Cercle Communication"));
        }
    }

    /// The register PDF of a real file, read from its stored register as the app and the CLI write it: every
    /// decision's row prints whole, its cells in order (date, circle, status, the decision's lines,
    /// responsible, review), on one page; a row taller than a page is cut between its lines only, each line
    /// printed once; the headings open every page; Chinese prints and the emoji's font is embedded.
    void realRegisterPrintsEveryRowWhole()
    {
        SmallOrganisation org;
        // Texts of every length, from one line to a dozen paragraphs, in Chinese and with emoji, and one
        // taller than a page.
        QStringList tall;
        for (int line = 1; line <= 120; ++line)
            tall << QStringLiteral("Ligne %1 du très long texte.").arg(line);
        QStringList titles;
        for (int i = 1; i <= 30; ++i) {
            QString text;
            switch (i % 5) {
            case 0:
                text = QStringLiteral("Décision courte %1.").arg(i);
                break;
            case 1:
                text = QStringLiteral("Premier paragraphe %1.\nDeuxième paragraphe.\nTroisième.").arg(i);
                break;
            case 2:
                for (int k = 1; k <= 12; ++k)
                    text +=
                        QStringLiteral("Paragraphe %1 de la décision %2, assez long pour passer à la ligne "
                                       "dans sa colonne.\n")
                            .arg(k)
                            .arg(i);
                text = text.trimmed();
                break;
            case 3:
                text = QStringLiteral("会议决定第%1号 共享空间 Atelier 🌱 réussi 🎉").arg(i);
                break;
            default:
                text = QStringLiteral("Un seul paragraphe %1 : ").arg(i) +
                       QStringLiteral("nous proposons de mutualiser le local avec la mairie, ").repeated(5);
                break;
            }
            titles << QStringLiteral("Proposition %1").arg(i);
            org.decide(titles.last(), QStringLiteral("Première version"), QStringLiteral("Trop tôt"), text);
        }
        titles << QStringLiteral("Proposition très longue");
        org.decide(titles.last(), QStringLiteral("Première version"), QStringLiteral("Trop tôt"),
                   tall.join(QLatin1Char('\n')));
        const QDate today(2026, 12, 2);
        const QList<DecisionEntry> entries = check(loadRegister(*org.doc, today));
        QCOMPARE(entries.size(), titles.size());

        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const bool fr = language == QLatin1String("fr");
            const ExportLabels t(language);
            const QString pdf = org.dir.file(QStringLiteral("register-%1.pdf").arg(language));
            const RegisterPdfWritten written = check(writeRegisterPdf(*org.doc, {}, language, today, pdf));
            QCOMPARE(written.decisions, entries.size());
            QCOMPARE(written.cutRows, 1);
            const QStringList pages = test::pdfPages(pdf);
            QCOMPARE(pages.size(), written.pages);
            QVERIFY(written.pages >= 4);
            const QString headings = fr ? QStringLiteral("Date Cercle Statut Décision Responsable Révision")
                                        : QStringLiteral("Date Circle Status Decision Responsible Review");
            for (int page = 0; page < pages.size(); ++page)
                QVERIFY2(pages[page].count(headings) == 1, qPrintable(QString::number(page + 1)));
            // Compared without white space: a word too long for its column is cut anywhere ("consenteme
            // nts", a record head). pdftotext reads nothing back for a character outside the Basic
            // Multilingual Plane (Qt 6.4's PDF writer maps none to text): the emoji are checked by their
            // font.
            const auto printed = [](QString text) {
                return text.remove(QRegularExpression(QStringLiteral("[\\s\\x{1F300}-\\x{1FAFF}]")));
            };
            QStringList squeezed;
            for (const QString& page : pages)
                squeezed << printed(page);
            for (const DecisionEntry& e : entries) {
                QVERIFY(titles.contains(e.title));
                const QStringList cells{
                    e.date.toString(fr ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd")),
                    e.circleName,
                    t.outcome(phaseKey(e.status)),
                    e.title,
                    e.text,
                    (fr ? QStringLiteral("Périmètre : ") : QStringLiteral("Scope item: ")) + e.scopeItemText,
                    e.responsibleName,
                    e.reviewDate.toString(fr ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd"))};
                QVERIFY(!e.scopeItemText.isEmpty() && !e.responsibleName.isEmpty() && e.reviewDate.isValid());
                const QString row = printed(cells.join(QLatin1Char('\n')));
                if (e.title == titles.last()) {
                    // Cut between lines: each printed once, in order, over more than one page.
                    const QString all = pages.join(QLatin1Char(' '));
                    qsizetype at = 0;
                    QSet<int> on;
                    for (const QString& line : tall) {
                        const qsizetype found = all.indexOf(line + QLatin1Char(' '), at);
                        QVERIFY2(found >= at && all.count(line + QLatin1Char(' ')) == 1, qPrintable(line));
                        at = found + line.size();
                        for (int page = 0; page < pages.size(); ++page)
                            if (pages[page].contains(line + QLatin1Char(' ')))
                                on << page;
                    }
                    QVERIFY(on.size() > 1);
                    continue;
                }
                int whole = 0;
                for (const QString& page : std::as_const(squeezed))
                    whole += int(page.count(row));
                QVERIFY2(whole == 1, qPrintable(cells.join(QLatin1Char(' '))));
            }
            QVERIFY(pages.join(QLatin1Char(' ')).contains(QStringLiteral("会议决定第3号 共享空间")));
            bool chinese = false, emoji = false;
            for (const QString& font : pdfFonts(pdf)) {
                QVERIFY2(font.contains(QLatin1String(" yes ")), qPrintable(font));
                chinese = chinese || font.contains(QLatin1String("WenQuanYi"));
                emoji = emoji || font.contains(QLatin1String("Symbola"));
            }
            QVERIFY(chinese && emoji);
        }
    }

    /// An error reading the register half-way (a damaged file) leaves the previous file as it was.
    void readErrorKeepsPreviousFile()
    {
        QList<DecisionEntry> entries;
        for (int i = 0; i < 300; ++i) {
            DecisionEntry e;
            e.date = QDate(2020, 1, 1).addDays(i);
            e.title = QStringLiteral("Decision number %1").arg(i + 1);
            entries << e;
        }
        const RegisterDocument reg({}, QStringLiteral("Org"), QString(), QDate(2026, 1, 1),
                                   QStringLiteral("en"));
        int reads = 0;
        const RegisterDocument::EntrySource next = [&]() -> Result<QList<DecisionEntry>> {
            if (reads++ == 1)
                return Error{QStringLiteral("the register is damaged")};
            return entries.mid(0, 250);
        };
        TempDir dir;
        const QString pdf = dir.file("register.pdf");
        check(writeFileAtomically("previous", pdf));
        const Result<RegisterPdfWritten> written = writeRegisterPdf(reg, pdf, next);
        QVERIFY(!written);
        QCOMPARE(written.error(), QStringLiteral("the register is damaged"));
        QCOMPARE(readBytes(pdf), QByteArray("previous"));
        QCOMPARE(QDir(QFileInfo(pdf).absolutePath()).entryList(QDir::Files), QStringList{"register.pdf"});
    }

    /// A folder that does not exist: the error names the path and why, and nothing is written.
    void unwritablePathIsSaid()
    {
        const RegisterDocument reg({}, QStringLiteral("Org"), QString(), QDate(2026, 1, 1),
                                   QStringLiteral("en"));
        TempDir dir;
        const QString pdf = dir.file("missing/register.pdf");
        const Result<RegisterPdfWritten> written = writeRegisterPdf(reg, pdf);
        QVERIFY(!written);
        QVERIFY2(written.error().startsWith(pdf + QStringLiteral(" cannot be written: ")),
                 qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void longRegisterIsStreamed()
    {
        // 600 decisions read 250 at a time, each batch drawn as it comes, pages numbered across them.
        QList<DecisionEntry> entries;
        for (int i = 0; i < 600; ++i) {
            DecisionEntry e;
            e.process = ConsentProcessId(i + 1);
            e.status = ConsentPhase::Adopted;
            e.date = QDate(2020, 1, 1).addDays(i);
            e.circleName = QStringLiteral("Circle %1").arg(i % 7);
            e.title = QStringLiteral("Decision number %1").arg(i + 1);
            e.text = QStringLiteral("Text of decision %1.").arg(i + 1);
            entries << e;
        }
        const RegisterDocument reg({}, QStringLiteral("Org"), QString(), QDate(2026, 1, 1),
                                   QStringLiteral("en"));
        int reads = 0;
        const RegisterDocument::EntrySource next = [&]() -> Result<QList<DecisionEntry>> {
            return entries.mid(250 * reads++, 250);
        };
        TempDir dir;
        const QString pdf = dir.file("long.pdf");
        const RegisterPdfWritten written = check(writeRegisterPdf(reg, pdf, next));
        QCOMPARE(reads, 4); // three batches, then the empty one that ends the register; each read once
        QCOMPARE(written.decisions, 600);
        const int pages = written.pages;
        QVERIFY(pages > 3);
        const QString text = test::pdfText(pdf);
        // Every page is numbered in order and only the last says it is the last: none can go missing unseen.
        const QStringList shown = test::pdfPages(pdf);
        QCOMPARE(shown.size(), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString number = page == pages ? QStringLiteral("page %1 (last page)").arg(page)
                                                 : QStringLiteral("page %1").arg(page);
            // "page 3" must not be read in "page 31" nor in "page 3 (last page)".
            const QRegularExpression line(QRegularExpression::escape(number) +
                                          QStringLiteral("(?![0-9]| \\(last)"));
            QVERIFY2(shown.at(page - 1).contains(line), qPrintable(number));
        }
        for (int i : {1, 250, 251, 600})
            QVERIFY2(text.contains(QStringLiteral("Decision number %1").arg(i)),
                     qPrintable(QString::number(i)));
    }
};

QTEST_MAIN(TestRegisterExport)
#include "tst_registerexport.moc"
