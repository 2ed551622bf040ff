#include "meetingstab.h"

#include "circles/circletreemodel.h"
#include "common/lazytabs.h"
#include "meetingspage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

namespace cercles::ui {

int addMeetingsTab(LazyTabs& tabs, QTreeView& circleTree, QMenuBar& menus, Document& document,
                   QUndoStack& stack, bool editable)
{
    const int index =
        tabs.add(MeetingsPage::tr("Meetings"), [&circleTree, &document, &stack, editable](QWidget* parent) {
            auto* page = new MeetingsPage(document, stack, parent);
            page->setEditable(editable);
            auto follow = [page, &circleTree] {
                page->setCircle(CircleTreeModel::circleAt(circleTree.currentIndex()));
            };
            QObject::connect(circleTree.selectionModel(), &QItemSelectionModel::currentChanged, page, follow);
            follow();
            return page;
        });
    const auto page = [&tabs, index] { return static_cast<MeetingsPage*>(tabs.show(index)); };

    // Owned by the tab's container: closing the file removes the menu from the bar.
    auto* menu = new QMenu(MeetingsPage::tr("&Meeting"), tabs.container(index));
    QAction* facilitate = menu->addAction(MeetingsPage::tr("&Facilitate…"));
    facilitate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QObject::connect(facilitate, &QAction::triggered, menu, [page] { page()->openFacilitation(); });
    QAction* newMeeting = menu->addAction(MeetingsPage::tr("&New meeting…"));
    newMeeting->setEnabled(editable);
    QObject::connect(newMeeting, &QAction::triggered, menu, [page] { page()->newMeeting(); });
    menus.addMenu(menu);
    return index;
}

} // namespace cercles::ui
