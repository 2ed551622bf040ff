#pragma once

#include "domain/ids.h"
#include "export/minutessnapshot.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QPrinter;

namespace cercles {
class Document;
class MinutesService;
} // namespace cercles

namespace cercles::ui {

/// The minutes of a meeting (processes.md section 5): shows whether they are a draft or approved, and
/// offers preview, print, export as PDF or ODT, approval (which freezes them) and amendments after
/// approval. Every export goes through the same layout as the command line.
class MinutesDialog : public QDialog
{
    Q_OBJECT
public:
    /// Takes the open document and a meeting (invalid: the latest).
    MinutesDialog(Document& document, MeetingId meeting, QWidget* parent = nullptr);
    ~MinutesDialog() override;

    MeetingId currentMeeting() const;
    /// The status line shown (plain text), for tests.
    QString statusText() const;

private:
    void refresh();
    std::optional<MinutesSnapshot> snapshot();
    QString language() const;
    void preview();
    void print();
    void exportAs(bool pdf);
    void approve();
    void amend();
    void paint(QPrinter* printer);

    Document& m_document;
    std::unique_ptr<MinutesService> m_minutes;
    QComboBox* m_meeting;
    QComboBox* m_language;
    QLabel* m_status;
    QPushButton* m_approve;
    QPushButton* m_amend;
};

} // namespace cercles::ui
