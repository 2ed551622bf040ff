#pragma once

class QTreeView;

namespace cercles {
class Document;
}

namespace cercles::ui {

class LazyTabs;

/// The main window's hook for the actions list: takes the window's tabs, its circle tree (a
/// CircleTreeModel view), the open document and whether the file can be changed; adds an "Actions" tab
/// showing the selected circle's actions, built when first shown. Returns the tab's index.
int addActionsTab(LazyTabs& tabs, QTreeView& circleTree, Document& document, bool editable);

} // namespace cercles::ui
