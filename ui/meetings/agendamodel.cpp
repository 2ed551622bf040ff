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
    // An outcome changes with what is recorded on the item: only the rows' outcomes are read again.
    const auto update = [this] {
        for (qsizetype i = 0; i < m_items.size() && m_consent; ++i) {
            const auto outcome = itemOutcome(m_items[i], *m_consent, m_elections, m_votes);
            if (outcome && *outcome != m_outcomes[i]) {
                m_outcomes[i] = *outcome;
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
        }
    };
    if (consent)
        connect(consent, &ConsentService::processChanged, this, update);
    if (elections)
        connect(elections, &ElectionService::electionChanged, this, update);
    if (votes)
        connect(votes, &VoteService::voteChanged, this, update);
    reload();
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
    for (const AgendaItem& item : std::as_const(m_items)) {
        const auto outcome = m_consent ? itemOutcome(item, *m_consent, m_elections, m_votes)
                                       : Result<AgendaItemState>(item.state);
        m_outcomes << (outcome ? *outcome : item.state);
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
        return person ? tr("%1 — %2").arg(item.title, person->name) : item.title;
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
