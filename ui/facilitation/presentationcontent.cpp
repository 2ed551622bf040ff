#include "presentationcontent.h"

#include <QCoreApplication>
#include <QLocale>

namespace cercles::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PresentationContent)
};

QString date(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}
} // namespace

PresentationState electionPresentation(const QString& title, const Election& e, const Organisation& org)
{
    using P = ElectionPhase;
    const auto nameOf = [&org](PersonId id) {
        const Person* person = org.person(id);
        return person ? person->name : QString();
    };
    const ElectionSetup& s = e.setup();
    PresentationState state;
    state.title = title;
    state.phase = electionPhaseName(e.phase());
    state.proposal =
        s.roleDescription.isEmpty() ? s.roleName : s.roleName + QStringLiteral("\n") + s.roleDescription;
    state.version = Text::tr("Term: %1 to %2").arg(date(s.termStart), date(s.termEnd));
    const QList<PersonId> awaited = e.awaited();
    if (e.phase() == P::Nominations) {
        // Names are written in silence: the room sees how many, never whom (nobody campaigns).
        state.items << Text::tr("%1 of %2 names written").arg(e.written().size()).arg(e.attendance().size());
        return state;
    }
    if (!awaited.isEmpty() && e.phase() != P::ConsentRound)
        state.speaker = nameOf(awaited.constFirst());
    for (const NominationTurn& t : e.explanations())
        state.items << Text::tr("%1 names %2: %3").arg(nameOf(t.person), nameOf(t.nominee), t.text);
    for (const NominationTurn& t : e.changes()) {
        state.items
            << (t.changed ? Text::tr("%1 changes to %2: %3").arg(nameOf(t.person), nameOf(t.nominee), t.text)
                          : Text::tr("%1 keeps %2").arg(nameOf(t.person), nameOf(t.nominee)));
    }
    if (e.phase() == P::ChangeRound && awaited.isEmpty()) {
        QStringList counts;
        for (const auto& [nominee, count] : e.nominationCounts())
            counts << Text::tr("%1 (%2)").arg(nameOf(nominee)).arg(count);
        state.items << Text::tr("Nominations now: %1").arg(counts.join(QStringLiteral(", ")));
    }
    if (const ElectionProposal* p = e.currentProposal();
        p && (e.phase() == P::ConsentRound || e.phase() == P::IntegratingObjections)) {
        state.proposal = Text::tr("Proposal: %1 as %2").arg(nameOf(p->nominee), p->roleName);
        state.version = Text::tr("Term: %1 to %2").arg(date(p->start), date(p->end));
        state.items.clear();
        if (!p->reasons.isEmpty())
            state.items << p->reasons;
    }
    if (const ElectionConsentRound* round = e.currentRound(); round && e.phase() == P::ConsentRound) {
        state.tally = true;
        for (const ElectionResponse& r : round->responses) {
            if (r.objection) {
                ++state.objections;
                state.objectionReasons << Text::tr("%1: %2").arg(nameOf(r.person), r.text);
            } else if (!r.text.isEmpty()) {
                ++state.concerns;
            } else {
                ++state.consents;
            }
        }
        state.awaited = int(round->awaited().size());
        if (!round->awaited().isEmpty())
            state.speaker = nameOf(round->awaited().constFirst());
    }
    if (const std::optional<ElectionOutcome> outcome = e.outcome()) {
        state.proposal = Text::tr("%1 holds the role %2").arg(nameOf(outcome->person), outcome->roleName);
        state.version = Text::tr("Term: %1 to %2").arg(date(outcome->start), date(outcome->end));
        state.items.clear();
    }
    return state;
}

PresentationState votePresentation(const QString& title, const Vote& v)
{
    PresentationState state;
    state.title = title;
    state.proposal = v.title;
    const GradeScale scale = v.scale();
    if (v.status == VoteStatus::Open) {
        // Options only: no grade nor running count reaches the room before the vote closes.
        state.phase = Text::tr("Vote open");
        state.items = v.options;
        state.version = Text::tr("%n ballot(s) cast", nullptr, int(v.ballots.size()));
        return state;
    }
    state.phase = Text::tr("Result of the vote");
    JudgmentResult<MajorityJudgment> result = v.judgment();
    if (!result)
        return state;
    for (int option : result->order) {
        state.items << Text::tr("%1. %2 \u2014 %3")
                           .arg(result->ranks.at(option))
                           .arg(v.options.at(option), scale.name(result->majorityGrades.at(option)));
    }
    state.merit = MeritProfileData{result.value(), v.options, scale};
    return state;
}

} // namespace cercles::ui
