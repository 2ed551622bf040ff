#pragma once

#include "domain/ids.h"

class QWidget;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// Takes a parent window, the open document and a meeting (invalid: the latest one); opens the modal
/// "Minutes" dialog: preview, print, export as PDF or ODT, approve, add an amendment.
void openMinutesDialog(QWidget* parent, Document& document, MeetingId meeting = {});

/// Takes a parent window and the open document; opens the modal dialog that exports the decision register
/// (circle, dates, status) as PDF or CSV.
void openRegisterExportDialog(QWidget* parent, Document& document);

} // namespace cercles::ui
