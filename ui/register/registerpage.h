#pragma once

#include "services/decisionregister.h"
#include "services/documentchange.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace cercles {
class Document;
}

namespace cercles::ui {

class LazyTabs;
class RegisterModel;

/// The decision register page: every decision of every circle with its status, date, scope item,
/// responsible person and review date; filters by circle, status and review due, and a search that ignores
/// case, accents and ligatures, by word prefix as the user types (after a short pause). Reads the stored
/// register page by page; a changed process updates its own row only.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(Document& document, QWidget* parent = nullptr);

    /// Re-reads the register's first page from the file (today = the local date now) with the filters.
    void reload();
    /// How long the search waits after a keystroke before it runs (ms).
    static constexpr int searchDelay = 150;
    /// The filter the controls describe.
    RegisterFilter filter() const;

    /// Runs a search the delay still holds back, at once (tests and benchmarks; Return in the field).
    void searchNow();

    RegisterModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* circleFilter() const { return m_circle; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* reviewDueFilter() const { return m_reviewDue; }
    /// The selected decision in full (title, circle, date, status, whole text, scope, responsible, review).
    QPlainTextEdit* detail() const { return m_detail; }

private:
    void applyFilter();
    void fillCircles();
    /// Takes a process and how it changed; updates its row (and the counts when they may have changed).
    void updateProcess(ConsentProcessId process, DocumentChange::How how = DocumentChange::How::Changed);
    void showCount();
    void showDetail();
    /// The row of the selected decision (-1: none).
    int selectedRow() const;

    Document& m_document;
    int m_all = 0;           ///< every entry, whatever the filter
    bool m_allKnown = false; ///< m_all counted since the document last changed
    QTimer* m_searchTimer = nullptr;
    RegisterModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_circle = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_reviewDue = nullptr;
    QLabel* m_count = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    bool m_columnsSized = false;
};

/// Takes the main window's tabs and the open document; adds the register as a tab whose page is built
/// (and reads the register) when first shown; returns the tab's index.
int addRegisterTab(LazyTabs& tabs, Document& document);

} // namespace cercles::ui
