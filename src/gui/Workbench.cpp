// SPDX-License-Identifier: MIT
#include "Workbench.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStyleFactory>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

#include "CommandLine.h"
#include "Dialogs.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PageRegistry.h"
#include "cnms/core/Version.h"

namespace cnms::gui {
namespace {
constexpr int kScreenshotWidth = 1280;
constexpr int kScreenshotHeight = 800;
constexpr int kSettleMs = 400;  // lets layouts, fonts and the first paint finish

void printError(const QString& text) { std::fprintf(stderr, "cnms-workbench: %s\n", text.toLocal8Bit().constData()); }

QString knownPages() {
    QStringList ids{QStringLiteral("home")};
    for (const auto& page : PageRegistry::builtin().pages()) ids << page.id;
    return ids.join(QStringLiteral(", "));
}

/** Shows the window offscreen at a fixed size, waits for it to settle, grabs it to `path` and quits. */
int takeScreenshot(QApplication& app, MainWindow& window, const QString& path) {
    window.resize(kScreenshotWidth, kScreenshotHeight);
    window.show();
    int exitCode = 0;
    QTimer::singleShot(kSettleMs, &window, [&] {
        QPixmap shot = window.grab();
        if (shot.isNull() || !shot.save(path, "PNG")) {
            printError(QStringLiteral("cannot write the screenshot %1").arg(path));
            exitCode = 2;
        } else {
            spdlog::info("screenshot {} ({}x{})", path.toStdString(), shot.width(), shot.height());
        }
        app.quit();
    });
    app.exec();
    return exitCode;
}
}  // namespace

int runWorkbench(QApplication& app) {
    QApplication::setOrganizationName(QStringLiteral("cnms"));
    QApplication::setApplicationName(QStringLiteral("cnms-workbench"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cnms.svg")));
    if (auto* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) QApplication::setStyle(fusion);

    QString message;
    int exitCode = 0;
    auto options = CommandLine::parse(QApplication::arguments(), message, exitCode);
    if (!options) {
        if (exitCode == 0) std::fprintf(stdout, "%s\n", message.toLocal8Bit().constData());
        else printError(message + QStringLiteral(" (see --help)"));
        return exitCode;
    }

    const QString logFile = startLogging();
    spdlog::info("{} {} starting (Qt {}), log {}", kProductName, kVersion, qVersion(), logFile.toStdString());

    LanguageManager languages;
    languages.apply(options->language.isEmpty() ? LanguageManager::remembered() : options->language);

    const bool screenshot = !options->screenshot.isEmpty();
    std::unique_ptr<Dialogs> dialogs;
    if (screenshot) dialogs = std::make_unique<ConsoleDialogs>();
    else dialogs = std::make_unique<WidgetDialogs>();

    MainWindow window(*dialogs, languages);
    if (screenshot) {
        // Nobody is there to type: sign in once from CNMS_SIGN_IN_USER and CNMS_PASSWORD, never ask again.
        window.setSignInPrompt([](const QString& project, const QString& problem) -> std::optional<Credentials> {
            const QByteArray user = qgetenv("CNMS_SIGN_IN_USER");
            if (!problem.isEmpty() || user.isEmpty()) {
                printError(QStringLiteral("%1 requires sign-in: %2")
                               .arg(project, problem.isEmpty() ? QStringLiteral("set CNMS_SIGN_IN_USER and CNMS_PASSWORD")
                                                               : problem));
                return std::nullopt;
            }
            return Credentials{QString::fromLocal8Bit(user), QString::fromLocal8Bit(qgetenv("CNMS_PASSWORD"))};
        });
    }
    if (!options->project.isEmpty() && !window.openProject(options->project) && screenshot) return 2;
    if (!options->page.isEmpty() && !window.showPage(options->page)) {
        printError(QStringLiteral("--page %1: no such page, or it needs an open project (pages: %2)")
                       .arg(options->page, knownPages()));
        if (screenshot) return 1;
    }
    if (screenshot) return takeScreenshot(app, window, options->screenshot);

    window.show();
    return app.exec();
}

}  // namespace cnms::gui
