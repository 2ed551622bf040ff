#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTabWidget;
class QWidget;

namespace cercles::ui {

/// Tabs whose pages are built the first time they are shown, so a file opens with only the page in
/// front built (issue 14: on a decade of history the other pages each read thousands of rows). Each tab
/// holds a container from the start; the page is built into it when the tab becomes current, or when
/// page() asks for it (a menu action acting on the page).
class LazyTabs : public QObject
{
public:
    using Build = std::function<QWidget*(QWidget* parent)>;

    /// Takes the tab widget (which owns every container, and this object).
    explicit LazyTabs(QTabWidget& tabs);

    /// Takes the tab's title and what builds its page (given its parent); returns the tab's index.
    int add(const QString& title, Build build);
    /// Takes a tab index from add(); returns its page, built now if it was not yet.
    QWidget* page(int index);
    /// Takes a tab index from add(); brings it to the front and returns its page.
    QWidget* show(int index);
    /// Takes a tab index from add(); the widget the tab holds from the start (its page's parent).
    QWidget* container(int index) const;

private:
    void onCurrentChanged(int index);

    QTabWidget& m_tabs;
    struct Tab
    {
        QWidget* container;
        Build build;
        QWidget* page = nullptr;
    };
    QList<Tab> m_lazy;
};

} // namespace cercles::ui
