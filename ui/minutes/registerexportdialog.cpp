#include "registerexportdialog.h"
#include "common/boundedcombo.h"

#include "common/messages.h"
#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/registerexport.h"
#include "export/registerpdf.h"
#include "exportpaths.h"
#include "minutesactions.h"
#include "services/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextDocument>

namespace cercles::ui {

RegisterExportDialog::RegisterExportDialog(Document& document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export the decision register"));
    m_circle = boundedCombo(new QComboBox(this));
    m_circle->addItem(tr("All circles"), QVariant::fromValue(CircleId()));
    for (const Circle& c : document.organisation().organisation().circles)
        m_circle->addItem(c.name, QVariant::fromValue(c.id));
    auto dateRow = [this](QCheckBox*& use, QDateEdit*& edit, const QString& label, QDate date) {
        use = new QCheckBox(label, this);
        edit = new QDateEdit(date, this);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto* row = new QHBoxLayout;
        row->addWidget(use);
        row->addWidget(edit, 1);
        return row;
    };
    const QDate today = QDate::currentDate();
    QHBoxLayout* fromRow = dateRow(m_useFrom, m_from, tr("&From"), QDate(today.year(), 1, 1));
    QHBoxLayout* toRow = dateRow(m_useTo, m_to, tr("&Until"), today);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QString());
    for (ConsentPhase phase : {ConsentPhase::Adopted, ConsentPhase::Pending, ConsentPhase::Withdrawn,
                               ConsentPhase::Deferred, ConsentPhase::ReferredToParent})
        m_status->addItem(phaseName(phase), phaseKey(phase));
    m_language = new QComboBox(this);
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));

    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(pdf, QDialogButtonBox::ActionRole);
    box->addButton(csv, QDialogButtonBox::ActionRole);

    auto* form = new QFormLayout(this);
    form->addRow(tr("C&ircle:"), m_circle);
    form->addRow(tr("Dates:"), fromRow);
    form->addRow(QString(), toRow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
}

RegisterFilter RegisterExportDialog::filter() const
{
    RegisterFilter f;
    f.circle = m_circle->currentData().value<CircleId>();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    if (const auto phase = phaseFromKey(m_status->currentData().toString()))
        f.statuses << *phase;
    return f;
}

void RegisterExportDialog::exportAs(bool pdf)
{
    // A filter nothing can pass is refused before any file is asked for or written.
    if (const QString contradiction = registerFilterContradiction(filter()); !contradiction.isEmpty()) {
        messages::showError(this, contradiction);
        return;
    }
    const RegisterFilter f = filter();
    const QString language = m_language->currentData().toString();
    const QString name = tr("decision-register");
    if (!pdf) {
        const QString path =
            askExportPath(this, tr("Export the register as CSV"), name + QStringLiteral(".csv"),
                          tr("CSV files (*.csv)"), QStringLiteral(".csv"));
        if (path.isEmpty())
            return;
        // Filtered by the stored register, as the PDF and the register tab are: the same words find the
        // same decisions (an in-memory filter matched them anywhere in a word, the index by prefix).
        const auto entries = loadRegister(m_document, QDate::currentDate(), f);
        if (!entries) {
            messages::showError(this, entries.error());
            return;
        }
        const RegisterDocument reg(*entries, m_document.organisation().organisation().name,
                                   describeRegisterFilter(f, m_circle->currentText(), language),
                                   QDate::currentDate(), language);
        if (Result<void> done = writeFileAtomically(reg.csv(), path); !done)
            messages::showError(this, done.error());
        return;
    }
    if (Result<void> fonts = ensureExportFonts(); !fonts) {
        messages::showError(this, fonts.error());
        return;
    }
    const QString path = askExportPath(this, tr("Export the register as PDF"), name + QStringLiteral(".pdf"),
                                       tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    // Streamed from the stored register, row by row: a decade's PDF needs no more memory than a year's.
    if (auto done = writeRegisterPdf(m_document, f, language, QDate::currentDate(), path); !done)
        messages::showError(this, done.error());
}

void openRegisterExportDialog(QWidget* parent, Document& document)
{
    RegisterExportDialog dialog(document, parent);
    dialog.exec();
}

} // namespace cercles::ui
