// The sentences Cercles generates, in French as the association writes it and in English: a circle named
// with its article and the preposition contracted ("du Conseil de Coordination", "à l’Assemblée
// Populaire"), elision before a vowel or a mute h ("Sortie d’Inès"), "1er décembre", "19 h".
#include "domain/eligibility.h"
#include "domain/frenchgrammar.h"
#include "domain/scopecheck.h"
#include "export/exportlabels.h"
#include "services/demodata.h"
#include "testsupport.h"

#include <QTest>
#include <QTranslator>

using namespace cercles;

class TestPhrasing : public QObject
{
    Q_OBJECT
    QTranslator m_french;

    /// Takes "fr" or "en"; makes it the interface language, as the app's main() does.
    void useLanguage(const QString& language)
    {
        QCoreApplication::removeTranslator(&m_french);
        if (language == QLatin1String("fr")) {
            QCoreApplication::installTranslator(&m_french);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_french.load(QStringLiteral(":/i18n/cercles_fr.qm"))); }
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void cleanup() { useLanguage(QStringLiteral("en")); }

    void agreement_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de le -> du") << "Réunions de %1" << QStringList{"le Conseil de Coordination"}
                                     << "Réunions du Conseil de Coordination";
        QTest::newRow("à l’ kept") << "La renvoyer à %1." << QStringList{"l’Assemblée Populaire"}
                                   << "La renvoyer à l’Assemblée Populaire.";
        QTest::newRow("à le -> au") << "Renvoyée à %1" << QStringList{"le Conseil de Coordination"}
                                    << "Renvoyée au Conseil de Coordination";
        QTest::newRow("de les -> des")
            << "Réunions de %1" << QStringList{"les Jardins partagés"} << "Réunions des Jardins partagés";
        QTest::newRow("à les -> aux")
            << "Renvoyée à %1" << QStringList{"les Jardins partagés"} << "Renvoyée aux Jardins partagés";
        QTest::newRow("de la kept") << "Réunions de %1" << QStringList{"la Commission Budget"}
                                    << "Réunions de la Commission Budget";
        QTest::newRow("rejoindre le")
            << "%1 ne peut pas rejoindre %2" << QStringList{"Amandine Roux", "le Conseil"}
            << "Amandine Roux ne peut pas rejoindre le Conseil";
        QTest::newRow("elision, vowel")
            << "Sortie de %1" << QStringList{"Inès Bonnet"} << "Sortie d’Inès Bonnet";
        QTest::newRow("elision, accented capital")
            << "l’objection de %1" << QStringList{"Étienne Blanc"} << "l’objection d’Étienne Blanc";
        QTest::newRow("elision, mute h")
            << "Sortie de %1" << QStringList{"Hugo Perrin"} << "Sortie d’Hugo Perrin";
        QTest::newRow("no elision, aspirated h")
            << "Réunions de %1" << QStringList{"Hauts-de-Seine"} << "Réunions de Hauts-de-Seine";
        QTest::newRow("no elision, consonant")
            << "Sortie de %1" << QStringList{"Bastien Morel"} << "Sortie de Bastien Morel";
        QTest::newRow("no elision, y before a vowel")
            << "Sortie de %1" << QStringList{"Yann"} << "Sortie de Yann";
        QTest::newRow("elision, y before a consonant")
            << "Sortie de %1" << QStringList{"Yves"} << "Sortie d’Yves";
        QTest::newRow("que") << "pour que %1 réponde" << QStringList{"Inès"} << "pour qu’Inès réponde";
        QTest::newRow("capital, preposition kept")
            << "De %1 à %2" << QStringList{"Inès", "le Conseil"} << "D’Inès au Conseil";
        QTest::newRow("sentence starts with the value")
            << "%1 a adopté la décision" << QStringList{"le Conseil de Coordination"}
            << "Le Conseil de Coordination a adopté la décision";
        QTest::newRow("word ending in de is no preposition")
            << "Mode %1" << QStringList{"Inès"} << "Mode Inès";
        QTest::newRow("only the word next to the value")
            << "Réunions de %1" << QStringList{"Cercle de Lecture"} << "Réunions de Cercle de Lecture";
        QTest::newRow("markers out of order")
            << "%2 de %1" << QStringList{"Inès", "Sortie"} << "Sortie d’Inès";
        QTest::newRow("english unchanged") << "Meetings of %1" << QStringList{"Conseil de Coordination"}
                                           << "Meetings of Conseil de Coordination";
        QTest::newRow("english objection")
            << "Objection by %1 (round %2, version %3)" << QStringList{"Étienne Blanc", "1", "2"}
            << "Objection by Étienne Blanc (round 1, version 2)";
    }

    void agreement()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        QCOMPARE(cercles::fillPhrase(sentence, values), expected);
    }

    void articles()
    {
        const Organisation org = demoOrganisation();
        QCOMPARE(circleNoun(*org.circleNamed(QStringLiteral("Assemblée Populaire")), QStringLiteral("fr")),
                 QStringLiteral("l’Assemblée Populaire"));
        QCOMPARE(
            circleNoun(*org.circleNamed(QStringLiteral("Conseil de Coordination")), QStringLiteral("fr")),
            QStringLiteral("le Conseil de Coordination"));
        QCOMPARE(
            circleNoun(*org.circleNamed(QStringLiteral("Conseil de Coordination")), QStringLiteral("en")),
            QStringLiteral("Conseil de Coordination"));
        for (FrenchArticle a : {FrenchArticle::None, FrenchArticle::Le, FrenchArticle::La,
                                FrenchArticle::Elided, FrenchArticle::Les})
            QCOMPARE(articleFromKey(articleKey(a)), a);
    }

    /// The sentences the domain and the documents generate on the reference organisation.
    void generated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        const auto both = [](const char* what, const char* fr, const char* en) {
            QTest::addRow("%s, fr", what) << "fr" << what << QString::fromUtf8(fr);
            QTest::addRow("%s, en", what) << "en" << what << QString::fromUtf8(en);
        };
        both("red line",
             "Amandine Roux ne peut pas rejoindre le Conseil de Coordination\u00a0: ligne rouge "
             "«\u00a0salarié·e\u00a0».",
             "Amandine Roux cannot join Conseil de Coordination: red line “employee”.");
        both("already a member", "Denise Faure est déjà membre du Conseil de Coordination.",
             "Denise Faure is already a member of Conseil de Coordination.");
        both("referral", "La renvoyer à l’Assemblée Populaire.", "Refer it to Assemblée Populaire.");
        both("referral from a working circle", "La renvoyer au Conseil de Coordination.",
             "Refer it to Conseil de Coordination.");
        both("entry", "Entrée d’Inès Bonnet", "Entry of Inès Bonnet");
        both("exit", "Sortie d’Étienne Blanc", "Exit of Étienne Blanc");
        both("objection", "Objection d’Étienne Blanc (tour 1, version 2)",
             "Objection by Étienne Blanc (round 1, version 2)");
        both("objection in a proposal's history", "Objection d’Hugo Perrin", "Objection by Hugo Perrin");
        both("first of the month", "Compte rendu de la réunion du 1er décembre 2026",
             "Minutes of the meeting of 1 December 2026");
        both("other day", "Compte rendu de la réunion du 20 novembre 2026",
             "Minutes of the meeting of 20 November 2026");
        // Sentences of the interface, from its catalogue, with the names the app gives them.
        both("meetings page", "Réunions du Conseil de Coordination", "Meetings of Conseil de Coordination");
        both("refer the proposal", "Renvoyer la proposition à l’Assemblée Populaire\u00a0?",
             "Refer the proposal to Assemblée Populaire?");
        both("referred", "Enregistré — proposition renvoyée au Conseil de Coordination",
             "Recorded — proposal referred to Conseil de Coordination");
        both("end membership", "Mettre fin à l’appartenance d’Inès Bonnet au Conseil de Coordination",
             "End membership of Inès Bonnet in Conseil de Coordination");
        both("last day", "Dernier jour d’Étienne Blanc dans le Cercle Communication",
             "Last day of Étienne Blanc in Cercle Communication");
        both("question", "question d’Inès Bonnet", "Inès Bonnet's question");
        // A circle that referred a proposal or received one, as the minutes, the register and the
        // facilitation screen name it (issue 10).
        both("backlog point referred by", "renvoyé par le Cercle Communication",
             "referred by Cercle Communication");
        both("minutes outcome of a referral", "renvoyée à l’Assemblée Populaire",
             "referred to Assemblée Populaire");
        both("register entry referred by", "Renvoyée par le Cercle Communication",
             "Referred by Cercle Communication");
        both("register entry referred to", "Renvoyée à l’Assemblée Populaire\u00a0: adoptée",
             "Referred to Assemblée Populaire: adopted");
        both("register entry referred to a council",
             "Renvoyée au Conseil de Coordination\u00a0: pas encore reprise",
             "Referred to Conseil de Coordination: not taken up yet");
        both("register tab referred by", "(renvoyée par le Cercle Communication)",
             "(referred by Cercle Communication)");
        both("facilitation, taken up after a referral",
             "Renvoyée par le Cercle Communication (réunion du 1er décembre 2026)",
             "Referred by Cercle Communication (meeting of 1 December 2026)");
        both("time on the hour", "19\u00a0h", "7:00 PM");
        both("time", "19\u00a0h\u00a030", "7:30 PM");
    }

    void generated()
    {
        QFETCH(QString, language);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        useLanguage(language);
        const Organisation org = demoOrganisation();
        const ExportLabels t(language);
        const QDate day(2026, 11, 29);
        const auto circle = [&org](const char* name) { return org.circleNamed(QString::fromUtf8(name))->id; };
        const auto person = [&org](const char* name) { return org.personNamed(QString::fromUtf8(name))->id; };
        QString actual;
        if (what == QLatin1String("red line"))
            actual = checkEntry(org, person("Amandine Roux"), circle("Conseil de Coordination"), day).message;
        else if (what == QLatin1String("already a member"))
            actual = checkEntry(org, person("Denise Faure"), circle("Conseil de Coordination"), day).message;
        else if (what.startsWith(QLatin1String("referral"))) {
            const bool council = what == QLatin1String("referral");
            const CircleId from = circle(council ? "Conseil de Coordination" : "Cercle Communication");
            const QString message = checkScope(org, from, ScopeItemId()).message;
            actual = message.mid(message.indexOf(QLatin1String(". ")) + 2);
        } else if (what == QLatin1String("entry"))
            actual = t.phrase("Entry of %1", {QStringLiteral("Inès Bonnet")});
        else if (what == QLatin1String("exit"))
            actual = t.phrase("Exit of %1", {QString::fromUtf8("Étienne Blanc")});
        else if (what == QLatin1String("objection"))
            actual = t.phrase("Objection by %1 (round %2, version %3)",
                              {QString::fromUtf8("Étienne Blanc"), QStringLiteral("1"), QStringLiteral("2")});
        else if (what == QLatin1String("objection in a proposal's history"))
            actual = t.phrase("Objection by %1", {QStringLiteral("Hugo Perrin")});
        else if (what == QLatin1String("first of the month"))
            actual = t("Minutes of the meeting of %1").arg(t.date(QDate(2026, 12, 1)));
        else if (what == QLatin1String("other day"))
            actual = t("Minutes of the meeting of %1").arg(t.date(QDate(2026, 11, 20)));
        else if (what == QLatin1String("meetings page"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("cercles::ui::MeetingsPage", "Meetings of %1"),
                {circleNoun(*org.circle(circle("Conseil de Coordination")), language)});
        else if (what == QLatin1String("refer the proposal"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("cercles::ui::ConsentPanel", "Refer the proposal to %1?"),
                {circleNoun(*org.circle(circle("Assemblée Populaire")), language)});
        else if (what == QLatin1String("referred"))
            actual =
                cercles::fillPhrase(QCoreApplication::translate("cercles::ui::ConsentPanel",
                                                                "Recorded — proposal referred to %1"),
                                    {circleNoun(*org.circle(circle("Conseil de Coordination")), language)});
        else if (what == QLatin1String("end membership"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("EndMembershipCommand", "End membership of %1 in %2"),
                {QStringLiteral("Inès Bonnet"),
                 circleNoun(*org.circle(circle("Conseil de Coordination")), language)});
        else if (what == QLatin1String("last day"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("cercles::ui::CircleEditor", "Last day of %1 in %2"),
                {QString::fromUtf8("Étienne Blanc"),
                 circleNoun(*org.circle(circle("Cercle Communication")), language)});
        else if (what == QLatin1String("question"))
            actual =
                cercles::fillPhrase(QCoreApplication::translate("ConsentRoundController", "%1's question"),
                                    {QStringLiteral("Inès Bonnet")});
        else if (what == QLatin1String("backlog point referred by"))
            actual = t.phrase("referred by %1", {circleNamed(QStringLiteral("Cercle Communication"),
                                                             QStringLiteral("le"), language)});
        else if (what == QLatin1String("minutes outcome of a referral"))
            actual = t.phrase("referred to %1", {circleNamed(QString::fromUtf8("Assemblée Populaire"),
                                                             QStringLiteral("l'"), language)});
        else if (what == QLatin1String("register entry referred by"))
            actual = t.phrase("Referred by %1", {circleNamed(QStringLiteral("Cercle Communication"),
                                                             QStringLiteral("le"), language)});
        else if (what == QLatin1String("register entry referred to"))
            actual = t.phrase("Referred to %1",
                              {circleNoun(*org.circle(circle("Assemblée Populaire")), language)}) +
                     t.separator() + t.outcome(QStringLiteral("adopted"));
        else if (what == QLatin1String("register entry referred to a council"))
            actual = t.phrase("Referred to %1",
                              {circleNoun(*org.circle(circle("Conseil de Coordination")), language)}) +
                     t.separator() + t("not taken up yet");
        else if (what == QLatin1String("register tab referred by"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("cercles::ui::RegisterModel", "(referred by %1)"),
                {circleNoun(*org.circle(circle("Cercle Communication")), language)});
        else if (what == QLatin1String("facilitation, taken up after a referral"))
            actual = cercles::fillPhrase(
                QCoreApplication::translate("ProposalHistory", "Referred by %1 (meeting of %2)"),
                {circleNoun(*org.circle(circle("Cercle Communication")), language),
                 writtenDate(QDate(2026, 12, 1), language)});
        else if (what == QLatin1String("time on the hour"))
            actual = t.time(QTime(19, 0));
        else if (what == QLatin1String("time"))
            actual = t.time(QTime(19, 30));
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestPhrasing)
#include "tst_phrasing.moc"
