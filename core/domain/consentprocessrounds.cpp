// The consent round and objection integration steps of ConsentProcess (processes.md section 1, steps 5
// and 6); the other steps and the queries are in consentprocess.cpp.
#include "consentprocess.h"

#include "eligibility.h"

#include <QCoreApplication>

#include <algorithm>

namespace cercles {

using K = ConsentEventKind;
using P = ConsentPhase;

Result<void> ConsentProcess::applyConsentRoundStart(const ConsentEvent& event)
{
    const qsizetype left = m_phase == P::IntegratingObjections ? objectionsToIntegrate().size() : 0;
    if (left > 0)
        return Error{QCoreApplication::translate(
            "ConsentProcess", "%n objection(s) still to integrate before a new consent round.", nullptr,
            int(left))};
    const QList<PersonId> attendance = attendanceFor(event);
    if (attendance.isEmpty())
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "Record who is present before starting the round.")};
    QList<PersonId> eligible =
        consentEligible(m_setup.rule, m_setup.members, attendance, m_setup.personConcerned);
    // Speaking order: those present in seating order, then the absent members who answer later.
    std::stable_sort(eligible.begin(), eligible.end(), [&attendance](PersonId a, PersonId b) {
        const qsizetype ia = attendance.indexOf(a), ib = attendance.indexOf(b);
        return (ia < 0 ? attendance.size() : ia) < (ib < 0 ? attendance.size() : ib);
    });
    if (std::none_of(eligible.cbegin(), eligible.cend(),
                     [&attendance](PersonId p) { return attendance.contains(p); }))
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "No one present has a consent right on this decision.")};
    m_attendance = attendance;
    ConsentRound round;
    round.number = int(m_rounds.size()) + 1;
    round.version = currentVersion().number;
    round.startedAt = event.at;
    round.present = attendance;
    round.eligible = eligible;
    m_rounds << round;
    m_phase = P::ConsentRound;
    return {};
}

Result<void> ConsentProcess::applyResponse(const ConsentEvent& event)
{
    ConsentRound& round = lastRound();
    if (!round.isEligible(event.person)) {
        if (event.person == m_setup.personConcerned && m_setup.rule.excludesPersonConcerned)
            return Error{QCoreApplication::translate(
                "ConsentProcess", "The person concerned has no consent right on this decision.")};
        return Error{
            QCoreApplication::translate("ConsentProcess", "This person has no consent right in this round.")};
    }
    const bool objects = event.kind == K::ObjectionRaised;
    if (objects && event.text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ConsentProcess", "An objection needs a reason.")};
    if (m_phase == P::ConsentRound && !round.isPresent(event.person)) {
        return Error{QCoreApplication::translate(
            "ConsentProcess",
            "This member is absent from the round: record their answer once the round is closed, "
            "while the decision is pending.")};
    }
    if (m_phase == P::Pending && round.isPresent(event.person))
        return Error{QCoreApplication::translate(
            "ConsentProcess",
            "This participant answered during the meeting; only absent members answer now.")};

    const ResponseKind kind = objects                          ? ResponseKind::Objection
                              : event.text.trimmed().isEmpty() ? ResponseKind::Consent
                                                               : ResponseKind::ConsentWithConcern;
    round.responses << ConsentResponse{event.person, kind, event.text, event.at, event.givenAfterMeeting};
    if (m_phase != P::Pending)
        return {};
    if (objects) { // a late objection sends the proposal back to integration
        m_objections << Objection{event.person,  event.text, round.number,
                                  round.version, event.at,   event.givenAfterMeeting,
                                  std::nullopt};
        m_phase = P::IntegratingObjections;
        m_outcomeAt = {};
    } else if (round.awaitedAbsent().isEmpty()) { // the last required consent
        m_phase = P::Adopted;
        m_decidedAt = m_outcomeAt = event.at;
        m_decidedAfterMeeting = event.givenAfterMeeting;
    }
    return {};
}

Result<void> ConsentProcess::applyRoundClose(const ConsentEvent& event)
{
    ConsentRound& round = lastRound();
    if (const qsizetype left = round.awaitedPresent().size(); left > 0)
        return Error{QCoreApplication::translate(
            "ConsentProcess", "%n participant(s) present have not answered yet; silence is never consent.",
            nullptr, int(left))};
    round.closedAt = event.at;
    const QList<PersonId> objectors = round.objectors();
    if (!objectors.isEmpty()) {
        for (PersonId person : objectors) {
            const ConsentResponse response = *round.latestResponse(person);
            m_objections << Objection{person,        response.text, round.number,
                                      round.version, response.at,   response.givenAfterMeeting,
                                      std::nullopt};
        }
        m_phase = P::IntegratingObjections;
    } else if (!round.awaitedAbsent().isEmpty()) {
        m_phase = P::Pending;
        m_outcomeAt = event.at;
    } else {
        m_phase = P::Adopted;
        m_decidedAt = m_outcomeAt = event.at;
        m_decidedAfterMeeting = false;
    }
    return {};
}

Result<void> ConsentProcess::applyIntegration(const ConsentEvent& event)
{
    const int round = m_rounds.isEmpty() ? 0 : lastRound().number;
    const auto objection = std::find_if(m_objections.begin(), m_objections.end(), [&](const Objection& o) {
        return o.round == round && o.person == event.person && !o.isIntegrated();
    });
    if (objection == m_objections.end())
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "This participant has no objection left to integrate.")};

    const ProposalVersion current = currentVersion();
    QString text = current.text;
    QDate reviewDate = current.reviewDate;
    QStringList indicators = current.indicators;
    switch (event.method) {
    case IntegrationMethod::None:
        return Error{
            QCoreApplication::translate("ConsentProcess", "Choose how the objection is integrated.")};
    case IntegrationMethod::ModifyProposal:
        if (event.text.trimmed().isEmpty() || event.text == current.text)
            return Error{QCoreApplication::translate(
                "ConsentProcess", "Enter the modified proposal: it must differ from the current text.")};
        text = event.text;
        break;
    case IntegrationMethod::ShortenTerm:
        if (!event.reviewDate.isValid() ||
            (current.reviewDate.isValid() && event.reviewDate >= current.reviewDate)) {
            return Error{
                QCoreApplication::translate("ConsentProcess",
                                            "The new review date must be earlier than the current one (%1).")
                    .arg(current.reviewDate.toString(Qt::ISODate))};
        }
        reviewDate = event.reviewDate;
        if (!event.text.trimmed().isEmpty())
            text = event.text;
        break;
    case IntegrationMethod::MeasureConcern:
        if (event.text.trimmed().isEmpty())
            return Error{QCoreApplication::translate(
                "ConsentProcess", "Describe the indicator that will measure the concern.")};
        indicators << event.text;
        break;
    }
    addVersion(text, reviewDate, indicators, event.at);
    objection->integration =
        Integration{event.method, event.at, currentVersion().number, event.text,
                    event.method == IntegrationMethod::ShortenTerm ? reviewDate : QDate()};
    return {};
}

} // namespace cercles
