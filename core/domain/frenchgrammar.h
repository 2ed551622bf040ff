#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace cercles {

/// The definite article a French name takes when a sentence names it: "le Conseil de Coordination",
/// "la Commission", "l’Assemblée Populaire", "les Jardins". None: the name is used bare ("Cercle
/// Communication" reads well without one, like a person's name).
enum class FrenchArticle
{
    None,
    Le,
    La,
    Elided, ///< l’, before a vowel or a mute h
    Les
};

/// Takes an article; returns its stable storage key: "", "le", "la", "l'", "les".
QString articleKey(FrenchArticle article);
/// Takes a storage key; returns the article (None for an empty or unknown key).
FrenchArticle articleFromKey(const QString& key);
/// Takes an article; returns how it is written before a name: "", "le", "la", "l’", "les".
QString articleText(FrenchArticle article);

/// Takes a word or a name; returns whether French elides before it: it starts with a vowel (accented or
/// not), a mute h ("Hugo", "hiver"; not the aspirated h of "hêtre", "haut", "hasard"...) or a y sounded as
/// a vowel ("Yves", not "Yann"). Source: Grevisse, Le Bon Usage (élision; h aspiré).
bool startsWithVowelSound(const QString& word);

/// Takes an article and a name; returns the name with its article, e.g. "l’Assemblée Populaire"; the bare
/// name for None.
QString withArticle(FrenchArticle article, const QString& name);

/// Takes a circle's name, its article's storage key (articleKey) and a language ("fr" or "en"); returns
/// how a sentence of that language names the circle: with its article in French ("le Cercle
/// Communication", for fillPhrase to write "par le", "du"), the bare name in English. Used where only the
/// stored name and key are at hand (register entries, frozen minutes).
QString circleNamed(const QString& name, const QString& articleKey, const QString& language);

/// Takes a translated sentence with markers %1, %2, ... and the values to put in them (in marker order);
/// returns the sentence with each value in place, the French word just before a marker agreeing with the
/// value: "de le" -> "du", "de les" -> "des", "à le" -> "au", "à les" -> "aux", "de"/"que" before a vowel
/// sound -> "d’"/"qu’" ("Sortie d’Inès", "l’objection d’Étienne"). A value that starts the sentence gets
/// a capital ("Le Conseil…"). English sentences hold none of these words and are filled as QString::arg
/// would. Only the words next to a marker change: the values themselves are never rewritten.
QString fillPhrase(const QString& sentence, const QStringList& values);

/// Takes a local date and a language ("fr" or "en"); returns it written out: "1er décembre 2026",
/// "20 novembre 2026" / "1 December 2026". French writes the first day of a month as an ordinal.
QString writtenDate(QDate date, const QString& language);

/// Takes a local time and a language; returns French minutes' "19 h", "19 h 30" / English "7:30 PM".
QString writtenTime(QTime time, const QString& language);

/// Returns "fr" when the default locale (set from the interface language) is French, else "en".
QString interfaceLanguage();

} // namespace cercles
