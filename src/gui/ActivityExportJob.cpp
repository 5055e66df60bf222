// SPDX-License-Identifier: MIT
#include "ActivityExportJob.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "ErrorText.h"
#include "cnms/import/ActivityExporter.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::gui {

ActivityExportJob::ActivityExportJob(QString projectPath, int year, QWidget* parent)
    : QObject(parent), m_projectPath(std::move(projectPath)), m_year(year), m_parent(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ActivityExportJob::onFinished);
}

ActivityExportJob::~ActivityExportJob() {
    m_state->cancel = true;
    m_watcher.waitForFinished();
}

void ActivityExportJob::start(const QString& file) {
    m_file = file;
    m_progress = new QProgressDialog(m_parent);
    m_progress->setWindowTitle(tr("Export activity data"));
    m_progress->setLabelText(tr("Writing %1 …").arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ActivityExportJob::cancel);

    m_watcher.setFuture(QtConcurrent::run([project = m_projectPath.toStdString(), path = file.toStdString(),
                                           year = m_year, state = m_state] {
        Outcome out;
        try {
            storage::OpenOptions options;
            options.readOnly = true;
            auto store = storage::openProject(project, options);
            io::TabularWriterOptions writer;
            writer.sheetName = "activity_" + std::to_string(year);
            out.written = import::exportActivities(*store, year, path, writer, [state](std::size_t n) {
                state->written = n;
                return !state->cancel.load();
            });
        } catch (...) {
            out.error = ErrorText::exception(std::current_exception());
        }
        return out;
    }));
}

void ActivityExportJob::onFinished() {
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const Outcome out = m_watcher.result();
    if (m_state->cancel) emit finished(false, tr("The export was cancelled; no file was written."));
    else if (!out.error.isEmpty()) emit finished(false, out.error);
    else
        emit finished(true, tr("%1 activity records of %2 written to %3.")
                                .arg(QLocale().toString(static_cast<qulonglong>(out.written)))
                                .arg(m_year)
                                .arg(QDir::toNativeSeparators(m_file)));
}

}  // namespace cnms::gui
