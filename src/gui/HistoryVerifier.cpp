// SPDX-License-Identifier: MIT
#include "HistoryVerifier.h"

#include <QtConcurrent/QtConcurrentRun>

#include "ErrorText.h"
#include "cnms/storage/Trust.h"

namespace cnms::gui {

HistoryVerifier::HistoryVerifier(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome out = m_watcher.result();
        m_report = std::move(out.report);
        m_error = out.error;
        emit finished();
    });
}

void HistoryVerifier::start(const QString& path) {
    m_path = path;
    m_report.reset();
    m_error.clear();
    m_watcher.setFuture(QtConcurrent::run([file = path.toStdString()] {
        Outcome out;
        try {
            out.report = storage::verifyProjectFile(file);
        } catch (...) {
            out.error = ErrorText::exception(std::current_exception());
        }
        storage::releaseThreadCryptoState();
        return out;
    }));
}

void HistoryVerifier::clear() {
    m_watcher.setFuture(QFuture<Outcome>());
    m_path.clear();
    m_report.reset();
    m_error.clear();
}

QString HistoryVerifier::describe(const VerificationFinding& f) {
    using K = VerificationFinding::Kind;
    const QString table = QString::fromStdString(f.table), id = QString::fromStdString(f.id);
    switch (f.kind) {
    case K::RowChanged: return tr("%1, id %2: changed outside the application").arg(table, id);
    case K::RowDeleted: return tr("%1, id %2: deleted outside the application").arg(table, id);
    case K::RowInserted: return tr("%1, id %2: inserted outside the application").arg(table, id);
    case K::EntryChanged:
        return id.isEmpty() ? tr("change log: the last entry is not the one the pack names")
                            : tr("change log, entry %1: edited outside the application").arg(id);
    case K::EntryMissing: return tr("change log, entries %1: deleted").arg(id);
    case K::EntryOutOfOrder: return tr("change log, entry %1: moved or replaced").arg(id);
    case K::NotChained: return tr("the change log has no hash chain");
    case K::FileChanged: return tr("file %1: changed").arg(table);
    case K::FileMissing: return tr("file %1: missing").arg(table);
    case K::FileUnlisted: return tr("file %1: not in the manifest").arg(table);
    }
    return QString::fromStdString(cnms::describe(f));
}

}  // namespace cnms::gui
