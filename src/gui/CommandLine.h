// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cnms::gui {

/** What `cnms-workbench [PROJECT] [--lang L] [--screenshot FILE.png [--page NAME]]` asks for. */
struct CommandLine {
    QString project;     ///< empty: start without a project
    QString language;    ///< empty: the remembered choice, else the system's
    QString screenshot;  ///< empty: run normally
    QString page;        ///< the page to show first, e.g. "sites"; empty: home

    /**
     * Parses the arguments (argv[0] first). Returns nullopt after printing help or version, or an
     * error naming the option to `error`; `exitCode` says what the process should return then.
     */
    static std::optional<CommandLine> parse(const QStringList& arguments, QString& message, int& exitCode);
};

}  // namespace cnms::gui
