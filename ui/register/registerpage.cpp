#include "registerpage.h"

#include "common/fieldlimits.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "registermodel.h"
#include "services/consentservice.h"
#include "services/document.h"
#include "services/organisationservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
/// The statuses offered in the filter, in the order of the process (outcomes first: what people look for).
constexpr ConsentPhase filterStatuses[] = {ConsentPhase::Adopted, ConsentPhase::Pending,
                                           ConsentPhase::Deferred, ConsentPhase::ReferredToParent,
                                           ConsentPhase::Withdrawn};
} // namespace

RegisterPage::RegisterPage(Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new RegisterModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setMaxLength(limits::search);
    m_search->setPlaceholderText(tr("Search the decisions (accents and case ignored)"));
    m_search->setAccessibleName(tr("Search the decisions"));
    m_search->setClearButtonEnabled(true);
    m_circle = new QComboBox(this);
    m_circle->setAccessibleName(tr("Circle"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (ConsentPhase phase : filterStatuses)
        m_status->addItem(phaseName(phase), phaseKey(phase));
    m_status->addItem(tr("In progress"), QStringLiteral("in-progress"));
    m_reviewDue = new QCheckBox(tr("Review due only"), this);
    m_count = plainLabel(this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Decision register"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RegisterModel::Text, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_circle, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_reviewDue);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::applyFilter);
    connect(m_circle, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_reviewDue, &QCheckBox::toggled, this, &RegisterPage::applyFilter);
    connect(&document.consent(), &ConsentService::processChanged, this, &RegisterPage::reload);
    connect(&document.organisation(), &OrganisationService::changed, this, [this] {
        fillCircles();
        reload();
    });
    fillCircles();
    reload();
}

void RegisterPage::fillCircles()
{
    const qint64 current = m_circle->currentData().toLongLong();
    const QSignalBlocker blocker(m_circle);
    m_circle->clear();
    m_circle->addItem(tr("All circles"), qint64(0));
    for (const Circle& c : m_document.organisation().organisation().circles)
        m_circle->addItem(c.name, c.id.value());
    m_circle->setCurrentIndex(std::max(0, m_circle->findData(current)));
}

void RegisterPage::reload()
{
    Result<QList<DecisionEntry>> loaded = loadRegister(m_document, QDate::currentDate());
    if (!loaded) {
        messages::showError(this, loaded.error());
        return;
    }
    m_all = std::move(loaded).value();
    applyFilter();
}

RegisterFilter RegisterPage::filter() const
{
    RegisterFilter f;
    f.circle = CircleId(m_circle->currentData().toLongLong());
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("in-progress")) {
        for (ConsentPhase phase : allConsentPhases) {
            DecisionEntry probe;
            probe.status = phase;
            if (probe.isInProgress())
                f.statuses << phase;
        }
    } else if (const auto phase = phaseFromKey(status)) {
        f.statuses << *phase;
    }
    f.reviewDueOnly = m_reviewDue->isChecked();
    f.search = m_search->text();
    return f;
}

void RegisterPage::applyFilter()
{
    m_model->setEntries(filterRegister(m_all, filter()));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RegisterModel::Text, QHeaderView::Stretch);
    m_count->setText(tr("%n decision(s) shown of %1", nullptr, m_model->rowCount()).arg(m_all.size()));
}

RegisterPage* addRegisterTab(QTabWidget& tabs, Document& document)
{
    auto* page = new RegisterPage(document, &tabs);
    tabs.addTab(page, RegisterPage::tr("Decision register"));
    return page;
}

} // namespace cercles::ui
