// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace cnms::gui {

/** File > Open Recent: the last projects opened, newest first, kept in QSettings. */
class RecentFiles {
public:
    static constexpr int kMaxEntries = 8;

    /** The remembered files that still exist; missing ones are forgotten on the way. */
    QStringList list() const;
    /** Puts `path` first (absolute), dropping an older entry for it and the oldest beyond kMaxEntries. */
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
};

}  // namespace cnms::gui
