// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cnms::gui {

/**
 * Writes a reporting year's activity records to CSV or xlsx (the import format) in a worker
 * thread with its own connection to the project, under a progress dialog with Cancel. A million
 * records take seconds; the window stays responsive. The file appears only when complete.
 */
class ActivityExportJob : public QObject {
    Q_OBJECT
public:
    ActivityExportJob(QString projectPath, int year, QWidget* parent);
    ~ActivityExportJob() override;

    /** Starts writing `file`; finished() follows. */
    void start(const QString& file);
    void cancel() { m_state->cancel = true; }

signals:
    /** Done: `ok` and a translated message (records written, or why not). */
    void finished(bool ok, const QString& message);

private:
    struct State {
        std::atomic<std::size_t> written{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome {
        std::size_t written = 0;
        QString error;
    };
    void onFinished();

    QString m_projectPath;
    int m_year;
    QString m_file;
    QWidget* m_parent;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

}  // namespace cnms::gui
