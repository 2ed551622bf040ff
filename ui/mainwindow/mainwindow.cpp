#include "mainwindow.h"

#include "common/redlinenotice.h"
#include "common/screenfit.h"

#include "actions/actionstab.h"
#include "circles/circleeditor.h"
#include "circles/circlepage.h"
#include "circles/circletreemodel.h"
#include "commands/renameorganisationcommand.h"
#include "commands/servicecommand.h"
#include "common/firstpaint.h"
#include "common/lazytabs.h"
#include "common/messages.h"
#include "common/plainlabel.h"
#include "common/settings.h"
#include "elections/mandatesview.h"
#include "help/aboutdialog.h"
#include "help/guidedialog.h"
#include "meetings/meetingstab.h"
#include "minutes/minutesactions.h"
#include "opendocument.h"
#include "people/peoplepage.h"
#include "people/personeditor.h"
#include "recentfiles.h"
#include "register/registerpage.h"
#include "services/demodata.h"
#include "services/document.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QPixmap>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Cercles organisation (*.cercles)");
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cercles");
    return path;
}

QString startFolder()
{
    const QStringList recent = RecentFiles::list();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_stack(new QStackedWidget(this)),
      m_banner(plainLabel()), m_saved(plainLabel())
{
    createActions();
    createMenus();

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette banner = m_banner->palette();
    banner.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    banner.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));
    m_banner->setPalette(banner);
    m_banner->setMargin(6);
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);
    setCentralWidget(central);
    statusBar()->addWidget(m_saved, 1);

    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::onUndoIndexChanged);
    resize(1100, 720);
    restoreGeometry(settings::get(settings::windowGeometry));
    restoreState(settings::get(settings::windowState));
    fitToScreen(this); // a geometry saved on a bigger screen (or grown by a long name) is clamped
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_verifier)
        m_verifier->wait(); // the check reads the file through its own connection; let it finish
    // Commands and pages refer to the service: they go before it.
    clearDocumentView();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { newFile(false); });
    m_newFromTemplateAction = new QAction(tr("New from &template (sociocratic association)…"), this);
    connect(m_newFromTemplateAction, &QAction::triggered, this, [this] { newFile(true); });
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveCopyAction = new QAction(tr("Save a &copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    // The group keeps the actions' texts and states; triggering them goes through undoStep() and redoStep(),
    // which let the stack move only once the file has changed (a refused undo loses no command).
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    disconnect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            undoStep(*m_undoStack, this);
    });
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    disconnect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            redoStep(*m_undoStack, this);
    });
    m_renameAction = new QAction(tr("Rename the &organisation…"), this);
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameOrganisation);

    m_newCircleAction = new QAction(tr("&New circle…"), this);
    connect(m_newCircleAction, &QAction::triggered, this, [this] {
        const CircleId id = m_circleEditor->newCircle(CircleId());
        if (id.isValid())
            showCircle(id);
    });
    m_newSubCircleAction = new QAction(tr("New &sub-circle…"), this);
    connect(m_newSubCircleAction, &QAction::triggered, this, [this] {
        const CircleId id = m_circleEditor->newCircle(currentCircle());
        if (id.isValid())
            showCircle(id);
    });
    m_editCircleAction = new QAction(tr("&Edit circle…"), this);
    connect(m_editCircleAction, &QAction::triggered, this,
            [this] { m_circleEditor->editCircle(currentCircle()); });
    m_removeCircleAction = new QAction(tr("&Remove circle…"), this);
    connect(m_removeCircleAction, &QAction::triggered, this,
            [this] { m_circleEditor->removeCircle(currentCircle()); });
    m_newPersonAction = new QAction(tr("New &person…"), this);
    connect(m_newPersonAction, &QAction::triggered, this, [this] { m_personEditor->newPerson(); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newFromTemplateAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    // Minutes and the decision register as documents (ui/minutes).
    connect(file->addAction(tr("&Minutes…")), &QAction::triggered, this, [this] {
        if (m_document)
            openMinutesDialog(this, *m_document);
    });
    connect(file->addAction(tr("Export the decision &register…")), &QAction::triggered, this, [this] {
        if (m_document)
            openRegisterExportDialog(this, *m_document);
    });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_renameAction);

    QMenu* organisation = menuBar()->addMenu(tr("&Organisation"));
    organisation->addAction(m_newCircleAction);
    organisation->addAction(m_newSubCircleAction);
    organisation->addAction(m_editCircleAction);
    organisation->addAction(m_removeCircleAction);
    organisation->addSeparator();
    organisation->addAction(m_newPersonAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QMenu* help = m_helpMenu;
    QAction* guide = help->addAction(tr("&User guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { GuideDialog(this).exec(); });
    QAction* about = help->addAction(tr("&About Cercles"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::showIcon()
{
    if (m_iconShown)
        return;
    m_iconShown = true;
    // Decoding the four PNGs costs 7 M instructions, a tenth of our start (issue 14): they are decoded
    // on the other core; the continuation runs here, and not at all once the window is gone.
    auto decoding = std::make_shared<QPromise<QList<QImage>>>();
    QFuture<QList<QImage>> decoded = decoding->future();
    QThreadPool::globalInstance()->start([decoding] {
        decoding->start();
        QList<QImage> images;
        for (int size : {32, 64, 128, 256})
            images << QImage(QStringLiteral(":/icons/org.cercles.Cercles-%1.png").arg(size));
        decoding->addResult(images);
        decoding->finish();
    });
    decoded.then(this, [this](const QList<QImage>& images) {
        QIcon icon;
        for (const QImage& image : images)
            icon.addPixmap(QPixmap::fromImage(image));
        setWindowIcon(icon);
    });
}

void MainWindow::showWelcome()
{
    if (isVisible())
        afterFirstPaint(this, [self = QPointer<MainWindow>(this)] {
            if (self)
                self->showIcon();
        });
    else
        showIcon();
    if (!m_welcome) {
        m_welcome = createWelcomePage();
        m_stack->addWidget(m_welcome);
    } else {
        m_welcome->refresh();
    }
    m_stack->setCurrentWidget(m_welcome);
    delete m_opening;
}

void MainWindow::showOpening(const QString& path)
{
    if (m_document)
        return;
    if (!m_opening) {
        m_opening = plainLabel(m_stack);
        m_opening->setAlignment(Qt::AlignCenter);
        m_opening->setWordWrap(true);
        m_stack->addWidget(m_opening);
    }
    m_opening->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_stack->setCurrentWidget(m_opening);
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (m_stack->count() == 0)
        showWelcome(); // nothing open and nothing being opened
    QMainWindow::showEvent(event);
}

WelcomePage* MainWindow::createWelcomePage()
{
    auto* welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(welcome, &WelcomePage::newFromTemplateRequested, m_newFromTemplateAction, &QAction::trigger);
    connect(welcome, &WelcomePage::openFileRequested, m_openAction, &QAction::trigger);
    connect(welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openFile);
    return welcome;
}

void MainWindow::openDemo()
{
    // The demo lives in the app's data folder, created once; the user's own files are never touched.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + QStringLiteral("/demo.cercles");
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(folder);
        if (Result<void> created = createDemoFile(path); !created) {
            messages::showError(this, created.error());
            return;
        }
    }
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    settings::set(settings::windowGeometry, saveGeometry());
    settings::set(settings::windowState, saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::openFile(const QString& path)
{
    Result<std::unique_ptr<Document>> document =
        Document::open(path, Database::Access::ReadWrite, Database::Check::Later);
    if (!document) {
        messages::showError(this, document.error());
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        if (!m_document)
            showWelcome();
        return false;
    }
    setDocument(std::move(document).value());
    // The recent list (a settings file written and synced) and the whole-file check wait until the file is
    // painted: on two cores they would otherwise delay the first paint.
    m_verifyDue = true;
    const auto afterwards = [self = QPointer<MainWindow>(this), path] {
        RecentFiles::add(path);
        if (self) {
            self->verifyInBackground();
            self->showIcon();
        }
    };
    if (isVisible())
        afterFirstPaint(this, afterwards);
    else
        afterwards();
    return true;
}

void MainWindow::verifyInBackground()
{
    m_verifyDue = false;
    if (!m_document)
        return;
    if (m_verifier)
        m_verifier->wait(); // one check at a time; the previous file's result is then ignored
    const QString path = m_db->path();
    const Document* checked = m_document;
    QPointer<MainWindow> self(this);
    m_saved->setText(tr("Checking the file…"));
    QThread* worker = QThread::create([self, path, checked] {
        const Document::FileVerification found = Document::verifyFile(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, checked, found] {
                if (self)
                    self->onVerified(checked, found);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_verifier = worker;
    worker->start(QThread::LowPriority);
}

void MainWindow::onVerified(const Document* checked, const Document::FileVerification& found)
{
    if (m_verifier && m_verifier->isFinished())
        m_verifier = nullptr;
    if (checked != m_document)
        return; // another file was opened meanwhile
    m_verifier = nullptr;
    // The record's seals are checked at every opening: an edit made behind Cercles' back is said as soon
    // as the check is done, in the banner.
    m_recordAltered = found.recordAltered;
    // What was saved meanwhile stays said; only the "Checking the file…" line is replaced.
    const bool stillChecking = m_saved->text() == tr("Checking the file…");
    if (found.sound) {
        if (stillChecking)
            m_saved->setText(found.recordAltered.isEmpty()
                                 ? tr("Opened %1").arg(QDir::toNativeSeparators(m_db->path()))
                                 : tr("Opened %1: the record was altered outside Cercles")
                                       .arg(QDir::toNativeSeparators(m_db->path())));
        showReadOnly();
    } else {
        m_db->refuseChanges(found.sound.error());
        showReadOnly();
        messages::showError(this, found.sound.error());
    }
    emit verified();
}

void MainWindow::showReadOnly()
{
    const bool readOnly = m_db && m_db->isReadOnly();
    QStringList banner;
    if (readOnly)
        banner << tr("Read-only: %1").arg(m_db->readOnlyReason());
    const bool altered = !m_recordAltered.isEmpty();
    if (altered)
        banner << tr("The record was altered outside Cercles: %1").arg(m_recordAltered);
    QPalette colours = m_banner->palette();
    colours.setColor(QPalette::Window, altered ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xf3, 0xcd));
    colours.setColor(QPalette::WindowText, altered ? QColor(0x72, 0x1c, 0x24) : QColor(0x66, 0x4d, 0x03));
    m_banner->setPalette(colours);
    m_banner->setWordWrap(true);
    m_banner->setVisible(!banner.isEmpty());
    m_banner->setText(banner.join(QLatin1Char('\n')));
    updateActions();
}

OrganisationService* MainWindow::service() const
{
    return m_document ? &m_document->organisation() : nullptr; // m_document: m_open's, or null
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    clearDocumentView();
    m_open = document ? std::make_unique<OpenDocument>(std::move(document)) : nullptr;
    m_document = m_open ? &m_open->document() : nullptr;
    m_undoStack = m_open ? &m_open->undoStack() : nullptr;
    if (m_undoStack) {
        m_undoGroup->addStack(m_undoStack);
        m_undoGroup->setActiveStack(m_undoStack);
    }
    m_service = service();
    m_db = m_document ? &m_document->database() : nullptr;
    if (m_document) {
        buildDocumentView();
        delete m_opening;
        m_saved->setText(tr("Opened %1").arg(QDir::toNativeSeparators(m_db->path())));
    } else {
        showWelcome();
        m_saved->clear();
    }
    m_recordAltered.clear(); // until the whole-file check (verifyInBackground) reports
    updateTitle();
    showReadOnly();
}

void MainWindow::buildDocumentView()
{
    m_circleEditor = new CircleEditor(*m_service, *m_undoStack, this);
    m_personEditor = new PersonEditor(*m_service, *m_undoStack, this);

    m_documentView = new QSplitter(Qt::Horizontal, m_stack);
    m_treeModel = new CircleTreeModel(m_service, m_documentView);
    m_treeView = new QTreeView(m_documentView);
    m_treeView->setModel(m_treeModel);
    m_treeView->setHeaderHidden(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_treeView->addActions({m_newSubCircleAction, m_editCircleAction, m_removeCircleAction});
    m_treeView->expandAll();

    // Only the circle page is built now; every other page is built the first time it is shown.
    m_tabs = new QTabWidget(m_documentView);
    m_lazyTabs = new LazyTabs(*m_tabs);
    const bool editable = !m_db->isReadOnly();
    m_circlePage = new CirclePage(*m_service, *m_circleEditor, m_tabs);
    m_circlePage->setEditable(editable);
    m_tabs->addTab(m_circlePage, tr("Circle"));
    m_peopleTab = m_lazyTabs->add(tr("People"), [this, editable](QWidget* parent) {
        auto* page = new PeoplePage(*m_service, *m_personEditor, parent);
        page->setEditable(editable);
        return page;
    });
    addMandatesTab(*m_lazyTabs, *m_service);
    // Meetings (ui/meetings): a tab following the selected circle, and the Meeting menu.
    addMeetingsTab(*m_lazyTabs, *m_treeView, *menuBar(), *m_document, *m_undoStack, editable);
    addActionsTab(*m_lazyTabs, *m_treeView, *m_document, editable);
    addRegisterTab(*m_lazyTabs, *m_document);
    // Help stays the last menu, after the menus the feature tabs add.
    menuBar()->removeAction(m_helpMenu->menuAction());
    menuBar()->addAction(m_helpMenu->menuAction());

    auto* splitter = static_cast<QSplitter*>(m_documentView);
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});

    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelection);
    // A change rebuilds the tree: expand it again and keep the shown circle selected.
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_treeView->expandAll();
        const CircleId shown = m_circlePage->circle();
        showCircle(m_service->organisation().circle(shown) ? shown : CircleId());
    });
    connect(m_service, &OrganisationService::changed, this, [this] {
        updateTitle();
        updateActions();
    });

    // Red lines broken anywhere stay in sight above every tab until they are resolved.
    m_redLineNotice = new RedLineNotice(*m_service, centralWidget());
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(1, m_redLineNotice);
    m_stack->addWidget(m_documentView);
    m_stack->setCurrentWidget(m_documentView);
    const QList<Circle>& circles = m_service->organisation().circles;
    showCircle(circles.isEmpty() ? CircleId() : circles.first().id);
}

void MainWindow::clearDocumentView()
{
    m_lastUndoIndex = 0; // the history goes with its document (setDocument replaces both)
    delete m_documentView;
    delete m_redLineNotice;
    delete m_circleEditor;
    delete m_personEditor;
    m_documentView = nullptr;
    m_redLineNotice = nullptr;
    m_treeView = nullptr;
    m_treeModel = nullptr;
    m_tabs = nullptr;
    m_lazyTabs = nullptr;
    m_circlePage = nullptr;
    m_circleEditor = nullptr;
    m_personEditor = nullptr;
}

void MainWindow::showCircle(CircleId id)
{
    if (!m_treeView)
        return;
    const QModelIndex index = m_treeModel->indexOf(id);
    if (index.isValid())
        m_treeView->setCurrentIndex(index);
    else
        m_treeView->selectionModel()->clearCurrentIndex();
    if (id != m_circlePage->circle()) // selecting it in the tree may have shown it already
        m_circlePage->setCircle(id);
}

void MainWindow::onTreeSelection()
{
    const CircleId id = CircleTreeModel::circleAt(m_treeView->currentIndex());
    if (id.isValid() && id != m_circlePage->circle()) {
        m_circlePage->setCircle(id);
        m_tabs->setCurrentWidget(m_circlePage);
    }
    updateActions();
}

PeoplePage* MainWindow::peoplePage() const
{
    return m_lazyTabs ? static_cast<PeoplePage*>(m_lazyTabs->page(m_peopleTab)) : nullptr;
}

CircleId MainWindow::currentCircle() const
{
    return m_circlePage ? m_circlePage->circle() : CircleId();
}

void MainWindow::updateTitle()
{
    if (!m_service) {
        setWindowTitle(tr("Cercles"));
        return;
    }
    const QString file = QFileInfo(m_db->path()).fileName();
    const QString name = m_service->organisation().name;
    QString title = name.isEmpty() ? file : tr("%1 — %2").arg(name, file);
    if (m_db->isReadOnly())
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool open = m_service != nullptr;
    const bool editable = open && !m_db->isReadOnly();
    const bool hasCircle = editable && m_service->organisation().circle(currentCircle());
    m_saveCopyAction->setEnabled(open);
    m_renameAction->setEnabled(editable);
    m_newCircleAction->setEnabled(editable);
    m_newSubCircleAction->setEnabled(hasCircle);
    m_editCircleAction->setEnabled(hasCircle);
    m_removeCircleAction->setEnabled(hasCircle);
    m_newPersonAction->setEnabled(editable);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& file : files) {
        // Action texts treat '&' as a mnemonic marker: double it so the path shows as it is.
        QString text = QDir::toNativeSeparators(file);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this,
            [] { RecentFiles::clear(); });
}

void MainWindow::onUndoIndexChanged(int index)
{
    // Every command has been committed to the file by the time the stack moves.
    // A cleared stack (a meeting closed) undid nothing: it says nothing new.
    if (!m_undoStack)
        return;
    const bool cleared = m_undoStack->count() == 0;
    if (!cleared && index > m_lastUndoIndex)
        m_saved->setText(tr("Saved: %1").arg(m_undoStack->text(index - 1)));
    else if (!cleared && index < m_lastUndoIndex)
        m_saved->setText(tr("Saved: undo of %1").arg(m_undoStack->text(index)));
    m_lastUndoIndex = index;
}

void MainWindow::newFile(bool fromTemplate)
{
    // The file is created at once, so an existing file must not be chosen: Database::create refuses it.
    const QString chosen = QFileDialog::getSaveFileName(
        this, fromTemplate ? tr("New organisation from the template") : tr("New organisation"), startFolder(),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    Result<std::unique_ptr<Database>> created = Database::create(path);
    if (!created) {
        messages::showError(this, created.error());
        return;
    }
    std::unique_ptr<Database> db = std::move(created).value();
    if (fromTemplate) {
        const Result<void> filled = importOrganisation(*db, templateOrganisation());
        if (!filled) {
            // Nothing was written (one transaction): remove the empty file rather than leave it behind.
            db.reset();
            QFile::remove(path);
            messages::showError(this, filled.error());
            return;
        }
    }
    setDocument(std::make_unique<Document>(std::move(db)));
    RecentFiles::add(m_db->path());
    if (!fromTemplate) {
        // A blank organisation starts with the file's name; the user can rename it later (undoable).
        const Result<void> named = m_service->setOrganisationName(QFileInfo(path).completeBaseName());
        if (!named)
            messages::showError(this, named.error());
    }
}

void MainWindow::open()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open an organisation"), startFolder(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save a copy"), startFolder(), fileFilter(),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    const Result<void> result = m_db->saveCopy(path);
    if (!result) {
        messages::showError(this, result.error());
        return;
    }
    m_saved->setText(tr("Copy saved: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::renameOrganisation()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the organisation"), tr("Name:"),
                                               QLineEdit::Normal, m_service->organisation().name, &ok);
    if (!ok)
        return;
    const Result<void> result = RenameOrganisationCommand::tryPush(*m_undoStack, *m_service, name);
    if (!result)
        messages::showError(this, result.error());
}

} // namespace cercles::ui
