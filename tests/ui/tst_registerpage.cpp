// The decision register page on the demo organisation: filters and accent-blind search, model checked by
// QAbstractItemModelTester.
#include "meetingfixture.h"
#include "register/registermodel.h"
#include "register/registerpage.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cercles;
using namespace cercles::ui;

class TestRegisterPage : public QObject
{
    Q_OBJECT
    test::TempDir dir;
    std::unique_ptr<Document> document;

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        auto opened = Document::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        document = std::move(opened).value();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("circle");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("reviewDue");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << ""
                                    << ""
                                    << "" << false << 5;
        QTest::newRow("one circle") << ""
                                    << "Cercle Communication"
                                    << "" << false << 2;
        QTest::newRow("referred") << ""
                                  << ""
                                  << "referred-to-parent" << false << 1;
        QTest::newRow("adopted in the assembly") << ""
                                                 << "Assemblée Populaire"
                                                 << "adopted" << false << 2;
        QTest::newRow("review due") << ""
                                    << ""
                                    << "" << true << 1;
        QTest::newRow("oe ligature typed plainly") << "coeur"
                                                   << ""
                                                   << "" << false << 2;
        QTest::newRow("ligature typed") << "cœur"
                                        << ""
                                        << "" << false << 2;
        QTest::newRow("accents and case ignored") << "ETE"
                                                  << ""
                                                  << "" << false << 1;
        QTest::newRow("two words") << "lettre mensuelle"
                                   << ""
                                   << "" << false << 1;
        QTest::newRow("nothing") << "girafe"
                                 << ""
                                 << "" << false << 0;
    }
    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, circle);
        QFETCH(QString, status);
        QFETCH(bool, reviewDue);
        QFETCH(int, rows);
        RegisterPage page(*document);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.searchField()->setText(search);
        page.searchNow();
        if (!circle.isEmpty())
            page.circleFilter()->setCurrentIndex(page.circleFilter()->findText(circle));
        page.statusFilter()->setCurrentIndex(status.isEmpty() ? 0 : page.statusFilter()->findData(status));
        page.reviewDueFilter()->setChecked(reviewDue);
        QCOMPARE(page.model()->rowCount(), rows);
    }

    void reviewDueIsMarked()
    {
        RegisterPage page(*document);
        page.reviewDueFilter()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        const QString status = page.model()->index(0, RegisterModel::Status).data().toString();
        QVERIFY2(status.contains(QStringLiteral("review due")), qPrintable(status));
        QVERIFY(page.model()->index(0, RegisterModel::Review).data(Qt::ForegroundRole).isValid());
    }

    /// A decision's text is read whole, however narrow the table: in its tooltip (plain text) and in the
    /// detail pane of the selected row.
    void decisionsAreReadInFull()
    {
        RegisterPage page(*document);
        QVERIFY(page.model()->rowCount() > 0);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const DecisionEntry& e = page.model()->entry(row);
            const QString tip =
                page.model()->index(row, RegisterModel::Text).data(Qt::ToolTipRole).toString();
            QCOMPARE(tip, QStringLiteral("Decision:\n") + e.text);
            QVERIFY2(!Qt::mightBeRichText(tip), qPrintable(tip));
            const QString title =
                page.model()->index(row, RegisterModel::Title).data(Qt::ToolTipRole).toString();
            QCOMPARE(title, QStringLiteral("Item:\n") + e.title);
        }
        QVERIFY(page.detail()->toPlainText().isEmpty());
        page.table()->setCurrentIndex(page.model()->index(1, RegisterModel::Date));
        const DecisionEntry& second = page.model()->entry(1);
        const QString detail = page.detail()->toPlainText();
        QVERIFY2(detail.startsWith(second.title + QLatin1Char('\n')), qPrintable(detail));
        QVERIFY2(detail.contains(second.text), qPrintable(detail));
        QVERIFY2(detail.contains(second.circleName), qPrintable(detail));
        QVERIFY(page.detail()->isReadOnly());
        // A filter that hides the row empties the pane.
        page.searchField()->setText(QStringLiteral("girafe"));
        page.searchNow();
        QVERIFY(page.detail()->toPlainText().isEmpty());
    }

    void searchWaitsForAPauseInTyping()
    {
        RegisterPage page(*document);
        QCOMPARE(page.model()->rowCount(), 5);
        page.searchField()->setText(QStringLiteral("girafe"));
        QCOMPARE(page.model()->rowCount(), 5); // not yet: the user may still be typing
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 2000);
    }

    void searchFindsWordsByPrefix()
    {
        RegisterPage page(*document);
        page.searchField()->setText(QStringLiteral("mensu"));
        page.searchNow();
        QCOMPARE(page.model()->rowCount(), 1);
        page.searchField()->setText(QStringLiteral("ensuelle")); // inside a word: not a prefix
        page.searchNow();
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void countStaysExactWithRowsNotLoaded_data()
    {
        QTest::addColumn<qint64>("process");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<bool>("started");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("rows");
        // 250 entries, the first page loaded. An answer on entry 200 changed nothing the model knew, yet it
        // once counted the register one higher per answer.
        constexpr int page = RegisterModel::pageSize;
        static_assert(page < 200);
        QTest::newRow("answer on a row not loaded") << qint64(200) << true << false << false << 250 << page;
        QTest::newRow("process started") << qint64(251) << true << true << true << 251 << page;
        QTest::newRow("answer on a loaded row") << qint64(5) << true << false << true << 250 << page;
        QTest::newRow("loaded row leaves the filter")
            << qint64(5) << false << false << true << 249 << page - 1;
    }
    void countStaysExactWithRowsNotLoaded()
    {
        QFETCH(qint64, process);
        QFETCH(bool, passes);
        QFETCH(bool, started);
        QFETCH(bool, exact);
        QFETCH(int, total);
        QFETCH(int, rows);
        const auto entryOf = [](qint64 id) {
            DecisionEntry e;
            e.process = ConsentProcessId(id);
            e.date = QDate(2020, 1, 1).addDays(id);
            e.title = QStringLiteral("Décision %1").arg(id);
            return e;
        };
        RegisterModel model; // no model tester here: it fetches every row, and the point is rows not loaded
        model.setSource(250, [&](const RegisterRepository::Cursor& after, int limit) {
            QList<DecisionEntry> page;
            for (qint64 id = after.process.value() + 1; id <= 250 && page.size() < limit; ++id)
                page << entryOf(id);
            return page;
        });
        QCOMPARE(model.rowCount(), RegisterModel::pageSize);
        const std::optional<DecisionEntry> entry =
            passes ? std::optional<DecisionEntry>(entryOf(process)) : std::nullopt;
        QCOMPARE(model.updateEntry(ConsentProcessId(process), entry, started), exact);
        QCOMPARE(model.total(), total);
        QCOMPARE(model.rowCount(), rows);
    }

    void aRecordedEventUpdatesItsRowOnly()
    {
        RegisterPage page(*document);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(page.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
        Meeting m =
            document->meetings().draftMeeting(CircleId(2), QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        const MeetingId meeting = *document->meetings().createMeeting(m);
        const AgendaItemId item = *document->meetings().addAgendaItem(AgendaItem{
            {}, meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Local"), {}, {}, {}, {}, {}});
        const auto process = document->consent().startProcess(
            item, Proposal{QStringLiteral("Louer un local."), {}, {}, {}, {}});
        QVERIFY(process);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->entry(5).process, *process);
        QVERIFY(page.model()->entry(5).isInProgress());
        const QList<PersonId> present = document->meetings().meeting(meeting)->present();
        QVERIFY(document->consent().record(
            *process, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {}, present)));
        QCOMPARE(page.model()->entry(5).status, ConsentPhase::ClarifyingQuestions);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 5);
        QCOMPARE(resets.size(), 0);
        QVERIFY(document->consent().undoLast(*process));
        QVERIFY(document->consent().cancelProcess(*process));
        QCOMPARE(page.model()->rowCount(), 5);
        QCOMPARE(resets.size(), 0);
    }

    void answersLeaveTheRegisterUnread()
    {
        const auto doc = test::openDemo(dir.file(QStringLiteral("answers.cercles")));
        RegisterPage page(*doc);
        const CircleId council = test::circleId(*doc, "Conseil de Coordination");
        Meeting m = test::planMeeting(*doc, council);
        QVERIFY(doc->meetings().setStatus(m.id, MeetingStatus::Open));
        const AgendaItemId item = test::addItem(*doc, m.id, AgendaItemKind::ConsentDecision, "Local");
        const auto process =
            doc->consent().startProcess(item, Proposal{QStringLiteral("Louer."), {}, {}, {}, {}});
        QVERIFY(process);
        const QList<PersonId> present = doc->meetings().meeting(m.id)->present();
        for (ConsentEventKind k :
             {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
              ConsentEventKind::ConsentRoundStarted})
            QVERIFY(doc->consent().record(*process, ConsentEvent::roundStart(k, {}, present)));
        QSignalSpy changes(&doc->changes(), &DocumentChanges::changed);
        QSignalSpy rows(page.model(), &QAbstractItemModel::dataChanged);
        // Each answer leaves the entry as it was: the change says so, and the register reads nothing.
        for (PersonId person : present)
            QVERIFY(doc->consent().record(*process, ConsentEvent::consent({}, person)));
        QCOMPARE(changes.size(), present.size());
        for (const QList<QVariant>& c : changes)
            QVERIFY(!c.at(0).value<DocumentChange>().registerEntryChanged);
        QCOMPARE(rows.size(), 0);
        // Closing the round adopts the proposal: its row shows it.
        QVERIFY(doc->consent().record(*process, ConsentEvent::roundClose({})));
        QVERIFY(changes.constLast().at(0).value<DocumentChange>().registerEntryChanged);
        QCOMPARE(rows.size(), 1);
        const int last = page.model()->rowCount() - 1;
        QCOMPARE(page.model()->entry(last).process, *process);
        QCOMPARE(page.model()->entry(last).status, ConsentPhase::Adopted);
    }

    void aReferredProposalShowsWhereItStands()
    {
        const auto doc = test::openDemo(dir.file(QStringLiteral("referral.cercles")));
        const CircleId communication = test::circleId(*doc, "Cercle Communication");
        const CircleId council = test::circleId(*doc, "Conseil de Coordination");
        Meeting sender = test::planMeeting(*doc, communication);
        QVERIFY(doc->meetings().setStatus(sender.id, MeetingStatus::Open));
        const AgendaItemId item =
            test::addItem(*doc, sender.id, AgendaItemKind::ConsentDecision, "Budget com");
        const auto referred =
            doc->consent().startProcess(item, Proposal{QStringLiteral("Dépenser 2 000 €"), {}, {}, {}, {}});
        QVERIFY(referred);
        QVERIFY(
            doc->consent().record(*referred, ConsentEvent::referral({}, council, QStringLiteral("Budget"))));
        QVERIFY(doc->meetings().setStatus(sender.id, MeetingStatus::Closed));

        RegisterPage page(*doc);
        const auto rowOf = [&page](ConsentProcessId id) {
            for (int row = 0; row < page.model()->rowCount(); ++row) {
                if (page.model()->entry(row).process == id)
                    return page.model()->entry(row);
            }
            return DecisionEntry{};
        };
        QCOMPARE(rowOf(*referred).status, ConsentPhase::ReferredToParent);
        QVERIFY(rowOf(*referred).continuedInName.isEmpty());
        Meeting parent = test::planMeeting(*doc, council, QDate(2026, 12, 10));
        QVERIFY(doc->meetings().setStatus(parent.id, MeetingStatus::Open));
        const QList<BacklogItem> backlog = *doc->meetings().backlog(council);
        const auto waiting = std::find_if(backlog.cbegin(), backlog.cend(),
                                          [&](const BacklogItem& b) { return b.referredFrom == *referred; });
        QVERIFY(waiting != backlog.cend());
        const auto taken = doc->meetings().takeUp(waiting->id, parent.id);
        QVERIFY(taken);
        // Each step of the parent's process shows on the referred proposal's row, without reading again.
        const auto received =
            doc->consent().startProcess(*taken, Proposal{QStringLiteral("Dépenser 2 000 €"), {}, {}, {}, {}});
        QVERIFY(received);
        QCOMPARE(rowOf(*referred).continuedInName, QStringLiteral("Conseil de Coordination"));
        QCOMPARE(rowOf(*referred).continuedStatus, std::optional<ConsentPhase>(ConsentPhase::Presentation));
        QVERIFY(doc->consent().record(
            *received, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {},
                                                doc->meetings().meeting(parent.id)->present())));
        QCOMPARE(rowOf(*referred).continuedStatus,
                 std::optional<ConsentPhase>(ConsentPhase::ClarifyingQuestions));
        QVERIFY(doc->consent().undoLast(*received));
        QCOMPARE(rowOf(*referred).continuedStatus, std::optional<ConsentPhase>(ConsentPhase::Presentation));
        QVERIFY(doc->consent().cancelProcess(*received));
        QVERIFY(rowOf(*referred).continuedInName.isEmpty());
    }
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
