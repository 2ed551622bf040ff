#include "minutesdialog.h"
#include "common/boundedcombo.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "exportpaths.h"
#include "minutesactions.h"
#include "services/document.h"
#include "services/minutesservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {

void preparePrinter(QPrinter* printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter);
}

} // namespace

MinutesDialog::MinutesDialog(Document& document, MeetingId meeting, QWidget* parent)
    : QDialog(parent), m_document(document),
      m_minutes(std::make_unique<MinutesService>(document.database(), document.meetings()))
{
    setWindowTitle(tr("Minutes"));
    m_meeting = boundedCombo(new QComboBox(this));
    const Organisation& org = document.organisation().organisation();
    if (auto meetings = document.meetings().meetings()) {
        for (const auto& m : meetings.value()) {
            const QTimeZone zone(m.timeZone);
            const QDateTime local = m.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
            const Circle* circle = org.circle(m.circle);
            m_meeting->addItem(QLocale().toString(local, QLocale::ShortFormat) + QStringLiteral(" — ") +
                                   (circle ? circle->name : QString()) + QStringLiteral(" (") +
                                   meetingStatusName(m.status) + QLatin1Char(')'),
                               QVariant::fromValue(m.id));
        }
    }
    const int index =
        meeting.isValid() ? m_meeting->findData(QVariant::fromValue(meeting)) : m_meeting->count() - 1;
    m_meeting->setCurrentIndex(std::max(index, 0));

    m_language = new QComboBox(this);
    m_language->addItem(tr("Language of the meeting"), QString());
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));

    m_status = plainLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Status:"), m_status);

    auto* previewButton = new QPushButton(tr("Pre&view…"), this);
    auto* printButton = new QPushButton(tr("&Print…"), this);
    auto* pdfButton = new QPushButton(tr("Export &PDF…"), this);
    auto* odtButton = new QPushButton(tr("Export &ODT…"), this);
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_amend = new QPushButton(tr("Add an a&mendment…"), this);
    auto* registerButton = new QPushButton(tr("Export the decision &register…"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {previewButton, printButton, pdfButton, odtButton})
        buttons->addWidget(b);
    auto* recordButtons = new QHBoxLayout;
    for (QPushButton* b : {m_approve, m_amend, registerButton})
        recordButtons->addWidget(b);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(recordButtons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &MinutesDialog::refresh);
    connect(previewButton, &QPushButton::clicked, this, &MinutesDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &MinutesDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(odtButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_approve, &QPushButton::clicked, this, &MinutesDialog::approve);
    connect(m_amend, &QPushButton::clicked, this, &MinutesDialog::amend);
    connect(registerButton, &QPushButton::clicked, this,
            [this] { openRegisterExportDialog(this, m_document); });
    const bool hasMeetings = m_meeting->count() > 0;
    for (QPushButton* b : {previewButton, printButton, pdfButton, odtButton})
        b->setEnabled(hasMeetings);
    refresh();
}

MinutesDialog::~MinutesDialog() = default;

MeetingId MinutesDialog::currentMeeting() const
{
    return m_meeting->currentData().value<MeetingId>();
}

QString MinutesDialog::statusText() const
{
    return m_status->text();
}

QString MinutesDialog::language() const
{
    return m_language->currentData().toString();
}

void MinutesDialog::refresh()
{
    const MeetingId meeting = currentMeeting();
    const auto status =
        meeting.isValid() ? m_minutes->status(meeting) : Result<MinutesStatus>(MinutesStatus{});
    const auto stored =
        meeting.isValid() ? m_document.meetings().meeting(meeting) : Result<Meeting>(Error{{}});
    const bool closed = stored && stored->status == MeetingStatus::Closed;
    const bool approved = status && status->isApproved();
    const bool writable = !m_document.database().isReadOnly();
    if (!meeting.isValid())
        m_status->setText(tr("There is no meeting yet."));
    else if (!status)
        m_status->setText(status.error());
    else if (approved)
        m_status->setText(tr("Approved on %1; %n amendment(s).", nullptr, int(status->amendments.size()))
                              .arg(QLocale().toString(status->approval->approvedOn, QLocale::LongFormat)));
    else if (closed)
        m_status->setText(tr("Draft: the circle has not approved these minutes yet."));
    else
        m_status->setText(tr("Draft: the meeting is not closed yet."));
    m_approve->setEnabled(writable && closed && status && !approved);
    m_amend->setEnabled(writable && approved);
}

std::optional<MinutesSnapshot> MinutesDialog::snapshot()
{
    Result<MinutesSnapshot> s = loadMinutes(m_document.meetings(), m_document.consent(), *m_minutes,
                                            currentMeeting(), &m_document.elections(), &m_document.votes());
    if (!s) {
        messages::showError(this, s.error());
        return std::nullopt;
    }
    if (Result<void> fonts = ensureExportFonts(); !fonts) {
        messages::showError(this, fonts.error());
        return std::nullopt;
    }
    return s.value();
}

void MinutesDialog::paint(QPrinter* printer)
{
    const std::optional<MinutesSnapshot> s = snapshot();
    if (!s)
        return;
    const MinutesDocument minutes(*s, language());
    const std::unique_ptr<QTextDocument> text = minutes.build();
    PagedRenderer renderer(*text, minutes.decoration());
    if (Result<Pagination> done = renderer.render(*printer); !done)
        messages::showError(this, done.error());
}

void MinutesDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Minutes: preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &MinutesDialog::paint);
    dialog.exec();
}

void MinutesDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void MinutesDialog::exportAs(bool pdf)
{
    const std::optional<MinutesSnapshot> s = snapshot();
    if (!s)
        return;
    const QString name =
        tr("minutes") + QLatin1Char('-') + s->circle + QLatin1Char('-') + s->date.toString(Qt::ISODate);
    const QString path =
        pdf ? askExportPath(this, tr("Export the minutes as PDF"), name + QStringLiteral(".pdf"),
                            tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"))
            : askExportPath(this, tr("Export the minutes as OpenDocument text"),
                            name + QStringLiteral(".odt"), tr("OpenDocument text (*.odt)"),
                            QStringLiteral(".odt"));
    if (path.isEmpty())
        return;
    const MinutesDocument minutes(*s, language());
    const std::unique_ptr<QTextDocument> text = minutes.build();
    const QString error = pdf ? [&] {
        auto r = writePdf(*text, minutes.decoration(), path, text->metaInformation(QTextDocument::DocumentTitle));
        return r ? QString() : r.error();
    }()
                              : [&] {
                                    auto r = writeOdt(*text, path);
                                    return r ? QString() : r.error();
                                }();
    if (!error.isEmpty())
        messages::showError(this, error);
}

void MinutesDialog::approve()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Approve the minutes"));
    auto* date = new QDateEdit(QDate::currentDate(), &ask);
    date->setCalendarPopup(true);
    auto* note = plainLabel(&ask);
    note->setText(tr("Once approved, the minutes are frozen: later corrections are recorded as amendments."));
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(note);
    form->addRow(tr("Approved by the circle on:"), date);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (Result<void> done =
            approveMinutes(m_document.meetings(), m_document.consent(), *m_minutes, currentMeeting(),
                           date->date(), &m_document.elections(), &m_document.votes());
        !done)
        messages::showError(this, done.error());
    refresh();
}

void MinutesDialog::amend()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Amend the approved minutes"));
    auto* date = new QDateEdit(QDate::currentDate(), &ask);
    date->setCalendarPopup(true);
    auto* by = boundedCombo(new QComboBox(&ask));
    by->addItem(tr("(not recorded)"), QVariant::fromValue(PersonId()));
    for (const Person& p : m_document.organisation().organisation().people)
        by->addItem(p.name, QVariant::fromValue(p.id));
    auto* text = new QPlainTextEdit(&ask);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("By:"), by);
    form->addRow(tr("Correction:"), text);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (auto done = m_minutes->amend(currentMeeting(), date->date(), text->toPlainText(),
                                     by->currentData().value<PersonId>());
        !done)
        messages::showError(this, done.error());
    refresh();
}

void openMinutesDialog(QWidget* parent, Document& document, MeetingId meeting)
{
    MinutesDialog dialog(document, meeting, parent);
    dialog.exec();
}

} // namespace cercles::ui
