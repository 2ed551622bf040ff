// cercles-cli majority-judgment: ranks the options of a majority-judgment vote (processes.md section 4).
// Reads {"tallies": [[...], ...], "fill": "none"|"static"|"median"|"normalize", "grade": N, "participants":
// N} on stdin and prints {"ranks":[...],"majority_grades":[...]} on one line, or {"error":"<key>"} and
// exit 1.
//
// Numbers: QJsonDocument checks the syntax and reads "fill", but it keeps integers exactly only when they
// are written as plain integers within 64 bits, silently rounds "4611686018427387905.0" and saturates
// "-9223372036854775809". So the numeric members are read again from the raw text by the small scanner
// below, which accepts integer literals only and converts them exactly: counts up to 2^63 - 1 are read as
// written, larger ones give "overflow", negative ones "incoherent", fractions or exponents "invalid-input".
#include "command.h"

#include "domain/gradescale.h"
#include "domain/majorityjudgment.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

using namespace cercles;

/// Translations of this file, in the "MajorityJudgmentCommand" context (a struct so lupdate sees the
/// context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MajorityJudgmentCommand)
};

/// A failure of the command: the key printed in {"error": ...} and a sentence for standard error.
struct Failure
{
    QString key;
    QString message;
};

class RawReader
{
public:
    explicit RawReader(QByteArrayView text) : m_text(text) {}

    /// Takes a syntactically valid JSON object; returns its members' raw value texts by decoded key.
    QHash<QString, QByteArrayView> members()
    {
        QHash<QString, QByteArrayView> result;
        skipSpace();
        if (!take('{'))
            return result;
        skipSpace();
        while (m_pos < m_text.size() && peek() != '}') {
            const qsizetype keyStart = m_pos;
            skipValue();
            const QByteArray key = "[" + m_text.sliced(keyStart, m_pos - keyStart).toByteArray() + "]";
            skipSpace();
            take(':');
            skipSpace();
            const qsizetype valueStart = m_pos;
            skipValue();
            result.insert(QJsonDocument::fromJson(key).array().at(0).toString(),
                          m_text.sliced(valueStart, m_pos - valueStart));
            skipSpace();
            take(',');
            skipSpace();
        }
        return result;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }
    void skipString()
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        ++m_pos; // closing quote
    }
    // Skips one value. The text is valid JSON (QJsonDocument said so): only strings and nesting need care.
    void skipValue()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '[' || c == '{') {
                ++depth;
                ++m_pos;
            } else if (c == ']' || c == '}') {
                if (depth == 0)
                    return;
                --depth;
                ++m_pos;
            } else if ((c == ',' || c == ':') && depth == 0) {
                return;
            } else {
                ++m_pos;
            }
            if (depth == 0 && (c == '"' || c == ']' || c == '}'))
                return;
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

/// Takes the raw text of one JSON number; returns it as an exact 64-bit integer, or the failure.
std::optional<Failure> readInteger(QByteArrayView raw, qint64* value)
{
    const QByteArray text = raw.trimmed().toByteArray();
    const auto invalid = Failure{QStringLiteral("invalid-input"),
                                 Text::tr("Counts, grade and participants are whole numbers.")};
    qsizetype digits = text.startsWith('-') ? 1 : 0;
    if (digits == text.size())
        return invalid;
    for (qsizetype i = digits; i < text.size(); ++i) {
        if (text.at(i) < '0' || text.at(i) > '9')
            return invalid;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (ok)
        return std::nullopt;
    if (text.startsWith('-'))
        return Failure{QStringLiteral("incoherent"), Text::tr("A count is negative.")};
    return Failure{QStringLiteral("overflow"), Text::tr("A number is above 2^63 - 1.")};
}

/// Takes the raw text of an array of arrays of integers; returns the tallies, or the failure.
std::optional<Failure> readTallies(QByteArrayView raw, QList<Tally>* tallies)
{
    const auto shape = Failure{QStringLiteral("invalid-input"),
                               Text::tr("\"tallies\" is an array of arrays of whole numbers.")};
    int depth = 0;
    qsizetype numberStart = -1;
    for (qsizetype pos = 0; pos <= raw.size(); ++pos) {
        const char c = pos < raw.size() ? raw.at(pos) : '\0';
        const bool partOfNumber =
            c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || c == 'e' || c == 'E';
        if (partOfNumber) {
            if (depth != 2)
                return shape;
            if (numberStart < 0)
                numberStart = pos;
            continue;
        }
        if (numberStart >= 0) {
            qint64 count = 0;
            if (const auto failure = readInteger(raw.sliced(numberStart, pos - numberStart), &count))
                return failure;
            tallies->last().append(count);
            numberStart = -1;
        }
        if (c == '[') {
            if (++depth > 2)
                return shape;
            if (depth == 2)
                tallies->append(Tally());
        } else if (c == ']') {
            --depth;
        } else if (c != ',' && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0') {
            return shape; // strings, objects, true/false/null
        }
    }
    return std::nullopt;
}

/// Takes the whole standard input; returns the judgment, or the failure.
std::optional<Failure> judgeDocument(const QByteArray& input, MajorityJudgment* result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Failure{QStringLiteral("invalid-json"), parseError.errorString()};
    if (!document.isObject())
        return Failure{QStringLiteral("invalid-input"), Text::tr("The document is not a JSON object.")};
    const QJsonObject object = document.object();
    const QHash<QString, QByteArrayView> raw = RawReader(input).members();

    bool knownRule = !object.contains(QLatin1String("fill"));
    Fill fill;
    if (!knownRule)
        fill.rule = fillRuleFromKey(object.value(QLatin1String("fill")).toString(), &knownRule);
    if (!knownRule)
        return Failure{QStringLiteral("invalid-fill"),
                       Text::tr("\"fill\" is none, static, median or normalize.")};
    if (!object.value(QLatin1String("tallies")).isArray())
        return Failure{QStringLiteral("invalid-input"), Text::tr("\"tallies\" is missing.")};
    QList<Tally> tallies;
    if (const auto failure = readTallies(raw.value(QStringLiteral("tallies")), &tallies))
        return failure;
    if (raw.contains(QStringLiteral("grade"))) {
        qint64 grade = 0;
        if (const auto failure = readInteger(raw.value(QStringLiteral("grade")), &grade))
            return failure->key == QLatin1String("invalid-input")
                       ? failure
                       : Failure{QStringLiteral("grade-out-of-range"),
                                 Text::tr("The grade is not on the scale.")};
        // Outside int, the grade is outside every scale: keep it out of range rather than truncate it.
        fill.grade = grade < 0 ? -1 : grade > GradeScale::maxGrades ? GradeScale::maxGrades : int(grade);
    }
    if (raw.contains(QStringLiteral("participants"))) {
        if (const auto failure = readInteger(raw.value(QStringLiteral("participants")), &fill.participants))
            return failure->key == QLatin1String("incoherent")
                       ? Failure{QStringLiteral("participants"),
                                 Text::tr("The number of participants cannot be negative.")}
                       : failure;
    }

    const int gradeCount = tallies.isEmpty() ? GradeScale::minGrades : int(tallies.first().size());
    JudgmentResult<MajorityJudgment> judgment = judge(tallies, gradeCount, fill);
    if (!judgment)
        return Failure{judgment.error().key, judgment.error().message};
    *result = std::move(judgment).value();
    return std::nullopt;
}

QString jsonInts(const QList<int>& values)
{
    QStringList items;
    for (int value : values)
        items.append(QString::number(value));
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

int runMajorityJudgment(const QStringList& args)
{
    using namespace cercles::cli;
    if (!args.isEmpty()) {
        err() << "usage: cercles-cli majority-judgment < vote.json\n";
        return 2;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err() << "cercles-cli: " << Text::tr("cannot read standard input") << '\n';
        return 1;
    }
    MajorityJudgment result;
    if (const auto failure = judgeDocument(input.readAll(), &result)) {
        out() << "{\"error\":\"" << failure->key << "\"}\n";
        if (!failure->message.isEmpty())
            err() << "cercles-cli: " << failure->message << '\n';
        return 1;
    }
    // Written by hand to keep the documented member order (QJsonObject sorts its keys).
    out() << "{\"ranks\":" << jsonInts(result.ranks)
          << ",\"majority_grades\":" << jsonInts(result.majorityGrades) << "}\n";
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(majorityjudgment,
                    {QStringLiteral("majority-judgment"), QStringLiteral("majority-judgment < VOTE.json"),
                     QStringLiteral("rank the options of a majority-judgment vote read as JSON on stdin"),
                     runMajorityJudgment})
