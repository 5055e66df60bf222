// SPDX-License-Identifier: MIT
#include "cnms/records/RegisterRecord.h"

#include <cmath>
#include <sstream>

#include "cnms/core/TextUtil.h"
#include "cnms/records/Today.h"
#include "cnms/core/JsonNumbers.h"

namespace cnms::records {
namespace {

constexpr std::size_t kTextMax = 200;
constexpr std::size_t kLongTextMax = 20000;

std::size_t codePoints(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool hasValue(const nlohmann::json& v) {
    if (v.is_null()) return false;
    if (v.is_string()) return !text::trim(v.get_ref<const std::string&>()).empty();
    if (v.is_array()) return !v.empty();
    return true;
}

bool isSha256(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string formatNumber(double v) {
    std::ostringstream os;
    os.precision(15);
    os << v;
    return os.str();
}

struct Checker {
    const RegisterSchema& schema;
    const RegisterRecord& record;
    std::vector<FieldIssue> issues;

    void add(const FieldDef& f, std::string code, const std::string& message) {
        issues.push_back({f.id, std::move(code), f.en + ": " + message});
    }

    void checkString(const FieldDef& f, const nlohmann::json& v, std::size_t maxLength) {
        if (!v.is_string()) return add(f, "type_mismatch", "must be text");
        const auto& s = v.get_ref<const std::string&>();
        if (!text::isValidUtf8(s)) return add(f, "invalid_utf8", "is not valid UTF-8 text");
        if (codePoints(s) > maxLength)
            add(f, "too_long", "must be at most " + std::to_string(maxLength) + " characters");
    }

    void checkValue(const FieldDef& f, const nlohmann::json& v) {
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::Person:
        case FieldKind::Site:
            return checkString(f, v, kTextMax);
        case FieldKind::LongText:
            return checkString(f, v, kLongTextMax);
        case FieldKind::Date:
            if (!v.is_string() || !dates::isValid(v.get<std::string>()))
                add(f, "date_invalid", "must be a date written YYYY-MM-DD");
            return;
        case FieldKind::Enum:
            if (!v.is_string() || !f.option(v.get<std::string>())) {
                std::string allowed;
                for (const auto& o : f.options) allowed += (allowed.empty() ? "" : ", ") + o.value;
                add(f, "option_invalid", "must be one of " + allowed);
            }
            return;
        case FieldKind::Number: {
            if (!v.is_number()) return add(f, "type_mismatch", "must be a number");
            double d = v.get<double>();
            if (!std::isfinite(d)) return add(f, "type_mismatch", "must be a finite number");
            if (f.integer && d != std::floor(d)) return add(f, "not_integer", "must be a whole number");
            if ((f.min && d < *f.min) || (f.max && d > *f.max)) {
                std::string range = f.min && f.max ? "between " + formatNumber(*f.min) + " and " + formatNumber(*f.max)
                                    : f.min        ? "at least " + formatNumber(*f.min)
                                                   : "at most " + formatNumber(*f.max);
                add(f, "out_of_range", "must be " + range);
            }
            return;
        }
        case FieldKind::Bool:
            if (!v.is_boolean()) add(f, "type_mismatch", "must be true or false");
            return;
        case FieldKind::Sites:
            if (!v.is_array()) return add(f, "type_mismatch", "must be a list of site codes");
            for (const auto& code : v)
                if (!code.is_string() || text::trim(code.get<std::string>()).empty())
                    return add(f, "type_mismatch", "must be a list of site codes");
            return;
        case FieldKind::File:
            if (!v.is_object() || !v.contains("path") || !v["path"].is_string() || !v.contains("sha256") ||
                !v["sha256"].is_string())
                return add(f, "type_mismatch", "must be a file reference with path and SHA-256");
            if (text::trim(v["path"].get<std::string>()).empty()) add(f, "path_required", "the file path is empty");
            if (!isSha256(v["sha256"].get<std::string>()))
                add(f, "sha256_invalid", "the SHA-256 must be 64 lower-case hexadecimal digits");
            return;
        case FieldKind::Record:
            if (!v.is_number_integer() || v.get<std::int64_t>() <= 0)
                add(f, "ref_invalid", "must be the id of a " + f.refType + " record");
            return;
        }
    }

    bool conditionHolds(const RequiredWhen& when) const {
        auto it = record.fields.find(when.field);
        if (it == record.fields.end()) return false;
        for (const auto& v : when.values)
            if (*it == v) return true;
        return false;
    }

    void run() {
        if (!record.fields.is_object()) {
            issues.push_back({"fields", "type_mismatch", "the record's fields must be a JSON object"});
            return;
        }
        for (const auto& [key, value] : record.fields.items())
            if (!schema.field(key))
                issues.push_back({key, "unknown_field", "'" + key + "' is not a field of " + schema.type});
        for (const auto& f : schema.fields) {
            bool present = record.has(f.id);
            bool required = f.required || (!f.requiredWith.empty() && record.has(f.requiredWith)) ||
                            (f.requiredWhen && conditionHolds(*f.requiredWhen));
            if (!present) {
                if (required && !f.computed()) add(f, "required", "is required");
                continue;
            }
            auto before = issues.size();
            checkValue(f, record.fields[f.id]);
            if (issues.size() == before && !f.notBefore.empty() && record.has(f.notBefore)) {
                const auto& other = record.fields[f.notBefore];
                if (other.is_string() && dates::isValid(other.get<std::string>()) &&
                    record.fields[f.id].get<std::string>() < other.get<std::string>())
                    add(f, "date_order", "must not be before " + schema.field(f.notBefore)->en);
            }
        }
    }
};

}  // namespace

bool RegisterRecord::has(std::string_view field) const {
    if (!fields.is_object()) return false;
    auto it = fields.find(std::string(field));
    return it != fields.end() && hasValue(*it);
}

std::string RegisterRecord::text(std::string_view field) const {
    if (!fields.is_object()) return {};
    auto it = fields.find(std::string(field));
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string displayValue(const FieldDef& field, const nlohmann::json& value, std::string_view lang) {
    if (!hasValue(value)) return {};
    switch (field.kind) {
    case FieldKind::Enum:
        if (value.is_string())
            if (const auto* o = field.option(value.get<std::string>())) return lang == "zh" ? o->zh : o->en;
        break;
    case FieldKind::Bool:
        if (value.is_boolean()) return value.get<bool>() ? (lang == "zh" ? "是" : "yes") : (lang == "zh" ? "否" : "no");
        break;
    case FieldKind::Number:
        if (value.is_number()) return formatNumber(value.get<double>());
        break;
    case FieldKind::Sites:
        if (value.is_array()) {
            std::string out;
            for (const auto& s : value) out += (out.empty() ? "" : lang == "zh" ? "、" : ", ") + s.get<std::string>();
            return out;
        }
        break;
    case FieldKind::File:
        if (value.is_object()) return value.value("path", "");
        break;
    case FieldKind::Record:
        if (value.is_number_integer()) return "#" + std::to_string(value.get<std::int64_t>());
        break;
    default:
        break;
    }
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string displayTitle(const RegisterSchema& schema, const RegisterRecord& record, std::string_view lang) {
    const auto* f = schema.field(schema.titleField);
    if (!f || !record.fields.is_object() || !record.fields.contains(f->id)) return {};
    return displayValue(*f, record.fields[f->id], lang);
}

std::vector<FieldIssue> validate(const RegisterSchema& schema, const RegisterRecord& record) {
    Checker checker{schema, record, {}};
    if (record.type != schema.type)
        checker.issues.push_back(
            {"type", "type_mismatch", "the record is a " + record.type + ", not a " + schema.type});
    checker.run();
    return checker.issues;
}

void computeDerivedFields(const RegisterSchema& schema, RegisterRecord& record) {
    for (const auto& f : schema.fields) {
        if (!f.computed()) continue;
        double product = 1.0;
        bool complete = true;
        for (const auto& factor : f.productOf) {
            auto it = record.fields.find(factor);
            if (it == record.fields.end() || !it->is_number()) {
                complete = false;
                break;
            }
            product *= it->get<double>();
        }
        if (!complete) record.fields.erase(f.id);
        else if (product == std::floor(product) && std::fabs(product) < 1e15)
            record.fields[f.id] = static_cast<std::int64_t>(product);
        else record.fields[f.id] = product;
    }
}

void to_json(nlohmann::json& j, const RegisterRecord& r) {
    j = {{"id", r.id},
         {"type", r.type},
         {"series_id", r.seriesId},
         {"version", r.version},
         {"superseded", r.superseded},
         {"fields", r.fields},
         {"created_at", r.createdAt},
         {"created_by", r.createdBy},
         {"updated_at", r.updatedAt},
         {"updated_by", r.updatedBy}};
}

void from_json(const nlohmann::json& j, RegisterRecord& r) {
    r.id = jsonIntegerOr<RecordId>(j, "id", 0);
    r.type = j.value("type", "");
    r.seriesId = jsonIntegerOr<RecordId>(j, "series_id", 0);
    r.version = jsonIntegerOr<int>(j, "version", 1);
    r.superseded = j.value("superseded", false);
    r.fields = j.value("fields", nlohmann::json::object());
    r.createdAt = j.value("created_at", "");
    r.createdBy = j.value("created_by", "");
    r.updatedAt = j.value("updated_at", "");
    r.updatedBy = j.value("updated_by", "");
}

}  // namespace cnms::records
