// Form labels as a user reads them: a mnemonic "&" is never shown as text ("Duré&e du mandat :"), and the
// circle dialog edits the article French sentences name the circle with, kept in the file.
#include "circles/circledialog.h"
#include "elections/electionpanel.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/organisationservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace cercles;
using namespace cercles::ui;

namespace {

/// Takes a widget; returns the texts of its labels that show a "&" literally: a label shows its mnemonic
/// "&" as text unless it has a buddy to give the focus to.
QStringList literalAmpersands(const QWidget& widget)
{
    QStringList shown;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        const QString text = label->text();
        if (text.contains(QLatin1Char('&')) && !text.contains(QLatin1String("&&")) && !label->buddy())
            shown << text;
    }
    return shown;
}

} // namespace

class TestFormLabels : public QObject
{
    Q_OBJECT
    test::TempDir dir;
    std::unique_ptr<Document> doc;

private slots:
    void init()
    {
        cercles::test::failOnUnexpectedWarnings();
        const QString path = dir.file(QStringLiteral("demo-%1.cercles").arg(QTest::currentTestFunction()));
        QVERIFY(createDemoFile(path).ok());
        doc = std::move(Document::open(path)).value();
    }
    void cleanup() { doc.reset(); }

    void circleDialogShowsNoAmpersand()
    {
        const Organisation& org = doc->organisation().organisation();
        CircleDialog dialog(org, *org.circleNamed(QStringLiteral("Conseil de Coordination")));
        QCOMPARE(literalAmpersands(dialog), QStringList());
    }

    void electionPanelShowsNoAmpersand()
    {
        Meeting m =
            doc->meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        AgendaItem a;
        a.meeting = *doc->meetings().createMeeting(m);
        a.kind = AgendaItemKind::Election;
        a.title = QStringLiteral("Secrétaire");
        ElectionPanel panel(*doc, *doc->meetings().addAgendaItem(a));
        QCOMPARE(literalAmpersands(panel), QStringList());
    }

    void circleDialogEditsTheArticle()
    {
        OrganisationService& service = doc->organisation();
        const Circle* council = service.organisation().circleNamed(QStringLiteral("Conseil de Coordination"));
        QCOMPARE(council->article, FrenchArticle::Le); // the reference organisation's, from the demo file
        QCOMPARE(service.organisation().circleNamed(QStringLiteral("Assemblée Populaire"))->article,
                 FrenchArticle::Elided);

        CircleDialog dialog(service.organisation(), *council);
        QCOMPARE(dialog.articleCombo()->currentText(), QStringLiteral("le"));
        dialog.articleCombo()->setCurrentIndex(dialog.articleCombo()->findData(int(FrenchArticle::None)));
        const Circle edited = dialog.circle();
        QCOMPARE(edited.article, FrenchArticle::None);
        QVERIFY(service.updateCircle(edited));
        QCOMPARE(circleNoun(*service.organisation().circleNamed(QStringLiteral("Conseil de Coordination")),
                            QStringLiteral("fr")),
                 QStringLiteral("Conseil de Coordination"));

        // Kept in the file: read again from it.
        const QString path = doc->database().path();
        doc.reset();
        doc = std::move(Document::open(path)).value();
        QCOMPARE(doc->organisation()
                     .organisation()
                     .circleNamed(QStringLiteral("Conseil de Coordination"))
                     ->article,
                 FrenchArticle::None);
    }
};

QTEST_MAIN(TestFormLabels)
#include "tst_formlabels.moc"
