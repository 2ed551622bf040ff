#include "votepanel.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "meetings/commands/castballotcommand.h"
#include "meetings/commands/enterpapercountscommand.h"
#include "meritprofilechart.h"
#include "services/document.h"
#include "services/voteservice.h"
#include "storage/meetingrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <numeric>

namespace cercles::ui {

namespace {
constexpr int unchosen = -2; ///< a grade combo's placeholder: the voter has not chosen yet
constexpr int noJudgment = -1;

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}
} // namespace

VotePanel::VotePanel(Document& document, AgendaItemId item, QWidget* parent)
    : QWidget(parent), m_document(document), m_item(item)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = plainLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildBallotPage());
    m_pages->addWidget(buildNextVoterPage());
    m_pages->addWidget(buildPaperPage());
    m_pages->addWidget(buildResultPage());
    layout->addWidget(m_pages, 1);
    m_error = plainLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    refresh();
}

VotePanel::Page VotePanel::page() const
{
    return Page(m_pages->currentIndex());
}

QWidget* VotePanel::buildSetupPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setMaxLength(limits::title);
    form->addRow(tr("&Title:"), m_title);
    m_options = new QPlainTextEdit(page);
    m_options->setPlaceholderText(tr("One option per line"));
    m_options->setTabChangesFocus(true);
    form->addRow(tr("&Options:"), m_options);
    m_scale = new QPlainTextEdit(page);
    m_scale->setPlaceholderText(
        tr("Empty: the usual scale, Excellent to Reject. Otherwise 3 to 10 grades, best first, "
           "one per line."));
    m_scale->setTabChangesFocus(true);
    m_scale->setMaximumHeight(m_scale->fontMetrics().height() * 5);
    form->addRow(tr("&Grades:"), m_scale);
    m_fill = new QComboBox(page);
    m_fill->addItem(tr("Every voter grades every option"), int(FillRule::None));
    m_fill->addItem(tr("A missing judgment counts as the worst grade"), int(FillRule::Static));
    m_fill->addItem(tr("A missing judgment counts as the option's majority grade"), int(FillRule::Median));
    m_fill->addItem(tr("Scale every option's judgments to a common total"), int(FillRule::Normalize));
    form->addRow(tr("&Missing judgments:"), m_fill);
    m_create = new QPushButton(tr("&Open the vote"), page);
    form->addRow(QString(), m_create);
    connect(m_create, &QPushButton::clicked, this, &VotePanel::createVote);
    return page;
}

QWidget* VotePanel::buildBallotPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* voterRow = new QHBoxLayout;
    auto* voterLabel = new QLabel(tr("&Ballot of:"), page);
    m_voter = boundedCombo(new QComboBox(page));
    voterLabel->setBuddy(m_voter);
    voterRow->addWidget(voterLabel);
    voterRow->addWidget(m_voter, 1);
    layout->addLayout(voterRow);
    auto* hint = plainLabel(page);
    hint->setText(
        tr("For each option, choose a grade, or type its number: 1 is the worst grade, 0 leaves the option "
           "without a judgment. The ballot can be corrected until it is cast."));
    layout->addWidget(hint);
    m_ballotForm = new QWidget(page);
    m_ballotRows = new QVBoxLayout(m_ballotForm);
    m_ballotRows->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ballotForm);
    m_cast = new QPushButton(tr("&Cast the ballot"), page);
    m_cast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cast->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(m_cast, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_status = plainLabel(page);
    layout->addWidget(m_status);
    auto* facilitator = new QHBoxLayout;
    m_paper = new QPushButton(tr("Enter &paper counts\u2026"), page);
    m_close = new QPushButton(tr("Close the vote and show the &result"), page);
    facilitator->addWidget(m_paper);
    facilitator->addStretch(1);
    facilitator->addWidget(m_close);
    layout->addLayout(facilitator);
    connect(m_cast, &QPushButton::clicked, this, &VotePanel::castBallot);
    connect(m_paper, &QPushButton::clicked, this, &VotePanel::showPaperCount);
    connect(m_close, &QPushButton::clicked, this, &VotePanel::closeVote);
    connect(m_voter, &QComboBox::currentIndexChanged, this, &VotePanel::updateCastButton);
    return page;
}

QWidget* VotePanel::buildNextVoterPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* message = plainLabel(page);
    message->setAlignment(Qt::AlignCenter);
    message->setText(tr("The ballot is cast.\nHand the laptop to the next voter."));
    QFont big = message->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    message->setFont(big);
    layout->addWidget(message);
    m_nextVoter = new QPushButton(tr("&Next voter"), page);
    m_nextVoter->setDefault(true);
    layout->addWidget(m_nextVoter, 0, Qt::AlignCenter);
    layout->addStretch(1);
    connect(m_nextVoter, &QPushButton::clicked, this, &VotePanel::startNextBallot);
    return page;
}

QWidget* VotePanel::buildPaperPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* hint = plainLabel(page);
    hint->setText(
        tr("Counts from the paper ballots: how many judgments each option received at each grade. They "
           "add to the ballots cast here."));
    layout->addWidget(hint);
    m_paperTable = new QTableWidget(page);
    layout->addWidget(m_paperTable, 1);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back to the ballots"), page);
    m_savePaper = new QPushButton(tr("&Save the counts"), page);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_savePaper);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(int(Page::Ballot)); });
    connect(m_savePaper, &QPushButton::clicked, this, &VotePanel::savePaperCount);
    return page;
}

QWidget* VotePanel::buildResultPage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    m_chart = new MeritProfileChart(page);
    layout->addWidget(m_chart);
    m_resultText = new QWidget(page);
    m_resultLines = new QVBoxLayout(m_resultText);
    m_resultLines->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultText);
    // Reopening sets the result aside, never erases it: the reason is asked here, on the page, and kept in
    // the record with the result shown (issue 9).
    auto* reopenRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("Reason for reopening:"), page);
    m_reopenReason = new QLineEdit(page);
    m_reopenReason->setMaxLength(VoteService::maxReasonLength);
    m_reopenReason->setPlaceholderText(tr("Kept in the record with this result"));
    reasonLabel->setBuddy(m_reopenReason);
    m_reopen = new QPushButton(tr("Re&open the vote…"), page);
    m_reopen->setEnabled(false);
    reopenRow->addWidget(reasonLabel);
    reopenRow->addWidget(m_reopenReason, 1);
    reopenRow->addWidget(m_reopen);
    layout->addLayout(reopenRow);
    layout->addStretch(1);
    connect(m_reopenReason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_reopen->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_reopen, &QPushButton::clicked, this, &VotePanel::reopenVote);
    scroll->setWidget(page);
    return scroll;
}

void VotePanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void VotePanel::refresh()
{
    showError({});
    Result<VoteId> id = m_document.votes().voteOf(m_item);
    if (!id || !id->isValid()) {
        m_vote.reset();
        m_heading->setText(tr("Majority-judgment vote"));
        m_pages->setCurrentIndex(int(Page::Setup));
        return;
    }
    Result<Vote> vote = m_document.votes().vote(*id);
    if (!vote) {
        showError(vote.error());
        return;
    }
    const bool optionsChanged = !m_vote || m_vote->options != vote->options;
    m_vote = *vote;
    m_heading->setText(m_vote->title);
    if (m_vote->status == VoteStatus::Closed) {
        showResult();
        return;
    }
    if (optionsChanged)
        rebuildBallot();
    // Voters: those present who have not voted yet.
    const PersonId chosen = m_voter->currentData().value<PersonId>();
    m_voter->clear();
    const Organisation& org = m_document.organisation().organisation();
    Result<AgendaItem> item = MeetingRepository::loadAgendaItem(m_document.database().connection(), m_item);
    Result<Meeting> meeting =
        item ? m_document.meetings().meeting(item->meeting) : Result<Meeting>(Error{item.error()});
    if (!meeting) {
        showError(meeting.error());
    } else {
        for (PersonId p : meeting->present()) {
            if (m_vote->voters.contains(p))
                continue;
            const Person* person = org.person(p);
            m_voter->addItem(person ? person->name : QString(), QVariant::fromValue(p));
        }
    }
    if (const int index = m_voter->findData(QVariant::fromValue(chosen)); index >= 0)
        m_voter->setCurrentIndex(index);
    const qsizetype counted = m_vote->paperTallies.isEmpty()
                                  ? 0
                                  : std::accumulate(m_vote->paperTallies.constFirst().cbegin(),
                                                    m_vote->paperTallies.constFirst().cend(), qint64(0));
    QString status = tr("%n ballot(s) cast.", nullptr, int(m_vote->ballots.size()));
    if (counted > 0)
        status += QLatin1Char(' ') + tr("Paper counts entered.");
    if (m_voter->count() == 0)
        status += QLatin1Char(' ') + tr("Everyone present has voted.");
    status += QLatin1Char(' ') + tr("The result is shown once the vote is closed.");
    m_status->setText(status);
    if (page() != Page::NextVoter && page() != Page::PaperCount)
        m_pages->setCurrentIndex(int(Page::Ballot));
    updateCastButton();
}

void VotePanel::createVote()
{
    VoteDefinition d;
    d.title = m_title->text();
    d.options = lines(m_options);
    d.gradeNamesBestFirst = lines(m_scale);
    d.fill.rule = FillRule(m_fill->currentData().toInt());
    d.fill.grade = 0; // the worst grade, À rejeter
    Result<VoteId> created = m_document.votes().createVote(m_item, d);
    if (!created) {
        showError(created.error());
        return;
    }
    refresh();
}

void VotePanel::rebuildBallot()
{
    qDeleteAll(m_grades);
    m_grades.clear();
    while (QLayoutItem* row = m_ballotRows->takeAt(0)) {
        if (QLayout* l = row->layout()) {
            while (QLayoutItem* child = l->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete row->widget();
        delete row;
    }
    const GradeScale scale = m_vote->scale();
    for (const QString& option : m_vote->options) {
        auto* row = new QHBoxLayout;
        auto* label = plainLabel(m_ballotForm);
        label->setText(option);
        auto* combo = new QComboBox(m_ballotForm);
        combo->setAccessibleName(option);
        label->setBuddy(combo);
        combo->addItem(tr("\u2014 choose a grade \u2014"), unchosen);
        for (int grade = scale.size() - 1; grade >= 0; --grade)
            combo->addItem(tr("%1 \u00b7 %2").arg(grade + 1).arg(scale.name(grade)), grade);
        combo->addItem(tr("0 \u00b7 No judgment"), noJudgment);
        combo->installEventFilter(this);
        connect(combo, &QComboBox::currentIndexChanged, this, &VotePanel::updateCastButton);
        row->addWidget(label, 2);
        row->addWidget(combo, 3);
        m_ballotRows->addLayout(row);
        m_grades << combo;
    }
    // Paper table: one row per option, one column per grade, best first like the ballot.
    m_paperTable->clear();
    m_paperTable->setRowCount(int(m_vote->options.size()));
    m_paperTable->setColumnCount(scale.size());
    m_paperTable->setVerticalHeaderLabels(m_vote->options);
    m_paperTable->setHorizontalHeaderLabels(scale.namesBestFirst());
    m_paperTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

bool VotePanel::eventFilter(QObject* watched, QEvent* event)
{
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (combo && event->type() == QEvent::KeyPress && m_grades.contains(combo)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int digit = key->key() - Qt::Key_0;
        if (digit >= 0 && digit <= 9 && key->modifiers() == Qt::NoModifier) {
            const int grade = digit == 0 ? noJudgment : digit - 1;
            const int index = combo->findData(grade);
            if (index >= 0) {
                combo->setCurrentIndex(index);
                const qsizetype next = m_grades.indexOf(combo) + 1;
                if (next < m_grades.size())
                    m_grades.at(next)->setFocus();
                else
                    m_cast->setFocus();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VotePanel::updateCastButton()
{
    bool complete = !m_grades.isEmpty() && m_voter->currentIndex() >= 0;
    for (const QComboBox* combo : std::as_const(m_grades))
        complete = complete && combo->currentData().toInt() != unchosen;
    m_cast->setEnabled(complete);
}

void VotePanel::clearBallot()
{
    for (QComboBox* combo : std::as_const(m_grades))
        combo->setCurrentIndex(0);
}

void VotePanel::castBallot()
{
    if (!m_vote)
        return;
    QList<int> grades;
    for (const QComboBox* combo : std::as_const(m_grades))
        grades << combo->currentData().toInt();
    const PersonId voter = m_voter->currentData().value<PersonId>();
    const QString name = m_voter->currentText();
    const Result<void> cast =
        m_stack ? CastBallotCommand::tryPush(*m_stack, m_document.votes(), m_vote->id, voter, name, grades)
                : m_document.votes().castBallot(m_vote->id, voter, grades);
    if (!cast) {
        showError(cast.error());
        return;
    }
    emit recorded(QDateTime::currentDateTimeUtc(), tr("ballot of %1").arg(name));
    // Nothing of this ballot may stay on screen for the next voter.
    clearBallot();
    m_pages->setCurrentIndex(int(Page::NextVoter));
    m_nextVoter->setFocus();
    refresh();
}

void VotePanel::startNextBallot()
{
    clearBallot();
    m_pages->setCurrentIndex(int(Page::Ballot));
    refresh();
    if (!m_grades.isEmpty())
        m_grades.constFirst()->setFocus();
}

void VotePanel::showPaperCount()
{
    if (!m_vote)
        return;
    const int grades = m_vote->scale().size();
    for (int row = 0; row < m_vote->options.size(); ++row) {
        for (int column = 0; column < grades; ++column) {
            const int grade = grades - 1 - column;
            const qint64 count = m_vote->paperTallies.isEmpty() ? 0 : m_vote->paperTallies.at(row).at(grade);
            m_paperTable->setItem(row, column, new QTableWidgetItem(QString::number(count)));
        }
    }
    m_pages->setCurrentIndex(int(Page::PaperCount));
}

void VotePanel::savePaperCount()
{
    const int grades = m_vote->scale().size();
    QList<Tally> tallies(m_vote->options.size(), Tally(grades, 0));
    for (int row = 0; row < m_vote->options.size(); ++row) {
        for (int column = 0; column < grades; ++column) {
            const QTableWidgetItem* cell = m_paperTable->item(row, column);
            bool ok = true;
            const qint64 count =
                cell && !cell->text().trimmed().isEmpty() ? cell->text().trimmed().toLongLong(&ok) : 0;
            if (!ok) {
                showError(tr("\u201c%1\u201d is not a count.").arg(cell->text()));
                return;
            }
            tallies[row][grades - 1 - column] = count;
        }
    }
    const Result<void> saved =
        m_stack ? EnterPaperCountsCommand::tryPush(*m_stack, m_document.votes(), m_vote->id, tallies)
                : m_document.votes().setPaperTallies(m_vote->id, tallies);
    if (!saved) {
        showError(saved.error());
        return;
    }
    emit recorded(QDateTime::currentDateTimeUtc(), tr("paper counts"));
    m_pages->setCurrentIndex(int(Page::Ballot));
    refresh();
}

void VotePanel::closeVote()
{
    if (!m_vote)
        return;
    // Closing shows the result to the room: Cancel is the default (issue 9).
    if (!messages::confirmIrreversible(
            this, tr("Close the vote"),
            tr("Close the vote and show the result? No ballot or count can be added or taken back "
               "afterwards. Reopening the vote asks for a reason and keeps this result in the record."),
            tr("Close the vote")))
        return;
    if (Result<MajorityJudgment> closed = m_document.votes().close(m_vote->id); !closed) {
        showError(closed.error());
        return;
    }
    // The result is shown: no undo may take back a ballot under it (a reopening keeps it in the record).
    if (m_stack)
        m_stack->clear();
    emit recorded(QDateTime::currentDateTimeUtc(), tr("vote closed, result shown"));
    refresh();
}

void VotePanel::reopenVote()
{
    if (!m_vote)
        return;
    if (!messages::confirmIrreversible(
            this, tr("Reopen the vote"),
            tr("Reopen the vote? The result shown stays in the record and in the minutes, with the reason: "
               "“%1”.")
                .arg(m_reopenReason->text().trimmed()),
            tr("Reopen the vote")))
        return;
    if (Result<void> reopened = m_document.votes().reopen(m_vote->id, m_reopenReason->text()); !reopened) {
        showError(reopened.error()); // the reason stays in the field
        return;
    }
    m_reopenReason->clear();
    m_pages->setCurrentIndex(int(Page::Ballot));
    emit recorded(QDateTime::currentDateTimeUtc(), tr("vote reopened"));
    refresh();
}

void VotePanel::showResult()
{
    while (QLayoutItem* row = m_resultLines->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    Result<MajorityJudgment> result = m_document.votes().result(m_vote->id);
    if (!result) {
        showError(result.error());
        m_chart->setData(std::nullopt);
        m_pages->setCurrentIndex(int(Page::Result));
        return;
    }
    const GradeScale scale = m_vote->scale();
    m_chart->setData(MeritProfileData{*result, m_vote->options, scale});
    addResultLine(tr("Ranking"), true);
    addRanking(*result);
    addResultLine(tr("Why each option is ahead of the next"), true);
    for (const Explanation& explanation : result->explanations)
        addResultLine(describeExplanation(explanation, m_vote->options, scale));
    addResultLine(tr("%n judgment(s) per option. %1", nullptr, int(result->judgmentsPerOption))
                      .arg(describeFill(m_vote->fill, scale)));
    // Results shown earlier and set aside stay visible, with why (issue 9).
    for (const VoteReopening& earlier : std::as_const(m_vote->reopenings)) {
        addResultLine(
            tr("Result shown at %1, set aside when the vote was reopened at %2: %3")
                .arg(QLocale().toString(earlier.closedAt.toLocalTime().time(), QStringLiteral("HH:mm")),
                     QLocale().toString(earlier.reopenedAt.toLocalTime().time(), QStringLiteral("HH:mm")),
                     earlier.reason),
            true);
        if (JudgmentResult<MajorityJudgment> before = m_vote->judgmentBefore(earlier); before)
            addRanking(before.value());
    }
    m_pages->setCurrentIndex(int(Page::Result));
}

void VotePanel::addResultLine(const QString& text, bool bold)
{
    QLabel* label = plainLabel(m_resultText);
    label->setText(text);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_resultLines->addWidget(label);
}

void VotePanel::addRanking(const MajorityJudgment& result)
{
    const GradeScale scale = m_vote->scale();
    for (int option : result.order) {
        addResultLine(tr("%1. %2 — majority grade: %3")
                          .arg(result.ranks.at(option))
                          .arg(m_vote->options.at(option), scale.name(result.majorityGrades.at(option))));
    }
}

QStringList VotePanel::resultLines() const
{
    QStringList result;
    for (int i = 0; i < m_resultLines->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_resultLines->itemAt(i)->widget()))
            result << label->text();
    }
    return result;
}

} // namespace cercles::ui
