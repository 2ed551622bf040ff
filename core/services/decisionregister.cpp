#include "decisionregister.h"

#include "document.h"
#include "domain/scopecheck.h"
#include "storage/consentrepository.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace cercles {

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

namespace {

QString scopeItemText(const Circle* circle, ScopeItemId id)
{
    if (!circle || !id.isValid())
        return {};
    for (const ScopeItem& item : circle->scope) {
        if (item.id == id)
            return item.text;
    }
    return {};
}

/// Folds a text for search: case, accents and ligatures (foldForComparison), and the typographic
/// apostrophe typed as a straight one ("l’été" and "l'ete" match).
QString foldForSearch(const QString& text)
{
    QString folded = foldForComparison(text);
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded;
}

QString personName(const Organisation& org, PersonId id)
{
    const Person* person = org.person(id);
    return person ? person->name : QString();
}

} // namespace

Result<QList<DecisionEntry>> loadRegister(Document& document, QDate today)
{
    const QSqlDatabase db = document.database().connection();
    const Organisation& org = document.organisation().organisation();
    auto ids = ConsentRepository::allProcesses(db);
    if (!ids)
        return Error{ids.error()};

    QHash<MeetingId, Meeting> meetings; // several processes share a meeting: load each once
    QList<DecisionEntry> entries;
    for (ConsentProcessId id : *ids) {
        // One damaged record is shown as damaged; the rest of the register is still read.
        const auto damaged = [&](const QString& why) {
            DecisionEntry e;
            e.process = id;
            e.damage = why;
            e.text = QCoreApplication::translate("DecisionRegister", "Damaged record (proposal %1): %2")
                         .arg(id.value())
                         .arg(why);
            entries << e;
        };
        auto stored = ConsentRepository::load(db, id);
        if (!stored) {
            damaged(stored.error());
            continue;
        }
        auto process = ConsentProcess::replay(stored->setup, stored->events);
        if (!process) {
            damaged(process.error());
            continue;
        }
        auto item = MeetingRepository::loadAgendaItem(db, stored->agendaItem);
        if (!item) {
            damaged(item.error());
            continue;
        }
        if (!meetings.contains(item->meeting)) {
            auto meeting = MeetingRepository::load(db, item->meeting);
            if (!meeting) {
                damaged(meeting.error());
                continue;
            }
            meetings.insert(item->meeting, *meeting);
        }
        const Meeting& meeting = meetings[item->meeting];
        const ConsentSetup& setup = process->setup();
        const ProposalVersion& current = process->currentVersion();
        const Circle* circle = org.circle(setup.circle);

        DecisionEntry e;
        e.process = id;
        e.kind = setup.kind;
        e.status = process->phase();
        e.circle = setup.circle;
        e.circleName = circle ? circle->name : QString();
        e.date = e.status == ConsentPhase::Adopted
                     ? process->decidedAt().toTimeZone(QTimeZone(meeting.timeZone)).date()
                     : meeting.localDate();
        e.meeting = meeting.id;
        e.agendaItem = item->id;
        e.title = item->title;
        e.text = current.text;
        e.proposalText = process->versions().constFirst().text;
        e.scopeItemText = scopeItemText(circle, setup.proposal.scopeItem);
        e.responsible = setup.proposal.responsible;
        e.responsibleName = personName(org, e.responsible);
        e.reviewDate = current.reviewDate;
        e.reviewDue = e.reviewDate.isValid() && e.reviewDate < today;
        e.personConcerned = setup.personConcerned;
        e.personConcernedName = personName(org, e.personConcerned);
        e.referredTo = process->referredTo();
        entries << e;
    }
    // allProcesses gives the start order; a decision adopted late (pending) keeps its place among its day.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const DecisionEntry& a, const DecisionEntry& b) { return a.date < b.date; });
    return entries;
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
