#pragma once

#include "domain/meeting.h"
#include "domain/organisation.h"

#include <QAbstractTableModel>

namespace cercles::ui {

/// The attendance list being edited in the meeting dialog: one row per person, in the meeting's order
/// (members first), with one checkable column per status (present, excused, absent, guest); checking one
/// sets the person's status. Edits stay in the model until the dialog is confirmed.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PresentColumn,
        ExcusedColumn,
        AbsentColumn,
        GuestColumn,
        ColumnCount
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    /// Takes the organisation (for names; must outlive the model) and a list; shows it.
    void setAttendance(const Organisation* org, const QList<Attendance>& attendance);
    const QList<Attendance>& attendance() const { return m_rows; }
    /// Takes a person not listed; appends them as a guest. Returns false if they are listed already.
    bool addGuest(PersonId person);
    /// Takes a row; removes it (used for guests added by mistake).
    void removeRow(int row);
    /// Takes a column; returns the status it stands for.
    static AttendanceStatus statusOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Organisation* m_org = nullptr;
    QList<Attendance> m_rows;
};

} // namespace cercles::ui
