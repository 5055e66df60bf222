// SPDX-License-Identifier: MIT
#include "SqliteRegisterRepository.h"

#include "cnms/core/Errors.h"
#include "cnms/records/RegisterSchema.h"

namespace cnms::storage {
namespace {

using records::RecordId;
using records::RegisterRecord;

constexpr std::string_view kColumns =
    "SELECT id, type, series_id, version, superseded, fields, created_at, created_by, updated_at, updated_by "
    "FROM register_record ";

/** The columns copied out of the JSON for indexed queries: title, status and due date. */
struct Indexed {
    std::string title, status;
    std::optional<std::string> due;
};

Indexed indexedColumns(const RegisterRecord& r) {
    Indexed out;
    if (const auto* schema = records::RegisterSchemas::shipped().find(r.type)) {
        out.title = records::displayTitle(*schema, r, "zh");
        if (!schema->statusField.empty()) out.status = r.text(schema->statusField);
        if (!schema->dueField.empty() && r.has(schema->dueField)) out.due = r.text(schema->dueField);
    }
    return out;
}

}  // namespace

std::vector<RegisterRecord> SqliteRegisterRepository::query(std::string_view where,
                                                            const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare(std::string(kColumns) + std::string(where));
    bind(st);
    std::vector<RegisterRecord> out;
    while (st.step()) {
        RegisterRecord r;
        r.id = st.getInt(0);
        r.type = st.getText(1);
        r.seriesId = st.getInt(2);
        r.version = static_cast<int>(st.getInt(3));
        r.superseded = st.getInt(4) != 0;
        r.fields = nlohmann::json::parse(st.getTextView(5));
        r.createdAt = st.getText(6);
        r.createdBy = st.getText(7);
        r.updatedAt = st.getText(8);
        r.updatedBy = st.getText(9);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<RegisterRecord> SqliteRegisterRepository::list(std::string_view type, bool includeSuperseded) const {
    return query(includeSuperseded ? "WHERE type = ? ORDER BY series_id, version"
                                   : "WHERE type = ? AND superseded = 0 ORDER BY id",
                 [type](sqlite::Statement& st) { st.bind(1, type); });
}

std::vector<RegisterRecord> SqliteRegisterRepository::series(RecordId seriesId) const {
    return query("WHERE series_id = ? ORDER BY version", [seriesId](sqlite::Statement& st) { st.bind(1, seriesId); });
}

std::optional<RegisterRecord> SqliteRegisterRepository::find(RecordId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

RecordId SqliteRegisterRepository::write(const RegisterRecord& record) {
    auto now = utcNow();
    auto who = m_actor();
    auto idx = indexedColumns(record);
    auto st = m_db.prepare(
        "INSERT INTO register_record (id, type, series_id, version, superseded, title, status, due_date, fields, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (record.id != 0) st.bind(1, record.id);
    else st.bindNull(1);
    // A new series gets its own id as series id; it is known only after the insert.
    st.bind(2, record.type).bind(3, record.seriesId).bind(4, record.version).bind(5, record.superseded ? 1 : 0);
    st.bind(6, idx.title).bind(7, idx.status).bind(8, idx.due).bind(9, record.fields.dump());
    st.bind(10, record.createdAt.empty() ? now : record.createdAt)
        .bind(11, record.createdBy.empty() ? who : record.createdBy);
    st.bind(12, now).bind(13, who);
    st.run();
    RecordId id = m_db.lastInsertId();
    if (record.seriesId == 0) m_db.prepare("UPDATE register_record SET series_id = id WHERE id = ?").bind(1, id).run();
    return id;
}

RecordId SqliteRegisterRepository::insert(const RegisterRecord& record) {
    m_log.requireTransaction();
    if (record.seriesId != 0 && series(record.seriesId).empty())
        throw NotFoundError("no record series " + std::to_string(record.seriesId));
    RecordId id = write(record);
    auto stored = find(id);
    m_log.record("insert", record.type, std::to_string(id), {}, nlohmann::json(*stored).dump());
    return id;
}

void SqliteRegisterRepository::update(const RegisterRecord& record) {
    m_log.requireTransaction();
    auto old = find(record.id);
    if (!old) throw NotFoundError("no register record with id " + std::to_string(record.id));
    if (old->type != record.type)
        throw RefusedError("type_change", "record " + std::to_string(record.id) + " is a " + old->type +
                                              " and cannot become a " + record.type);
    auto idx = indexedColumns(record);
    auto st = m_db.prepare(
        "UPDATE register_record SET superseded = ?, title = ?, status = ?, due_date = ?, fields = ?, "
        "updated_at = ?, updated_by = ? WHERE id = ?");
    st.bind(1, record.superseded ? 1 : 0).bind(2, idx.title).bind(3, idx.status).bind(4, idx.due);
    st.bind(5, record.fields.dump()).bind(6, utcNow()).bind(7, m_actor()).bind(8, record.id).run();
    m_log.record("update", record.type, std::to_string(record.id), nlohmann::json(*old).dump(),
                 nlohmann::json(*find(record.id)).dump());
}

void SqliteRegisterRepository::remove(RecordId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no register record with id " + std::to_string(id));
    m_db.prepare("DELETE FROM register_record WHERE id = ?").bind(1, id).run();
    m_log.record("delete", old->type, std::to_string(id), nlohmann::json(*old).dump(), {});
}

std::vector<RecordId> SqliteRegisterRepository::importBatch(std::string_view type,
                                                            const std::vector<RegisterRecord>& batch,
                                                            std::string_view source) {
    m_log.requireTransaction();
    std::vector<RecordId> ids;
    for (auto r : batch) {
        r.id = 0;
        r.seriesId = 0;
        r.version = 1;
        r.superseded = false;
        r.type = std::string(type);
        ids.push_back(write(r));
    }
    nlohmann::json summary = {{"source", source}, {"rows", batch.size()}, {"ids", ids}};
    m_log.record("import", type, {}, {}, summary.dump());
    return ids;
}

FileReference SqliteFileReferenceRepository::record(std::string_view path, std::string_view sha256, std::int64_t size) {
    m_log.requireTransaction();
    auto existing = m_db.prepare(
        "SELECT id, path, sha256, size, recorded_at, recorded_by FROM file_ref WHERE path = ? AND sha256 = ?");
    existing.bind(1, path).bind(2, sha256);
    if (existing.step())
        return {existing.getInt(0), existing.getText(1), existing.getText(2),
                existing.getInt(3), existing.getText(4), existing.getText(5)};
    FileReference ref{0, std::string(path), std::string(sha256), size, utcNow(), m_actor()};
    auto st =
        m_db.prepare("INSERT INTO file_ref (path, sha256, size, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, ref.path).bind(2, ref.sha256).bind(3, ref.size).bind(4, ref.recordedAt).bind(5, ref.recordedBy).run();
    ref.id = m_db.lastInsertId();
    nlohmann::json j = {{"path", ref.path}, {"sha256", ref.sha256}, {"size", ref.size}};
    m_log.record("insert", "file_ref", std::to_string(ref.id), {}, j.dump());
    return ref;
}

std::vector<FileReference> SqliteFileReferenceRepository::list() const {
    auto st = m_db.prepare(
        "SELECT id, path, sha256, size, recorded_at, recorded_by FROM file_ref ORDER BY path, recorded_at, id");
    std::vector<FileReference> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getInt(3), st.getText(4), st.getText(5)});
    return out;
}

}  // namespace cnms::storage
