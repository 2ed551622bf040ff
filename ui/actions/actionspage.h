#pragma once

#include "domain/ids.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace cercles {
class Document;
}

namespace cercles::ui {

class ActionsModel;

/// The actions list of the selected circle (issue 10): every action decided in its meetings, filtered by
/// status (open, late, done), marked done or open again, and exported to CSV. Marking an action done is
/// its follow-up, allowed after its meeting closed.
class ActionsPage : public QWidget
{
    Q_OBJECT
public:
    ActionsPage(Document& document, QWidget* parent = nullptr);

    void setCircle(CircleId circle);
    void setEditable(bool editable);
    /// Marks the selected action done today, or open again when it is done.
    void toggleDone();
    /// Takes a path; writes the listed actions there as CSV (in the UI language). Returns false (and says
    /// why) on failure.
    bool exportCsv(const QString& path);

    ActionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* filterCombo() const { return m_filter; }
    QPushButton* doneButton() const { return m_done; }

private:
    void updateButtons();

    Document& m_document;
    bool m_editable = true;
    ActionsModel* m_model;
    QTableView* m_view;
    QComboBox* m_filter;
    QPushButton* m_done;
    QPushButton* m_export;
};

} // namespace cercles::ui
