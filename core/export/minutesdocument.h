#pragma once

#include "minutessnapshot.h"
#include "pagedrenderer.h"

#include <memory>

class QTextDocument;

namespace cercles {

/// Lays the minutes of a meeting into a text document, in the snapshot's language (French or English),
/// through QTextCursor only: every name and text is inserted as plain text (a name such as
/// `<b>Ana</b> <img src="...">` appears literally; nothing is ever loaded from a file).
/// Sections, in order (processes.md section 5): the approval status, the meeting (date, time and zone,
/// place, facilitator, secretary), attendance, the agenda, each item with its notes and, for consent
/// items, the decision's exact final text, scope item, responsible, review date, objections and their
/// integration, consents, exclusions and pending consents, outcome; membership entries and exits; actions;
/// the backlog; the next meeting; amendments after approval; a signature block.
class MinutesDocument
{
public:
    /// Takes a snapshot; `language` ("fr" or "en") overrides the meeting's language when not empty.
    explicit MinutesDocument(MinutesSnapshot snapshot, const QString& language = {});

    /// Returns a new document holding the minutes (call ensureExportFonts() first for the PDF fonts).
    std::unique_ptr<QTextDocument> build() const;
    /// Returns what every page's header and footer say: organisation, circle, date, status.
    PageDecoration decoration() const;
    /// The language used: "fr" or "en".
    QString language() const { return m_language; }

private:
    MinutesSnapshot m_snapshot;
    QString m_language;
};

} // namespace cercles
