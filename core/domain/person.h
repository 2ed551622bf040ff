#pragma once

#include "ids.h"
#include "personstatus.h"

#include <QString>

namespace cercles {

/// A person known to the organisation, member of any number of circles.
struct Person
{
    PersonId id;
    QString name;
    QString contact;         ///< e-mail or phone, free text
    PersonStatuses statuses; ///< what red lines look at
    QString notes;

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace cercles
