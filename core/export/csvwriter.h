#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cercles {

/// Takes rows of fields (the first row usually the header); returns them as CSV per RFC 4180: UTF-8
/// without BOM, comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF
/// (or starts or ends with a space), quotes doubled inside. LibreOffice Calc reads it with accents intact
/// when UTF-8 is chosen in its import dialog (its default on UTF-8 systems).
/// A field that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR: OWASP's "CSV
/// injection" list) is written with a leading apostrophe, so that a decision text such as
/// =HYPERLINK(...) shows as text and never runs; the apostrophe is visible in a text editor.
QByteArray toCsv(const QList<QStringList>& rows);

/// Takes one field's text; returns it neutralised as toCsv writes it (apostrophe before a leading
/// = + - @ tab or CR), before any RFC 4180 quoting.
QString neutraliseFormula(const QString& value);

} // namespace cercles
