#include "frenchgrammar.h"

#include <QSet>

namespace cercles {

namespace {

const QChar apostrophe(0x2019); // ’, the apostrophe of the French catalogue

/// First words whose h is aspirated (no elision): the ones an association's names and minutes meet.
bool aspiratedH(const QString& lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("hache"),      QStringLiteral("haie"),    QStringLiteral("haine"),
        QStringLiteral("hall"),       QStringLiteral("halle"),   QStringLiteral("hameau"),
        QStringLiteral("hangar"),     QStringLiteral("hanche"),  QStringLiteral("handicap"),
        QStringLiteral("harpe"),      QStringLiteral("hasard"),  QStringLiteral("hâte"),
        QStringLiteral("hausse"),     QStringLiteral("haut"),    QStringLiteral("haute"),
        QStringLiteral("hauts"),      QStringLiteral("hautes"),  QStringLiteral("hérisson"),
        QStringLiteral("héros"),      QStringLiteral("hêtre"),   QStringLiteral("hibou"),
        QStringLiteral("hiérarchie"), QStringLiteral("hockey"),  QStringLiteral("hollande"),
        QStringLiteral("homard"),     QStringLiteral("hongrie"), QStringLiteral("honte"),
        QStringLiteral("houx"),       QStringLiteral("hublot"),  QStringLiteral("huit"),
    };
    return words.contains(lowerWord);
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouàâäéèêëîïôöùûüæœ");
    return vowels.contains(c.toLower());
}

/// Takes the sentence built so far (ending just before a marker) and the value; returns the pair
/// rewritten so the word before the marker agrees with the value.
void agree(QString& before, QString& value)
{
    const auto endsWithWord = [&before](QStringView word) {
        if (!before.endsWith(QLatin1Char(' ')))
            return false;
        const QStringView head = QStringView(before).chopped(1);
        if (!head.endsWith(word, Qt::CaseInsensitive))
            return false;
        const qsizetype start = head.size() - word.size();
        return start == 0 || !head.at(start - 1).isLetter();
    };
    const auto replaceWord = [&before](qsizetype wordLength, const QString& by) {
        const qsizetype start = before.size() - 1 - wordLength;
        const bool capital = before.at(start).isUpper();
        QString word = by;
        if (capital)
            word[0] = word[0].toUpper();
        before = before.left(start) + word;
    };
    const auto takeArticle = [&value](QStringView article) {
        if (value.startsWith(article) && value.size() > article.size())
            value.remove(0, article.size());
        else
            return false;
        return true;
    };
    if (endsWithWord(u"de")) {
        if (takeArticle(u"le "))
            replaceWord(2, QStringLiteral("du "));
        else if (takeArticle(u"les "))
            replaceWord(2, QStringLiteral("des "));
        else if (startsWithVowelSound(value))
            replaceWord(2, QStringLiteral("d") + apostrophe);
    } else if (endsWithWord(u"à")) {
        if (takeArticle(u"le "))
            replaceWord(1, QStringLiteral("au "));
        else if (takeArticle(u"les "))
            replaceWord(1, QStringLiteral("aux "));
    } else if (endsWithWord(u"que") && startsWithVowelSound(value)) {
        replaceWord(3, QStringLiteral("qu") + apostrophe);
    }
}

} // namespace

QString articleKey(FrenchArticle article)
{
    switch (article) {
    case FrenchArticle::Le:
        return QStringLiteral("le");
    case FrenchArticle::La:
        return QStringLiteral("la");
    case FrenchArticle::Elided:
        return QStringLiteral("l'");
    case FrenchArticle::Les:
        return QStringLiteral("les");
    case FrenchArticle::None:
        break;
    }
    return {};
}

FrenchArticle articleFromKey(const QString& key)
{
    for (FrenchArticle a : {FrenchArticle::Le, FrenchArticle::La, FrenchArticle::Elided, FrenchArticle::Les})
        if (articleKey(a) == key)
            return a;
    return FrenchArticle::None;
}

QString articleText(FrenchArticle article)
{
    return article == FrenchArticle::Elided ? QStringLiteral("l") + apostrophe : articleKey(article);
}

bool startsWithVowelSound(const QString& word)
{
    if (word.isEmpty())
        return false;
    const QChar first = word.at(0).toLower();
    if (isVowel(first))
        return true;
    if (first == QLatin1Char('y'))
        return word.size() > 1 && !isVowel(word.at(1)); // Yves, Yvonne; not Yann, Yasmine
    if (first != QLatin1Char('h') || word.size() < 2 || !word.at(1).isLetter())
        return false;
    qsizetype end = 0;
    while (end < word.size() && word.at(end).isLetter())
        ++end;
    return !aspiratedH(word.left(end).toLower());
}

QString withArticle(FrenchArticle article, const QString& name)
{
    if (article == FrenchArticle::None)
        return name;
    if (article == FrenchArticle::Elided)
        return articleText(article) + name;
    return articleText(article) + QLatin1Char(' ') + name;
}

QString circleNamed(const QString& name, const QString& articleKey, const QString& language)
{
    if (language != QLatin1String("fr"))
        return name;
    return withArticle(articleFromKey(articleKey), name);
}

QString fillPhrase(const QString& sentence, const QStringList& values)
{
    QString result;
    result.reserve(sentence.size() + 32);
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        if (c != QLatin1Char('%') || i + 1 >= sentence.size() || !sentence.at(i + 1).isDigit()) {
            result += c;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < sentence.size() && sentence.at(end).isDigit() &&
               number * 10 + sentence.at(end).digitValue() <= values.size()) {
            number = number * 10 + sentence.at(end).digitValue();
            ++end;
        }
        if (number < 1 || number > values.size()) {
            result += c;
            continue;
        }
        QString value = values.at(number - 1);
        if (result.isEmpty() && !value.isEmpty())
            value[0] = value[0].toUpper();
        else
            agree(result, value);
        result += value;
        i = end - 1;
    }
    return result;
}

QString writtenDate(QDate date, const QString& language)
{
    if (!date.isValid())
        return {};
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(date, QStringLiteral("d MMMM yyyy"));
    const QLocale french(QLocale::French, QLocale::France);
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + QLatin1Char(' ') + french.toString(date, QStringLiteral("MMMM yyyy"));
}

QString writtenTime(QTime time, const QString& language)
{
    if (!time.isValid())
        return {};
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(time, QStringLiteral("h:mm AP"));
    const QString hour = QString::number(time.hour()) + QStringLiteral("\u00a0h");
    return time.minute() == 0 ? hour : hour + QStringLiteral("\u00a0") + time.toString(QStringLiteral("mm"));
}

QString interfaceLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace cercles
