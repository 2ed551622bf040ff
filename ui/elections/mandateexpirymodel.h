#pragma once

#include "domain/mandateexpiry.h"

#include <QAbstractTableModel>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// The mandates to renew as a table (processes.md section 3, step 7): first those ending within 60 days,
/// soonest first, then those already ended, most recent first. Read-only; reloads when the organisation
/// changes.
class MandateExpiryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        CircleColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        ColumnCount
    };
    /// Data role holding the row's Mandate.
    static constexpr int MandateRole = Qt::UserRole + 1;

    /// Takes the organisation service (must outlive the model) and the day to count from (the organisation's
    /// local date; invalid: today).
    explicit MandateExpiryModel(OrganisationService& service, QDate today = {}, QObject* parent = nullptr);

    /// Takes a day; recounts from it.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    const MandateExpiries& expiries() const { return m_expiries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    const Mandate& mandateAt(int row) const;

    OrganisationService& m_service;
    QDate m_today;
    MandateExpiries m_expiries;
};

} // namespace cercles::ui
