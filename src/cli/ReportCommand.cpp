// SPDX-License-Identifier: MIT
#include "ReportCommand.h"

#include <QApplication>
#include <QDate>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "ProjectArg.h"
#include "cnms/core/Errors.h"
#include "cnms/report/AuditReportDocument.h"
#include "cnms/report/InventoryReportDocument.h"
#include "cnms/report/ManagementReviewReportDocument.h"
#include "cnms/report/NeutralityReportDocument.h"
#include "cnms/report/RegisterReportDocument.h"
#include "cnms/report/ReportRenderer.h"

namespace cnms::cli {
namespace {

/**
 * Charts are QGraphicsWidgets and need a QApplication. Without a display (a server, a CI job) the
 * offscreen platform renders the same pages: fonts come from fontconfig either way.
 */
void ensureApplication() {
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cnms";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
}

/** The year a report is about: --year, else the latest year with activity data, else the last calendar year. */
int reportYear(ProjectStore& store, int requested) {
    if (requested) return requested;
    const auto years = store.activities().years();
    return years.empty() ? QDate::currentDate().year() - 1 : years.back();
}

}  // namespace

const std::vector<ReportType>& reportTypes() {
    // One line per report type.
    static const std::vector<ReportType> types{
        {"management-review", "Management review report (--id REVIEW; default: the latest review)",
         [](const ReportRequest& r) {
             review::ReviewId id = r.id;
             if (id == 0)
                 for (const auto& review : r.store.managementReviews().list()) id = std::max(id, review.id);
             if (id == 0) throw NotFoundError("the project has no management review yet (`cnms review new` creates one)");
             return report::buildManagementReviewReportDocument(r.store, id, r.language);
         }},
        {"inventory", "GHG inventory report of a year (ISO 14064-1)",
         [](const ReportRequest& r) { return report::buildInventoryReportDocument(r.store, r.year, r.language); }},
        {"neutrality", "Carbon-neutrality statement for a claim year",
         [](const ReportRequest& r) {
             neutrality::ClaimRequest claim;
             claim.year = r.year;
             return report::buildNeutralityReportDocument(r.store, claim, r.language);
         }},
        {"register", "Registers as tables (--register TYPE, default: NCs, actions, risks, compliance evaluation)",
         [](const ReportRequest& r) { return report::buildRegisterReportDocument(r.store, r.registers, r.language); }},
        {"audit", "Audit report of one audit (--id AUDIT; `cnms audit list` shows the ids)",
         [](const ReportRequest& r) {
             if (r.id == 0) throw NotFoundError("the audit report needs --id AUDIT (`cnms audit list PROJECT` shows the ids)");
             return report::buildAuditReportDocument(r.store, r.id, r.language);
         }},
    };
    return types;
}

const std::vector<std::string>& reportTypeNames() {
    static const std::vector<std::string> names{"management-review", "inventory", "neutrality", "audit", "register"};
    return names;
}

void addReportCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string type, path, lang = "zh", out;
        std::vector<std::string> registers;
        int year = 0;
        std::int64_t id = 0;
        bool noAppendix = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("report", "Print a report to PDF: management-review, inventory, neutrality, audit "
                                             "or register");
    cmd->add_option("TYPE", opt->type, "Report type")->required()->check(CLI::IsMember(reportTypeNames()));
    cmd->add_option("PROJECT", opt->path, "Project file")->required();
    cmd->add_option("--year", opt->year, "Reporting year (default: the latest year with activity data)");
    cmd->add_option("--lang", opt->lang, "Language of the report: zh or en (default zh)")
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_option("--register", opt->registers, "register: a register type to print (repeatable)");
    cmd->add_option("--id", opt->id, "The record the report is about (audit, management review)");
    cmd->add_flag("--no-appendix", opt->noAppendix, "Leave out appendices (e.g. the activity records)");
    cmd->add_option("--out", opt->out, "PDF file to write")->required();
    cmd->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const ReportType* type = nullptr;
            for (const auto& t : reportTypes())
                if (t.name == opt->type) type = &t;
            if (!type) {
                ctx.err << "cnms: the '" << opt->type << "' report is not available in this build\n";
                return static_cast<int>(DataError);
            }
            auto store = openProjectArg(opt->path, true);
            ensureApplication();
            const auto language = *report::parseReportLanguage(QString::fromStdString(opt->lang));
            const ReportRequest request{*store, reportYear(*store, opt->year), language, opt->registers, opt->id};
            const report::ReportDocument document = type->build(request);
            report::RenderOptions options;
            options.includeAppendix = !opt->noAppendix;
            try {
                const auto result = report::renderPdf(document, QString::fromStdString(opt->out), language, options);
                ctx.out << "wrote " << opt->out << " (" << result.sheetCount << " pages)\n";
            } catch (const report::ReportError& e) {
                ctx.err << "cnms: " << e.what() << "\n";
                return static_cast<int>(DataError);
            }
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
