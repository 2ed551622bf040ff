#pragma once

#include "pagedrenderer.h"
#include "services/decisionregister.h"

#include <QByteArray>
#include <QDate>
#include <memory>

class QTextDocument;

namespace cercles {

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
    /// Returns a new document: title, filter, then a table of the decisions (one row each, never split
    /// across pages), built through QTextCursor only.
    std::unique_ptr<QTextDocument> build() const;
    /// Takes entries (a part of a long register) and whether the part comes first; returns a document
    /// of those entries only, with the title, filter and export date when first. build() is the whole
    /// register as one part; a long register is written part by part (writePdfInParts).
    std::unique_ptr<QTextDocument> buildPart(const QList<DecisionEntry>& entries, bool first) const;
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
