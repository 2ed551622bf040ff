#pragma once

class QMenuBar;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class MeetingsPage;

/// The main window's hook for meetings, kept apart from the window's own code: takes the window's tabs,
/// its circle tree (a CircleTreeModel view), its menu bar, the open document, the undo stack and whether
/// the file can be changed; adds a "Meetings" tab showing the selected circle's meetings and a "Meeting"
/// menu with "Facilitate…" (Ctrl+Shift+F) on the selected meeting. The tab and the menu are owned by the
/// page and go away with it. Returns the page.
MeetingsPage* addMeetingsTab(QTabWidget& tabs, QTreeView& circleTree, QMenuBar& menus, Document& document,
                             QUndoStack& stack, bool editable);

} // namespace cercles::ui
