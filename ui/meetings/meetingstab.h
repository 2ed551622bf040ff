#pragma once

class QMenuBar;
class QTreeView;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class LazyTabs;

/// The main window's hook for meetings, kept apart from the window's own code: takes the window's tabs,
/// its circle tree (a CircleTreeModel view), its menu bar, the open document, the undo stack and whether
/// the file can be changed; adds a "Meetings" tab showing the selected circle's meetings (built when first
/// shown) and a "Meeting" menu with "Facilitate…" (Ctrl+Shift+F) on the selected meeting. The menu is
/// owned by the tab's container and goes away with it. Returns the tab's index.
int addMeetingsTab(LazyTabs& tabs, QTreeView& circleTree, QMenuBar& menus, Document& document,
                   QUndoStack& stack, bool editable);

} // namespace cercles::ui
