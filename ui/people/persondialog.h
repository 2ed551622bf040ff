#pragma once

#include "common/applydialog.h"
#include "domain/person.h"

#include <QMap>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace cercles::ui {

/// Creates or edits a person: name, contact, the statuses red lines look at, notes. person() returns the
/// edited person with the id unchanged.
class PersonDialog : public ApplyDialog
{
    Q_OBJECT
public:
    /// Takes the person to start from (invalid id: a new person).
    explicit PersonDialog(const Person& person, QWidget* parent = nullptr);

    Person person() const;

    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* statusCheck(PersonStatus status) const { return m_statuses.value(status); }

private:
    Person m_original;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QMap<PersonStatus, QCheckBox*> m_statuses;
    QPlainTextEdit* m_notes;
};

} // namespace cercles::ui
