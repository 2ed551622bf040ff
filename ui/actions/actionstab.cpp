#include "actionstab.h"

#include "actionspage.h"
#include "circles/circletreemodel.h"
#include "common/lazytabs.h"

#include <QTreeView>

namespace cercles::ui {

int addActionsTab(LazyTabs& tabs, QTreeView& circleTree, Document& document, bool editable)
{
    return tabs.add(ActionsPage::tr("Actions"), [&circleTree, &document, editable](QWidget* parent) {
        auto* page = new ActionsPage(document, parent);
        page->setEditable(editable);
        auto follow = [page, &circleTree] {
            page->setCircle(CircleTreeModel::circleAt(circleTree.currentIndex()));
        };
        QObject::connect(circleTree.selectionModel(), &QItemSelectionModel::currentChanged, page, follow);
        follow();
        return page;
    });
}

} // namespace cercles::ui
