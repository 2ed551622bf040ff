#include "scopecheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace cercles {

namespace {
/// Takes folded texts; returns whether `label` occurs in `text` as whole words.
bool containsWords(const QString& text, const QString& label)
{
    for (qsizetype from = text.indexOf(label); from >= 0; from = text.indexOf(label, from + 1)) {
        const qsizetype end = from + label.size();
        const bool startsWord = from == 0 || !text.at(from - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

int matchScore(const QString& itemText, const QString& foldedLabel)
{
    const QString item = foldForComparison(itemText);
    if (item == foldedLabel)
        return 3;
    if (item.startsWith(foldedLabel) && containsWords(item.left(foldedLabel.size() + 1), foldedLabel))
        return 2;
    return containsWords(item, foldedLabel) ? 1 : 0;
}

const ScopeItem* itemOf(const Circle& circle, ScopeItemId id)
{
    for (const ScopeItem& item : circle.scope) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

bool circleCovers(const Circle& circle, const QString& foldedLabel)
{
    for (const ScopeItem& item : circle.scope) {
        if (matchScore(item.text, foldedLabel) > 0)
            return true;
    }
    return false;
}
} // namespace

QString foldForComparison(const QString& text)
{
    QString spelt = text.toCaseFolded();
    spelt.replace(QChar(0x0153), QStringLiteral("oe")).replace(QChar(0x00E6), QStringLiteral("ae"));
    const QString decomposed = spelt.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result.simplified();
}

std::optional<ScopeMatch> findScopeOwner(const Organisation& org, const QString& label)
{
    const QString folded = foldForComparison(label);
    if (folded.isEmpty())
        return std::nullopt;
    std::optional<ScopeMatch> best;
    for (const Circle& circle : org.circles) {
        for (const ScopeItem& item : circle.scope) {
            const int score = matchScore(item.text, folded);
            if (score > 0 && (!best || score > best->score))
                best = ScopeMatch{circle.id, item.id, score};
        }
    }
    return best;
}

ScopeCheck checkScope(const Organisation& org, CircleId circleId, ScopeItemId scopeItem, AgendaItemKind kind,
                      const QString& topic)
{
    ScopeCheck check;
    check.circle = circleId;
    check.scopeItem = scopeItem;
    const Circle* circle = org.circle(circleId);
    if (!circle) {
        check.message = QCoreApplication::translate("ScopeCheck", "Unknown circle.");
        return check;
    }
    // A circle admits and excludes its own members (processes.md section 2): never out of its scope.
    if (kind == AgendaItemKind::MembershipEntry || kind == AgendaItemKind::MembershipExit) {
        check.withinScope = true;
        return check;
    }
    const QString language = interfaceLanguage();
    const QString folded = foldForComparison(topic);
    const std::optional<ScopeMatch> owner = findScopeOwner(org, topic);
    if (owner)
        check.topicOwner = owner->circle;
    const bool itemInScope = itemOf(*circle, scopeItem) != nullptr;
    const bool topicElsewhere = owner && owner->circle != circleId && !circleCovers(*circle, folded);
    check.withinScope = itemInScope && !topicElsewhere;
    if (check.withinScope)
        return check;

    const Circle* parent = org.circle(circle->parent);
    check.referTo = parent ? parent->id : CircleId();
    const Circle* ownerCircle = topicElsewhere ? org.circle(owner->circle) : nullptr;
    const QString noun = circleNoun(*circle, language);
    QString why;
    if (ownerCircle)
        why = fillPhrase(
            QCoreApplication::translate("ScopeCheck", "\u201c%1\u201d is in the scope of %2, not of %3."),
            {topic.simplified(), circleNoun(*ownerCircle, language), noun});
    else if (!scopeItem.isValid())
        why = fillPhrase(QCoreApplication::translate(
                             "ScopeCheck", "The proposal names no item of the decision scope of %1."),
                         {noun});
    else
        why = fillPhrase(QCoreApplication::translate(
                             "ScopeCheck", "The proposal's scope item is not in the decision scope of %1."),
                         {noun});
    const QString next =
        parent ? fillPhrase(QCoreApplication::translate("ScopeCheck", "Refer it to %1."),
                            {circleNoun(*parent, language)})
               : fillPhrase(QCoreApplication::translate(
                                "ScopeCheck", "%1 is the root circle: choose one of its scope items, or add "
                                              "the item to its scope."),
                            {noun});
    check.message = why + QLatin1Char(' ') + next;
    return check;
}

} // namespace cercles
