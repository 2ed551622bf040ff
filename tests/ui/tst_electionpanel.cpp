// The election panel driven offscreen (processes.md section 3): written names hidden until the nomination
// round, each participant in turn, the proposal, the consent round with the nominee last, the mandate.
#include "elections/electionpanel.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace cercles;
using cercles::ui::ElectionPanel;

class TestElectionPanel : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void runsAWholeElection()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path).ok());
        std::unique_ptr<Document> doc = std::move(Document::open(path)).value();
        Meeting m =
            doc->meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        const MeetingId meeting = *doc->meetings().createMeeting(m);
        AgendaItem a;
        a.meeting = meeting;
        a.kind = AgendaItemKind::Election;
        a.title = QStringLiteral("Facilitation");
        const AgendaItemId item = *doc->meetings().addAgendaItem(a);
        const qsizetype mandates = doc->organisation().organisation().mandates.size();

        ElectionPanel panel(*doc, item);
        panel.show();
        QCOMPARE(panel.roleEdit()->text(), QStringLiteral("Facilitation")); // from the item's title
        panel.startButton()->click();
        QVERIFY2(panel.election().has_value(), qPrintable(panel.errorLabel()->text()));
        const QList<PersonId> present = doc->meetings().meeting(meeting)->present();
        const PersonId nominee = present.at(1);
        const QString nomineeName = doc->organisation().organisation().person(nominee)->name;

        // Open the nominations: each present participant writes a name, in turn.
        for (QPushButton* b : panel.findChildren<QPushButton*>()) {
            if (b->isVisible() && b->text().contains(QStringLiteral("Open the nominations")))
                b->click();
        }
        QCOMPARE(panel.election()->phase(), ElectionPhase::Nominations);
        for (int i = 0; i < present.size(); ++i) {
            QVERIFY(panel.promptLabel()->text().contains(
                doc->organisation().organisation().person(present.at(i))->name));
            panel.personCombo()->setCurrentIndex(panel.personCombo()->findData(QVariant::fromValue(nominee)));
            panel.recordButton()->click();
        }
        // The names stay hidden until the nomination round.
        for (int row = 0; row < panel.log()->count(); ++row)
            QVERIFY(!panel.log()->item(row)->text().contains(QStringLiteral("named")));
        panel.nextStepButton()->click();
        QCOMPARE(panel.election()->phase(), ElectionPhase::NominationRound);
        QVERIFY(panel.log()->item(0)->text().contains(nomineeName));
        for (int i = 0; i < present.size(); ++i) {
            panel.textEdit()->setText(QStringLiteral("reasons %1").arg(i));
            QTest::keyClick(panel.textEdit(), Qt::Key_Return); // Enter records and moves on
        }
        panel.nextStepButton()->click();
        QCOMPARE(panel.election()->phase(), ElectionPhase::ChangeRound);
        for (int i = 0; i < present.size(); ++i)
            panel.recordButton()->click(); // everyone keeps (the combo starts on their nomination)
        QVERIFY(panel.promptLabel()->text().contains(
            QStringLiteral("%1 (%2)").arg(nomineeName).arg(present.size())));
        QCOMPARE(panel.personCombo()->currentData().value<PersonId>(), nominee); // the most named is offered
        panel.textEdit()->setText(QStringLiteral("named by everyone"));
        panel.proposeButton()->click();
        QCOMPARE(panel.election()->phase(), ElectionPhase::ConsentRound);

        // Consent round: the nominee is asked last.
        for (int i = 0; i < present.size(); ++i) {
            const bool last = i == present.size() - 1;
            QCOMPARE(panel.promptLabel()->text().contains(QStringLiteral("answers last")), last);
            if (last)
                QVERIFY(panel.promptLabel()->text().startsWith(nomineeName));
            panel.consentButton()->click();
        }
        panel.nextStepButton()->click();
        QCOMPARE(panel.election()->phase(), ElectionPhase::Elected);
        QCOMPARE(doc->organisation().organisation().mandates.size(), mandates + 1);
        QVERIFY(panel.log()
                    ->item(panel.log()->count() - 1)
                    ->text()
                    .startsWith(QStringLiteral("Elected: ") + nomineeName));
    }
};

QTEST_MAIN(TestElectionPanel)
#include "tst_electionpanel.moc"
