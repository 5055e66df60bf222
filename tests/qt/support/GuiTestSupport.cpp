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

}  // namespace cnms::test
