#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

class LazyTabs;
class MandateExpiryModel;

/// The "Mandates" view: the mandates ending within 60 days and those already ended, so the circles hold
/// their elections in time (processes.md section 3, step 7).
class MandatesView : public QWidget
{
    Q_OBJECT
public:
    /// Takes the organisation service (must outlive the view) and the day to count from (invalid: today).
    explicit MandatesView(OrganisationService& service, QDate today = {}, QWidget* parent = nullptr);

    MandateExpiryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    void updateSummary();
    MandateExpiryModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

/// Takes the main window's tabs and the open file's organisation service; adds a "Mandates" tab whose
/// MandatesView is built when first shown, and returns the tab's index.
int addMandatesTab(LazyTabs& tabs, OrganisationService& service);

} // namespace cercles::ui
