#include "meetingdialog.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"

#include "attendancemodel.h"
#include "commands/createmeetingcommand.h"
#include "commands/editmeetingcommand.h"
#include "domain/localtime.h"
#include "services/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace cercles::ui {

namespace {
PersonId personIn(const QComboBox* combo)
{
    return combo->currentData().value<PersonId>();
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

QByteArray MeetingDialog::systemZone()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    if (system.isValid())
        return system.id();
    // A zone Qt cannot name (a POSIX TZ rule such as "CET-1CEST"): the computer's current offset, so that
    // a new meeting still starts at the time the secretary reads on the clock, rather than in UTC.
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    return QTimeZone(offset).id();
}

MeetingDialog::MeetingDialog(Document& document, QUndoStack& stack, const Meeting& meeting, QWidget* parent)
    : ApplyDialog(parent), m_document(document), m_stack(stack), m_original(meeting)
{
    const Organisation& org = document.organisation().organisation();
    setWindowTitle(meeting.id.isValid() ? tr("Meeting") : tr("New meeting"));

    m_circle = boundedCombo(new QComboBox(this));
    m_circle->setAccessibleName(tr("Circle"));
    for (const Circle& circle : org.circles)
        m_circle->addItem(circle.name, QVariant::fromValue(circle.id));
    selectData(m_circle, QVariant::fromValue(meeting.circle));
    // An existing meeting keeps its circle: its agenda and decisions belong to it.
    m_circle->setEnabled(!meeting.id.isValid());

    const QDateTime local = meeting.localStart();
    m_date = new QDateEdit(local.date(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_time = new QTimeEdit(local.time(), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Start time"));

    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    if (!zones.contains(meeting.timeZone))
        zones << meeting.timeZone;
    std::sort(zones.begin(), zones.end());
    for (const QByteArray& zone : zones)
        m_zone->addItem(QString::fromUtf8(zone));
    m_zone->setCurrentIndex(m_zone->findText(QString::fromUtf8(meeting.timeZone)));

    m_place = new QLineEdit(meeting.place, this);

    m_place->setMaxLength(qMax(limits::title, int(m_place->text().size())));
    m_place->setAccessibleName(tr("Place"));
    m_facilitator = boundedCombo(new QComboBox(this));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    fillPeople(m_facilitator, meeting.facilitator);
    m_secretary = boundedCombo(new QComboBox(this));
    m_secretary->setAccessibleName(tr("Secretary"));
    fillPeople(m_secretary, meeting.secretary);
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language of the minutes"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    selectData(m_language, meeting.language);
    m_next = new QLineEdit(meeting.nextMeeting, this);
    m_next->setMaxLength(qMax(limits::title, int(m_next->text().size())));
    m_next->setAccessibleName(tr("Next meeting"));
    m_next->setPlaceholderText(tr("Date and place of the next meeting, as announced"));

    m_attendance = new AttendanceModel(this);
    m_attendance->setAttendance(&org, meeting.attendance);
    m_attendanceView = new QTableView(this);
    m_attendanceView->setAccessibleName(tr("Attendance"));
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->verticalHeader()->hide();
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::NameColumn,
                                                               QHeaderView::Stretch);
    m_attendanceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendanceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_guest = boundedCombo(new QComboBox(this));
    m_guest->setAccessibleName(tr("Person to invite"));
    m_addGuest = new QPushButton(tr("Add guest"), this);
    m_removeGuest = new QPushButton(tr("Remove from the list"), this);
    fillGuests();
    connect(m_addGuest, &QPushButton::clicked, this, &MeetingDialog::addGuest);
    connect(m_removeGuest, &QPushButton::clicked, this, &MeetingDialog::removeGuest);

    auto* form = new QFormLayout;
    form->addRow(tr("&Circle:"), m_circle);
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_zone, 1);
    form->addRow(tr("Date, time, zone:"), when);
    m_clockNote = new QLabel(this);
    m_clockNote->setWordWrap(true);
    m_clockNote->setTextFormat(Qt::PlainText);
    m_occurrence = new QComboBox(this);
    m_occurrence->setAccessibleName(tr("Which occurrence of this time"));
    auto* clock = new QVBoxLayout;
    clock->addWidget(m_clockNote);
    clock->addWidget(m_occurrence);
    form->addRow(QString(), clock);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Secretary:"), m_secretary);
    form->addRow(tr("&Minutes in:"), m_language);
    auto* guests = new QHBoxLayout;
    guests->addWidget(m_guest, 1);
    guests->addWidget(m_addGuest);
    guests->addWidget(m_removeGuest);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Attendance (members first):"), this));
    layout->addWidget(m_attendanceView, 1);
    layout->addLayout(guests);
    auto* nextForm = new QFormLayout;
    nextForm->addRow(tr("&Next meeting:"), m_next);
    layout->addLayout(nextForm);
    layout->addWidget(buttons);
    resize(640, 600);

    if (!meeting.id.isValid()) {
        // A new meeting lists the circle's members on its day; changing either lists them again.
        connect(m_circle, &QComboBox::currentIndexChanged, this, &MeetingDialog::redraftAttendance);
        connect(m_date, &QDateEdit::dateChanged, this, &MeetingDialog::redraftAttendance);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingDialog::explainClockChange);
    connect(m_time, &QTimeEdit::timeChanged, this, &MeetingDialog::explainClockChange);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MeetingDialog::explainClockChange);
    explainClockChange();
    if (meeting.start.isValid() && m_occurrence->count() == 2 &&
        meeting.start == m_occurrence->itemData(1).toDateTime())
        m_occurrence->setCurrentIndex(1);
    setApply([this] { return save(); });
}

void MeetingDialog::explainClockChange()
{
    const QTime wall(m_time->time().hour(), m_time->time().minute());
    const LocalTimeResolution r =
        resolveLocalTime(m_date->date(), wall, m_zone->currentText().trimmed().toUtf8());
    const QString zone = m_zone->currentText().trimmed();
    m_occurrence->clear();
    if (r.kind == LocalTimeResolution::Kind::Gap) {
        const QTime moved = r.instant.toTimeZone(QTimeZone(zone.toUtf8())).time();
        m_clockNote->setText(tr("%1 does not exist on that day in %2: the clocks skip it. The meeting will "
                                "start at %3 (%4), the first valid time.")
                                 .arg(wall.toString(QStringLiteral("HH:mm")), zone,
                                      moved.toString(QStringLiteral("HH:mm")), utcOffsetText(r.offset)));
    } else if (r.kind == LocalTimeResolution::Kind::Ambiguous) {
        m_clockNote->setText(tr("%1 happens twice on that day in %2: the clocks go back. Choose which one.")
                                 .arg(wall.toString(QStringLiteral("HH:mm")), zone));
        m_occurrence->addItem(tr("The first, %1 (before the change)").arg(utcOffsetText(r.offset)),
                              r.instant);
        m_occurrence->addItem(tr("The second, %1 (after the change)").arg(utcOffsetText(r.secondOffset)),
                              r.secondInstant);
    } else {
        m_clockNote->clear();
    }
    m_clockNote->setVisible(!m_clockNote->text().isEmpty());
    m_occurrence->setVisible(m_occurrence->count() > 0);
}

void MeetingDialog::fillPeople(QComboBox* combo, PersonId selected)
{
    combo->addItem(tr("(nobody)"), QVariant::fromValue(PersonId()));
    for (const Person& person : m_document.organisation().organisation().people)
        combo->addItem(person.name, QVariant::fromValue(person.id));
    selectData(combo, QVariant::fromValue(selected));
}

void MeetingDialog::fillGuests()
{
    m_guest->clear();
    for (const Person& person : m_document.organisation().organisation().people) {
        const bool listed =
            std::any_of(m_attendance->attendance().cbegin(), m_attendance->attendance().cend(),
                        [&](const Attendance& a) { return a.person == person.id; });
        if (!listed)
            m_guest->addItem(person.name, QVariant::fromValue(person.id));
    }
    m_addGuest->setEnabled(m_guest->count() > 0);
}

void MeetingDialog::redraftAttendance()
{
    const Meeting draft = m_document.meetings().draftMeeting(m_circle->currentData().value<CircleId>(),
                                                             m_date->date(), m_time->time(), systemZone());
    m_attendance->setAttendance(&m_document.organisation().organisation(), draft.attendance);
    fillGuests();
}

void MeetingDialog::addGuest()
{
    if (m_guest->currentIndex() < 0)
        return;
    m_attendance->addGuest(personIn(m_guest));
    fillGuests();
}

void MeetingDialog::removeGuest()
{
    const QModelIndex current = m_attendanceView->currentIndex();
    if (!current.isValid())
        return;
    m_attendance->removeRow(current.row());
    fillGuests();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_original;
    m.circle = m_circle->currentData().value<CircleId>();
    m.timeZone = m_zone->currentText().trimmed().toUtf8();
    const QDateTime originalLocal = m_original.localStart();
    const bool sameStart = m_original.start.isValid() && m.timeZone == m_original.timeZone &&
                           m_date->date() == originalLocal.date() &&
                           m_time->time().toString(QStringLiteral("HH:mm")) ==
                               originalLocal.time().toString(QStringLiteral("HH:mm"));
    // Keep the stored instant when nothing about it changed (seconds and all): confirming writes nothing.
    if (!sameStart)
        m.start = toUtc(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()), m.timeZone);
    // A time shown twice: the occurrence chosen (a stored start already at it is kept to the second).
    const QDateTime chosen =
        m_occurrence->count() == 2 ? m_occurrence->currentData().toDateTime() : QDateTime();
    if (chosen.isValid() && (!sameStart || chosen != m.start.addSecs(-m.start.time().second())))
        m.start = chosen;
    m.place = m_place->text();
    m.facilitator = personIn(m_facilitator);
    m.secretary = personIn(m_secretary);
    m.language = m_language->currentData().toString();
    m.nextMeeting = m_next->text();
    m.attendance = m_attendance->attendance();
    return m;
}

Result<void> MeetingDialog::save()
{
    const Meeting m = meeting();
    if (!m.id.isValid()) {
        Result<MeetingId> id = CreateMeetingCommand::tryPush(m_stack, m_document.meetings(), m);
        if (!id)
            return Error{id.error()};
        m_savedId = *id;
        return {};
    }
    if (Result<void> r = EditMeetingCommand::tryPush(m_stack, m_document.meetings(), m_original, m); !r)
        return r;
    // What an Apply saved is what the next one compares with (so changing a field back is a change).
    if (Result<Meeting> stored = m_document.meetings().meeting(m.id))
        m_original = stored.value();
    m_savedId = m.id;
    return {};
}

} // namespace cercles::ui
