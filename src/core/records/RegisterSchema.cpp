// SPDX-License-Identifier: MIT
#include "cnms/records/RegisterSchema.h"

#include <stdexcept>

#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/Embedded.h"
#include "cnms/core/Errors.h"

namespace cnms::records {
namespace {

constexpr std::pair<FieldKind, std::string_view> kKinds[] = {
    {FieldKind::Text, "text"},     {FieldKind::LongText, "long_text"}, {FieldKind::Date, "date"},
    {FieldKind::Enum, "enum"},     {FieldKind::Number, "number"},      {FieldKind::Bool, "bool"},
    {FieldKind::Person, "person"}, {FieldKind::Site, "site"},          {FieldKind::Sites, "sites"},
    {FieldKind::File, "file"},     {FieldKind::Record, "record"},
};

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
    std::vector<std::string> out;
    for (const auto& v : j.value(key, nlohmann::json::array())) out.push_back(v.get<std::string>());
    return out;
}

FieldDef parseField(const nlohmann::json& j, const std::string& type) {
    FieldDef f;
    f.id = j.at("id").get<std::string>();
    auto where = "register schema " + type + ", field " + f.id + ": ";
    auto kind = fieldKindFromString(j.at("kind").get<std::string>());
    if (!kind) throw std::runtime_error(where + "unknown kind '" + j.at("kind").get<std::string>() + "'");
    f.kind = *kind;
    f.zh = j.at("zh").get<std::string>();
    f.en = j.at("en").get<std::string>();
    f.required = j.value("required", false);
    for (const auto& o : j.value("options", nlohmann::json::array()))
        f.options.push_back(
            {o.at("value").get<std::string>(), o.at("zh").get<std::string>(), o.at("en").get<std::string>()});
    f.integer = j.value("integer", false);
    if (j.contains("min")) f.min = j["min"].get<double>();
    if (j.contains("max")) f.max = j["max"].get<double>();
    f.unit = j.value("unit", "");
    f.refType = j.value("ref_type", "");
    f.notBefore = j.value("not_before", "");
    f.requiredWith = j.value("required_with", "");
    if (j.contains("required_when"))
        f.requiredWhen = RequiredWhen{j["required_when"].at("field").get<std::string>(),
                                      j["required_when"].at("values").get<std::vector<nlohmann::json>>()};
    f.productOf = strings(j, "product_of");
    if (f.kind == FieldKind::Enum && f.options.empty()) throw std::runtime_error(where + "an enum needs options");
    if (f.kind == FieldKind::Record && f.refType.empty())
        throw std::runtime_error(where + "a record field needs ref_type");
    if (f.computed() && f.kind != FieldKind::Number) throw std::runtime_error(where + "only numbers can be computed");
    return f;
}

// Every field a schema names by id must exist and be of the right kind: a typo in the data
// would otherwise silently switch a rule off.
void checkSchema(const RegisterSchema& s) {
    auto fail = [&s](const std::string& what) { throw std::runtime_error("register schema " + s.type + ": " + what); };
    auto need = [&](const std::string& id, const char* role, std::optional<FieldKind> kind) {
        if (id.empty()) return;
        const auto* f = s.field(id);
        if (!f) fail(std::string(role) + " names unknown field '" + id + "'");
        if (kind && f->kind != *kind) fail(std::string(role) + " '" + id + "' has the wrong kind");
    };
    if (s.titleField.empty()) fail("title_field is required");
    need(s.titleField, "title_field", std::nullopt);
    need(s.uniqueField, "unique_field", std::nullopt);
    need(s.approvalField, "approval_field", FieldKind::Date);
    need(s.dueField, "due_field", FieldKind::Date);
    need(s.statusField, "status_field", FieldKind::Enum);
    for (const auto& list : {s.inactiveStatuses, s.doneStatuses})
        for (const auto& status : list)
            if (s.statusField.empty() || !s.field(s.statusField)->option(status))
                fail("status '" + status + "' is not an option of the status field");
    if (s.freezeOnApproval && (!s.versioned || s.approvalField.empty()))
        fail("freeze_on_approval needs versioned and an approval_field");
    for (std::size_t i = 0; i < s.fields.size(); ++i) {
        const auto& f = s.fields[i];
        for (std::size_t k = 0; k < i; ++k)
            if (s.fields[k].id == f.id) fail("field '" + f.id + "' appears twice");
        need(f.notBefore, "not_before", FieldKind::Date);
        need(f.requiredWith, "required_with", std::nullopt);
        if (f.requiredWhen) need(f.requiredWhen->field, "required_when", std::nullopt);
        for (const auto& factor : f.productOf) need(factor, "product_of", FieldKind::Number);
    }
}

}  // namespace

std::string_view toString(FieldKind kind) {
    for (const auto& [k, name] : kKinds)
        if (k == kind) return name;
    return "text";
}

std::optional<FieldKind> fieldKindFromString(std::string_view s) {
    for (const auto& [k, name] : kKinds)
        if (name == s) return k;
    return std::nullopt;
}

const EnumOption* FieldDef::option(std::string_view value) const {
    for (const auto& o : options)
        if (o.value == value) return &o;
    return nullptr;
}

const FieldDef* RegisterSchema::field(std::string_view id) const {
    for (const auto& f : fields)
        if (f.id == id) return &f;
    return nullptr;
}

RegisterSchemas RegisterSchemas::fromJson(std::string_view json) {
    auto doc = nlohmann::json::parse(json);
    RegisterSchemas out;
    for (const auto& j : doc.at("schemas")) {
        RegisterSchema s;
        s.type = j.at("type").get<std::string>();
        s.zh = j.value("zh", s.type);
        s.en = j.value("en", s.type);
        for (const auto& f : j.at("fields")) s.fields.push_back(parseField(f, s.type));
        s.titleField = j.value("title_field", "");
        s.versioned = j.value("versioned", false);
        s.freezeOnApproval = j.value("freeze_on_approval", false);
        s.uniqueField = j.value("unique_field", "");
        s.approvalField = j.value("approval_field", "");
        s.dueField = j.value("due_field", "");
        s.statusField = j.value("status_field", "");
        s.inactiveStatuses = strings(j, "inactive_statuses");
        s.doneStatuses = strings(j, "done_statuses");
        if (out.find(s.type)) throw std::runtime_error("register schema " + s.type + " appears twice");
        out.m_schemas.push_back(std::move(s));
    }
    for (const auto& s : out.m_schemas) {
        checkSchema(s);
        for (const auto& f : s.fields)
            if (f.kind == FieldKind::Record && !out.find(f.refType))
                throw std::runtime_error("register schema " + s.type + ", field " + f.id + ": ref_type '" + f.refType +
                                         "' has no schema");
    }
    return out;
}

const RegisterSchemas& RegisterSchemas::shipped() {
    static const RegisterSchemas schemas = [] {
        auto s = fromJson(embedded::registerSchemasJson());
        // The register's own name is the catalogue's name for its record type: one place for it.
        for (auto& schema : s.m_schemas)
            for (const auto& type : ClauseCatalogue::shipped().recordTypes())
                if (type.id == schema.type) {
                    schema.zh = type.zh;
                    schema.en = type.en;
                }
        return s;
    }();
    return schemas;
}

const RegisterSchema* RegisterSchemas::find(std::string_view type) const {
    for (const auto& s : m_schemas)
        if (s.type == type) return &s;
    return nullptr;
}

const RegisterSchema& RegisterSchemas::get(std::string_view type) const {
    if (const auto* s = find(type)) return *s;
    std::string known;
    for (const auto& s : m_schemas) known += (known.empty() ? "" : ", ") + s.type;
    throw NotFoundError("no register for record type '" + std::string(type) + "' (known: " + known + ")");
}

}  // namespace cnms::records
