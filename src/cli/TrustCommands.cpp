// SPDX-License-Identifier: MIT
// `cnms verify` and `cnms export-evidence`: the tamper evidence of docs/trust.md.
#include "Cli.h"
#include "cnms/storage/Trust.h"

namespace cnms::cli {

void addVerifyCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, manifestSha256;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "verify", "Check a project (or an evidence pack) against its change log's hash chain; exit 2 on any finding");
    cmd->add_option("FILE", opt->path, "Project file, or evidence pack (.zip) made by export-evidence")->required();
    cmd->add_option("--manifest-sha256", opt->manifestSha256,
                    "Evidence pack only: the manifest SHA-256 handed over with the pack (the external anchor)");
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const bool pack = storage::looksLikeZip(opt->path);
            if (!pack && !opt->manifestSha256.empty()) {
                ctx.err << "cnms: --manifest-sha256 applies to evidence packs; " << opt->path << " is not a zip\n";
                return static_cast<int>(UsageError);
            }
            auto report = pack ? storage::verifyEvidencePack(opt->path, opt->manifestSha256)
                               : storage::verifyProjectFile(opt->path);
            for (const auto& f : report.findings) ctx.out << describe(f) << "\n";
            ctx.out << opt->path << ": " << report.summary() << "\n";
            return static_cast<int>(report.ok() ? Success : DataError);
        };
    });
}

void addExportEvidenceCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string path, out;
        int year = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("export-evidence",
                                   "Write an evidence pack: project snapshot, referenced files, change log, manifest");
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--year", opt->year, "Reporting year whose change log goes into the pack")
        ->required()
        ->check(CLI::Range(2000, 2100));
    cmd->add_option("--out", opt->out, "The pack to write (.zip); must not exist")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto r = storage::exportEvidence(opt->path, opt->year, opt->out);
            for (const auto& s : r.skipped) ctx.err << "cnms: warning: referenced file left out: " << s << "\n";
            ctx.out << "wrote " << r.path << ": " << r.members << " files, " << r.entries << " change-log entries of "
                    << opt->year << "\n"
                    << "manifest SHA-256: " << r.manifestSha256 << "\n"
                    << "Hand this hash to the verifier separately; `cnms verify " << r.path
                    << " --manifest-sha256 HASH` checks the pack against it.\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
