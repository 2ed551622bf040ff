#include "mandateexpirymodel.h"

#include "common/plaintooltip.h"

#include "services/organisationservice.h"

#include <QBrush>
#include <QLocale>

namespace cercles::ui {

MandateExpiryModel::MandateExpiryModel(OrganisationService& service, QDate today, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_today(today.isValid() ? today : QDate::currentDate())
{
    m_expiries = mandateExpiries(m_service.organisation(), m_today);
    connect(&m_service, &OrganisationService::changed, this, &MandateExpiryModel::reload);
}

void MandateExpiryModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void MandateExpiryModel::reload()
{
    beginResetModel();
    m_expiries = mandateExpiries(m_service.organisation(), m_today);
    endResetModel();
}

const Mandate& MandateExpiryModel::mandateAt(int row) const
{
    const qsizetype soon = m_expiries.endingSoon.size();
    return row < soon ? m_expiries.endingSoon.at(row) : m_expiries.ended.at(row - soon);
}

int MandateExpiryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_expiries.endingSoon.size() + m_expiries.ended.size());
}

int MandateExpiryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MandateExpiryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mandate& m = mandateAt(index.row());
    const Organisation& org = m_service.organisation();
    const bool ended = m.end < m_today;
    if (role == MandateRole)
        return QVariant::fromValue(m.id);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(ended ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x5b, 0x00));
    if (role == Qt::ToolTipRole) // names and titles are user text: shown literally
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    const Role* r = org.role(m.role);
    switch (index.column()) {
    case PersonColumn: {
        const Person* p = org.person(m.person);
        return p ? p->name : QString();
    }
    case RoleColumn:
        return r ? r->name : QString();
    case CircleColumn: {
        const Circle* c = r ? org.circle(r->circle) : nullptr;
        return c ? c->name : QString();
    }
    case StartColumn:
        return QLocale().toString(m.start, QLocale::ShortFormat);
    case EndColumn:
        return QLocale().toString(m.end, QLocale::ShortFormat);
    case StatusColumn: {
        const qint64 days = m_today.daysTo(m.end);
        if (ended)
            return tr("Ended %n day(s) ago", nullptr, int(-days));
        if (days == 0)
            return tr("Ends today");
        return tr("Ends in %n day(s)", nullptr, int(days));
    }
    default:
        return {};
    }
}

QVariant MandateExpiryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case RoleColumn:
        return tr("Role");
    case CircleColumn:
        return tr("Circle");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cercles::ui
