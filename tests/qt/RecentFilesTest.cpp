// SPDX-License-Identifier: MIT
// File > Open Recent: newest first, at most eight, no duplicates, missing files forgotten.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "RecentFiles.h"

using namespace cnms;
using namespace cnms::gui;

class RecentFilesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("RecentFilesTest");
        QVERIFY(m_dir.isValid());
    }

    void init() { RecentFiles().clear(); }

    void keepsTheNewestEightWithoutDuplicates() {
        RecentFiles recent;
        QStringList files;
        for (int i = 0; i < 10; ++i) {
            files << m_dir.filePath(QStringLiteral("p%1.cnms").arg(i));
            test::writeBytes(files.back(), "x");
            recent.add(files.back());
        }
        QStringList list = recent.list();
        QCOMPARE(list.size(), RecentFiles::kMaxEntries);
        QCOMPARE(list.front(), files[9]);
        QCOMPARE(list.back(), files[2]);

        recent.add(files[5]);  // again: moves to the front, not listed twice
        list = recent.list();
        QCOMPARE(list.front(), files[5]);
        QCOMPARE(list.count(files[5]), 1);
        QCOMPARE(list.size(), RecentFiles::kMaxEntries);
    }

    void forgetsFilesThatNoLongerExist() {
        RecentFiles recent;
        const QString kept = m_dir.filePath("kept.cnms");
        const QString gone = m_dir.filePath("gone.cnms");
        test::writeBytes(kept, "x");
        test::writeBytes(gone, "x");
        recent.add(kept);
        recent.add(gone);
        QFile::remove(gone);
        QCOMPARE(recent.list(), QStringList{kept});
        QCOMPARE(QSettings().value("recentFiles").toStringList(), QStringList{kept});  // pruned in the settings too
    }

    void storesAbsolutePaths() {
        RecentFiles recent;
        const QString file = m_dir.filePath("rel.cnms");
        test::writeBytes(file, "x");
        QDir::setCurrent(m_dir.path());
        recent.add("rel.cnms");
        QCOMPARE(recent.list(), QStringList{file});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(RecentFilesTest)
#include "RecentFilesTest.moc"
