#include "lazytabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    if (m_tabs.currentIndex() == index)
        page(index); // the first tab added is current at once
    return index;
}

QWidget* LazyTabs::page(int index)
{
    QWidget* held = m_tabs.widget(index);
    const auto it =
        std::find_if(m_lazy.begin(), m_lazy.end(), [held](const Tab& t) { return t.container == held; });
    if (it == m_lazy.end())
        return held; // a tab added directly, built from the start
    Tab& tab = *it;
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
