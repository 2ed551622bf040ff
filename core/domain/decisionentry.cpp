#include "decisionentry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cercles {

QString registerFilterContradiction(const RegisterFilter& filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return QCoreApplication::translate(
                   "RegisterFilter", "The start date (%1) is after the end date (%2): no decision could "
                                     "match. Change one of them.")
            .arg(QLocale().toString(filter.from, QLocale::ShortFormat),
                 QLocale().toString(filter.to, QLocale::ShortFormat));
    return {};
}

bool isReviewDue(ConsentPhase status, QDate reviewDate, QDate today)
{
    return status == ConsentPhase::Adopted && reviewDate.isValid() && reviewDate < today;
}

bool DecisionEntry::isInProgress() const
{
    switch (status) {
    case ConsentPhase::Presentation:
    case ConsentPhase::ClarifyingQuestions:
    case ConsentPhase::Reactions:
    case ConsentPhase::Amendment:
    case ConsentPhase::ConsentRound:
    case ConsentPhase::IntegratingObjections:
        return true;
    default:
        return false;
    }
}

QDate decisionDate(const ConsentProcess& process, const Meeting& meeting)
{
    if (process.phase() != ConsentPhase::Adopted)
        return {};
    if (!process.decidedAfterMeeting())
        return meeting.localDate();
    return process.decidedAt().toTimeZone(QTimeZone(meeting.timeZone)).date();
}

DecisionEntry decisionEntryFor(ConsentProcessId id, const ConsentProcess& process, const AgendaItem& item,
                               const Meeting& meeting)
{
    const ConsentSetup& setup = process.setup();
    const ProposalVersion& current = process.currentVersion();
    DecisionEntry e;
    e.process = id;
    e.kind = setup.kind;
    e.status = process.phase();
    e.circle = setup.circle;
    e.date = e.status == ConsentPhase::Adopted ? decisionDate(process, meeting) : meeting.localDate();
    e.meeting = meeting.id;
    e.agendaItem = item.id;
    e.title = item.title;
    e.text = current.text;
    e.proposalText = process.versions().constFirst().text;
    e.responsible = setup.proposal.responsible;
    e.reviewDate = current.reviewDate;
    e.personConcerned = setup.personConcerned;
    e.scopeItem = setup.proposal.scopeItem;
    e.startedAt = setup.createdAt;
    e.referredTo = process.referredTo();
    return e;
}

QString spellOutLigatures(QString text)
{
    text.replace(QChar(0x0153), QLatin1String("oe"));
    text.replace(QChar(0x0152), QLatin1String("OE"));
    text.replace(QChar(0x00E6), QLatin1String("ae"));
    text.replace(QChar(0x00C6), QLatin1String("AE"));
    return text;
}

} // namespace cercles
