#pragma once

#include "services/decisionregister.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Exports the decision register (processes.md section 5) as PDF or CSV: all circles or one, a date range,
/// one status, in French or English.
class RegisterExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterExportDialog(Document& document, QWidget* parent = nullptr);

    /// The filter the fields describe.
    RegisterFilter filter() const;

private:
    void exportAs(bool pdf);

    Document& m_document;
    QComboBox* m_circle;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QComboBox* m_status;
    QComboBox* m_language;
};

} // namespace cercles::ui
