#pragma once

// Generated consent-round scripts for the "no phantom answer" tests (issue 9): a seeded mix of French text
// (accents, capitals C/O/P/N inside words, apostrophes, a ligature) and the facilitator's commands, with
// the answers a careful reading of the key map says must be stored. The expected answers come from this
// small model, written from the user guide's key map, not from the controller under test.

#include "domain/consentround.h"
#include "domain/ids.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace cercles::test {

/// One thing the facilitator does during a consent round.
struct ScriptStep
{
    enum Kind
    {
        Type,      ///< types `text` wherever the keyboard focus is
        Consent,   ///< Ctrl+1 (or the button)
        Objection, ///< Ctrl+2 (or the button)
        Concern,   ///< Ctrl+3 (or the button)
        Next,      ///< Ctrl+Down
        Previous,  ///< Ctrl+Up
        Select,    ///< clicks participant number `person` (index among those present)
        Clear,     ///< empties the field (Ctrl+A, Backspace)
    };
    Kind kind = Type;
    QString text;
    int person = 0;
    bool byButton = false; ///< a mouse click on the button instead of the shortcut
};

/// An answer as stored: who (index among those present), the kind, the text.
struct ScriptAnswer
{
    int person = 0;
    ResponseKind kind = ResponseKind::None;
    QString text;

    friend bool operator==(const ScriptAnswer&, const ScriptAnswer&) = default;
};

/// Takes a seed and the number of participants present; returns a script of 8 to 24 steps.
inline QList<ScriptStep> generateScript(quint32 seed, int present)
{
    static const QStringList words{
        QStringLiteral("Coût"),        QStringLiteral("Objectif"),    QStringLiteral("Préoccupation"),
        QStringLiteral("Nécessaire"),  QStringLiteral("COP"),         QStringLiteral("ça"),
        QStringLiteral("œuvre"),       QStringLiteral("l'été"),       QStringLiteral("Noël"),
        QStringLiteral("opération"),   QStringLiteral("conséquence"), QStringLiteral("Paris"),
        QStringLiteral("proposition"), QStringLiteral("NON"),         QStringLiteral("Oui"),
        QStringLiteral("cOnPn"),       QStringLiteral("àéèêëîïôùûç"), QStringLiteral("Ordre"),
        QStringLiteral("trop cher"),   QStringLiteral("n'est pas"),   QStringLiteral("Pourquoi"),
        QStringLiteral("c"),           QStringLiteral("o"),           QStringLiteral("p"),
        QStringLiteral("n"),           QStringLiteral("C"),           QStringLiteral("O"),
        QStringLiteral("P"),           QStringLiteral("N"),           QStringLiteral("12 000 €"),
    };
    QRandomGenerator random(seed);
    QList<ScriptStep> steps;
    const int length = 8 + int(random.bounded(17));
    for (int i = 0; i < length; ++i) {
        ScriptStep step;
        const quint32 roll = random.bounded(100);
        if (roll < 40) {
            step.kind = ScriptStep::Type;
            QStringList phrase;
            for (quint32 n = 1 + random.bounded(4); n > 0; --n)
                phrase << words[random.bounded(int(words.size()))];
            step.text = phrase.join(QLatin1Char(' '));
            if (random.bounded(4) == 0)
                step.text += QLatin1Char(' '); // a trailing space, as people type
        } else if (roll < 55) {
            step.kind = ScriptStep::Consent;
        } else if (roll < 67) {
            step.kind = ScriptStep::Objection;
        } else if (roll < 77) {
            step.kind = ScriptStep::Concern;
        } else if (roll < 83) {
            step.kind = ScriptStep::Next;
        } else if (roll < 86) {
            step.kind = ScriptStep::Previous;
        } else if (roll < 93) {
            step.kind = ScriptStep::Select;
            step.person = int(random.bounded(present));
        } else {
            step.kind = ScriptStep::Clear;
        }
        step.byButton =
            step.kind >= ScriptStep::Consent && step.kind <= ScriptStep::Concern && random.bounded(5) == 0;
        steps << step;
    }
    return steps;
}

/// What the script must leave: the stored answers in order, and the field's text.
struct ScriptExpectation
{
    QList<ScriptAnswer> answers;
    QString field;
};

/// Takes a script and the number present; returns what the key map says must happen. The turn starts
/// on the first participant; an answer is stored for the person shown as speaking, with the field's
/// text trimmed; a consent with text in the field, and an objection or a concern without text, are
/// refused and keep the text; after an answer the turn goes to the next participant (in seating order,
/// wrapping) who has not answered yet, or to nobody; Ctrl+Down / Ctrl+Up move the turn to the next /
/// previous participant present without recording.
inline ScriptExpectation expectedOf(const QList<ScriptStep>& steps, int present)
{
    ScriptExpectation e;
    int speaker = 0; // -1: nobody
    QList<bool> answered(present, false);
    for (const ScriptStep& step : steps) {
        const QString text = e.field.trimmed();
        auto answer = [&](ResponseKind kind) {
            if (speaker < 0)
                return;
            e.answers << ScriptAnswer{speaker, kind, kind == ResponseKind::Consent ? QString() : text};
            e.field.clear();
            answered[speaker] = true;
            const int from = speaker;
            speaker = -1;
            for (int i = 1; i <= present; ++i) {
                if (!answered[(from + i) % present]) {
                    speaker = (from + i) % present;
                    break;
                }
            }
        };
        switch (step.kind) {
        case ScriptStep::Type:
            e.field += step.text;
            break;
        case ScriptStep::Consent:
            if (text.isEmpty())
                answer(ResponseKind::Consent);
            break;
        case ScriptStep::Objection:
            if (!text.isEmpty())
                answer(ResponseKind::Objection);
            break;
        case ScriptStep::Concern:
            if (!text.isEmpty())
                answer(ResponseKind::ConsentWithConcern);
            break;
        case ScriptStep::Next:
            speaker = speaker < 0 ? 0 : (speaker + 1) % present;
            break;
        case ScriptStep::Previous:
            speaker = speaker < 0 ? 0 : (speaker + present - 1) % present;
            break;
        case ScriptStep::Select:
            speaker = step.person;
            break;
        case ScriptStep::Clear:
            e.field.clear();
            break;
        }
    }
    return e;
}

/// Takes a response log and the participants present in order; returns it as script answers.
inline QList<ScriptAnswer> storedAnswers(const QList<ConsentResponse>& responses,
                                         const QList<PersonId>& present)
{
    QList<ScriptAnswer> answers;
    for (const ConsentResponse& r : responses)
        answers << ScriptAnswer{int(present.indexOf(r.person)), r.kind, r.text};
    return answers;
}

/// Takes answers; returns them as one readable line per answer, for failure messages.
inline QString describe(const QList<ScriptAnswer>& answers)
{
    QStringList lines;
    for (const ScriptAnswer& a : answers)
        lines << QStringLiteral("%1:%2:%3").arg(a.person).arg(int(a.kind)).arg(a.text);
    return lines.join(QLatin1Char('|'));
}

} // namespace cercles::test
