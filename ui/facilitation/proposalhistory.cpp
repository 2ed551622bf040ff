#include "proposalhistory.h"

#include "domain/frenchgrammar.h"

#include <QCoreApplication>

namespace cercles::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProposalHistory)
};
} // namespace

QString proposalHistoryText(const ConsentProcess& p, const Organisation& org)
{
    if (p.versions().size() < 2)
        return {};
    const auto nameOf = [&org](PersonId id) {
        const Person* person = org.person(id);
        return person ? person->name : QString();
    };
    QStringList lines{Text::tr("History of the proposal")};
    for (const ProposalVersion& v : p.versions()) {
        const bool current = v.number == p.currentVersion().number;
        lines << QString()
              << (current ? Text::tr("Version %1 (above)").arg(v.number)
                          : Text::tr("Version %1: %2").arg(v.number).arg(v.text));
        for (const ConsentRound& round : p.consentRounds()) {
            if (round.version != v.number)
                continue;
            int consents = 0, concerns = 0, objections = 0;
            for (PersonId person : round.eligible) {
                const ResponseKind kind = round.responseOf(person);
                consents += kind == ResponseKind::Consent;
                concerns += kind == ResponseKind::ConsentWithConcern;
                objections += kind == ResponseKind::Objection;
            }
            lines << Text::tr("  Consent round %1: %2 consent(s), %3 with a concern, %4 objection(s)")
                         .arg(round.number)
                         .arg(consents)
                         .arg(concerns)
                         .arg(objections);
            for (const Objection& o : p.objections()) {
                if (o.round != round.number)
                    continue;
                lines << Text::tr("  Objection by %1: %2").arg(nameOf(o.person), o.reason);
                if (o.integration) {
                    lines << Text::tr("    Integrated (%1), version %2: %3")
                                 .arg(integrationMethodName(o.integration->method))
                                 .arg(o.integration->version)
                                 .arg(o.integration->text);
                } else {
                    lines << Text::tr("    Not integrated yet");
                }
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

EarlierProposal earlierProposal(const ConsentProcess& earlier, const Organisation& org, CircleId current,
                                QDate date)
{
    EarlierProposal e;
    e.referral = earlier.setup().circle != current;
    const Circle* circle = org.circle(earlier.setup().circle);
    e.circle = circle ? circleNoun(*circle, interfaceLanguage()) : QString();
    e.date = date;
    for (const ConsentEvent& event : earlier.history()) {
        const Person* person = org.person(event.person);
        const QString who = person ? person->name : QString();
        if (event.kind == ConsentEventKind::QuestionAsked)
            e.questions.append({who, event.text});
        else if (event.kind == ConsentEventKind::ReactionGiven)
            e.reactions.append({who, event.text});
        else if (event.kind == ConsentEventKind::Deferred || event.kind == ConsentEventKind::ReferredToParent)
            e.reason = event.text;
    }
    return e;
}

QString earlierProposalText(const EarlierProposal& e)
{
    const QString date = writtenDate(e.date, interfaceLanguage()); // as the minutes write it
    QStringList lines{e.referral ? fillPhrase(Text::tr("Referred by %1 (meeting of %2)"), {e.circle, date})
                                 : Text::tr("Deferred at the meeting of %1, taken up again").arg(date)};
    if (!e.reason.trimmed().isEmpty())
        lines << Text::tr("Reason given: %1").arg(e.reason.trimmed());
    const auto said = [&lines](const QString& heading, const QList<std::pair<QString, QString>>& list) {
        if (list.isEmpty())
            return;
        lines << heading;
        for (const auto& [who, text] : list)
            lines << Text::tr("  %1: %2").arg(who, text);
    };
    said(Text::tr("Questions then:"), e.questions);
    said(Text::tr("Reactions then:"), e.reactions);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cercles::ui
