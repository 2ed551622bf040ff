#include "csvwriter.h"

namespace cercles {

namespace {
QString field(const QString& raw)
{
    const QString value = neutraliseFormula(raw);
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) ||
                       value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString neutraliseFormula(const QString& value)
{
    // Spreadsheets (LibreOffice, Excel) start a formula on these; a tab or CR first is how the injection
    // hides from a quick look at the file.
    static const QString starters = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && starters.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QByteArray toCsv(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& value : row)
            fields << field(value);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace cercles
