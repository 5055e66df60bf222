// SPDX-License-Identifier: MIT
#include "cnms/records/RegisterTable.h"

#include <charconv>
#include <cmath>

#include "cnms/core/CsvReader.h"
#include "cnms/core/TextUtil.h"

namespace cnms::records {
namespace {

constexpr std::string_view kIdZh = "记录号", kIdEn = "Record id", kVersionZh = "版本", kVersionEn = "Version";

std::string cell(const FieldDef& f, const nlohmann::json& v, Labels labels) {
    if (v.is_null()) return {};
    switch (f.kind) {
    case FieldKind::Enum:
        if (labels != Labels::Ids) return displayValue(f, v, labels == Labels::Zh ? "zh" : "en");
        break;
    case FieldKind::Bool:
        if (v.is_boolean()) {
            if (labels == Labels::Ids) return v.get<bool>() ? "true" : "false";
            return displayValue(f, v, labels == Labels::Zh ? "zh" : "en");
        }
        break;
    case FieldKind::Sites:
        if (v.is_array()) {
            std::string out;
            for (const auto& s : v) out += (out.empty() ? "" : ";") + (s.is_string() ? s.get<std::string>() : s.dump());
            return out;
        }
        break;
    case FieldKind::File:
        if (v.is_object()) return v.value("sha256", "") + "  " + v.value("path", "");
        break;
    default:
        break;
    }
    return displayValue(f, v, "en");
}

bool parseDouble(std::string_view s, double& out) {
    std::string copy(s);
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return !copy.empty() && end == copy.c_str() + copy.size() && std::isfinite(out);
}

nlohmann::json parseCell(const FieldDef& f, std::string_view raw) {
    auto s = std::string(f.kind == FieldKind::LongText ? raw : text::trim(raw));
    switch (f.kind) {
    case FieldKind::Enum:
        for (const auto& o : f.options)
            if (s == o.value || s == o.zh || text::toLower(s) == text::toLower(o.en)) return o.value;
        return s;
    case FieldKind::Number: {
        double d = 0;
        if (!parseDouble(s, d)) return s;  // validation reports "must be a number"
        if (d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<std::int64_t>(d);
        return d;
    }
    case FieldKind::Bool: {
        auto l = text::toLower(s);
        if (l == "true" || l == "yes" || l == "1" || s == "是") return true;
        if (l == "false" || l == "no" || l == "0" || s == "否") return false;
        return s;
    }
    case FieldKind::Sites: {
        nlohmann::json list = nlohmann::json::array();
        std::string normalized;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s.compare(i, 3, "、") == 0) {
                normalized += ';';
                i += 2;
            } else {
                normalized += s[i] == ',' ? ';' : s[i];
            }
        }
        for (auto part : text::split(normalized, ';'))
            if (auto code = text::trim(part); !code.empty()) list.push_back(std::string(code));
        return list;
    }
    case FieldKind::File: {
        auto gap = s.find("  ");
        if (gap == 64)
            return nlohmann::json{{"path", std::string(text::trim(s.substr(66)))}, {"sha256", s.substr(0, 64)}};
        return s;  // validation reports "must be a file reference"
    }
    case FieldKind::Record: {
        std::int64_t id = 0;
        auto view = std::string_view(s);
        if (!view.empty() && view.front() == '#') view.remove_prefix(1);
        auto [ptr, ec] = std::from_chars(view.data(), view.data() + view.size(), id);
        if (ec == std::errc() && ptr == view.data() + view.size()) return id;
        return s;
    }
    default:
        return s;
    }
}

}  // namespace

nlohmann::json parseFieldText(const FieldDef& field, std::string_view text) { return parseCell(field, text); }

Table tabulate(const RegisterSchema& schema, const std::vector<RegisterRecord>& records, Labels labels) {
    Table t;
    t.header.push_back(labels == Labels::Ids ? "id" : std::string(labels == Labels::Zh ? kIdZh : kIdEn));
    t.header.push_back(labels == Labels::Ids ? "version" : std::string(labels == Labels::Zh ? kVersionZh : kVersionEn));
    for (const auto& f : schema.fields)
        t.header.push_back(labels == Labels::Ids ? f.id : labels == Labels::Zh ? f.zh : f.en);
    for (const auto& r : records) {
        std::vector<std::string> row{std::to_string(r.id), std::to_string(r.version)};
        for (const auto& f : schema.fields)
            row.push_back(r.fields.is_object() && r.fields.contains(f.id) ? cell(f, r.fields[f.id], labels) : "");
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::string toCsv(const Table& table) {
    std::string out = "\xEF\xBB\xBF";
    auto writeRow = [&out](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out += ',';
            const auto& c = row[i];
            if (c.find_first_of(",\"\r\n") == std::string::npos &&
                (c.empty() || (c.front() != ' ' && c.back() != ' '))) {
                out += c;
                continue;
            }
            out += '"';
            for (char ch : c) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += "\r\n";
    };
    writeRow(table.header);
    for (const auto& row : table.rows) writeRow(row);
    return out;
}

Table parseCsv(std::string_view textIn) {
    Table t;
    try {
        CsvReader reader(textIn);
        std::vector<std::string_view> fields;
        bool first = true;
        while (reader.next(fields)) {
            std::vector<std::string> row(fields.begin(), fields.end());
            if (first) {
                t.header = std::move(row);
                first = false;
            } else if (!(row.size() == 1 && row[0].empty())) {
                t.rows.push_back(std::move(row));
                t.lines.push_back(reader.recordLine());
            }
        }
    } catch (const CsvError& e) {
        throw ValidationError({{"line " + std::to_string(e.line()), "csv_malformed", e.what()}});
    }
    if (t.header.empty()) throw ValidationError({{"line 1", "csv_empty", "the file has no header row"}});
    return t;
}

std::vector<ImportRow> fromTable(const RegisterSchema& schema, const Table& table, std::size_t firstLine) {
    std::vector<const FieldDef*> columns;
    std::vector<FieldIssue> issues;
    for (const auto& rawName : table.header) {
        auto name = std::string(text::trim(rawName));
        if (name == "id" || name == "version" || name == kIdZh || name == kIdEn || name == kVersionZh ||
            name == kVersionEn) {
            columns.push_back(nullptr);
            continue;
        }
        const FieldDef* match = nullptr;
        for (const auto& f : schema.fields)
            if (name == f.id || name == f.zh || text::toLower(name) == text::toLower(f.en)) match = &f;
        if (!match)
            issues.push_back({"header", "unknown_column", "column '" + name + "' is not a field of " + schema.type});
        for (const auto* c : columns)
            if (match && c == match)
                issues.push_back({"header", "duplicate_column", "column '" + name + "' appears twice"});
        columns.push_back(match && !match->computed() ? match : nullptr);
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    std::vector<ImportRow> out;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        std::size_t line = i < table.lines.size() ? table.lines[i] : firstLine + i;
        if (row.size() > columns.size())
            issues.push_back(
                {"line " + std::to_string(line), "too_many_cells",
                 "has " + std::to_string(row.size()) + " cells for " + std::to_string(columns.size()) + " columns"});
        ImportRow r{line, {}};
        r.record.type = schema.type;
        for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c)
            if (columns[c] && !text::trim(row[c]).empty())
                r.record.fields[columns[c]->id] = parseCell(*columns[c], row[c]);
        out.push_back(std::move(r));
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    return out;
}

}  // namespace cnms::records
