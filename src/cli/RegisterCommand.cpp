// SPDX-License-Identifier: MIT
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "Cli.h"
#include "ProjectArg.h"
#include "cnms/io/RegisterFile.h"
#include "cnms/io/TabularWriter.h"
#include "cnms/records/RegisterService.h"
#include "cnms/records/RegisterTable.h"

namespace cnms::cli {
namespace {

using namespace cnms::records;

constexpr int ok() { return static_cast<int>(Success); }

/** Turns `--field id=value` arguments into field values; a file field's path is hashed and recorded. */
nlohmann::json fieldsFrom(const RegisterSchema& schema, const std::vector<std::string>& args, RegisterService& service,
                          nlohmann::json fields = nlohmann::json::object()) {
    std::vector<FieldIssue> issues;
    for (const auto& arg : args) {
        auto eq = arg.find('=');
        if (eq == std::string::npos || eq == 0) {
            issues.push_back({arg, "field_syntax", "--field must be written ID=VALUE, e.g. --field title=电价上涨"});
            continue;
        }
        auto id = arg.substr(0, eq), value = arg.substr(eq + 1);
        const auto* f = schema.field(id);
        if (!f) {
            fields[id] = value;  // validation names it with every other problem of the record
            continue;
        }
        if (value.empty()) {
            fields.erase(id);  // `--field id=` clears a value
            continue;
        }
        auto parsed = parseFieldText(*f, value);
        if (f->kind == FieldKind::File && parsed.is_string()) {
            try {
                auto ref = service.referenceFile(value);
                parsed = {{"path", ref.path}, {"sha256", ref.sha256}};
            } catch (const NotFoundError& e) {
                issues.push_back({id, "file_unreadable", f->en + ": " + e.what()});
                continue;
            }
        }
        fields[id] = parsed;
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    return fields;
}

void printRecord(std::ostream& out, const RegisterSchema& schema, const RegisterRecord& r, const std::string& lang) {
    out << schema.label(lang) << " #" << r.id << " (" << r.type << ", " << (lang == "zh" ? "版本 " : "version ")
        << r.version << (r.superseded ? (lang == "zh" ? "，已被替代" : ", superseded") : "") << ")\n";
    for (const auto& f : schema.fields) {
        if (!r.has(f.id)) continue;
        out << "  " << f.label(lang) << " [" << f.id << "]: " << displayValue(f, r.fields[f.id], lang);
        if (f.kind == FieldKind::File) out << "  (sha256 " << r.fields[f.id].value("sha256", "") << ")";
        out << "\n";
    }
    out << "  created " << r.createdAt << " by " << r.createdBy << "; updated " << r.updatedAt << " by " << r.updatedBy
        << "\n";
}

struct Common {
    std::string path, type, lang = "zh", format = "table", search, labels = "ids", output, file, today;
    std::int64_t id = 0;
    bool allVersions = false, history = false;
    std::vector<std::string> fields;
};

CLI::Option* addLang(CLI::App* cmd, Common& c) {
    return cmd->add_option("--lang", c.lang, "Labels in zh or en")->check(CLI::IsMember({"zh", "en"}));
}

}  // namespace

void addRegisterCommand(CLI::App& app, Context& ctx) {
    auto* reg = app.add_subcommand("register", "The management system's registers: list, add, edit, export ...");
    reg->require_subcommand(1);
    auto opt = std::make_shared<Common>();

    auto* types = reg->add_subcommand("types", "List the registers (record types) and their fields");
    types->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    addLang(types, *opt);
    types->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const auto& schemas = RegisterSchemas::shipped();
            if (opt->format == "json") {
                auto out = nlohmann::json::array();
                for (const auto& s : schemas.all()) {
                    auto fields = nlohmann::json::array();
                    for (const auto& f : s.fields)
                        fields.push_back({{"id", f.id},
                                          {"kind", toString(f.kind)},
                                          {"required", f.required},
                                          {"zh", f.zh},
                                          {"en", f.en}});
                    out.push_back(
                        {{"type", s.type}, {"zh", s.zh}, {"en", s.en}, {"versioned", s.versioned}, {"fields", fields}});
                }
                ctx.out << out.dump(2) << "\n";
                return ok();
            }
            for (const auto& s : schemas.all()) {
                ctx.out << s.type << "  " << s.label(opt->lang) << "\n    ";
                for (const auto& f : s.fields) ctx.out << f.id << (f.required ? "*" : "") << " ";
                ctx.out << "\n";
            }
            return ok();
        };
    });

    auto* list = reg->add_subcommand("list", "List the current records of a register");
    list->add_option("PROJECT", opt->path, "Project file")->required();
    list->add_option("TYPE", opt->type, "Record type, e.g. risk_opportunity (see 'cnms register types')")->required();
    list->add_option("--search", opt->search, "Only records containing this text");
    list->add_flag("--all-versions", opt->allVersions, "Also list superseded versions");
    list->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    addLang(list, *opt);
    list->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            RegisterService service(*store);
            const auto& schema = service.schemas().get(opt->type);
            auto records = service.list(opt->type, {opt->search, opt->allVersions});
            if (opt->format == "json") {
                ctx.out << nlohmann::json(records).dump(2) << "\n";
                return ok();
            }
            for (const auto& r : records) {
                ctx.out << "#" << r.id << "\tv" << r.version << (r.superseded ? "*" : "") << "\t"
                        << displayTitle(schema, r, opt->lang);
                if (!schema.statusField.empty() && r.has(schema.statusField))
                    ctx.out << "\t"
                            << displayValue(*schema.field(schema.statusField), r.fields[schema.statusField], opt->lang);
                if (!schema.dueField.empty() && r.has(schema.dueField)) ctx.out << "\t" << r.text(schema.dueField);
                ctx.out << "\n";
            }
            ctx.out << records.size() << " " << (opt->lang == "zh" ? "条记录" : "records") << "\n";
            return ok();
        };
    });

    auto* add = reg->add_subcommand("add", "Add a record: --field ID=VALUE for each field");
    add->add_option("PROJECT", opt->path, "Project file")->required();
    add->add_option("TYPE", opt->type, "Record type")->required();
    add->add_option("--field", opt->fields, "ID=VALUE; a file field takes a path, which is hashed (SHA-256)");
    add->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            RegisterService service(*store);
            const auto& schema = service.schemas().get(opt->type);
            RegisterRecord r;
            r.type = schema.type;
            r.fields = fieldsFrom(schema, opt->fields, service);
            auto stored = service.add(r);
            ctx.out << "added " << schema.type << " #" << stored.id << " " << displayTitle(schema, stored, "zh")
                    << "\n";
            return ok();
        };
    });

    auto* edit = reg->add_subcommand("edit", "Change fields of a record: --field ID=VALUE (ID= clears)");
    edit->add_option("PROJECT", opt->path, "Project file")->required();
    edit->add_option("ID", opt->id, "Record id")->required();
    edit->add_option("--field", opt->fields, "ID=VALUE")->required();
    edit->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            RegisterService service(*store);
            auto r = service.get(opt->id);
            r.fields = fieldsFrom(service.schemas().get(r.type), opt->fields, service, r.fields);
            service.update(r);
            ctx.out << "updated " << r.type << " #" << r.id << "\n";
            return ok();
        };
    });

    auto* version =
        reg->add_subcommand("new-version", "Make a new version of a versioned record (policy, scope, document)");
    version->add_option("PROJECT", opt->path, "Project file")->required();
    version->add_option("ID", opt->id, "Id of the current version")->required();
    version->add_option("--field", opt->fields, "ID=VALUE: what changes from the current version");
    version->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            RegisterService service(*store);
            auto current = service.get(opt->id);
            const auto& schema = service.schemas().get(current.type);
            auto base = current.fields;
            // A new version starts unapproved: its approval is its own.
            if (!schema.approvalField.empty()) base.erase(schema.approvalField);
            for (const auto& f : schema.fields)
                if (f.requiredWith == schema.approvalField && !f.requiredWith.empty()) base.erase(f.id);
            auto next = service.newVersion(current.id, fieldsFrom(schema, opt->fields, service, base));
            ctx.out << "created version " << next.version << " of " << next.type << " as #" << next.id << "; #"
                    << current.id << " is kept as superseded\n";
            return ok();
        };
    });

    auto* show = reg->add_subcommand("show", "Show one record, its versions and its change history");
    show->add_option("PROJECT", opt->path, "Project file")->required();
    show->add_option("ID", opt->id, "Record id")->required();
    show->add_flag("--history", opt->history, "Also list the change log of every version");
    show->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    addLang(show, *opt);
    show->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            RegisterService service(*store);
            auto r = service.get(opt->id);
            const auto& schema = service.schemas().get(r.type);
            auto versions = service.versions(r.id);
            auto changes = opt->history ? service.changes(r.id) : std::vector<ChangeLogEntry>{};
            if (opt->format == "json") {
                nlohmann::json j = {{"record", r}, {"versions", versions}};
                if (opt->history) {
                    auto log = nlohmann::json::array();
                    for (const auto& c : changes)
                        log.push_back({{"at", c.at},
                                       {"actor", c.actor},
                                       {"action", c.action},
                                       {"entity_id", c.entityId},
                                       {"old", c.oldValue},
                                       {"new", c.newValue}});
                    j["history"] = log;
                }
                ctx.out << j.dump(2) << "\n";
                return ok();
            }
            printRecord(ctx.out, schema, r, opt->lang);
            if (versions.size() > 1) {
                ctx.out << (opt->lang == "zh" ? "版本：" : "versions:");
                for (const auto& v : versions)
                    ctx.out << " v" << v.version << "=#" << v.id << (v.superseded ? "*" : "");
                ctx.out << "\n";
            }
            for (const auto& c : changes)
                ctx.out << "  " << c.at << "  " << c.actor << "  " << c.action << " #" << c.entityId << "\n";
            return ok();
        };
    });

    auto* remove = reg->add_subcommand("remove", "Remove a record (refused when referred to or versioned)");
    remove->add_option("PROJECT", opt->path, "Project file")->required();
    remove->add_option("ID", opt->id, "Record id")->required();
    remove->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path);
            auto removed = RegisterService(*store).remove(opt->id);
            ctx.out << "removed " << removed.type << " #" << removed.id << "\n";
            return ok();
        };
    });

    auto* exp = reg->add_subcommand("export", "Write a register as CSV (RFC 4180, UTF-8) or xlsx (by the file's extension)");
    exp->add_option("PROJECT", opt->path, "Project file")->required();
    exp->add_option("TYPE", opt->type, "Record type")->required();
    exp->add_option("-o,--output,--out", opt->output, "CSV or .xlsx file to write (default: CSV on standard output)");
    exp->add_option("--labels", opt->labels, "Headers and options as ids, zh or en")
        ->check(CLI::IsMember({"ids", "zh", "en"}));
    exp->add_flag("--all-versions", opt->allVersions, "Also export superseded versions");
    exp->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            auto store = openProjectArg(opt->path, true);
            RegisterService service(*store);
            const auto& schema = service.schemas().get(opt->type);
            auto labels = opt->labels == "zh" ? Labels::Zh : opt->labels == "en" ? Labels::En : Labels::Ids;
            auto records = service.list(opt->type, {"", opt->allVersions});
            if (opt->output.empty()) {
                ctx.out << toCsv(tabulate(schema, records, labels));
                return ok();
            }
            try {
                io::writeRegisterFile(schema, records, labels, opt->output);  // never leaves half a file
            } catch (const io::ExportError& e) {
                throw RefusedError("io", e.what());
            }
            ctx.out << "exported " << records.size() << " " << schema.type << " records to " << opt->output << "\n";
            return ok();
        };
    });

    auto* imp = reg->add_subcommand("import", "Add the rows of a CSV or xlsx file to a register (all or none)");
    imp->add_option("PROJECT", opt->path, "Project file")->required();
    imp->add_option("TYPE", opt->type, "Record type")->required();
    imp->add_option("FILE", opt->file, "CSV (UTF-8) or .xlsx file, headers as field ids or zh/en labels")->required();
    imp->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            const bool xlsx = opt->file.size() > 5 && (opt->file.ends_with(".xlsx") || opt->file.ends_with(".XLSX"));
            Table table;
            std::string csvText;
            if (xlsx) {
                if (!std::filesystem::exists(opt->file)) throw NotFoundError("cannot read " + opt->file);
                table = io::readRegisterFile(opt->file);  // an unreadable workbook: ImportError naming the file
            } else {
                std::ifstream f(opt->file, std::ios::binary);
                if (!f) throw NotFoundError("cannot read " + opt->file);
                std::stringstream buf;
                buf << f.rdbuf();
                csvText = buf.str();  // parsed below, where a malformed cell is named with the file
            }
            auto store = openProjectArg(opt->path);
            RegisterService service(*store);
            const auto& schema = service.schemas().get(opt->type);
            std::vector<ImportRow> rows;
            try {
                rows = fromTable(schema, xlsx ? table : parseCsv(csvText));
            } catch (const ValidationError& e) {
                auto issues = e.issues();
                for (auto& i : issues) i.field = opt->file + ": " + i.field;
                throw ValidationError(std::move(issues));
            }
            auto ids = service.import(schema.type, rows, opt->file);
            ctx.out << "imported " << ids.size() << " " << schema.type << " records from " << opt->file << "\n";
            return ok();
        };
    });

    auto* overdue = reg->add_subcommand("overdue", "List overdue calibrations, reviews, evaluations and actions");
    overdue->add_option("PROJECT", opt->path, "Project file")->required();
    overdue->add_option("--today", opt->today, "Date to judge by, YYYY-MM-DD (default: today)");
    overdue->add_option("--format", opt->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    overdue->callback([&ctx, opt] {
        ctx.action = [&ctx, opt] {
            if (!opt->today.empty() && !dates::isValid(opt->today))
                throw ValidationError({{"--today", "date_invalid", "--today must be a date written YYYY-MM-DD"}});
            auto store = openProjectArg(opt->path, true);
            RegisterService service(*store);
            SystemToday system;
            FixedToday fixed(opt->today);
            auto items = service.overdue(opt->today.empty() ? static_cast<const Today&>(system) : fixed);
            if (opt->format == "json") {
                auto out = nlohmann::json::array();
                for (const auto& i : items)
                    out.push_back({{"type", i.type},
                                   {"id", i.id},
                                   {"title", i.title},
                                   {"field", i.field},
                                   {"due", i.due},
                                   {"days_overdue", i.daysOverdue}});
                ctx.out << out.dump(2) << "\n";
                return ok();
            }
            for (const auto& i : items)
                ctx.out << i.due << "  " << i.daysOverdue << "d  " << i.type << " #" << i.id << "  " << i.title << "\n";
            ctx.out << items.size() << " overdue\n";
            return ok();
        };
    });
}

}  // namespace cnms::cli
