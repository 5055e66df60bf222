// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cnms/import/ImportOptions.h"
#include "cnms/io/ImportIssue.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace cnms::gui {

class Dialogs;
class ProjectSession;

/** What an import dialog brings in: activity data, or offset credits for the credit register. */
enum class ImportKind { Activities, Credits };

/** What a background import gave back. */
struct ImportOutcome {
    std::optional<import::ImportSummary> summary;  ///< set when the file was accepted (stored unless a dry run)
    std::vector<io::ImportIssue> issues;           ///< every problem when the file was refused
    bool cancelled = false;
    QString error;  ///< translated, for failures other than refused rows (project file, disk ...)
};

/** Shared between the dialog and its worker: rows read so far and the request to stop. */
struct ImportProgressState {
    std::atomic<std::size_t> rowsRead{0};
    std::atomic<bool> cancel{false};
};

/**
 * Imports a file of activity data into the project at `projectPath` on a connection of its
 * own (safe in a worker thread). All or nothing: refused rows leave the project untouched.
 */
ImportOutcome runActivityImport(const std::string& projectPath, const std::string& file,
                                const import::ImportOptions& options, ImportProgressState& state);

/**
 * Imports a file of offset credits into the project at `projectPath` on a connection of its own:
 * all or nothing, double counting against the project and the rows above refused with the row.
 * The credit importer reads its (small) files in one go, so a cancel is honoured before it starts.
 */
ImportOutcome runCreditImport(const std::string& projectPath, const std::string& file,
                              const import::ImportOptions& options, ImportProgressState& state);

/**
 * The Import… dialog of the activity data (and, with ImportKind::Credits, of the offset credits): a file, its encoding, and Dry run or Import. The
 * import runs in a worker thread behind a progress dialog with Cancel; refused rows are listed
 * by file, row, column, value and reason; a stored import tells the session, so pages refresh.
 */
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(ProjectSession& session, Dialogs& dialogs, QWidget* parent = nullptr,
                 ImportKind kind = ImportKind::Activities);
    ~ImportDialog() override;

    void setFile(const QString& path);
    /** "auto", "utf-8" or "gbk". */
    void setEncoding(const QString& encoding);
    /** Starts the worker; false when no file is chosen or one is already running. */
    bool start(bool dryRun);
    bool isRunning() const;
    /** Asks the running import to stop (as the progress dialog's Cancel does). */
    void cancel();
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }
    QStandardItemModel* issuesModel() const { return m_issues; }

signals:
    /** The worker finished: accepted, refused, cancelled or failed. */
    void importFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void onFinished();
    void updateProgress();
    void retranslate();
    QString title() const;

    ImportKind m_kind;
    ProjectSession& m_session;
    Dialogs& m_dialogs;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_encoding;
    QLabel* m_status;
    QTableView* m_issueView;
    QStandardItemModel* m_issues;
    QPushButton* m_dryRunButton;
    QPushButton* m_importButton;
    QPushButton* m_closeButton;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_timer;
    std::shared_ptr<ImportProgressState> m_state;
    QFutureWatcher<ImportOutcome> m_watcher;
    bool m_dryRun = false;
    std::optional<ImportOutcome> m_outcome;
};

}  // namespace cnms::gui
