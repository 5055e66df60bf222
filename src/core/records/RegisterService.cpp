// SPDX-License-Identifier: MIT
#include "cnms/records/RegisterService.h"

#include <algorithm>
#include <filesystem>

#include "cnms/core/TextUtil.h"
#include "cnms/records/FileHash.h"
#include "cnms/security/Session.h"

namespace cnms::records {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

std::string recordName(const RegisterSchema& schema, const RegisterRecord& r) {
    return schema.type + " #" + std::to_string(r.id) + " '" + displayTitle(schema, r, "zh") + "'";
}

// Trims text values and drops empty ones, so "  " and "" never count as a value.
nlohmann::json normalizedFields(const RegisterSchema& schema, const nlohmann::json& fields) {
    if (!fields.is_object()) return fields;
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : fields.items()) {
        if (value.is_null()) continue;
        const auto* f = schema.field(key);
        if (value.is_string() && f && f->kind != FieldKind::LongText) {
            auto trimmed = std::string(text::trim(value.get<std::string>()));
            if (!trimmed.empty()) out[key] = trimmed;
        } else if (value.is_string()) {
            if (!text::trim(value.get<std::string>()).empty()) out[key] = value;
        } else if (value.is_array() && value.empty()) {
            continue;
        } else {
            out[key] = value;
        }
    }
    return out;
}

}  // namespace

std::vector<RegisterRecord> RegisterService::list(std::string_view type, const ListQuery& query) const {
    const auto& schema = m_schemas.get(type);
    auto all = m_store.registers().list(type, query.includeSuperseded);
    auto needle = text::trim(query.search);
    if (needle.empty()) return all;
    std::vector<RegisterRecord> out;
    for (auto& r : all)
        if (matches(schema, r, needle)) out.push_back(std::move(r));
    return out;
}

RegisterRecord RegisterService::get(RecordId id) const {
    auto r = m_store.registers().find(id);
    if (!r) throw NotFoundError("no register record with id " + std::to_string(id));
    return *r;
}

std::vector<RegisterRecord> RegisterService::versions(RecordId id) const {
    return m_store.registers().series(get(id).seriesId);
}

std::vector<ChangeLogEntry> RegisterService::changes(RecordId id, std::size_t limit) const {
    std::vector<ChangeLogEntry> out;
    for (const auto& v : versions(id)) {
        auto entries = m_store.changeLog().recent(limit, v.type, std::to_string(v.id));
        out.insert(out.end(), entries.begin(), entries.end());
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

RegisterRecord RegisterService::prepared(RegisterRecord record) const {
    const auto& schema = m_schemas.get(record.type);
    record.fields = normalizedFields(schema, record.fields);
    if (record.fields.is_object()) computeDerivedFields(schema, record);
    return record;
}

std::vector<FieldIssue> RegisterService::checkLinks(const RegisterSchema& schema, const RegisterRecord& record) const {
    std::vector<FieldIssue> issues;
    if (!record.fields.is_object()) return issues;
    for (const auto& f : schema.fields) {
        if (!record.has(f.id)) continue;
        const auto& v = record.fields[f.id];
        if ((f.kind == FieldKind::Site && v.is_string()) || (f.kind == FieldKind::Sites && v.is_array())) {
            auto codes = v.is_array() ? v : nlohmann::json::array({v});
            for (const auto& code : codes)
                if (code.is_string() && !m_store.sites().findByCode(code.get<std::string>()))
                    issues.push_back(
                        {f.id, "site_unknown", f.en + ": no site with code '" + code.get<std::string>() + "'"});
        } else if (f.kind == FieldKind::Record && v.is_number_integer()) {
            auto target = m_store.registers().find(v.get<RecordId>());
            if (!target)
                issues.push_back(
                    {f.id, "record_unknown", f.en + ": no record with id " + std::to_string(v.get<RecordId>())});
            else if (target->type != f.refType)
                issues.push_back({f.id, "record_wrong_type",
                                  f.en + ": record " + std::to_string(target->id) + " is a " + target->type +
                                      ", not a " + f.refType});
        }
    }
    if (!schema.uniqueField.empty() && record.has(schema.uniqueField)) {
        const auto& value = record.fields[schema.uniqueField];
        for (const auto& other : m_store.registers().list(schema.type, false))
            if (other.seriesId != record.seriesId || record.seriesId == 0)
                if (other.id != record.id && other.fields.value(schema.uniqueField, nlohmann::json()) == value) {
                    const auto* f = schema.field(schema.uniqueField);
                    issues.push_back({f->id, "duplicate",
                                      f->en + ": '" + displayValue(*f, value, "en") + "' is already used by record " +
                                          std::to_string(other.id)});
                    break;
                }
    }
    return issues;
}

std::vector<FieldIssue> RegisterService::check(const RegisterRecord& record) const {
    const auto& schema = m_schemas.get(record.type);
    auto issues = validate(schema, record);
    auto links = checkLinks(schema, record);
    issues.insert(issues.end(), links.begin(), links.end());
    return issues;
}

RegisterRecord RegisterService::add(RegisterRecord input) {
    security::require(m_store, security::Permission::EditRegisters);
    auto record = prepared(std::move(input));
    record.id = 0;
    record.seriesId = 0;
    record.version = 1;
    record.superseded = false;
    if (auto issues = check(record); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("add " + record.type);
    auto id = m_store.registers().insert(record);
    work->commit();
    return get(id);
}

RegisterRecord RegisterService::update(RegisterRecord input) {
    security::require(m_store, security::Permission::EditRegisters);
    auto stored = get(input.id);
    const auto& schema = m_schemas.get(stored.type);
    if (input.type.empty()) input.type = stored.type;
    if (input.type != stored.type)
        throw RefusedError("type_change", "record " + std::to_string(stored.id) + " is a " + stored.type);
    if (stored.superseded)
        throw RefusedError("superseded", recordName(schema, stored) + " is version " + std::to_string(stored.version) +
                                             ", superseded by a later version; it is kept unchanged as history");
    if (schema.freezeOnApproval && isApproved(schema, stored))
        throw RefusedError("approved_frozen",
                           recordName(schema, stored) + " is approved; make a new version to change it");
    auto record = prepared(std::move(input));
    record.seriesId = stored.seriesId;
    record.version = stored.version;
    record.superseded = false;
    if (auto issues = check(record); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("edit " + record.type);
    m_store.registers().update(record);
    work->commit();
    return get(record.id);
}

RegisterRecord RegisterService::newVersion(RecordId currentId, nlohmann::json fields) {
    security::require(m_store, security::Permission::EditRegisters);
    auto current = get(currentId);
    const auto& schema = m_schemas.get(current.type);
    if (!schema.versioned)
        throw RefusedError("not_versioned",
                           "the " + schema.type + " register keeps no versions; edit the record instead");
    if (current.superseded)
        throw RefusedError("superseded", recordName(schema, current) + " was already superseded by a later version");
    RegisterRecord next;
    next.type = current.type;
    next.fields = std::move(fields);
    next = prepared(std::move(next));
    next.seriesId = current.seriesId;
    next.version = current.version + 1;
    if (auto issues = check(next); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("new version of " + schema.type);
    current.superseded = true;
    m_store.registers().update(current);
    auto id = m_store.registers().insert(next);
    work->commit();
    return get(id);
}

std::vector<std::string> RegisterService::referencesTo(const RegisterRecord& target) const {
    std::vector<std::string> out;
    for (const auto& schema : m_schemas.all())
        for (const auto& f : schema.fields) {
            if (f.kind != FieldKind::Record || f.refType != target.type) continue;
            for (const auto& r : m_store.registers().list(schema.type, true))
                if (r.fields.value(f.id, nlohmann::json()) == target.id) out.push_back(recordName(schema, r));
        }
    return out;
}

RegisterRecord RegisterService::remove(RecordId id) {
    security::require(m_store, security::Permission::EditRegisters);
    auto record = get(id);
    const auto& schema = m_schemas.get(record.type);
    if (m_store.registers().series(record.seriesId).size() > 1)
        throw RefusedError(
            "history_kept",
            recordName(schema, record) + " has version history, which is kept; mark it obsolete or make a new version");
    if (auto refs = referencesTo(record); !refs.empty())
        throw RefusedError("in_use", recordName(schema, record) + " is referred to by " + refs.front() +
                                         (refs.size() > 1 ? " and " + std::to_string(refs.size() - 1) + " more" : ""));
    auto work = m_store.begin("remove " + record.type);
    m_store.registers().remove(id);
    work->commit();
    return record;
}

RegisterRecord RegisterService::restore(RegisterRecord input) {
    if (input.id == 0) return add(std::move(input));
    if (m_store.registers().find(input.id))
        throw RefusedError("id_taken", "a register record with id " + std::to_string(input.id) + " already exists");
    const RecordId id = input.id;
    auto record = prepared(std::move(input));
    record.id = id;
    record.seriesId = 0;  // a new series: the repository sets its id to the record's
    record.version = 1;
    record.superseded = false;
    if (auto issues = check(record); !issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("restore " + record.type);
    m_store.registers().insert(record);
    work->commit();
    return get(id);
}

std::vector<RecordId> RegisterService::import(std::string_view type, const std::vector<ImportRow>& rows,
                                              std::string_view source) {
    security::require(m_store, security::Permission::EditRegisters);
    const auto& schema = m_schemas.get(type);
    std::vector<FieldIssue> issues;
    std::vector<RegisterRecord> batch;
    std::vector<nlohmann::json> uniqueSeen;
    for (const auto& row : rows) {
        auto record = row.record;
        record.type = schema.type;
        record.id = record.seriesId = 0;
        record = prepared(std::move(record));
        auto rowIssues = check(record);
        if (!schema.uniqueField.empty() && record.has(schema.uniqueField)) {
            const auto& value = record.fields[schema.uniqueField];
            if (std::find(uniqueSeen.begin(), uniqueSeen.end(), value) != uniqueSeen.end())
                rowIssues.push_back({schema.uniqueField, "duplicate", "appears twice in the file"});
            uniqueSeen.push_back(value);
        }
        for (auto& issue : rowIssues)
            issues.push_back({"line " + std::to_string(row.line) + ": " + issue.field, issue.code, issue.message});
        batch.push_back(std::move(record));
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    auto work = m_store.begin("import " + schema.type);
    auto ids = m_store.registers().importBatch(schema.type, batch, source);
    work->commit();
    return ids;
}

FileRef RegisterService::referenceFile(const std::string& path) {
    security::require(m_store, security::Permission::EditRegisters);
    auto absolute = std::filesystem::absolute(path).lexically_normal().string();
    auto digest = sha256OfFile(absolute);
    auto work = m_store.begin("reference file");
    m_store.fileReferences().record(absolute, digest.sha256, digest.size);
    work->commit();
    return {absolute, digest.sha256};
}

FileState RegisterService::checkFile(const FileRef& ref) {
    try {
        return sha256OfFile(ref.path).sha256 == ref.sha256 ? FileState::Unchanged : FileState::Changed;
    } catch (const NotFoundError&) {
        return FileState::Missing;
    }
}

bool RegisterService::isCurrent(const RegisterSchema& schema, const RegisterRecord& record) {
    if (record.superseded) return false;
    return schema.statusField.empty() || !contains(schema.inactiveStatuses, record.text(schema.statusField));
}

bool RegisterService::isApproved(const RegisterSchema& schema, const RegisterRecord& record) {
    return schema.approvalField.empty() || record.has(schema.approvalField);
}

bool RegisterService::isOverdue(const RegisterSchema& schema, const RegisterRecord& record, std::string_view today) {
    if (schema.dueField.empty() || !isCurrent(schema, record) || !record.has(schema.dueField)) return false;
    if (!schema.statusField.empty() && contains(schema.doneStatuses, record.text(schema.statusField))) return false;
    auto due = record.text(schema.dueField);
    return dates::isValid(due) && due < today;
}

std::vector<OverdueItem> RegisterService::overdue(const Today& today) const {
    auto date = today.date();
    std::vector<OverdueItem> out;
    for (const auto& schema : m_schemas.all())
        for (const auto& r : m_store.registers().list(schema.type, false))
            if (isOverdue(schema, r, date)) {
                auto due = r.text(schema.dueField);
                out.push_back({schema.type, r.id, displayTitle(schema, r, "zh"), schema.dueField, due,
                               dates::daysBetween(due, date).value_or(0)});
            }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.daysOverdue > b.daysOverdue; });
    return out;
}

bool RegisterService::matches(const RegisterSchema& schema, const RegisterRecord& record, std::string_view needle) {
    auto lowered = text::toLower(text::trim(needle));
    if (lowered.empty()) return true;
    if (!record.fields.is_object()) return false;
    for (const auto& f : schema.fields) {
        if (!record.fields.contains(f.id)) continue;
        const auto& v = record.fields[f.id];
        for (const char* lang : {"zh", "en"})
            if (text::toLower(displayValue(f, v, lang)).find(lowered) != std::string::npos) return true;
        if (v.is_string() && text::toLower(v.get<std::string>()).find(lowered) != std::string::npos) return true;
    }
    return false;
}

}  // namespace cnms::records
