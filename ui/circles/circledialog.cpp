#include "circledialog.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"
#include "common/formrows.h"

#include "consentruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {

constexpr int scopeIdRole = Qt::UserRole + 1;

} // namespace

CircleDialog::CircleDialog(const Organisation& org, const Circle& circle, QWidget* parent)
    : ApplyDialog(parent), m_original(circle), m_name(new QLineEdit(circle.name, this)),
      m_article(new QComboBox(this)), m_purpose(new QPlainTextEdit(circle.purpose, this)),
      m_parent(new QComboBox(this)), m_cadence(new QComboBox(this)), m_scope(new QListWidget(this)),
      m_newScopeItem(new QLineEdit(this)), m_operatingRules(new QPlainTextEdit(circle.operatingRules, this)),
      m_entryRule(new ConsentRuleEditor(this)), m_exitRule(new ConsentRuleEditor(this)),
      m_decisionRule(new ConsentRuleEditor(this))
{
    m_newScopeItem->setMaxLength(limits::name);
    m_name->setMaxLength(qMax(limits::name, int(m_name->text().size()))); // never cuts a stored name
    setWindowTitle(circle.id.isValid() ? tr("Edit circle") : tr("New circle"));

    m_article->addItem(tr("(none: the name alone)"), int(FrenchArticle::None));
    for (FrenchArticle article :
         {FrenchArticle::Le, FrenchArticle::La, FrenchArticle::Elided, FrenchArticle::Les})
        m_article->addItem(articleText(article), int(article));
    m_article->setCurrentIndex(std::max(0, m_article->findData(int(circle.article))));
    m_article->setToolTip(tr("How French sentences name the circle: “du Conseil de Coordination”, "
                             "“à l’Assemblée Populaire”."));

    m_parent->addItem(tr("(none: the root circle)"), QVariant::fromValue(CircleId()));
    for (const Circle& other : org.circles)
        if (other.id != circle.id)
            m_parent->addItem(other.name, QVariant::fromValue(other.id));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(QVariant::fromValue(circle.parent))));

    for (MeetingCadence cadence : {MeetingCadence::AsDecided, MeetingCadence::Weekly, MeetingCadence::Monthly,
                                   MeetingCadence::Quarterly, MeetingCadence::Yearly})
        m_cadence->addItem(cadenceName(cadence), int(cadence));
    m_cadence->setCurrentIndex(m_cadence->findData(int(circle.cadence)));

    for (const ScopeItem& item : circle.scope) {
        auto* row = new QListWidgetItem(item.text, m_scope);
        row->setData(scopeIdRole, item.id.value());
        row->setFlags(row->flags() | Qt::ItemIsEditable);
    }
    m_newScopeItem->setPlaceholderText(tr("New scope item, e.g. budget"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &CircleDialog::addScopeItem);
    connect(m_newScopeItem, &QLineEdit::returnPressed, this, &CircleDialog::addScopeItem);
    connect(remove, &QPushButton::clicked, this, &CircleDialog::removeScopeItem);
    auto* scopeButtons = new QHBoxLayout;
    scopeButtons->addWidget(m_newScopeItem, 1);
    scopeButtons->addWidget(add);
    scopeButtons->addWidget(remove);
    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_scope);
    scopeBox->addLayout(scopeButtons);

    m_entryRule->setRule(circle.entryRule);
    m_exitRule->setRule(circle.exitRule);
    m_decisionRule->setRule(circle.decisionRule);

    auto* redLines = new QVBoxLayout;
    for (PersonStatus status : allPersonStatuses) {
        auto* check = new QCheckBox(statusName(status), this);
        check->setChecked(circle.redLines.testFlag(status));
        m_redLines.insert(status, check);
        redLines->addWidget(check);
    }

    m_purpose->setTabChangesFocus(true);
    m_operatingRules->setTabChangesFocus(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("French ar&ticle:"), m_article);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("P&arent circle:"), m_parent);
    form->addRow(tr("&Meets:"), m_cadence);
    addLayoutRow(form, tr("Decision &scope:"), scopeBox, m_scope);
    form->addRow(tr("&Operating rules:"), m_operatingRules);
    form->addRow(tr("&Entry:"), m_entryRule);
    form->addRow(tr("E&xit:"), m_exitRule);
    form->addRow(tr("&Decisions:"), m_decisionRule);
    form->addRow(tr("Red lines (a member may not be):"), redLines);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CircleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CircleDialog::reject);
    // Enter in the scope item field adds the item; it must not press OK.
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    add->setAutoDefault(false);
    remove->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void CircleDialog::addScopeItem()
{
    const QString text = m_newScopeItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto* row = new QListWidgetItem(text, m_scope);
    row->setFlags(row->flags() | Qt::ItemIsEditable);
    m_newScopeItem->clear();
}

void CircleDialog::removeScopeItem()
{
    delete m_scope->currentItem();
}

Circle CircleDialog::circle() const
{
    Circle circle = m_original;
    circle.name = m_name->text().trimmed();
    circle.article = FrenchArticle(m_article->currentData().toInt());
    circle.purpose = m_purpose->toPlainText().trimmed();
    circle.parent = m_parent->currentData().value<CircleId>();
    circle.cadence = MeetingCadence(m_cadence->currentData().toInt());
    circle.scope.clear();
    for (int row = 0; row < m_scope->count(); ++row) {
        const QListWidgetItem* item = m_scope->item(row);
        const QString text = item->text().trimmed();
        if (!text.isEmpty())
            circle.scope.append(ScopeItem{ScopeItemId(item->data(scopeIdRole).toLongLong()), text});
    }
    circle.operatingRules = m_operatingRules->toPlainText().trimmed();
    circle.entryRule = m_entryRule->rule();
    circle.exitRule = m_exitRule->rule();
    circle.decisionRule = m_decisionRule->rule();
    circle.redLines = {};
    for (auto it = m_redLines.cbegin(); it != m_redLines.cend(); ++it)
        if (it.value()->isChecked())
            circle.redLines |= it.key();
    return circle;
}

} // namespace cercles::ui
