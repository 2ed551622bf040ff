#include "actionstab.h"

#include "actionspage.h"
#include "circles/circletreemodel.h"

#include <QTabWidget>
#include <QTreeView>

namespace cercles::ui {

ActionsPage* addActionsTab(QTabWidget& tabs, QTreeView& circleTree, Document& document, bool editable)
{
    auto* page = new ActionsPage(document, &tabs);
    page->setEditable(editable);
    tabs.addTab(page, ActionsPage::tr("Actions"));
    auto follow = [page, &circleTree] {
        page->setCircle(CircleTreeModel::circleAt(circleTree.currentIndex()));
    };
    QObject::connect(circleTree.selectionModel(), &QItemSelectionModel::currentChanged, page, follow);
    follow();
    return page;
}

} // namespace cercles::ui
