#include "decisionregister.h"

#include "document.h"
#include "domain/scopecheck.h"
#include "storage/recordchain.h"
#include "storage/registerrepository.h"

#include <QHash>

#include <algorithm>

namespace cercles {

namespace {

/// Folds a text for search: case, accents and ligatures (foldForComparison), and the typographic
/// apostrophe typed as a straight one ("l’été" and "l'ete" match).
QString foldForSearch(const QString& text)
{
    QString folded = foldForComparison(text);
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded;
}

} // namespace

Result<QList<DecisionEntry>> loadRegister(Document& document, QDate today, const RegisterFilter& filter)
{
    const QSqlDatabase db = document.database().connection();
    Result<QList<DecisionEntry>> read = RegisterRepository::read(db, filter, today);
    if (!read)
        return read;
    QList<DecisionEntry> entries = std::move(read).value();
    // The head each meeting's approved minutes printed (issue 12), all read at once.
    const Result<QHash<qint64, QByteArray>> heads = RecordChain::approvalHeads(db);
    if (!heads)
        return Error{heads.error()};
    for (DecisionEntry& e : entries) {
        if (!e.damage.isEmpty() || !e.meeting.isValid())
            continue;
        e.approvalHead = QString::fromLatin1(heads->value(e.meeting.value()).toHex());
    }
    return entries;
}

Result<QList<DecisionEntry>> loadRegisterPage(Document& document, const RegisterFilter& filter, QDate today,
                                              const RegisterRepository::Cursor& after, int limit,
                                              int matching)
{
    return RegisterRepository::read(document.database().connection(), filter, today, after, limit, matching);
}

Result<int> countRegister(Document& document, const RegisterFilter& filter, QDate today)
{
    return RegisterRepository::count(document.database().connection(), filter, today);
}

Result<std::optional<DecisionEntry>> registerEntry(Document& document, ConsentProcessId process, QDate today,
                                                   const RegisterFilter& filter)
{
    return RegisterRepository::entry(document.database().connection(), process, today, filter);
}

bool matchesSearch(const DecisionEntry& entry, const QString& search)
{
    const QStringList words = foldForSearch(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString haystack =
        foldForSearch(entry.title + QLatin1Char('\n') + entry.proposalText + QLatin1Char('\n') + entry.text);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

QList<DecisionEntry> filterRegister(const QList<DecisionEntry>& entries, const RegisterFilter& filter)
{
    QList<DecisionEntry> result;
    for (const DecisionEntry& e : entries) {
        if (filter.circle.isValid() && e.circle != filter.circle)
            continue;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(e.status))
            continue;
        if (filter.reviewDueOnly && !e.reviewDue)
            continue;
        if (filter.from.isValid() && e.date < filter.from)
            continue;
        if (filter.to.isValid() && e.date > filter.to)
            continue;
        if (!matchesSearch(e, filter.search))
            continue;
        result << e;
    }
    return result;
}

} // namespace cercles
