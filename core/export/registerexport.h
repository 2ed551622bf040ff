#pragma once

#include "pagedrenderer.h"
#include "services/decisionregister.h"

#include <QByteArray>
#include <QDate>
#include <functional>

namespace cercles {

class PagedTablePainter;

/// The decision register (registre des décisions, processes.md section 5) as a document: the entries of
/// loadRegister/filterRegister, in the given language ("fr" or "en").
class RegisterDocument
{
public:
    /// Takes the entries to show, the organisation's name, a description of the filter (which circle and
    /// dates; may be empty), the day of the export (local) and the language.
    RegisterDocument(QList<DecisionEntry> entries, QString organisation, QString filterDescription,
                     QDate today, const QString& language);

    /// Returns the CSV (see toCsv): a header row, then one row per decision: date (ISO 8601), circle, kind,
    /// status, title, text, scope item, responsible, review date (ISO 8601), review due (yes/no), person
    /// concerned, meeting id, the record head of the meeting's approved minutes (empty while a draft).
    QByteArray csv() const;
    /// Returns the next entries of a register, in its order (an empty list: there are no more).
    using EntrySource = std::function<Result<QList<DecisionEntry>>()>;
    /// Takes a painter on a paged device (not begun) and where the entries come from (when not given: the
    /// entries this document was made with); paints the register: its title, the organisation, the filter
    /// and the day of the export, then a table of the decisions, one row each (date, circle, status, the
    /// decision with its text, scope item, person concerned, referrals and record head, responsible,
    /// review date), never cut across pages unless taller than a page, the headings on every page; or "No
    /// decision matches." Entries are drawn as they come, so memory does not grow with the register.
    /// Begins the painter; the caller ends it with PagedTablePainter::finish() (which returns the page
    /// count). Returns the number of decisions painted. Errors: the source's or the painter's.
    Result<int> paint(PagedTablePainter& painter, const EntrySource& next = {}) const;
    /// Returns the document's title (PDF metadata).
    QString title() const;
    /// Returns what each page's header and footer say.
    PageDecoration decoration() const;

private:
    QList<DecisionEntry> m_entries;
    QString m_organisation;
    QString m_filter;
    QDate m_today;
    QString m_language;
};

/// Takes a filter, the organisation (for the circle's name) and a language; returns a sentence describing
/// which decisions the register shows, e.g. "Conseil de Coordination, du 01/01/2026 au 31/12/2026".
QString describeRegisterFilter(const RegisterFilter& filter, const QString& circleName,
                               const QString& language);

} // namespace cercles
