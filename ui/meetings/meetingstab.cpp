#include "meetingstab.h"

#include "circles/circletreemodel.h"
#include "meetingspage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>

namespace cercles::ui {

MeetingsPage* addMeetingsTab(QTabWidget& tabs, QTreeView& circleTree, QMenuBar& menus, Document& document,
                             QUndoStack& stack, bool editable)
{
    auto* page = new MeetingsPage(document, stack, &tabs);
    page->setEditable(editable);
    tabs.addTab(page, MeetingsPage::tr("Meetings"));
    auto follow = [page, &circleTree] {
        page->setCircle(CircleTreeModel::circleAt(circleTree.currentIndex()));
    };
    QObject::connect(circleTree.selectionModel(), &QItemSelectionModel::currentChanged, page, follow);
    follow();

    // Owned by the page: deleting the page (closing the file) removes the menu from the bar.
    auto* menu = new QMenu(MeetingsPage::tr("&Meeting"), page);
    QAction* facilitate = menu->addAction(MeetingsPage::tr("&Facilitate…"));
    facilitate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QObject::connect(facilitate, &QAction::triggered, page, [page, &tabs] {
        tabs.setCurrentWidget(page);
        page->openFacilitation();
    });
    QAction* newMeeting = menu->addAction(MeetingsPage::tr("&New meeting…"));
    newMeeting->setEnabled(editable);
    QObject::connect(newMeeting, &QAction::triggered, page, [page, &tabs] {
        tabs.setCurrentWidget(page);
        page->newMeeting();
    });
    menus.addMenu(menu);
    return page;
}

} // namespace cercles::ui
