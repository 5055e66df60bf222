// SPDX-License-Identifier: MIT
#include "ImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/import/CreditImporter.h"
#include "cnms/security/Session.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Trust.h"

namespace cnms::gui {

namespace {

/** The import on a connection of its own, as `who` when given (the window's signed-in user). */
ImportOutcome runImport(const std::string& projectPath, const std::string& file, const import::ImportOptions& options,
                        ImportProgressState& state, const std::optional<security::Session>& who) {
    ImportOutcome out;
    try {
        auto store = storage::openProject(projectPath);
        // The worker's connection opens signed out when the project requires sign-in: carry the
        // window's session over, so the import is checked against the same role and logged under the same name.
        if (who) security::setSessionOf(*store, *who);
        out.summary = import::importActivities(*store, file, options, [&state](std::size_t rows) {
            state.rowsRead = rows;
            return !state.cancel.load();
        });
    } catch (const import::ImportCancelled&) {
        out.cancelled = true;
    } catch (const io::ImportError& e) {
        out.issues = e.issues();
    } catch (...) {
        out.error = ErrorText::exception(std::current_exception());
    }
    return out;
}

/** A credit import, likewise as `who`; the credit importer reports no progress, so Cancel only works before it starts. */
ImportOutcome runCreditImportAs(const std::string& projectPath, const std::string& file,
                                const import::ImportOptions& options, ImportProgressState& state,
                                const std::optional<security::Session>& who) {
    ImportOutcome out;
    if (state.cancel.load()) {
        out.cancelled = true;
        return out;
    }
    try {
        auto store = storage::openProject(projectPath);
        if (who) security::setSessionOf(*store, *who);
        out.summary = import::importCredits(*store, file, options);
        state.rowsRead = out.summary->rows;
    } catch (const io::ImportError& e) {
        out.issues = e.issues();
    } catch (...) {
        out.error = ErrorText::exception(std::current_exception());
    }
    return out;
}

}  // namespace

ImportOutcome runActivityImport(const std::string& projectPath, const std::string& file,
                                const import::ImportOptions& options, ImportProgressState& state) {
    return runImport(projectPath, file, options, state, std::nullopt);
}

ImportOutcome runCreditImport(const std::string& projectPath, const std::string& file,
                              const import::ImportOptions& options, ImportProgressState& state) {
    return runCreditImportAs(projectPath, file, options, state, std::nullopt);
}

ImportDialog::ImportDialog(ProjectSession& session, Dialogs& dialogs, QWidget* parent, ImportKind kind)
    : QDialog(parent),
      m_kind(kind),
      m_session(session),
      m_dialogs(dialogs),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_encoding(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_issueView(new QTableView(this)),
      m_issues(new QStandardItemModel(this)),
      m_dryRunButton(new QPushButton(this)),
      m_importButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this)),
      m_timer(new QTimer(this)),
      m_state(std::make_shared<ImportProgressState>()) {
    setObjectName(QStringLiteral("importDialog"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_issueView->setObjectName(QStringLiteral("issueTable"));
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_status->setWordWrap(true);
    m_file->setMinimumWidth(360);
    m_issueView->setModel(m_issues);
    m_issueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueView->setAlternatingRowColors(true);
    m_issueView->verticalHeader()->hide();
    m_issueView->horizontalHeader()->setStretchLastSection(true);
    m_issueView->hide();
    m_importButton->setDefault(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(QStringLiteral("file"), fileRow);
    form->addRow(QStringLiteral("encoding"), m_encoding);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_issueView, 1);
    layout->addLayout(buttons);
    resize(720, 420);

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportDialog::updateProgress);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportDialog::onFinished);
    retranslate();
}

ImportDialog::~ImportDialog() {
    if (m_watcher.isRunning()) {
        m_state->cancel = true;
        m_watcher.waitForFinished();  // a cancelled import stores nothing
    }
}

void ImportDialog::setFile(const QString& path) { m_file->setText(path); }

void ImportDialog::setEncoding(const QString& encoding) {
    const io::Encoding wanted = encoding == QLatin1String("utf-8") ? io::Encoding::Utf8
                                : encoding == QLatin1String("gbk") ? io::Encoding::Gbk
                                                                   : io::Encoding::Auto;
    int index = m_encoding->findData(static_cast<int>(wanted));
    if (index >= 0) m_encoding->setCurrentIndex(index);
}

bool ImportDialog::isRunning() const { return m_watcher.isRunning(); }

void ImportDialog::cancel() { m_state->cancel = true; }

void ImportDialog::browse() {
    QString path = m_dialogs.openFileName(this, title(), QFileInfo(m_file->text()).absolutePath(),
                                          m_kind == ImportKind::Credits
                                              ? tr("Offset credits (*.csv *.xlsx);;All files (*)")
                                              : tr("Activity data (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty()) m_file->setText(path);
}

bool ImportDialog::start(bool dryRun) {
    const QString file = m_file->text().trimmed();
    if (file.isEmpty() || isRunning()) {
        if (file.isEmpty()) m_status->setText(tr("Choose a file to import."));
        return false;
    }
    import::ImportOptions options;
    options.dryRun = dryRun;
    options.file.encoding = static_cast<io::Encoding>(m_encoding->currentData().toInt());
    m_dryRun = dryRun;
    m_outcome.reset();
    m_issues->clear();
    m_issueView->hide();
    m_state->rowsRead = 0;
    m_state->cancel = false;
    m_dryRunButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_status->setText(dryRun ? tr("Checking %1 …").arg(QFileInfo(file).fileName())
                             : tr("Importing %1 …").arg(QFileInfo(file).fileName()));

    m_progress = new QProgressDialog(this);
    m_progress->setWindowTitle(title());
    m_progress->setLabelText(tr("Reading rows …"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportDialog::cancel);
    m_timer->start();

    auto state = m_state;  // kept alive by the worker even if the dialog goes first
    m_watcher.setFuture(QtConcurrent::run([project = m_session.path().toStdString(), path = file.toStdString(),
                                           options, state, kind = m_kind, who = security::sessionOf(m_session.store())] {
        auto outcome = kind == ImportKind::Credits ? runCreditImportAs(project, path, options, *state, who)
                                                   : runImport(project, path, options, *state, who);
        storage::releaseThreadCryptoState();  // the import hashed its rows on this pool thread
        return outcome;
    }));
    return true;
}

void ImportDialog::updateProgress() {
    if (m_progress)
        m_progress->setLabelText(tr("%1 rows read …").arg(QLocale().toString(static_cast<qulonglong>(m_state->rowsRead.load()))));
}

void ImportDialog::onFinished() {
    m_timer->stop();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_dryRunButton->setEnabled(true);
    m_importButton->setEnabled(true);
    m_outcome = m_watcher.result();
    const ImportOutcome& out = *m_outcome;
    if (out.summary) {
        const QString rows = QLocale().toString(static_cast<qulonglong>(out.summary->rows));
        if (out.summary->stored) {
            m_status->setText(tr("Imported %1 rows from %2.").arg(rows, QString::fromStdString(out.summary->file)));
            if (m_kind == ImportKind::Credits) m_session.notifyRecordsChanged(QStringLiteral("offset_credit"));
            else m_session.notifyActivitiesChanged();
        } else {
            m_status->setText(tr("Dry run: all %1 rows of %2 are valid; nothing was stored.")
                                  .arg(rows, QString::fromStdString(out.summary->file)));
        }
    } else if (out.cancelled) {
        m_status->setText(tr("The import was cancelled; nothing was stored."));
    } else if (!out.issues.empty()) {
        m_status->setText(tr("The file was refused with %n problem(s); nothing was stored. Fix them and import again.",
                             nullptr, static_cast<int>(out.issues.size())));
        m_issues->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
        for (const auto& issue : out.issues) {
            auto* row = new QStandardItem(issue.row == 0 ? QString() : QString::number(issue.row));
            row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_issues->appendRow({new QStandardItem(QFileInfo(QString::fromStdString(issue.file)).fileName()), row,
                                 new QStandardItem(QString::fromStdString(issue.column)),
                                 new QStandardItem(QString::fromStdString(issue.value)),
                                 new QStandardItem(QString::fromStdString(issue.reason))});
        }
        m_issueView->resizeColumnsToContents();
        m_issueView->show();
    } else {
        m_status->setText(tr("The import failed; nothing was stored."));
        m_dialogs.warning(this, title(), out.error);
    }
    emit importFinished();
}

void ImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

QString ImportDialog::title() const {
    return m_kind == ImportKind::Credits ? tr("Import offset credits") : tr("Import activity data");
}

void ImportDialog::retranslate() {
    setWindowTitle(title());
    if (auto* form = m_form) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_encoding))) label->setText(tr("&Encoding:"));
        if (auto* item = form->itemAt(0, QFormLayout::LabelRole); item && item->widget())
            if (auto* label = qobject_cast<QLabel*>(item->widget())) label->setText(tr("&File:"));
    }
    m_file->setPlaceholderText(m_kind == ImportKind::Credits
                                   ? tr("CSV (UTF-8 or GBK) or xlsx with the offset credit columns")
                                   : tr("CSV (UTF-8 or GBK) or xlsx with the activity data columns"));
    m_browse->setText(tr("&Browse…"));
    const int encoding = m_encoding->currentIndex();
    m_encoding->clear();
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(io::Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(io::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("GBK"), static_cast<int>(io::Encoding::Gbk));
    m_encoding->setCurrentIndex(std::max(0, encoding));
    m_dryRunButton->setText(tr("&Dry run"));
    m_dryRunButton->setToolTip(tr("Check every row without storing anything"));
    m_importButton->setText(tr("&Import"));
    m_closeButton->setText(tr("Close"));
}

}  // namespace cnms::gui
