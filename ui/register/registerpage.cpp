#include "registerpage.h"
#include "common/boundedcombo.h"
#include "registertable.h"

#include "common/fieldlimits.h"
#include "common/lazytabs.h"
#include "common/onelinedelegate.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "registermodel.h"
#include "services/consentservice.h"
#include "services/document.h"
#include "services/organisationservice.h"
#include "storage/registerrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
/// The statuses offered in the filter, in the order of the process (outcomes first: what people look for).
constexpr ConsentPhase filterStatuses[] = {ConsentPhase::Adopted, ConsentPhase::Pending,
                                           ConsentPhase::Deferred, ConsentPhase::ReferredToParent,
                                           ConsentPhase::Withdrawn};

} // namespace

RegisterPage::RegisterPage(Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new RegisterModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setMaxLength(limits::search);
    m_search->setPlaceholderText(tr("Search the decisions (accents and case ignored)"));
    m_search->setAccessibleName(tr("Search the decisions"));
    m_search->setClearButtonEnabled(true);
    m_circle = boundedCombo(new QComboBox(this));
    m_circle->setAccessibleName(tr("Circle"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (ConsentPhase phase : filterStatuses)
        m_status->addItem(phaseName(phase), phaseKey(phase));
    m_status->addItem(tr("In progress"), QStringLiteral("in-progress"));
    m_reviewDue = new QCheckBox(tr("Review due only"), this);
    m_count = plainLabel(this);

    auto* table = new RegisterTable(m_model, this);
    m_table = table;
    m_table->setAccessibleName(tr("Decision register"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One decision at a time: the detail pane shows the selected one.
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Rows told apart by alternating colours rather than grid lines: the grid's lines cost a tenth of a
    // search keystroke's repaint (issue 14), and one line per decision reads across as well.
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new OneLineDelegate(m_table));
    table->fitText();
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // the first rows are enough to size

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_circle, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_reviewDue);
    // The table shows one line per decision; the pane under it shows the selected one whole.
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Selected decision"));
    m_detail->setPlaceholderText(tr("Select a decision to read it in full."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    // Searching waits for a pause in typing: one query for a word, not one per letter.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelay);
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RegisterPage::searchNow);
    connect(m_circle, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_reviewDue, &QCheckBox::toggled, this, &RegisterPage::applyFilter);
    // Typed changes: a process updates its own row; only a change of names or circles reads a page again.
    connect(&document.changes(), &DocumentChanges::changed, this, [this](const DocumentChange& change) {
        if (change.subject == DocumentChange::Subject::ConsentProcess) {
            if (change.registerEntryChanged)
                updateProcess(ConsentProcessId(change.id), change.how);
        } else if (change.subject == DocumentChange::Subject::Meeting) {
            // A meeting's date or an item's title: its rows that are loaded.
            for (ConsentProcessId process : m_model->processesOf(MeetingId(change.id)))
                updateProcess(process);
        } else if (change.subject == DocumentChange::Subject::Organisation) {
            fillCircles();
            reload();
        }
    });
    // The pane follows the selection, not the current index: after a removed row or a focus change the
    // current index may sit on a row nobody selected.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::showDetail);
    // The detail follows a change of the row it shows, not of every row (an answer recorded elsewhere
    // would otherwise lay out the whole pane again).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int shown = selectedRow();
                if (shown >= 0 && shown >= from.row() && shown <= to.row())
                    showDetail();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::showDetail);
    fillCircles();
    reload();
}

int RegisterPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void RegisterPage::showDetail()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_model->rowCount()) {
        if (!m_detail->document()->isEmpty())
            m_detail->clear();
        return;
    }
    const DecisionEntry& e = m_model->entry(row);
    const auto field = [this, row](RegisterModel::Column column) {
        return m_model->index(row, column).data().toString();
    };
    const auto line = [this](RegisterModel::Column column, const QString& value) {
        return tr("%1: %2").arg(m_model->headerData(column, Qt::Horizontal).toString(), value);
    };
    QStringList lines{e.title,
                      field(RegisterModel::Circle) + QStringLiteral(" · ") + field(RegisterModel::Date) +
                          QStringLiteral(" · ") + field(RegisterModel::Status),
                      QString(), e.text, QString()};
    if (!e.scopeItemText.isEmpty())
        lines << line(RegisterModel::Scope, e.scopeItemText);
    if (!e.responsibleName.isEmpty())
        lines << line(RegisterModel::Responsible, e.responsibleName);
    if (e.reviewDate.isValid())
        lines << line(RegisterModel::Review, field(RegisterModel::Review));
    m_detail->setPlainText(lines.join(QLatin1Char('\n')).trimmed());
}

void RegisterPage::fillCircles()
{
    const qint64 current = m_circle->currentData().toLongLong();
    const QSignalBlocker blocker(m_circle);
    m_circle->clear();
    m_circle->addItem(tr("All circles"), qint64(0));
    for (const Circle& c : m_document.organisation().organisation().circles)
        m_circle->addItem(c.name, c.id.value());
    m_circle->setCurrentIndex(std::max(0, m_circle->findData(current)));
}

void RegisterPage::reload()
{
    m_allKnown = false;
    applyFilter();
}

void RegisterPage::searchNow()
{
    if (m_searchTimer->isActive())
        applyFilter();
}

void RegisterPage::updateProcess(ConsentProcessId process, DocumentChange::How how)
{
    // Only a process started or cancelled changes how many decisions the register holds.
    const bool started = how == DocumentChange::How::Started;
    const bool recount = started || how == DocumentChange::How::Cancelled;
    const QDate today = QDate::currentDate();
    Result<std::optional<DecisionEntry>> entry = registerEntry(m_document, process, today, filter());
    Result<int> all = recount ? countRegister(m_document, {}, today) : Result<int>(m_all);
    if (!entry || !all) {
        messages::showError(this, entry ? all.error() : entry.error());
        return;
    }
    m_all = *all;
    const RegisterFilter f = filter();
    // Whether a process passes the circle filter (or none) never changes: its count stands.
    const bool filterFollowsChanges =
        f.hasStatusOrDateCriteria() || !RegisterRepository::searchQuery(f.search).isEmpty();
    if (!m_model->updateEntry(process, *entry, started) && (filterFollowsChanges || recount)) {
        const Result<int> shown = countRegister(m_document, f, today);
        if (!shown) {
            messages::showError(this, shown.error());
            return;
        }
        m_model->setTotal(*shown);
    }
    showCount();
}

RegisterFilter RegisterPage::filter() const
{
    RegisterFilter f;
    f.circle = CircleId(m_circle->currentData().toLongLong());
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("in-progress")) {
        for (ConsentPhase phase : allConsentPhases) {
            DecisionEntry probe;
            probe.status = phase;
            if (probe.isInProgress())
                f.statuses << phase;
        }
    } else if (const auto phase = phaseFromKey(status)) {
        f.statuses << *phase;
    }
    f.reviewDueOnly = m_reviewDue->isChecked();
    f.search = m_search->text();
    return f;
}

void RegisterPage::applyFilter()
{
    m_searchTimer->stop();
    const QDate today = QDate::currentDate();
    const RegisterFilter f = filter();
    Result<int> shown = countRegister(m_document, f, today);
    // The whole register's size changes with the document, not with the filter: counted once per change.
    Result<int> all = m_allKnown ? Result<int>(m_all) : countRegister(m_document, {}, today);
    if (!shown || !all) {
        messages::showError(this, shown ? all.error() : shown.error());
        return;
    }
    m_all = *all;
    m_allKnown = true;
    Document* document = &m_document;
    m_model->setSource(
        *shown, [document, f, today, matching = *shown](const RegisterRepository::Cursor& after, int limit) {
            Result<QList<DecisionEntry>> page = loadRegisterPage(*document, f, today, after, limit, matching);
            return page ? std::move(page).value() : QList<DecisionEntry>();
        });
    // A new search or filter shows its first decision at the top, none selected (the reset cleared the
    // selection, and the pane with it): the view kept its scroll position otherwise.
    m_table->scrollToTop();
    // Columns are sized once, from the first page: sizing on every keystroke would read every row. Later
    // resets keep these widths, and any the user set.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        const int charWidth = m_table->fontMetrics().averageCharWidth();
        for (int column = 0; column < RegisterModel::ColumnCount; ++column) {
            if (column == RegisterModel::Text)
                continue;
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, registerColumnWidth(RegisterModel::Column(column),
                                                                m_table->columnWidth(column), charWidth));
        }
        m_columnsSized = true;
    }
    showCount();
}

void RegisterPage::showCount()
{
    m_count->setText(tr("%n decision(s) shown of %1", nullptr, m_model->total()).arg(m_all));
}

int addRegisterTab(LazyTabs& tabs, Document& document)
{
    return tabs.add(RegisterPage::tr("Decision register"),
                    [&document](QWidget* parent) { return new RegisterPage(document, parent); });
}

} // namespace cercles::ui
