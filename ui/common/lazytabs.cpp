#include "lazytabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cercles::ui {

LazyTabs::LazyTabs(QTabWidget& tabs) : QObject(&tabs), m_tabs(tabs)
{
    connect(&tabs, &QTabWidget::currentChanged, this, &LazyTabs::onCurrentChanged);
}

int LazyTabs::add(const QString& title, Build build)
{
    auto* container = new QWidget(&m_tabs);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    const int index = m_tabs.addTab(container, title);
    m_lazy.append({container, std::move(build)});
    m_indexes.append(index);
    if (m_tabs.currentIndex() == index)
        page(index); // the first tab added is current at once
    return index;
}

QWidget* LazyTabs::page(int index)
{
    const qsizetype at = m_indexes.indexOf(index);
    if (at < 0)
        return m_tabs.widget(index);
    Tab& tab = m_lazy[at];
    if (!tab.page) {
        tab.page = tab.build(tab.container);
        tab.container->layout()->addWidget(tab.page);
        if (tab.container->isVisible())
            tab.page->show(); // a child added to a shown widget stays hidden until shown
        tab.build = nullptr;  // what it captured is not needed again
    }
    return tab.page;
}

QWidget* LazyTabs::show(int index)
{
    QWidget* built = page(index);
    m_tabs.setCurrentIndex(index);
    return built;
}

bool LazyTabs::isBuilt(int index) const
{
    const qsizetype at = m_indexes.indexOf(index);
    return at < 0 || m_lazy.at(at).page != nullptr;
}

QWidget* LazyTabs::container(int index) const
{
    return m_tabs.widget(index);
}

void LazyTabs::onCurrentChanged(int index)
{
    if (index >= 0)
        page(index);
}

} // namespace cercles::ui
