#include "actionspage.h"

#include "actionsmodel.h"
#include "common/messages.h"
#include "export/exportfile.h"
#include "minutes/exportpaths.h"
#include "services/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

ActionsPage::ActionsPage(Document& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_model = new ActionsModel(document.meetings(), this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Actions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(ActionsModel::WhatColumn, QHeaderView::Stretch);
    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All actions"), QString());
    m_filter->addItem(tr("Open"), QStringLiteral("open"));
    m_filter->addItem(tr("Late"), QStringLiteral("late"));
    m_filter->addItem(tr("Done"), QStringLiteral("done"));
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_filter->currentData().toString()); });
    m_done = new QPushButton(tr("Mark &done"), this);
    connect(m_done, &QPushButton::clicked, this, &ActionsPage::toggleDone);
    m_export = new QPushButton(tr("Export to &CSV…"), this);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = askExportPath(this, tr("Export the actions"), tr("actions.csv"),
                                           tr("CSV (*.csv)"), QStringLiteral(".csv"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_done);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::updateButtons);
    updateButtons();
}

void ActionsPage::setCircle(CircleId circle)
{
    m_model->setCircle(circle);
}

void ActionsPage::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void ActionsPage::toggleDone()
{
    const ActionLine* line = m_model->lineAt(m_view->currentIndex().row());
    if (!line)
        return;
    const QDate doneOn = line->doneOn.isValid() ? QDate() : m_model->today();
    if (Result<void> r = m_document.meetings().setActionDone(line->id, doneOn); !r)
        messages::showError(this, r.error());
}

bool ActionsPage::exportCsv(const QString& path)
{
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (Result<void> r = writeFileAtomically(actionsCsv(m_model->lines(), m_model->today(), language), path);
        !r) {
        messages::showError(this, r.error());
        return false;
    }
    return true;
}

void ActionsPage::updateButtons()
{
    const ActionLine* line = m_model->lineAt(m_view->currentIndex().row());
    m_done->setEnabled(m_editable && line);
    m_done->setText(line && line->doneOn.isValid() ? tr("Mark &open again") : tr("Mark &done"));
    m_export->setEnabled(m_model->rowCount() > 0);
}

} // namespace cercles::ui
