#pragma once

#include "domain/consentprocess.h"
#include "domain/organisation.h"

#include <QString>

namespace cercles::ui {

/// Takes a consent process and the organisation (for names); returns its history as plain text for the
/// facilitation screen (issue 9): every version, oldest first, with the consent rounds held on it (the
/// latest answers counted), each objection raised in them and how it was integrated. Empty while the
/// proposal has a single version: the screen then shows the proposal alone.
QString proposalHistoryText(const ConsentProcess& process, const Organisation& org);

} // namespace cercles::ui
