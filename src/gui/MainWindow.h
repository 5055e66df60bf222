// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

#include "RecentFiles.h"
#include "SignInDialog.h"

namespace cnms::storage {
class ProjectFileError;
}

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace cnms::gui {

class Dialogs;
class HistoryVerifier;
class HomePage;
class LanguageManager;
class NavigationTree;
class NewProjectDialog;
class PageFrame;
class PageRegistry;
class ProjectSession;

/**
 * The workbench window: navigation by PDCA and clause on the left, the chosen page on the
 * right, File / Edit / View / Help menus and a status bar naming the open file. Holds at most
 * one ProjectSession; pages are built for it on first use and dropped with it.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Dialogs& dialogs, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectSession* session() const { return m_session.get(); }
    /**
     * Who signs in to a project that requires it: given the file name and why the last attempt was
     * refused (empty at first), the typed credentials or nullopt when cancelled.
     */
    using SignInPrompt = std::function<std::optional<Credentials>(const QString& project, const QString& problem)>;
    /** Replaces the sign-in dialog (tests answer from a script; --screenshot from the environment). */
    void setSignInPrompt(SignInPrompt prompt) { m_signInPrompt = std::move(prompt); }

    /**
     * Opens a project, asking for sign-in when it requires it; on refusal tells the user why
     * (through Dialogs) and returns false, as when sign-in is cancelled.
     */
    bool openProject(const QString& path);
    /** Makes `session` the open project (the previous one is closed). */
    void setSession(std::unique_ptr<ProjectSession> session);
    /** Checks the open project's history against its change log in the background (docs/trust.md). */
    HistoryVerifier* historyVerifier() const { return m_verifier; }
    void closeProject();

    /** Shows page `id` ("home" or a registered page); false when unknown or no project is open. */
    bool showPage(const QString& id);
    QString currentPageId() const;
    /** The page widget built for `id`, or nullptr when it has not been shown yet. */
    QWidget* page(const QString& id) const;

    /** File > New: opens the dialog (window-modal, does not block) and returns it. */
    NewProjectDialog* newProject();
    /** File > Open: asks for a file through Dialogs, then opens it. */
    void openProjectFromDialog();
    /** File > Save a copy. */
    void saveCopy();
    /** File > Back up now: a backup beside the project (PROJECT.bak-YYYYMMDD-HHMMSS). */
    void backUp();
    void about();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void installUndoActions();
    void fillRecentMenu();
    void retranslate();
    void updateProjectState();
    /** Asks through Dialogs until `session` is signed in or the user cancels; false when cancelled. */
    bool signIn(ProjectSession& session);
    /** Status bar text of the history check; `withDialog`: also list the findings of a failed check. */
    void showVerification(bool withDialog);
    /** Offers the newest good backup of a damaged project; true when it was restored. */
    bool offerRestore(const QString& path, const storage::ProjectFileError& error);

    Dialogs& m_dialogs;
    LanguageManager& m_languages;
    const PageRegistry& m_registry;
    RecentFiles m_recent;
    std::unique_ptr<ProjectSession> m_session;

    QSplitter* m_splitter;
    NavigationTree* m_navigation;
    QStackedWidget* m_stack;
    HomePage* m_home;
    QHash<QString, PageFrame*> m_pages;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    QLabel* m_pathLabel;
    QLabel* m_schemaLabel;
    QLabel* m_readOnlyLabel;
    QLabel* m_userLabel;
    SignInPrompt m_signInPrompt;
    QLabel* m_verifyLabel;
    HistoryVerifier* m_verifier;
};

}  // namespace cnms::gui
