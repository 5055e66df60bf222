// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/import/CreditImporter.h"

namespace cnms::cli {
namespace {

struct ImportArgs {
    std::string project, file, encoding = "auto", sheet;
    bool dryRun = false;

    import::ImportOptions options() const {
        import::ImportOptions o;
        o.file.encoding = io::parseEncoding(encoding);
        o.file.sheet = sheet;
        o.dryRun = dryRun;
        return o;
    }
};

CLI::App* addImportVerb(CLI::App& parent, const std::string& name, const std::string& what, ImportArgs& args) {
    auto* cmd = parent.add_subcommand(name, what);
    cmd->add_option("PROJECT", args.project, "Project file")->required();
    cmd->add_option("FILE", args.file, "CSV or xlsx file")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--dry-run", args.dryRun, "Validate every row and report problems; store nothing");
    cmd->add_option("--encoding", args.encoding, "CSV encoding: auto (default), utf-8 or gbk")
        ->check(CLI::IsMember({"auto", "utf-8", "utf8", "gbk", "gb18030"}));
    cmd->add_option("--sheet", args.sheet, "xlsx worksheet name (default: the first)");
    return cmd;
}

void printSummary(std::ostream& out, const import::ImportSummary& s, const std::string& what) {
    if (s.stored) out << "imported " << s.rows << " " << what << " from " << s.file << "\n";
    else out << "dry run: " << s.rows << " " << what << " in " << s.file << " are valid; nothing was stored\n";
}

}  // namespace

void addImportCommand(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("import", "Import records from CSV or xlsx (all or nothing)");
    group->require_subcommand(1);

    auto activity = std::make_shared<ImportArgs>();
    addImportVerb(*group, "activity", "Import activity data (a year of records for several sites)", *activity)
        ->callback([&ctx, activity] {
            ctx.action = [&ctx, activity] {
                auto store = openProjectArg(activity->project, activity->dryRun);
                printSummary(ctx.out, import::importActivities(*store, activity->file, activity->options()),
                             "activity records");
                return static_cast<int>(Success);
            };
        });

    auto offsets = std::make_shared<ImportArgs>();
    addImportVerb(*group, "offsets", "Import offset credits", *offsets)->callback([&ctx, offsets] {
        ctx.action = [&ctx, offsets] {
            auto store = openProjectArg(offsets->project, offsets->dryRun);
            printSummary(ctx.out, import::importCredits(*store, offsets->file, offsets->options()), "credits");
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
