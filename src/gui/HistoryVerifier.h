// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

#include "cnms/core/Verification.h"

namespace cnms::gui {

/**
 * Runs `cnms verify` on a project file in a worker thread (its own read-only connection), so
 * opening a large project never waits for the check. Starting again forgets an unfinished run.
 */
class HistoryVerifier : public QObject {
    Q_OBJECT
public:
    explicit HistoryVerifier(QObject* parent = nullptr);

    void start(const QString& path);
    /** Forgets the current run (the project was closed). */
    void clear();
    bool isRunning() const { return m_watcher.isRunning(); }
    const QString& path() const { return m_path; }
    /** The last finished run's report; empty while running or when the check itself failed. */
    const std::optional<VerificationReport>& report() const { return m_report; }
    /** Why the last run could not check the file (translated), empty otherwise. */
    const QString& error() const { return m_error; }

    /** One finding as a translated sentence naming table and id. */
    static QString describe(const VerificationFinding& finding);

signals:
    void finished();

private:
    struct Outcome {
        std::optional<VerificationReport> report;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    std::optional<VerificationReport> m_report;
    QString m_error;
};

}  // namespace cnms::gui
