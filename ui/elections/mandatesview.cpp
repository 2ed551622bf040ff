#include "mandatesview.h"

#include "common/lazytabs.h"
#include "common/plainlabel.h"
#include "mandateexpirymodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

MandatesView::MandatesView(OrganisationService& service, QDate today, QWidget* parent)
    : QWidget(parent), m_model(new MandateExpiryModel(service, today, this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary = plainLabel(this);
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MandatesView::updateSummary);
    updateSummary();
}

void MandatesView::updateSummary()
{
    const int soon = int(m_model->expiries().endingSoon.size());
    const int ended = int(m_model->expiries().ended.size());
    if (soon == 0 && ended == 0) {
        m_summary->setText(
            tr("No mandate ends within %n day(s), and none has ended.", nullptr, mandateWarningDays));
        return;
    }
    m_summary->setText(tr("%1 within %2 days; %3. Hold an election without candidates before a mandate ends.")
                           .arg(tr("%n mandate(s) end", nullptr, soon))
                           .arg(mandateWarningDays)
                           .arg(tr("%n already ended", nullptr, ended)));
}

int addMandatesTab(LazyTabs& tabs, OrganisationService& service)
{
    return tabs.add(MandatesView::tr("&Mandates"),
                    [&service](QWidget* parent) { return new MandatesView(service, {}, parent); });
}

} // namespace cercles::ui
