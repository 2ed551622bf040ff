#pragma once

#include "services/decisionregister.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace cercles {
class Document;
}

namespace cercles::ui {

class RegisterModel;

/// The decision register page: every decision of every circle with its status, date, scope item,
/// responsible person and review date; filters by circle, status and review due, and a search that ignores
/// case, accents and ligatures (foldForComparison). Reloads when a process or the organisation changes.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(Document& document, QWidget* parent = nullptr);

    /// Re-reads the register from the file (today = the local date now) and applies the filters.
    void reload();
    /// The filter the controls describe.
    RegisterFilter filter() const;

    RegisterModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* circleFilter() const { return m_circle; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* reviewDueFilter() const { return m_reviewDue; }

private:
    void applyFilter();
    void fillCircles();

    Document& m_document;
    QList<DecisionEntry> m_all;
    RegisterModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_circle = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_reviewDue = nullptr;
    QLabel* m_count = nullptr;
};

/// Takes the main window's tabs and the open document; adds the register page as a tab and returns it.
RegisterPage* addRegisterTab(QTabWidget& tabs, Document& document);

} // namespace cercles::ui
