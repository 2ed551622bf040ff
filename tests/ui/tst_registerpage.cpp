// The decision register page on the demo organisation: filters and accent-blind search, model checked by
// QAbstractItemModelTester.
#include "meetingfixture.h"
#include "register/registermodel.h"
#include "register/registerpage.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/historygenerator.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
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
    std::unique_ptr<Document> history; ///< a generated year: several pages of decisions

    /// Takes a page; shows it at a desktop size and waits until it is laid out.
    static void show(RegisterPage& page)
    {
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    /// Takes a page; returns the row of its selected decision (-1: none).
    static int selectedRow(const RegisterPage& page)
    {
        const QModelIndexList rows = page.table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().row() : -1;
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        auto opened = Document::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        document = std::move(opened).value();
        auto generated = Document::create(dir.file(QStringLiteral("history.cercles")));
        QVERIFY2(generated, qPrintable(generated.error()));
        history = std::move(generated).value();
        const auto counts = generateHistory(*history, HistorySize{1, 6, 60, 30, 1});
        QVERIFY2(counts, qPrintable(counts.error()));
        QVERIFY(counts->processes > 4 * RegisterModel::pageSize);
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

    /// Fault 1: a new search or filter scrolled nothing back; the view stayed down on the new results.
    void aNewFilterShowsItsFirstRowAtTheTop_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("search") << "search";
        QTest::newRow("circle") << "circle";
        QTest::newRow("status") << "status";
    }
    void aNewFilterShowsItsFirstRowAtTheTop()
    {
        QFETCH(QString, change);
        RegisterPage page(*history);
        show(page);
        QScrollBar* bar = page.table()->verticalScrollBar();
        for (int i = 0; i < 2; ++i) // two pages further down, as by the wheel
            bar->setValue(bar->maximum());
        QVERIFY(page.model()->rowCount() > RegisterModel::pageSize);
        page.table()->selectRow(page.model()->rowCount() - 1);
        QVERIFY(!page.detail()->toPlainText().isEmpty());
        if (change == QLatin1String("search")) {
            page.searchField()->setText(QStringLiteral("a"));
            page.searchNow();
        } else if (change == QLatin1String("circle")) {
            page.circleFilter()->setCurrentIndex(1);
        } else {
            page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("adopted")));
        }
        QVERIFY(page.model()->rowCount() > 10); // enough rows to have stayed scrolled
        QCOMPARE(bar->value(), 0);
        QCOMPARE(page.table()->indexAt(QPoint(1, 1)).row(), 0);
        // Nothing selected, nothing in the pane: the user picks in the new results.
        QCOMPARE(selectedRow(page), -1);
        QVERIFY(page.detail()->toPlainText().isEmpty());
    }

    /// Fault 2: Ctrl+End (and the scroll bar taken to its end) went one page further, not to the end.
    void theEndIsTheLastDecision_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Ctrl+End") << "keys";
        QTest::newRow("scroll bar's Bottom") << "bottom";
        QTest::newRow("scroll bar dragged") << "drag";
    }
    void theEndIsTheLastDecision()
    {
        QFETCH(QString, how);
        RegisterPage page(*history);
        show(page);
        const int total = page.model()->total();
        QVERIFY(total > 3 * RegisterModel::pageSize);
        QScrollBar* bar = page.table()->verticalScrollBar();
        if (how == QLatin1String("keys")) {
            page.table()->setFocus();
            page.table()->selectRow(0);
            QTest::keyClick(page.table(), Qt::Key_End, Qt::ControlModifier);
        } else if (how == QLatin1String("bottom")) {
            bar->triggerAction(QAbstractSlider::SliderToMaximum);
        } else {
            bar->setSliderDown(true);
            bar->setValue(bar->maximum());
            bar->setSliderDown(false);
        }
        QCOMPARE(page.model()->rowCount(), total);
        QVERIFY(!page.model()->canFetchMore({}));
        QCOMPARE(bar->value(), bar->maximum());
        if (how == QLatin1String("keys")) {
            QCOMPARE(selectedRow(page), total - 1);
            QVERIFY(page.detail()->toPlainText().startsWith(page.model()->entry(total - 1).title));
        }
    }

    /// Fault 3: the decision column was squeezed by the columns sized to their contents, to the header's
    /// minimum in a narrow window.
    void theDecisionKeepsAUsefulWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("desktop") << 1200;
        QTest::newRow("narrow window") << 700;
    }
    void theDecisionKeepsAUsefulWidth()
    {
        QFETCH(int, width);
        RegisterPage page(*history);
        page.resize(width, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView* header = page.table()->horizontalHeader();
        const int useful = 40 * page.table()->fontMetrics().averageCharWidth();
        QVERIFY2(header->sectionSize(RegisterModel::Text) >= useful,
                 qPrintable(QString::number(header->sectionSize(RegisterModel::Text))));
        header->resizeSection(RegisterModel::Title, 150); // the user's width
        page.searchField()->setText(QStringLiteral("a"));
        page.searchNow();
        page.searchField()->setText(QStringLiteral("girafe"));
        page.searchNow();
        page.searchField()->clear();
        page.searchNow();
        QVERIFY(header->sectionSize(RegisterModel::Text) >= useful);
        QCOMPARE(header->sectionSize(RegisterModel::Title), 150);
        // Widened, the text takes the whole width left again.
        page.resize(1600, 700);
        QTRY_COMPARE(header->length(), page.table()->viewport()->width());
        QVERIFY(header->sectionSize(RegisterModel::Text) >= useful);
    }

    /// Fault 4: the pane showed the current row, which after a removal or a focus change was no selected
    /// row.
    void theDetailShowsTheSelectedRow_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("selected row removed") << "removed";
        QTest::newRow("current without selection") << "current";
        QTest::newRow("page fetched") << "fetched";
    }
    void theDetailShowsTheSelectedRow()
    {
        QFETCH(QString, change);
        const auto doc = test::openDemo(dir.file(QStringLiteral("detail-%1.cercles").arg(change)));
        RegisterPage page(*doc);
        show(page);
        if (change == QLatin1String("removed")) {
            const CircleId council = test::circleId(*doc, "Conseil de Coordination");
            Meeting m = test::planMeeting(*doc, council);
            QVERIFY(doc->meetings().setStatus(m.id, MeetingStatus::Open));
            const AgendaItemId item = test::addItem(*doc, m.id, AgendaItemKind::ConsentDecision, "Local");
            const auto process =
                doc->consent().startProcess(item, Proposal{QStringLiteral("Louer."), {}, {}, {}, {}});
            QVERIFY(process);
            int row = 0;
            while (row < page.model()->rowCount() && page.model()->entry(row).process != *process)
                ++row;
            QVERIFY(row < page.model()->rowCount());
            page.table()->selectRow(row);
            QVERIFY(page.detail()->toPlainText().startsWith(QStringLiteral("Local")));
            QVERIFY(doc->consent().cancelProcess(*process));
            // The view selects a neighbour (or nothing): the pane shows that one, or nothing.
            const int selected = selectedRow(page);
            const QString detail = page.detail()->toPlainText();
            QVERIFY2(selected < 0
                         ? detail.isEmpty()
                         : detail.startsWith(page.model()->entry(selected).title + QLatin1Char('\n')),
                     qPrintable(QStringLiteral("%1: %2").arg(selected).arg(detail)));
        } else if (change == QLatin1String("current")) {
            // As the view does when it takes the focus with no current row: current, not selected.
            page.table()->selectionModel()->setCurrentIndex(page.model()->index(2, 0),
                                                            QItemSelectionModel::NoUpdate);
            QCOMPARE(selectedRow(page), -1);
            QVERIFY2(page.detail()->toPlainText().isEmpty(), qPrintable(page.detail()->toPlainText()));
            page.table()->selectRow(3);
            QVERIFY(page.detail()->toPlainText().startsWith(page.model()->entry(3).title));
            page.table()->clearSelection();
            QVERIFY(page.detail()->toPlainText().isEmpty());
        } else {
            RegisterPage big(*history);
            show(big);
            big.table()->selectRow(3);
            const QString shown = big.detail()->toPlainText();
            QVERIFY(shown.startsWith(big.model()->entry(3).title));
            big.model()->fetchMore({});
            QCOMPARE(selectedRow(big), 3);
            QCOMPARE(big.detail()->toPlainText(), shown);
        }
    }

    /// Fault 5: a referral's status ("→ Conseil de Coordination: …") is longer than its column: the column
    /// keeps a sensible width and the tooltip gives the whole status, as plain text.
    void aLongStatusShowsWholeInItsTooltip()
    {
        const auto doc = test::openDemo(dir.file(QStringLiteral("status.cercles")));
        const CircleId communication = test::circleId(*doc, "Cercle Communication");
        const CircleId council = test::circleId(*doc, "Conseil de Coordination");
        for (Circle c : doc->organisation().organisation().circles) { // a name that looks like markup
            if (c.id == council) {
                c.name = QStringLiteral("<b>Conseil</b> de Coordination");
                QVERIFY(doc->organisation().updateCircle(c));
            }
        }
        Meeting sender = test::planMeeting(*doc, communication);
        QVERIFY(doc->meetings().setStatus(sender.id, MeetingStatus::Open));
        const AgendaItemId item = test::addItem(*doc, sender.id, AgendaItemKind::ConsentDecision, "Budget");
        const auto referred =
            doc->consent().startProcess(item, Proposal{QStringLiteral("Dépenser 2 000 €"), {}, {}, {}, {}});
        QVERIFY(referred);
        QVERIFY(
            doc->consent().record(*referred, ConsentEvent::referral({}, council, QStringLiteral("Budget"))));
        QVERIFY(doc->meetings().setStatus(sender.id, MeetingStatus::Closed));
        Meeting parent = test::planMeeting(*doc, council, QDate(2026, 12, 10));
        QVERIFY(doc->meetings().setStatus(parent.id, MeetingStatus::Open));
        const QList<BacklogItem> backlog = *doc->meetings().backlog(council);
        const auto waiting = std::find_if(backlog.cbegin(), backlog.cend(),
                                          [&](const BacklogItem& b) { return b.referredFrom == *referred; });
        QVERIFY(waiting != backlog.cend());
        const auto taken = doc->meetings().takeUp(waiting->id, parent.id);
        QVERIFY(taken);
        QVERIFY(doc->consent().startProcess(*taken, Proposal{QStringLiteral("Dépenser"), {}, {}, {}, {}}));

        RegisterPage page(*doc);
        show(page);
        int row = 0;
        while (row < page.model()->rowCount() && page.model()->entry(row).process != *referred)
            ++row;
        QVERIFY(row < page.model()->rowCount());
        const QModelIndex status = page.model()->index(row, RegisterModel::Status);
        const QString text = status.data().toString();
        QVERIFY2(text.contains(QStringLiteral("→ <b>Conseil</b> de Coordination")), qPrintable(text));
        const QString tip = status.data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("Status:\n") + text);
        QVERIFY2(!Qt::mightBeRichText(tip), qPrintable(tip));
        // Wide enough for a status and its "review due", not for every referral.
        const int width = page.table()->columnWidth(RegisterModel::Status);
        const QFontMetrics metrics = page.table()->fontMetrics();
        QVERIFY2(width < metrics.horizontalAdvance(text), qPrintable(QString::number(width)));
        QVERIFY(width >= metrics.horizontalAdvance(QStringLiteral("Adopted — review due")));
    }
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
