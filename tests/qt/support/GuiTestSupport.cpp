// SPDX-License-Identifier: MIT
#include "GuiTestSupport.h"
#include "cnms/core/SiteService.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "cnms/core/DemoProject.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::test {

void isolateSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cnms-test-%1").arg(QLatin1String(testName)));
    QCoreApplication::setApplicationName(QStringLiteral("cnms-workbench"));
    QSettings().clear();
    spdlog::set_level(spdlog::level::warn);  // the storage's info lines would drown the test output
}

void typeText(QWidget* widget, const QString& text) {
    for (QChar c : text) QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void createDemoProject(const QString& path) {
    auto store = storage::createProject(path.toStdString(), demo::organization());
    demo::populate(*store);
}

void createProjectWithDemoSites(const QString& path) {
    auto store = storage::createProject(path.toStdString(), demo::organization());
    SiteService sites(*store);
    for (const auto& site : demo::sites()) sites.addSite(site);
}

std::unique_ptr<ProjectStore> reopen(const QString& path) { return storage::openProject(path.toStdString()); }

std::vector<Site> sitesInFile(const QString& path) { return reopen(path)->sites().list(); }

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QByteArray damageSecondPage(const QString& path) {
    QByteArray bytes = fileBytes(path);
    if (bytes.size() < 100) throw std::runtime_error(path.toStdString() + " has no SQLite header");
    // Bytes 16-17 of the header: the page size, big-endian; 1 stands for 65536.
    const int stored = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
    const int pageSize = stored == 1 ? 65536 : stored;
    if (bytes.size() < 2 * pageSize) throw std::runtime_error(path.toStdString() + " has a single page");
    for (int i = pageSize; i < 2 * pageSize; ++i) bytes[i] = char(0xA5);
    writeBytes(path, bytes);
    return bytes;
}

}  // namespace cnms::test
