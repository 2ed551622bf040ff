#include "agendamodel.h"

#include "common/plaintooltip.h"

#include "common/greyed.h"
#include "services/consentservice.h"
#include "services/electionservice.h"
#include "services/itemoutcomes.h"
#include "services/meetingservice.h"
#include "services/organisationservice.h"
#include "services/voteservice.h"

namespace cercles::ui {

AgendaModel::AgendaModel(MeetingService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (service) {
        connect(service, &MeetingService::meetingChanged, this, [this](MeetingId id) {
            if (id == m_meeting)
                reload();
        });
        connect(service, &MeetingService::meetingsChanged, this, &AgendaModel::reload);
    }
}

void AgendaModel::setOutcomeServices(ConsentService* consent, ElectionService* elections, VoteService* votes)
{
    m_consent = consent;
    m_elections = elections;
    m_votes = votes;
    // An outcome changes with what is recorded on the item: only the row of the process, election or vote
    // that changed is read again (and the rows that had none yet, where it may have started). Reading
    // every row's again cost most of recording an answer (issue 14).
    const auto update = [this](qint64 changed, bool (*concerns)(AgendaItemKind)) {
        for (qsizetype i = 0; i < m_items.size() && m_consent; ++i) {
            if (!concerns(m_items[i].kind) || (m_subjects[i] != 0 && m_subjects[i] != changed))
                continue;
            const AgendaItemState before = m_outcomes[i];
            refreshOutcome(i);
            if (m_outcomes[i] != before)
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    };
    if (consent)
        connect(consent, &ConsentService::processChanged, this,
                [update](ConsentProcessId id) { update(id.value(), isConsentKind); });
    if (elections)
        connect(elections, &ElectionService::electionChanged, this, [update](ElectionId id) {
            update(id.value(), [](AgendaItemKind k) { return k == AgendaItemKind::Election; });
        });
    if (votes)
        connect(votes, &VoteService::voteChanged, this, [update](VoteId id) {
            update(id.value(), [](AgendaItemKind k) { return k == AgendaItemKind::MajorityJudgmentVote; });
        });
    reload();
}

void AgendaModel::refreshOutcome(qsizetype row)
{
    const AgendaItem& item = m_items[row];
    qint64 subject = 0;
    if (isConsentKind(item.kind)) {
        if (const Result<ConsentProcessId> p = m_consent->processOf(item.id))
            subject = p->value();
    } else if (item.kind == AgendaItemKind::Election && m_elections) {
        if (const Result<ElectionId> e = m_elections->electionOf(item.id))
            subject = e->value();
    } else if (item.kind == AgendaItemKind::MajorityJudgmentVote && m_votes) {
        if (const Result<VoteId> v = m_votes->voteOf(item.id))
            subject = v->value();
    }
    m_subjects[row] = subject;
    const Result<AgendaItemState> outcome = itemOutcome(item, *m_consent, m_elections, m_votes);
    m_outcomes[row] = outcome ? *outcome : item.state;
}

AgendaItemState AgendaModel::outcomeAt(int row) const
{
    return row >= 0 && row < m_outcomes.size() ? m_outcomes[row] : AgendaItemState::Planned;
}

void AgendaModel::setMeeting(MeetingId meeting)
{
    m_meeting = meeting;
    reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_service && m_meeting.isValid()) {
        if (auto meeting = m_service->meeting(m_meeting))
            m_items = meeting->agenda;
    }
    m_outcomes.clear();
    m_subjects.fill(0, m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        m_outcomes << m_items[i].state;
        if (m_consent)
            refreshOutcome(i);
    }
    endResetModel();
}

const AgendaItem* AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AgendaModel::rowOf(AgendaItemId id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = m_items[index.row()];
    if (role == IdRole)
        return QVariant::fromValue(item.id);
    const AgendaItemState outcome = m_outcomes.value(index.row(), item.state);
    if (role == Qt::ForegroundRole &&
        (outcome == AgendaItemState::Deferred || outcome == AgendaItemState::Referred))
        return greyedForeground();
    if (role == Qt::ToolTipRole) // names and titles are user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case TitleColumn: {
        const Person* person = item.personConcerned.isValid()
                                   ? m_service->organisation().organisation().person(item.personConcerned)
                                   : nullptr;
        // The person is named once: a title that already names them ("Sortie de Lina Martin") stays as is.
        if (!person || item.title.contains(person->name, Qt::CaseInsensitive))
            return item.title;
        return tr("%1 — %2").arg(item.title, person->name);
    }
    case KindColumn:
        return agendaKindName(item.kind);
    case StateColumn:
        return agendaStateName(outcome);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace cercles::ui
