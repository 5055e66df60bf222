// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "LanguageManager.h"

namespace cnms::gui {

std::optional<CommandLine> CommandLine::parse(const QStringList& arguments, QString& message, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "CNMS Workbench: run a carbon neutrality management system per 《工业碳中和管理体系 要求》."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.cnms) to open"),
                                 QStringLiteral("[PROJECT]"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the interface: zh_CN or en"),
                            QStringLiteral("LANG"));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window (1280x800) to FILE.png once it is ready, then exit"),
        QStringLiteral("FILE.png"));
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to show first: home, organization, sites ..."),
                            QStringLiteral("NAME"));
    parser.addOptions({lang, screenshot, page});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    exitCode = 1;
    if (!parser.parse(arguments)) {
        message = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        message = parser.helpText();
        exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        exitCode = 0;
        return std::nullopt;
    }
    CommandLine result;
    result.language = parser.value(lang);
    result.screenshot = parser.value(screenshot);
    result.page = parser.value(page);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        message = QStringLiteral("only one PROJECT can be opened, got %1").arg(positional.size());
        return std::nullopt;
    }
    if (!positional.isEmpty()) result.project = positional.front();
    if (!result.language.isEmpty() && !LanguageManager::available().contains(result.language)) {
        message =
            QStringLiteral("--lang %1: use one of %2").arg(result.language, LanguageManager::available().join(", "));
        return std::nullopt;
    }
    exitCode = 0;
    return result;
}

}  // namespace cnms::gui
