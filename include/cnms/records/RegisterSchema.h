// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * The schema-driven registers of the management system (issues, interested parties, policy,
 * risks, documents, instruments ...). One RegisterSchema per catalogue record type says which
 * fields a record has, how each is validated and shown, and which fields carry the meaning that
 * readiness and overdue rules use. Schemas are data: resources/records/register-schemas.json,
 * compiled in. A front end presents every register with one generic table and one generic form.
 */
namespace cnms::records {

/** How a field's value is held, validated and edited. */
enum class FieldKind {
    Text,      ///< one line, JSON string, at most 200 characters
    LongText,  ///< several lines, JSON string
    Date,      ///< JSON string YYYY-MM-DD, a real calendar date
    Enum,      ///< JSON string, one of the field's option values
    Number,    ///< JSON number, optionally integer and within [min, max]
    Bool,      ///< JSON true/false
    Person,    ///< JSON string, a person's name
    Site,      ///< JSON string, the code of a site of the project
    Sites,     ///< JSON array of site codes
    File,      ///< JSON object {"path": ..., "sha256": 64 hex}
    Record,    ///< JSON integer, id of a record of the field's refType
};

std::string_view toString(FieldKind kind);
std::optional<FieldKind> fieldKindFromString(std::string_view s);

/** One value of an enum field, with its labels. */
struct EnumOption {
    std::string value;
    std::string zh;
    std::string en;
};

/** "This field is required when field `field` has one of `values`." */
struct RequiredWhen {
    std::string field;
    std::vector<nlohmann::json> values;
};

/** One field of a register. */
struct FieldDef {
    std::string id;  ///< stable, used in storage, CSV headers and `--field id=value`
    std::string zh;
    std::string en;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    std::vector<EnumOption> options;  ///< Enum only
    bool integer = false;             ///< Number only
    std::optional<double> min, max;   ///< Number only
    std::string unit;                 ///< Number only, for display
    std::string refType;              ///< Record only: the record type referred to
    std::string notBefore;            ///< Date only: must not be earlier than this other date field
    std::string requiredWith;         ///< required when this other field has a value
    std::optional<RequiredWhen> requiredWhen;
    std::vector<std::string> productOf;  ///< computed: product of these number fields, never typed in

    bool computed() const { return !productOf.empty(); }
    const EnumOption* option(std::string_view value) const;
    const std::string& label(std::string_view lang) const { return lang == "zh" ? zh : en; }
};

/** The fields of one record type and the meaning some of them carry. */
struct RegisterSchema {
    std::string type;  ///< a catalogue record type, e.g. "risk_opportunity"
    std::string zh;    ///< the register's name (from the catalogue's record_types)
    std::string en;
    std::vector<FieldDef> fields;
    std::string titleField;                     ///< the field that names a record in lists and references
    bool versioned = false;                     ///< a change can be a new version that supersedes and keeps the old one
    bool freezeOnApproval = false;              ///< an approved record is read-only; changes need a new version
    std::string uniqueField;                    ///< unique among the type's current records (e.g. document code)
    std::string approvalField;                  ///< a date field: empty means not approved
    std::string dueField;                       ///< a date field: in the past means overdue
    std::string statusField;                    ///< an enum field
    std::vector<std::string> inactiveStatuses;  ///< records in these no longer count as present
    std::vector<std::string> doneStatuses;      ///< records in these are never overdue

    const FieldDef* field(std::string_view id) const;
    const std::string& label(std::string_view lang) const { return lang == "zh" ? zh : en; }
};

/** The schemas of every register; parsed from JSON, checked for consistency. */
class RegisterSchemas {
public:
    /** Parses schema JSON; throws std::runtime_error naming the schema and field that are wrong. */
    static RegisterSchemas fromJson(std::string_view json);
    /** The schemas shipped with this build, labelled with the catalogue's record-type names. */
    static const RegisterSchemas& shipped();

    const std::vector<RegisterSchema>& all() const { return m_schemas; }
    const RegisterSchema* find(std::string_view type) const;
    /** Like find, but throws NotFoundError naming the known types. */
    const RegisterSchema& get(std::string_view type) const;

private:
    std::vector<RegisterSchema> m_schemas;
};

}  // namespace cnms::records
