#include "peoplepage.h"

#include "common/redlinenotice.h"
#include "peoplemodel.h"
#include "personeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

PeoplePage::PeoplePage(OrganisationService& service, PersonEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new PeopleModel(&service, this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&New person…"), this)),
      m_edit(new QPushButton(tr("&Edit person…"), this)),
      m_remove(new QPushButton(tr("&Remove person…"), this)),
      m_redLineNotice(new RedLineNotice(service, this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Columns are sized from the first rows only: a decade's people would otherwise all be laid out.
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_redLineNotice);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const PersonId id = m_editor.newPerson();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->selectRow(row);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_editor.editPerson(selectedPerson()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_editor.removePerson(selectedPerson()); });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            m_editor.editPerson(selectedPerson());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    m_view->resizeColumnsToContents();
    updateButtons();
}

void PeoplePage::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

PersonId PeoplePage::selectedPerson() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? PersonId() : rows.first().data(PeopleModel::PersonIdRole).value<PersonId>();
}

void PeoplePage::updateButtons()
{
    m_add->setEnabled(m_editable);
    const bool selected = m_editable && selectedPerson().isValid();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace cercles::ui
