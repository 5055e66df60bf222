// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include "Dialogs.h"
#include "ErrorText.h"
#include "HistoryVerifier.h"
#include "HomePage.h"
#include "LanguageManager.h"
#include "NavigationTree.h"
#include "NewProjectDialog.h"
#include "PageFrame.h"
#include "PageRegistry.h"
#include "ProjectSession.h"
#include "RoleText.h"
#include "ReportsMenu.h"
#include "cnms/core/Version.h"
#include "cnms/security/Session.h"
#include "cnms/storage/Users.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::gui {
namespace {
const QString kHome = QStringLiteral("home");
const QString kFilter = QStringLiteral("*.cnms");
}  // namespace

MainWindow::MainWindow(Dialogs& dialogs, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent),
      m_dialogs(dialogs),
      m_languages(languages),
      m_registry(PageRegistry::builtin()),
      m_splitter(new QSplitter(this)),
      m_navigation(new NavigationTree(m_registry, ClauseCatalogue::shipped(), m_splitter)),
      m_stack(new QStackedWidget(m_splitter)),
      m_home(new HomePage(m_stack)),
      m_pathLabel(new QLabel(this)),
      m_schemaLabel(new QLabel(this)),
      m_readOnlyLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_verifyLabel(new QLabel(this)),
      m_verifier(new HistoryVerifier(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_stack->addWidget(m_home);
    m_stack->setContentsMargins(20, 16, 20, 12);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 950});
    m_navigation->setMinimumWidth(220);
    setCentralWidget(m_splitter);

    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    statusBar()->addWidget(m_pathLabel, 1);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    statusBar()->addPermanentWidget(m_verifyLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    connect(m_verifier, &HistoryVerifier::finished, this, [this] { showVerification(true); });
    statusBar()->addPermanentWidget(m_schemaLabel);

    createActions();
    createMenus();

    connect(m_navigation, &NavigationTree::pageSelected, this, &MainWindow::showPage);
    connect(m_home, &HomePage::pageRequested, this, &MainWindow::showPage);
    connect(m_home, &HomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_home, &HomePage::openProjectRequested, this, &MainWindow::openProjectFromDialog);

    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    retranslate();
    updateProjectState();
    showPage(kHome);
}

MainWindow::~MainWindow() {
    // Pages refer to the session: drop them first.
    qDeleteAll(m_pages);
    m_pages.clear();
}

void MainWindow::createActions() {
    m_newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);

    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectFromDialog);

    m_saveCopyAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // The languages are named in themselves, so that a user who cannot read the current one finds theirs.
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setData(QStringLiteral("en"));
    for (auto* action : m_languageGroup->actions()) action->setCheckable(true);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString language = action->data().toString();
        if (m_languages.apply(language)) LanguageManager::remember(language);
    });

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/cnms.svg")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    // The Reports menu retranslates itself and enables its entries while a project is open.
    menuBar()->addMenu(new ReportsMenu([this] { return m_session.get(); }, this));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveCopyAction);
    m_toolBar->addSeparator();
    installUndoActions();
}

void MainWindow::installUndoActions() {
    // createUndoAction fixes its prefix when called, so the actions are made again for each
    // session and each language.
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    if (m_session) {
        undo = m_session->undoStack()->createUndoAction(this, tr("Undo"));
        redo = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    } else {
        undo = new QAction(tr("Undo"), this);
        redo = new QAction(tr("Redo"), this);
        undo->setEnabled(false);
        redo->setEnabled(false);
    }
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    undo->setShortcut(QKeySequence(QStringLiteral("Ctrl+Z")));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    if (m_undoAction) {
        m_editMenu->insertAction(m_undoAction, undo);
        m_editMenu->insertAction(m_redoAction, redo);
        m_toolBar->insertAction(m_undoAction, undo);
        m_toolBar->insertAction(m_redoAction, redo);
        delete m_undoAction;  // deleting an action removes it from every menu and tool bar
        delete m_redoAction;
    } else {
        m_editMenu->addAction(undo);
        m_editMenu->addAction(redo);
        m_toolBar->addAction(undo);
        m_toolBar->addAction(redo);
    }
    m_undoAction = undo;
    m_redoAction = redo;
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recent.list();
    for (const QString& file : files) {
        auto* action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openProject(file); });
    }
    if (files.isEmpty()) m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    auto* clear = m_recentMenu->addAction(tr("Clear the list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] { m_recent.clear(); });
}

bool MainWindow::openProject(const QString& path) {
    using Kind = storage::ProjectFileError::Kind;
    try {
        std::unique_ptr<ProjectSession> session;
        try {
            session = ProjectSession::open(path);
        } catch (const storage::ProjectFileError& e) {
            if (e.kind() == Kind::Locked) {
                // Another program writes to it: reading is safe (SQLite's WAL), writing would lose someone's edits.
                session = ProjectSession::open(path, true);
                m_dialogs.information(this, tr("Open project"), ErrorText::projectFile(e) + QStringLiteral("\n\n") +
                                                                     tr("The project was opened read-only."));
            } else if (e.kind() == Kind::Damaged && offerRestore(path, e)) {
                session = ProjectSession::open(path);
            } else {
                throw;
            }
        }
        if (security::sessionOf(session->store()).mode() == security::Session::Mode::SignedOut && !signIn(*session))
            return false;
        setSession(std::move(session));
    } catch (const storage::ProjectFileError& e) {
        spdlog::warn("refused to open {}: {}", path.toStdString(), e.what());
        if (e.kind() == storage::ProjectFileError::Kind::NotFound) m_recent.remove(path);
        m_dialogs.critical(this, tr("Open project"), ErrorText::projectFile(e));
        return false;
    } catch (...) {
        m_dialogs.critical(this, tr("Open project"), ErrorText::exception(std::current_exception()));
        return false;
    }
    m_recent.add(path);
    return true;
}

bool MainWindow::offerRestore(const QString& path, const storage::ProjectFileError& error) {
    const auto backups = storage::listBackups(path.toStdString());
    if (backups.empty()) return false;
    const auto& newest = backups.front();
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(newest.modifiedUnix), QLocale::ShortFormat);
    const QString text =
        ErrorText::projectFile(error) + QStringLiteral("\n\n") +
        tr("The newest backup of this project is %1, saved %2. Restore it? Changes made after the backup are lost; "
           "the damaged file is kept beside it as \"%3\".")
            .arg(QDir::toNativeSeparators(QString::fromStdString(newest.path)), when,
                 QFileInfo(path).fileName() + QStringLiteral(".damaged-…"));
    if (!m_dialogs.confirm(this, tr("Damaged project"), text, tr("Restore backup"))) return false;
    storage::restoreProject(path.toStdString(), newest.path);
    spdlog::warn("restored {} from {}", path.toStdString(), newest.path);
    return true;
}

void MainWindow::setSession(std::unique_ptr<ProjectSession> session) {
    const QString current = currentPageId();
    m_stack->setCurrentWidget(m_home);
    qDeleteAll(m_pages);
    m_pages.clear();
    m_home->setSession(nullptr);
    m_session = std::move(session);
    if (m_session) {
        connect(m_session.get(), &ProjectSession::commandFailed, this,
                [this](const QString& message) { m_dialogs.warning(this, tr("Undo"), message); });
        connect(m_session.get(), &ProjectSession::organizationChanged, this, &MainWindow::updateProjectState);
    }
    m_home->setSession(m_session.get());
    m_navigation->setProjectOpen(m_session != nullptr);
    if (m_session) m_verifier->start(m_session->path());
    else m_verifier->clear();
    showVerification(false);
    installUndoActions();
    updateProjectState();
    if (!showPage(current)) showPage(kHome);
}

void MainWindow::closeProject() { setSession(nullptr); }

bool MainWindow::signIn(ProjectSession& session) {
    const QString project = QFileInfo(session.path()).fileName();
    QString problem;
    for (;;) {
        std::optional<Credentials> credentials;
        if (m_signInPrompt) {
            credentials = m_signInPrompt(project, problem);
        } else {
            SignInDialog dialog(project, this);
            dialog.setProblem(problem);
            if (dialog.exec() == QDialog::Accepted) credentials = dialog.credentials();
        }
        if (!credentials) return false;
        try {
            storage::userService(session.store())
                .signIn(credentials->user.toStdString(), credentials->password.toStdString());
            spdlog::info("{} signed in to {}", credentials->user.toStdString(), session.path().toStdString());
            return true;
        } catch (const RefusedError&) {
            problem = ErrorText::exception(std::current_exception());
        }
    }
}

bool MainWindow::showPage(const QString& id) {
    QWidget* target = nullptr;
    if (id == kHome) {
        target = m_home;
    } else if (auto* frame = m_pages.value(id)) {
        target = frame;
    } else if (const PageSpec* spec = m_registry.find(id); spec && m_session) {
        auto* created = new PageFrame(*spec, spec->create(PageContext{*m_session, m_dialogs, [this](const QString& page) { return showPage(page); }}, nullptr), m_stack);
        m_stack->addWidget(created);
        m_pages.insert(id, created);
        target = created;
    }
    if (!target) return false;
    m_stack->setCurrentWidget(target);
    m_navigation->selectPage(id);
    return true;
}

QString MainWindow::currentPageId() const {
    QWidget* current = m_stack->currentWidget();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (it.value() == current) return it.key();
    return kHome;
}

QWidget* MainWindow::page(const QString& id) const {
    if (id == kHome) return m_home;
    auto* frame = m_pages.value(id);
    return frame ? frame->content() : nullptr;
}

NewProjectDialog* MainWindow::newProject() {
    auto* dialog = new NewProjectDialog(m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto session = dialog->takeSession();
        if (!session) return;
        m_recent.add(session->path());
        setSession(std::move(session));
        showPage(QStringLiteral("organization"));
    });
    dialog->open();
    return dialog;
}

void MainWindow::openProjectFromDialog() {
    QString directory = m_session ? QFileInfo(m_session->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_dialogs.openFileName(this, tr("Open project"), directory,
                                          tr("CNMS projects (%1);;All files (*)").arg(kFilter));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::saveCopy() {
    if (!m_session) return;
    QFileInfo current(m_session->path());
    QString suggested = current.absoluteDir().filePath(tr("%1 copy.cnms").arg(current.completeBaseName()));
    QString path = m_dialogs.saveFileName(this, tr("Save a copy"), suggested, tr("CNMS projects (%1)").arg(kFilter));
    if (path.isEmpty()) return;
    try {
        m_session->saveCopyTo(path);
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (...) {
        m_dialogs.critical(this, tr("Save a copy"), ErrorText::exception(std::current_exception()));
    }
}

void MainWindow::backUp() {
    if (!m_session) return;
    try {
        const auto backup = storage::backupProject(m_session->path().toStdString());
        statusBar()->showMessage(
            tr("Backed up to %1").arg(QDir::toNativeSeparators(QString::fromStdString(backup))), 8000);
    } catch (...) {
        m_dialogs.critical(this, tr("Back up"), ErrorText::exception(std::current_exception()));
    }
}

void MainWindow::about() {
    m_dialogs.about(this, tr("About CNMS Workbench"),
                    tr("<h3>CNMS Workbench %1</h3>"
                       "<p>碳中和管理体系工作台</p>"
                       "<p>Runs an industrial organization's carbon neutrality management system according to "
                       "《工业碳中和管理体系 要求》: organization and boundary, emissions accounting, targets, "
                       "internal audit and management review, following the Plan-Do-Check-Act cycle, with every "
                       "change recorded for the auditor.</p>"
                       "<p>Licence: MIT. Built with Qt %2 and SQLite.</p>")
                        .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
}

void MainWindow::updateProjectState() {
    const bool open = m_session != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    if (!open) {
        m_pathLabel->setText(tr("No project open"));
        m_schemaLabel->clear();
        m_readOnlyLabel->clear();
        m_userLabel->clear();
        setWindowTitle(tr("CNMS Workbench"));
        return;
    }
    const ProjectInfo info = m_session->info();
    const QString path = QDir::toNativeSeparators(QString::fromStdString(info.path));
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(path);
    m_schemaLabel->setText(tr("File format v%1").arg(info.schemaVersion));
    m_readOnlyLabel->setText(info.readOnly ? tr("Read-only") : QString());
    m_userLabel->setText(RoleText::session(security::sessionOf(m_session->store())));
    setWindowTitle(QStringLiteral("%1 — %2 — %3")
                       .arg(QString::fromStdString(m_session->organization().name), QFileInfo(path).fileName(),
                            tr("CNMS Workbench")));
}

void MainWindow::showVerification(bool withDialog) {
    m_verifyLabel->setStyleSheet(QString());
    m_verifyLabel->setToolTip(QString());
    if (!m_session) {
        m_verifyLabel->clear();
        return;
    }
    if (m_verifier->isRunning()) {
        m_verifyLabel->setText(tr("Verifying history…"));
        return;
    }
    const auto& report = m_verifier->report();
    if (!report) {
        m_verifyLabel->setText(tr("History not verified"));
        m_verifyLabel->setToolTip(m_verifier->error());
        return;
    }
    if (report->ok()) {
        m_verifyLabel->setText(tr("History verified"));
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        m_verifyLabel->setToolTip(tr("%1 change-log entries and %2 records agree with the hash chain")
                                      .arg(QLocale().toString(static_cast<qlonglong>(report->entries)),
                                           QLocale().toString(static_cast<qlonglong>(report->rows))));
        return;
    }
    const int count = static_cast<int>(report->findings.size());
    m_verifyLabel->setText(tr("History: %n finding(s)", nullptr, count));
    m_verifyLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    if (!withDialog) return;
    constexpr int kListed = 40;
    QStringList lines;
    for (int i = 0; i < count && i < kListed; ++i)
        lines << QStringLiteral("• ") + HistoryVerifier::describe(report->findings[static_cast<std::size_t>(i)]);
    if (count > kListed) lines << tr("… and %n more (run `cnms verify` for the full list)", nullptr, count - kListed);
    m_dialogs.warning(this, tr("Verify history"),
                      tr("Records of this project do not agree with its change log: they were changed outside "
                         "the application, or the log itself was edited.") +
                          QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));
    m_newAction->setText(tr("&New Project…"));
    m_newAction->setToolTip(tr("Create a project file for an organization"));
    m_openAction->setText(tr("&Open Project…"));
    m_openAction->setToolTip(tr("Open a project file"));
    m_saveCopyAction->setText(tr("Save a Cop&y…"));
    m_saveCopyAction->setToolTip(tr("Write a copy of the open project to another file"));
    m_backupAction->setText(tr("&Back Up Now"));
    m_backupAction->setToolTip(tr("Copy the open project to a dated backup file beside it"));
    m_closeAction->setText(tr("&Close Project"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About CNMS Workbench"));
    (m_languages.current() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
    if (m_session) m_session->retranslateCommands();
    installUndoActions();
    updateProjectState();
    showVerification(false);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Every change is already in the file (each action commits), so closing never asks to save.
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

}  // namespace cnms::gui
