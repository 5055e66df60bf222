// SPDX-License-Identifier: MIT
#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace cnms::gui {
namespace {
constexpr std::size_t kMaxBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

void qtToSpdlog(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const std::string text = message.toStdString();
    // The offscreen platform says this for every window shown; it means nothing to a user.
    if (message.contains(QLatin1String("does not support propagateSizeHints"))) type = QtDebugMsg;
    switch (type) {
        case QtDebugMsg: spdlog::debug("qt: {}", text); break;
        case QtInfoMsg: spdlog::info("qt: {}", text); break;
        case QtWarningMsg: spdlog::warn("qt: {}", text); break;
        case QtCriticalMsg:
        case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}
}  // namespace

QString startLogging() {
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    std::vector<spdlog::sink_ptr> sinks{console};

    QString path;
    std::string problem;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        path = QDir(folder).filePath(QStringLiteral("cnms-workbench.log"));
        try {
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), kMaxBytes, kMaxFiles));
        } catch (const spdlog::spdlog_ex& e) {
            problem = e.what();
            path.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("cnms", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);  // few lines, and they matter most just before a crash
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtToSpdlog);
    if (!problem.empty()) spdlog::warn("logging to stderr only: {}", problem);
    return path;
}

}  // namespace cnms::gui
