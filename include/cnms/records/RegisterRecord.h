// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/records/RegisterSchema.h"

namespace cnms::records {

using RecordId = std::int64_t;

/** A file a record refers to: where it is and what its content was when it was referenced. */
struct FileRef {
    std::string path;
    std::string sha256;  ///< 64 lower-case hex digits
    bool operator==(const FileRef&) const = default;
};

/**
 * One entry of a register. Field values live in a JSON object keyed by field id, typed by the
 * schema (see FieldKind); an absent key and null both mean "no value".
 */
struct RegisterRecord {
    RecordId id = 0;  ///< 0 until stored
    std::string type;
    nlohmann::json fields = nlohmann::json::object();
    RecordId seriesId = 0;    ///< id of the first version; versions of one record share it
    int version = 1;          ///< 1, 2, ... within the series
    bool superseded = false;  ///< a later version replaced this one; kept read-only as history
    std::string createdAt, createdBy, updatedAt, updatedBy;  ///< set by the repository

    /** True when the field has a value (not absent, not null, not an empty string or list). */
    bool has(std::string_view field) const;
    /** The value of a string field, or "" when it has none or is not a string. */
    std::string text(std::string_view field) const;
};

/** Display text of one field value in `lang` ("zh" or "en"): enum labels, dates, "是/否" ... */
std::string displayValue(const FieldDef& field, const nlohmann::json& value, std::string_view lang);
/** The record's title for lists: the schema's title field as display text. */
std::string displayTitle(const RegisterSchema& schema, const RegisterRecord& record, std::string_view lang);

/**
 * Every problem with the record's own fields against its schema: unknown fields, required ones
 * missing, wrong JSON types, invalid dates, options, ranges, SHA-256 digests, date order and
 * conditional requirements. Each FieldIssue names the field id and a stable code (see
 * docs/registers.md). Checks against other records (site codes, references, uniqueness) are
 * made by RegisterService.
 */
std::vector<FieldIssue> validate(const RegisterSchema& schema, const RegisterRecord& record);

/** Sets computed fields (products) from their factors; removes them when a factor is missing. */
void computeDerivedFields(const RegisterSchema& schema, RegisterRecord& record);

void to_json(nlohmann::json& j, const RegisterRecord& r);
void from_json(const nlohmann::json& j, RegisterRecord& r);

}  // namespace cnms::records
