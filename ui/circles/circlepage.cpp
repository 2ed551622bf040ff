#include "circlepage.h"

#include "common/redlinenotice.h"

#include "circleeditor.h"
#include "common/plainlabel.h"
#include "mandatesmodel.h"
#include "membersmodel.h"
#include "services/organisationservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(140);
    view->setWordWrap(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

/// A form caption: our own text, but still plain so that no label on the page is ever rich text.
QLabel* caption(const QString& text)
{
    QLabel* label = plainLabel();
    label->setWordWrap(false);
    label->setText(text);
    return label;
}

QHBoxLayout* buttonRow(std::initializer_list<QPushButton*> buttons)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

} // namespace

CirclePage::CirclePage(OrganisationService& service, CircleEditor& editor, QWidget* parent)
    : QWidget(parent), m_service(service), m_editor(editor), m_name(plainLabel()), m_parent(plainLabel()),
      m_purpose(plainLabel()), m_cadence(plainLabel()), m_scope(new QListWidget),
      m_operatingRules(plainLabel()), m_entryRule(plainLabel()), m_exitRule(plainLabel()),
      m_decisionRule(plainLabel()), m_redLines(plainLabel()), m_members(new MembersModel(&service, this)),
      m_mandates(new MandatesModel(&service, this)), m_membersView(makeTable(m_members, nullptr)),
      m_mandatesView(makeTable(m_mandates, nullptr)), m_edit(new QPushButton(tr("&Edit circle…"))),
      m_addMember(new QPushButton(tr("Add &member…"))), m_endMember(new QPushButton(tr("E&nd membership…"))),
      m_removeMember(new QPushButton(tr("Delete membership"))),
      m_addMandate(new QPushButton(tr("Add m&andate…"))), m_editMandate(new QPushButton(tr("Edit mandate…"))),
      m_removeMandate(new QPushButton(tr("Delete mandate")))
{
    // A name is user text of any length, even one long word: it wraps and never widens the window (issue 9).
    for (QLabel* label : {m_name, m_parent})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont heading = m_name->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_name->setFont(heading);
    m_scope->setSelectionMode(QAbstractItemView::NoSelection);
    m_scope->setMaximumHeight(130);

    auto* form = new QFormLayout;
    form->addRow(caption(tr("Within:")), m_parent);
    form->addRow(caption(tr("Purpose:")), m_purpose);
    form->addRow(caption(tr("Meets:")), m_cadence);
    form->addRow(caption(tr("Decision scope:")), m_scope);
    form->addRow(caption(tr("Operating rules:")), m_operatingRules);
    form->addRow(caption(tr("Entry:")), m_entryRule);
    form->addRow(caption(tr("Exit:")), m_exitRule);
    form->addRow(caption(tr("Decisions:")), m_decisionRule);
    form->addRow(caption(tr("Red lines:")), m_redLines);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_edit);
    layout->addLayout(top);
    m_redLineNotice = new RedLineNotice(m_service, content);
    layout->addWidget(m_redLineNotice);
    layout->addLayout(form);
    auto* membersTitle = plainLabel();
    membersTitle->setText(tr("Members"));
    layout->addWidget(membersTitle);
    layout->addWidget(m_membersView);
    layout->addLayout(buttonRow({m_addMember, m_endMember, m_removeMember}));
    auto* mandatesTitle = plainLabel();
    mandatesTitle->setText(tr("Mandates"));
    layout->addWidget(mandatesTitle);
    layout->addWidget(m_mandatesView);
    layout->addLayout(buttonRow({m_addMandate, m_editMandate, m_removeMandate}));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_edit, &QPushButton::clicked, this, [this] { m_editor.editCircle(m_circle); });
    connect(m_addMember, &QPushButton::clicked, this, [this] { m_editor.addMember(m_circle); });
    connect(m_endMember, &QPushButton::clicked, this,
            [this] { m_editor.endMembership(selectedMembership()); });
    connect(m_removeMember, &QPushButton::clicked, this,
            [this] { m_editor.removeMembership(selectedMembership()); });
    connect(m_addMandate, &QPushButton::clicked, this, [this] { m_editor.addMandate(m_circle); });
    connect(m_editMandate, &QPushButton::clicked, this, [this] { m_editor.editMandate(selectedMandate()); });
    connect(m_removeMandate, &QPushButton::clicked, this,
            [this] { m_editor.removeMandate(selectedMandate()); });
    connect(m_membersView, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            m_editor.endMembership(selectedMembership());
    });
    connect(m_mandatesView, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            m_editor.editMandate(selectedMandate());
    });
    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CirclePage::updateButtons);
    connect(m_mandatesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CirclePage::updateButtons);
    connect(m_members, &QAbstractItemModel::modelReset, this, &CirclePage::updateButtons);
    connect(m_mandates, &QAbstractItemModel::modelReset, this, &CirclePage::updateButtons);
    connect(&service, &OrganisationService::changed, this, &CirclePage::refresh);
    refresh();
}

void CirclePage::setCircle(CircleId id)
{
    m_circle = id;
    m_members->setCircle(id);
    m_redLineNotice->setCircle(id);
    m_mandates->setCircle(id);
    refresh();
}

void CirclePage::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void CirclePage::refresh()
{
    const Organisation& org = m_service.organisation();
    const Circle* circle = org.circle(m_circle);
    const Circle empty;
    const Circle& shown = circle ? *circle : empty;
    const Circle* parent = org.circle(shown.parent);
    m_name->setText(shown.name);
    m_parent->setText(parent ? parent->name : (circle ? tr("(the root circle)") : QString()));
    m_purpose->setText(shown.purpose);
    m_cadence->setText(circle ? cadenceName(shown.cadence) : QString());
    m_scope->clear();
    for (const ScopeItem& item : shown.scope)
        m_scope->addItem(item.text);
    m_operatingRules->setText(shown.operatingRules);
    m_entryRule->setText(circle ? describeRule(shown.entryRule) : QString());
    m_exitRule->setText(circle ? describeRule(shown.exitRule) : QString());
    m_decisionRule->setText(circle ? describeRule(shown.decisionRule) : QString());
    m_redLines->setText(!circle ? QString() : shown.redLines ? statusNames(shown.redLines) : tr("none"));
    updateButtons();
}

void CirclePage::updateButtons()
{
    const bool has = m_editable && m_service.organisation().circle(m_circle);
    m_edit->setEnabled(has);
    m_addMember->setEnabled(has);
    m_addMandate->setEnabled(has);
    const bool member = has && selectedMembership().isValid();
    m_endMember->setEnabled(member);
    m_removeMember->setEnabled(member);
    const bool mandate = has && selectedMandate().isValid();
    m_editMandate->setEnabled(mandate);
    m_removeMandate->setEnabled(mandate);
}

MembershipId CirclePage::selectedMembership() const
{
    const QModelIndexList rows = m_membersView->selectionModel()->selectedRows();
    return rows.isEmpty() ? MembershipId() : m_members->membershipAt(rows.first().row()).id;
}

MandateId CirclePage::selectedMandate() const
{
    const QModelIndexList rows = m_mandatesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? MandateId() : m_mandates->mandateAt(rows.first().row()).id;
}

} // namespace cercles::ui
