#include "participantsmodel.h"

#include "services/consentroundcontroller.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cercles::ui {

ParticipantsModel::ParticipantsModel(QObject* parent) : QAbstractListModel(parent) {}

void ParticipantsModel::setRound(const Organisation* org, const ConsentProcess* process, PersonId current)
{
    beginResetModel();
    m_org = org;
    m_people.clear();
    m_states.clear();
    m_current = current;
    if (process) {
        if (const SpeakingRound* speaking = process->currentSpeakingRound()) {
            for (PersonId person : speaking->order) {
                m_people << person;
                QString state = tr("to speak");
                for (const SpeakingTurn& turn : speaking->turns) {
                    if (turn.person != person)
                        continue;
                    if (turn.passed)
                        state = tr("passed");
                    else
                        state = speaking->phase == ConsentPhase::ClarifyingQuestions ? tr("asked")
                                                                                     : tr("reacted");
                }
                m_states << state;
            }
        } else if (const ConsentRound* round = process->currentRound();
                   round && (process->phase() == ConsentPhase::ConsentRound ||
                             process->phase() == ConsentPhase::Pending ||
                             process->phase() == ConsentPhase::IntegratingObjections ||
                             process->phase() == ConsentPhase::Adopted)) {
            for (PersonId person : round->eligible) {
                m_people << person;
                const ResponseKind kind = round->responseOf(person);
                QString state =
                    kind == ResponseKind::None
                        ? (round->isPresent(person) ? tr("to answer") : tr("absent, to answer later"))
                        : responseKindName(kind);
                // A changed answer shows every answer, the latest counting (issue 9).
                if (const QString story = ConsentRoundController::answerStory(*round, person);
                    !story.isEmpty())
                    state = tr("%1 (%2)").arg(responseKindName(kind), story);
                if (const auto latest = round->latestResponse(person); latest && latest->givenAfterMeeting)
                    state = tr("%1 (given after the meeting)").arg(state);
                m_states << state;
            }
        }
    }
    endResetModel();
}

int ParticipantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant ParticipantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonId person = m_people[index.row()];
    const bool current = person == m_current && m_current.isValid();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const Person* p = m_org ? m_org->person(person) : nullptr;
        const QString name = p ? p->name : QString();
        return current ? tr("▶ %1 — %2").arg(name, m_states[index.row()])
                       : tr("%1 — %2").arg(name, m_states[index.row()]);
    }
    case PersonRole:
        return QVariant::fromValue(person);
    case CurrentRole:
        return current;
    case StateRole:
        return m_states[index.row()];
    case Qt::BackgroundRole:
        return current ? QVariant(QBrush(QColor(0x1d, 0x4e, 0xd8))) : QVariant();
    case Qt::ForegroundRole:
        return current ? QVariant(QBrush(Qt::white)) : QVariant();
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace cercles::ui
