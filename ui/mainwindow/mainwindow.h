#pragma once

#include "domain/ids.h"

#include "domain/result.h"
#include "services/document.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace cercles {
class Database;
class OrganisationService;
} // namespace cercles

namespace cercles::ui {

class CircleEditor;
class CirclePage;
class LazyTabs;
class OpenDocument;
class RedLineNotice;
class CircleTreeModel;
class PeoplePage;
class PersonEditor;
class WelcomePage;

/// The main window on one organisation file (or on nothing, with actions to open or create one):
/// the circle tree on the left, the circle page and the people page in tabs. Every edit goes through
/// the undo stack and is saved at once; a read-only file shows why in a banner and offers no edits.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Takes a path; opens the file (read-write if possible) and shows it. On failure shows the reason
    /// and returns false, keeping what was open. SQLite's whole-file check runs afterwards in a worker
    /// thread, so a long record shows at once; a damaged file is then reported and made read-only.
    bool openFile(const QString& path);
    /// Whether the whole-file check of the open file is still running.
    /// Whether the whole-file check of the open file is due or running (verified() follows).
    bool isVerifying() const { return m_verifyDue || m_verifier != nullptr; }

signals:
    /// The whole-file check of the open file is done (sound or not).
    void verified();

public:
    /// Takes an open document; shows it (replacing what was open). nullptr closes the file.
    void setDocument(std::unique_ptr<Document> document);

    /// The open file with its services, or nullptr.
    Document* document() const { return m_document; }
    /// The organisation service of the open file, or nullptr.
    OrganisationService* service() const;
    /// The open document's undo history (null while no file is open).
    QUndoStack* undoStack() const { return m_undoStack; }
    QTreeView* circleTree() const { return m_treeView; }
    CircleTreeModel* circleTreeModel() const { return m_treeModel; }
    CirclePage* circlePage() const { return m_circlePage; }
    /// The people page, built now if its tab was never shown (null while no file is open).
    PeoplePage* peoplePage() const;
    CircleEditor* circleEditor() const { return m_circleEditor; }
    PersonEditor* personEditor() const { return m_personEditor; }
    QLabel* readOnlyBanner() const { return m_banner; }
    /// The warning naming every member who breaks a red line (null while no file is open).
    RedLineNotice* redLineNotice() const { return m_redLineNotice; }
    QLabel* savedLabel() const { return m_saved; }
    /// Takes a circle id; selects it in the tree and shows its page.
    void showCircle(CircleId id);

    /// Takes the path of a file about to be opened (openFile follows once the window is painted); shows
    /// its name meanwhile instead of the welcome page, which is then never built.
    void showOpening(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Opens the demo organisation, creating it in the app's data folder the first time.
    void openDemo();
    void createActions();
    void createMenus();
    /// The welcome page (built the first time nothing is open), with the recent files.
    void showWelcome();
    WelcomePage* createWelcomePage();
    void buildDocumentView();
    void clearDocumentView();
    void updateTitle();
    void updateActions();
    void fillRecentMenu();
    void onUndoIndexChanged(int index);
    void onTreeSelection();
    void newFile(bool fromTemplate);
    void open();
    void saveCopy();
    void renameOrganisation();
    CircleId currentCircle() const;
    void verifyInBackground();
    /// Sets the window icon, once, after the window's content is first painted; its images are decoded on
    /// the other core (the desktop entry shows the same icon meanwhile).
    void showIcon();
    void onVerified(const Document* checked, const Document::FileVerification& found);
    void showReadOnly();

    std::unique_ptr<OpenDocument> m_open; ///< the open file and its undo history (null: none)
    // Shortcuts into m_open (null when nothing is open).
    Document* m_document = nullptr;
    QUndoStack* m_undoStack = nullptr;
    Database* m_db = nullptr;
    OrganisationService* m_service = nullptr;
    QUndoGroup* m_undoGroup; ///< Edit > Undo and Redo follow the open document's stack
    int m_lastUndoIndex = 0;
    bool m_verifyDue = false;     ///< the file was opened and its check waits for the first paint
    bool m_iconShown = false;     ///< showIcon has run
    QPointer<QThread> m_verifier; ///< the whole-file check of the open file, while it runs

    QStackedWidget* m_stack;
    WelcomePage* m_welcome = nullptr;
    QPointer<QLabel> m_opening; ///< "Opening …" until the file given at start is shown
    QMenu* m_helpMenu = nullptr;
    QWidget* m_documentView = nullptr;
    RedLineNotice* m_redLineNotice = nullptr;
    QTreeView* m_treeView = nullptr;
    CircleTreeModel* m_treeModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    CirclePage* m_circlePage = nullptr;
    LazyTabs* m_lazyTabs = nullptr;
    int m_peopleTab = -1;
    CircleEditor* m_circleEditor = nullptr;
    PersonEditor* m_personEditor = nullptr;
    QLabel* m_banner;
    QString m_recordAltered; ///< how the record was altered outside Cercles (first broken link), or empty
    QLabel* m_saved;

    QMenu* m_recentMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_newFromTemplateAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_newCircleAction = nullptr;
    QAction* m_newSubCircleAction = nullptr;
    QAction* m_editCircleAction = nullptr;
    QAction* m_removeCircleAction = nullptr;
    QAction* m_newPersonAction = nullptr;
};

} // namespace cercles::ui
