#pragma once

#include "common/applydialog.h"
#include "domain/meeting.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimeEdit;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class AttendanceModel;

/// Plans a meeting or edits one: circle, date, start time and IANA time zone, place, facilitator,
/// secretary, language of the minutes, attendance (present, excused, absent, guest; members first, guests
/// added from the people list) and the next meeting. OK stores it through an undo command; a refused
/// change is shown and the dialog stays open with what was typed. Opening and confirming without an edit
/// writes nothing: every value round-trips exactly (the start is kept as stored unless its local date,
/// time or zone changed). A time the clocks skip is moved to the first valid time after the change, and
/// the dialog says so; a time shown twice offers a choice between its two UTC offsets.
class MeetingDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the document, the stack and a meeting (invalid id: a new one, e.g. from draftMeeting).
    MeetingDialog(Document& document, QUndoStack& stack, const Meeting& meeting, QWidget* parent = nullptr);

    /// The meeting as the fields describe it.
    Meeting meeting() const;
    /// The id of the meeting created or edited (valid after a successful OK).
    MeetingId savedId() const { return m_savedId; }

    /// Returns the computer's time zone (QTimeZone::systemTimeZone()), the default for new meetings; when Qt
    /// cannot name it (a POSIX TZ rule), the fixed offset the computer's clock has now ("UTC+01:00").
    static QByteArray systemZone();

    QComboBox* circleCombo() const { return m_circle; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QComboBox* zoneCombo() const { return m_zone; }
    QLineEdit* placeEdit() const { return m_place; }
    QComboBox* facilitatorCombo() const { return m_facilitator; }
    QComboBox* secretaryCombo() const { return m_secretary; }
    QComboBox* languageCombo() const { return m_language; }
    QTableView* attendanceView() const { return m_attendanceView; }
    AttendanceModel* attendanceModel() const { return m_attendance; }
    QComboBox* guestCombo() const { return m_guest; }
    QPushButton* addGuestButton() const { return m_addGuest; }
    QLineEdit* nextMeetingEdit() const { return m_next; }
    /// Says what happens to a time the clocks skip or show twice (daylight saving); hidden otherwise.
    QLabel* clockNote() const { return m_clockNote; }
    /// For a time shown twice: which of the two occurrences (first: before the clocks go back).
    QComboBox* occurrenceCombo() const { return m_occurrence; }

private:
    void fillPeople(QComboBox* combo, PersonId selected);
    void fillGuests();
    void redraftAttendance();
    void addGuest();
    void removeGuest();
    /// Updates the clock note and the occurrence choice for the date, time and zone shown.
    void explainClockChange();
    Result<void> save();

    Document& m_document;
    QUndoStack& m_stack;
    Meeting m_original;
    MeetingId m_savedId;

    QComboBox* m_circle;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QComboBox* m_zone;
    QLineEdit* m_place;
    QComboBox* m_facilitator;
    QComboBox* m_secretary;
    QComboBox* m_language;
    AttendanceModel* m_attendance;
    QTableView* m_attendanceView;
    QComboBox* m_guest;
    QPushButton* m_addGuest;
    QPushButton* m_removeGuest;
    QLineEdit* m_next;
    QLabel* m_clockNote;
    QComboBox* m_occurrence;
};

} // namespace cercles::ui
