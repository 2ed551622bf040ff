#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cercles {

/// Takes rows of fields (the first row usually the header); returns them as CSV per RFC 4180: UTF-8
/// without BOM, comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF
/// (or starts or ends with a space), quotes doubled inside. LibreOffice Calc reads it with accents intact
/// when UTF-8 is chosen in its import dialog (its default on UTF-8 systems).
QByteArray toCsv(const QList<QStringList>& rows);

} // namespace cercles
