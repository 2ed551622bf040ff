// cercles-cli register FILE: one tab-separated line per decision (ISO date, circle, status, text).
#include "clirun.h"
#include "services/decisionregister.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace cercles;
using cercles::test::CliRun;
using cercles::test::runCli;

Q_DECLARE_METATYPE(cercles::RegisterFilter)

namespace {

/// Takes a file with extra decisions whose texts and circle names hold what a listing must reshape or keep
/// (line breaks of every kind, tabs, apostrophes, accents, emoji, CJK); returns the register as the
/// entries give it (loadRegister: DecisionEntry, names joined, stale rows replayed), printed the way
/// `cercles-cli register` prints, for the filter.
QByteArray expectedListing(const QString& path, const RegisterFilter& filter)
{
    auto doc = Document::open(path, Database::Access::ReadOnly, Database::Check::Later);
    if (!doc)
        return "cannot open";
    const auto entries = loadRegister(*doc.value(), QDate::currentDate(), filter);
    if (!entries)
        return "cannot read";
    const auto oneLine = [](QString text) {
        text.replace(QLatin1String("\r\n"), QLatin1String(" "));
        for (QChar c : {QChar(u'\n'), QChar(u'\r'), QChar(u'\t'), QChar(0x2028), QChar(0x2029)})
            text.replace(c, QLatin1Char(' '));
        return text;
    };
    QString text;
    for (const DecisionEntry& e : *entries) {
        text += e.date.toString(Qt::ISODate) + QLatin1Char('\t') + oneLine(e.circleName) + QLatin1Char('\t') +
                (e.damage.isEmpty() ? phaseKey(e.status) : QStringLiteral("damaged")) + QLatin1Char('\t') +
                oneLine(e.text) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

/// Takes a demo file's path; adds decisions with texts a listing must reshape, in an open meeting.
bool addAwkwardDecisions(const QString& path)
{
    auto doc = Document::open(path);
    if (!doc)
        return false;
    Meeting m =
        doc.value()->meetings().draftMeeting(CircleId(4), QDate(2027, 1, 12), QTime(18, 0), "Europe/Paris");
    m.status = MeetingStatus::Open;
    auto meeting = doc.value()->meetings().createMeeting(m);
    if (!meeting)
        return false;
    const QStringList texts{
        QStringLiteral("Ligne un\nLigne deux\r\n\tLigne trois\r fin"),
        QStringLiteral("Séparateurs\u2028de ligne\u2029et de paragraphe, l’apostrophe ’ reste"),
        QStringLiteral("Émoji 🌱 et 中文 et œuvre, \u00a0espace insécable"),
        QStringLiteral("\r\n\r\nFin\t"),
    };
    for (const QString& text : texts) {
        auto item = doc.value()->meetings().addAgendaItem(AgendaItem{
            {}, *meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Point"), {}, {}, {}, {}, {}});
        if (!item || !doc.value()->consent().startProcess(*item, Proposal{text, {}, {}, {}, {}}))
            return false;
    }
    return true;
}

/// Takes a path and an SQL statement; runs it with SQLite's own API, as a tool other than Cercles would.
bool editBehindCercles(const QString& path, const char* statement)
{
    sqlite3* db = nullptr;
    const bool done = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                      sqlite3_exec(db, statement, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return done;
}

} // namespace

class TestCliRegister : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void demoDecisions()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
        const QByteArray before = test::readBytes(path);
        const CliRun run = runCli({QStringLiteral("register"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QByteArray expected =
            "2026-03-14\tAssemblée Populaire\tadopted\tAdmettre Lina Martin comme membre de l’association.\n"
            "2026-03-14\tAssemblée Populaire\tadopted\tRecueillir pendant l’été, d’ici au 30 septembre 2026, "
            "vingt témoignages de listes participatives (élu·es et non-élu·es) sur leur campagne, pour "
            "documenter "
            "l’expérience des municipales.\n"
            "2026-11-03\tConseil de Coordination\tadopted\tAllouer 4 000 € à la tournée d’accompagnement des "
            "listes participatives (déplacements et hébergement d’Amandine Roux) à partir du 1er novembre "
            "2026, "
            "avec un bilan d’étape et une révision de l’enveloppe au 30 avril 2027.\n"
            "2026-11-12\tCercle Communication\tadopted\tEnvoyer une lettre d’information mensuelle aux "
            "listes "
            "accompagnées et aux adhérent·es, le premier mardi du mois, avec au cœur de chaque numéro le "
            "témoignage d’une liste. Envoi avec l’outil de l’association, sans prestataire. Essai jusqu’à "
            "fin "
            "février 2027.\n"
            "2026-11-12\tCercle Communication\treferred-to-parent\tPayer 150 € par mois de publications "
            "sponsorisées sur Instagram et Facebook, de décembre 2026 à février 2027, pour toucher le coeur "
            "de "
            "cible de la campagne de financement participatif du documentaire.\n";
        QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(expected));
        QCOMPARE(test::readBytes(path), before); // reading the register changes nothing
    }

    void textOnOneLine()
    {
        // A proposal typed on several lines (or with a tab) stays one line of the output.
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("lines.cercles"));
        QVERIFY(createDemoFile(path));
        {
            auto doc = Document::open(path);
            QVERIFY(doc);
            Meeting m = doc.value()->meetings().draftMeeting(CircleId(4), QDate(2027, 1, 12), QTime(18, 0),
                                                             "Europe/Paris");
            m.status = MeetingStatus::Open;
            auto meeting = doc.value()->meetings().createMeeting(m);
            QVERIFY(meeting);
            auto item = doc.value()->meetings().addAgendaItem(AgendaItem{{},
                                                                         *meeting,
                                                                         AgendaItemKind::ConsentDecision,
                                                                         QStringLiteral("Formations"),
                                                                         {},
                                                                         {},
                                                                         {},
                                                                         {},
                                                                         {}});
            QVERIFY(item);
            QVERIFY(doc.value()->consent().startProcess(
                *item, Proposal{QStringLiteral("Ligne un\nLigne deux\r\n\tLigne trois"), {}, {}, {}, {}}));
        }
        const CliRun run = runCli({QStringLiteral("register"), path});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 7); // six decisions and the empty piece after the last newline
        QCOMPARE(lines.at(5), QByteArray("2027-01-12\tCercle Accompagnement\tpresentation\t"
                                         "Ligne un Ligne deux  Ligne trois"));
    }

    // The listing reads the stored register straight through SQLite's API (RegisterRepository::forEachLine):
    // it must print exactly what the entries give, for the whole register and for each filter.
    void listingIsWhatTheEntriesGive_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<RegisterFilter>("filter");
        QTest::newRow("whole register") << QStringList{} << RegisterFilter{};
        RegisterFilter dates;
        dates.from = QDate(2026, 3, 1);
        dates.to = QDate(2027, 12, 31);
        QTest::newRow("dates") << QStringList{"--from", "2026-03-01", "--to", "2027-12-31"} << dates;
        RegisterFilter status;
        status.statuses = {ConsentPhase::Presentation};
        QTest::newRow("status") << QStringList{"--status", "presentation"} << status;
        RegisterFilter circle;
        circle.circle = CircleId(4);
        QTest::newRow("circle") << QStringList{"--circle", "Cercle Accompagnement"} << circle;
    }
    void listingIsWhatTheEntriesGive()
    {
        QFETCH(QStringList, options);
        QFETCH(RegisterFilter, filter);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("awkward.cercles"));
        QVERIFY(createDemoFile(path));
        QVERIFY(addAwkwardDecisions(path));
        const CliRun run = runCli(QStringList{QStringLiteral("register"), path} + options);
        QCOMPARE(run.exitCode, 0);
        const QByteArray expected = expectedListing(path, filter);
        QVERIFY(expected.count('\n') >= 4); // at least the added decisions
        QCOMPARE(run.out, expected);
        QVERIFY(run.out.contains("Ligne un Ligne deux  Ligne trois  fin"));
    }

    // A row whose log changed behind Cercles' back is replayed, as the entries replay it: for the whole
    // register this is seen after the lines are read (the last seqs no longer add up to the events), which
    // then are read again row by row, each once.
    void changedLogIsReplayed_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<RegisterFilter>("filter");
        QTest::newRow("whole register") << QStringList{} << RegisterFilter{};
        RegisterFilter status;
        status.statuses = {ConsentPhase::Presentation};
        QTest::newRow("status") << QStringList{"--status", "presentation"} << status;
    }
    void changedLogIsReplayed()
    {
        QFETCH(QStringList, options);
        QFETCH(RegisterFilter, filter);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("changed.cercles"));
        QVERIFY(createDemoFile(path));
        QVERIFY(addAwkwardDecisions(path));
        const QByteArray before = runCli(QStringList{QStringLiteral("register"), path} + options).out;
        // The stored row of the last proposal no longer matches its log (as after an event appended or
        // removed by another program); its text is rewritten, so only a replay prints the real one.
        QVERIFY(editBehindCercles(path,
                                  "UPDATE consent_register SET last_seq = last_seq + 1, text = 'forged' "
                                  "WHERE process_id = (SELECT max(process_id) FROM consent_register)"));
        const CliRun run = runCli(QStringList{QStringLiteral("register"), path} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("forged"));
        QCOMPARE(run.out, expectedListing(path, filter));
        QCOMPARE(run.out, before);
    }

    // The PDF is laid out while SQLite checks the whole file beside it: a damaged file still gets no PDF
    // (the one already there is kept) and the check's words.
    void damagedFileGetsNoPdf()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("damaged.cercles"));
        QVERIFY(createDemoFile(path));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 page = 10; page < file.size() / 4096; page += 3) {
                QVERIFY(file.seek(page * 4096 + 100));
                file.write(QByteArray(200, '\xff'));
            }
        }
        QVERIFY(!Database::verify(path));
        const QString output = dir.file(QStringLiteral("register.pdf"));
        {
            QFile previous(output);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous");
        }
        const CliRun run = runCli({QStringLiteral("register"), path, QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is damaged"), run.err.constData());
        QCOMPARE(test::readBytes(output), QByteArray("previous"));
    }

    /// A filter no decision could pass is refused before anything is written, not exported as an empty PDF.
    void contradictoryDatesAreRefused()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
        const QString output = dir.file(QStringLiteral("register.pdf"));
        const CliRun run = runCli({QStringLiteral("register"), path, QStringLiteral("--from"),
                                   QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-01-31"), QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QLatin1String("The start date (")), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(QLatin1String("is after the end date")),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(output));
        // The same day at both ends is a valid filter.
        const CliRun sameDay =
            runCli({QStringLiteral("register"), path, QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                    QStringLiteral("--to"), QStringLiteral("2026-12-01")});
        QCOMPARE(sameDay.exitCode, 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{"register"} << 2 << "usage: cercles-cli register FILE";
        QTest::newRow("two files") << QStringList{"register", "a", "b"} << 2 << "usage:";
        QTest::newRow("unknown option") << QStringList{"register", "--verbose", "a"} << 2 << "usage:";
        QTest::newRow("missing file")
            << QStringList{"register", "/nonexistent/folder/none.cercles"} << 1 << "cercles-cli: ";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cliregister.moc"
