#pragma once

#include "domain/ids.h"
#include "domain/vote.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QUndoStack;
class QVBoxLayout;

namespace cercles {
class Document;
}

namespace cercles::ui {

class MeritProfileChart;

/// A majority-judgment vote held in the room on one laptop (processes.md section 4), for an agenda item of
/// that kind: the facilitator sets up the options and scale; then each voter present takes the keyboard in
/// turn, gives a grade per option (combo, or keys 1..N with 1 the worst grade), may correct it, and casts it;
/// a "next voter" screen that shows nothing of the previous ballot comes between two voters. Counts from a
/// paper count can be entered too. The result (ranking, majority grades, tie explanations, merit-profile
/// chart) appears only once the facilitator closes the vote. The facilitation screen embeds it.
class VotePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Setup,
        Ballot,
        NextVoter,
        PaperCount,
        Result
    };

    /// Takes the open document and a majority-judgment agenda item (both must outlive the panel).
    VotePanel(Document& document, AgendaItemId item, QWidget* parent = nullptr);

    /// Takes the undo stack of the item (nullptr: records are not undoable); ballots and paper counts go
    /// through it, so that Ctrl+Z takes back the last one until the vote closes.
    void setUndoStack(QUndoStack* stack) { m_stack = stack; }

    Page page() const;
    /// Reloads the vote from the file and shows the page it calls for.
    void refresh();

    // The parts tests drive.
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* optionsEdit() const { return m_options; }
    QPushButton* createButton() const { return m_create; }
    QComboBox* voterCombo() const { return m_voter; }
    const QList<QComboBox*>& gradeCombos() const { return m_grades; }
    QPushButton* castButton() const { return m_cast; }
    QPushButton* nextVoterButton() const { return m_nextVoter; }
    QPushButton* paperButton() const { return m_paper; }
    QTableWidget* paperTable() const { return m_paperTable; }
    QPushButton* savePaperButton() const { return m_savePaper; }
    QPushButton* closeVoteButton() const { return m_close; }
    QLineEdit* reopenReasonEdit() const { return m_reopenReason; }
    QPushButton* reopenButton() const { return m_reopen; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }
    MeritProfileChart* chart() const { return m_chart; }
    /// The ranking and explanation lines shown with the result, earlier results set aside included.
    QStringList resultLines() const;

signals:
    /// Emitted after every record (ballot, counts, closing, reopening) with what it was, for the "saved"
    /// line, and when what the room may see changed (the presentation screen follows it).
    void recorded(const QDateTime& at, const QString& what);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSetupPage();
    QWidget* buildBallotPage();
    QWidget* buildNextVoterPage();
    QWidget* buildPaperPage();
    QWidget* buildResultPage();
    void createVote();
    void rebuildBallot();
    void clearBallot();
    void updateCastButton();
    void castBallot();
    void startNextBallot();
    void showPaperCount();
    void savePaperCount();
    void closeVote();
    void reopenVote();
    void showResult();
    void showError(const QString& message);

    void addResultLine(const QString& text, bool bold = false);
    void addRanking(const MajorityJudgment& result);

    Document& m_document;
    AgendaItemId m_item;
    QUndoStack* m_stack = nullptr;
    std::optional<Vote> m_vote;

    QStackedWidget* m_pages;
    QLabel* m_heading;
    QLabel* m_error;
    // Setup
    QLineEdit* m_title;
    QPlainTextEdit* m_options;
    QPlainTextEdit* m_scale;
    QComboBox* m_fill;
    QPushButton* m_create;
    // Ballot
    QComboBox* m_voter;
    QVBoxLayout* m_ballotRows;
    QWidget* m_ballotForm;
    QList<QComboBox*> m_grades;
    QPushButton* m_cast;
    QPushButton* m_paper;
    QPushButton* m_close;
    QLabel* m_status;
    // Next voter
    QPushButton* m_nextVoter;
    // Paper count
    QTableWidget* m_paperTable;
    QPushButton* m_savePaper;
    // Result
    MeritProfileChart* m_chart;
    QWidget* m_resultText;
    QVBoxLayout* m_resultLines;
    QLineEdit* m_reopenReason;
    QPushButton* m_reopen;
};

} // namespace cercles::ui
