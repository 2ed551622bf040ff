#include "welcomepage.h"

#include "common/plaintooltip.h"
#include "recentfiles.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
QPushButton* choice(const QString& text, const QString& accessibleDescription, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setMinimumHeight(button->sizeHint().height() * 2);
    button->setAccessibleName(text);
    button->setAccessibleDescription(accessibleDescription);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Welcome to Cercles"), this);
    title->setTextFormat(Qt::PlainText);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("Run sociocratic meetings and keep your organisation's governance record. "
                                "Everything stays in one file on this computer."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto* demo = choice(tr("Open the demo organisation"),
                        tr("A sample association with four circles, people and past meetings"), this);
    auto* templ = choice(tr("New organisation (template)\u2026"),
                         tr("The structure of a sociocratic association, without people"), this);
    auto* open = choice(tr("Open file\u2026"), tr("Open an organisation file (.cercles)"), this);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(templ, &QPushButton::clicked, this, &WelcomePage::newFromTemplateRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);

    auto* recentTitle = new QLabel(tr("Recent files"), this);
    recentTitle->setTextFormat(Qt::PlainText);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent files"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(intro->fontMetrics().height());
    column->addWidget(demo);
    column->addWidget(templ);
    column->addWidget(open);
    column->addSpacing(intro->fontMetrics().height());
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 1);

    // Centred column of readable width, whatever the window size.
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString& path : RecentFiles::list()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(info.fileName() + QStringLiteral("  \u2014  ") + info.absolutePath(),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(plainToolTip(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No recent files"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cercles::ui
