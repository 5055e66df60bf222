// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/import/ActivityExporter.h"

namespace cnms::cli {

void addExportCommand(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("export", "Export records to CSV or xlsx in the import format");
    group->require_subcommand(1);

    struct Args {
        std::string project, out, encoding = "utf-8";
        int year = 0;
    };
    auto args = std::make_shared<Args>();
    auto* activity = group->add_subcommand("activity", "Export a reporting year's activity records");
    activity->add_option("PROJECT", args->project, "Project file")->required();
    activity->add_option("--year", args->year, "Reporting year")->required();
    activity->add_option("--out", args->out, "Target file: .xlsx for Excel, anything else is CSV")->required();
    activity->add_option("--encoding", args->encoding, "CSV encoding: utf-8 (with BOM, default) or gbk")
        ->check(CLI::IsMember({"utf-8", "utf8", "gbk", "gb18030"}));
    activity->callback([&ctx, args] {
        ctx.action = [&ctx, args] {
            auto store = openProjectArg(args->project, true);
            io::TabularWriterOptions options;
            options.csvEncoding = io::parseEncoding(args->encoding);
            options.sheetName = "activity_" + std::to_string(args->year);
            const auto n = import::exportActivities(*store, args->year, args->out, options);
            ctx.out << "exported " << n << " activity records of " << args->year << " to " << args->out << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
