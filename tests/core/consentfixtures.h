// Consent processes in every phase, shared by the consent engine tests: A, B, C and D are the circle's
// members, A, B and C attend, D is absent. Each fixture is the list of events that leads to it.
#pragma once

#include "domain/consentprocess.h"

#include <QStringList>

namespace cercles::test {

inline const PersonId A{1}, B{2}, C{3}, D{4};
inline const CircleId parentCircle{10};

inline QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

/// A, B, C and D are members; the rule counts all members, so D, absent, answers afterwards.
inline ConsentSetup setup(ConsentBasis basis = ConsentBasis::AllMembers)
{
    ConsentSetup s;
    s.kind = ConsentProcessKind::Decision;
    s.circle = CircleId{11};
    s.proposal = {QStringLiteral("Publish the newsletter monthly"), QStringLiteral("Members ask for news"), B,
                  QDate(2027, 6, 30), ScopeItemId{5}};
    s.rule = {basis, false};
    s.members = {A, B, C, D};
    s.createdAt = at(0);
    return s;
}

inline const QList<PersonId> present = {A, B, C};

inline QList<ConsentEvent> reactionsEvents()
{
    return {ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(1), present),
            ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(2), {})};
}

/// Takes a fixture name; returns the events that lead to it from a fresh process of setup().
inline QList<ConsentEvent> fixtureEvents(const QString& name)
{
    const QList<ConsentEvent> reactions = reactionsEvents();
    const QList<ConsentEvent> round =
        reactions +
        QList<ConsentEvent>{ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(3), present),
                            ConsentEvent::consent(at(4), A), ConsentEvent::consent(at(5), B),
                            ConsentEvent::consent(at(6), C)};
    const QList<ConsentEvent> pending = round + QList<ConsentEvent>{ConsentEvent::roundClose(at(7))};
    if (name == QLatin1String("presentation"))
        return {};
    if (name == QLatin1String("questions"))
        return reactions.mid(0, 1);
    if (name == QLatin1String("reactions"))
        return reactions;
    if (name == QLatin1String("amendment"))
        return reactions + QList<ConsentEvent>{ConsentEvent::amendmentStart(at(3))};
    if (name == QLatin1String("round"))
        return round;
    if (name == QLatin1String("integrating") || name == QLatin1String("integrated")) {
        const bool cObjects = name == QLatin1String("integrating");
        return reactions +
               QList<ConsentEvent>{
                   ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(3), present),
                   ConsentEvent::consent(at(4), A),
                   ConsentEvent::objection(at(5), B, QStringLiteral("Too often for our volunteers")),
                   cObjects ? ConsentEvent::objection(at(6), C, QStringLiteral("No budget"))
                            : ConsentEvent::consent(at(6), C),
                   ConsentEvent::roundClose(at(7)),
                   ConsentEvent::integration(at(8), B, IntegrationMethod::ModifyProposal,
                                             QStringLiteral("Publish the newsletter quarterly"))};
    }
    if (name == QLatin1String("pending"))
        return pending;
    if (name == QLatin1String("adopted"))
        return pending + QList<ConsentEvent>{ConsentEvent::consent(at(600), D, {}, true)};
    if (name == QLatin1String("withdrawn"))
        return {ConsentEvent::withdrawal(at(1))};
    if (name == QLatin1String("deferred"))
        return {ConsentEvent::deferral(at(1))};
    if (name == QLatin1String("referred"))
        return {ConsentEvent::referral(at(1), parentCircle)};
    qFatal("unknown fixture");
}

inline const QStringList fixtures = {
    QStringLiteral("presentation"), QStringLiteral("questions"), QStringLiteral("reactions"),
    QStringLiteral("amendment"),    QStringLiteral("round"),     QStringLiteral("integrating"),
    QStringLiteral("integrated"),   QStringLiteral("adopted"),   QStringLiteral("pending"),
    QStringLiteral("withdrawn"),    QStringLiteral("deferred"),  QStringLiteral("referred")};

inline ConsentProcess processAt(const QString& fixture, ConsentBasis basis = ConsentBasis::AllMembers)
{
    auto process = ConsentProcess::replay(setup(basis), fixtureEvents(fixture));
    if (!process)
        qFatal("fixture %s: %s", qPrintable(fixture), qPrintable(process.error()));
    return process.value();
}

} // namespace cercles::test
