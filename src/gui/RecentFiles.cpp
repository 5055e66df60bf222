// SPDX-License-Identifier: MIT
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cnms::gui {
namespace {
constexpr auto kKey = "recentFiles";

QStringList stored() { return QSettings().value(kKey).toStringList(); }
void store(const QStringList& files) { QSettings().setValue(kKey, files); }
}  // namespace

QStringList RecentFiles::list() const {
    const QStringList all = stored();
    QStringList existing;
    for (const auto& file : all)
        if (QFileInfo::exists(file)) existing << file;
    if (existing != all) store(existing);
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxEntries) files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() { store({}); }

}  // namespace cnms::gui
