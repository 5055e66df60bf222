// SPDX-License-Identifier: MIT
#include "SqliteChecklistRepository.h"

#include "cnms/audit/AuditJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
namespace {

ChecklistItem readItem(const sqlite::Statement& st) {
    ChecklistItem i;
    i.id = st.getInt(0);
    i.auditId = st.getInt(1);
    i.ref = st.getText(2);
    i.seq = static_cast<int>(st.getInt(3));
    i.clauseId = st.getText(4);
    i.checkId = st.getText(5);
    i.questionZh = st.getText(6);
    i.questionEn = st.getText(7);
    i.own = st.getInt(8) != 0;
    i.result = findingResultFromString(st.getTextView(9)).value_or(FindingResult::Open);
    i.evidence = st.getText(10);
    i.records = nlohmann::json::parse(st.getTextView(11)).get<std::vector<RecordRef>>();
    i.files = nlohmann::json::parse(st.getTextView(12)).get<std::vector<FileRef>>();
    i.answeredBy = st.getText(13);
    i.answeredAt = st.getText(14);
    return i;
}

void bindItem(sqlite::Statement& st, const ChecklistItem& i) {
    st.bind(1, i.auditId).bind(2, i.ref).bind(3, i.seq).bind(4, i.clauseId).bind(5, i.checkId);
    st.bind(6, i.questionZh).bind(7, i.questionEn).bind(8, i.own ? 1 : 0).bind(9, toString(i.result));
    st.bind(10, i.evidence).bind(11, nlohmann::json(i.records).dump()).bind(12, nlohmann::json(i.files).dump());
    st.bind(13, i.answeredBy).bind(14, i.answeredAt);
}

std::string scoreKey(const ClauseScore& s) { return std::to_string(s.auditId) + "/" + s.clauseId; }

}  // namespace

std::vector<ChecklistItem> SqliteChecklistRepository::query(std::string_view where,
                                                            const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare(
        "SELECT id, audit_id, ref, seq, clause_id, check_id, question_zh, question_en, own, result, evidence, records, "
        "files, answered_by, answered_at FROM audit_item " +
        std::string(where) + " ORDER BY audit_id, seq, id");
    bind(st);
    std::vector<ChecklistItem> out;
    while (st.step()) out.push_back(readItem(st));
    return out;
}

std::vector<ChecklistItem> SqliteChecklistRepository::items(AuditId audit) const {
    return query("WHERE audit_id = ?", [audit](sqlite::Statement& st) { st.bind(1, audit); });
}

std::optional<ChecklistItem> SqliteChecklistRepository::findItem(AuditId audit, std::string_view ref) const {
    auto rows = query("WHERE audit_id = ? AND ref = ?", [&](sqlite::Statement& st) { st.bind(1, audit).bind(2, ref); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::optional<ChecklistItem> SqliteChecklistRepository::findItemById(ChecklistItemId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

ChecklistItemId SqliteChecklistRepository::insertItem(const ChecklistItem& item) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO audit_item (audit_id, ref, seq, clause_id, check_id, question_zh, question_en, own, result, "
        "evidence, records, files, answered_by, answered_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindItem(st, item);
    if (item.id != 0)
        st.bind(15, item.id);
    else
        st.bindNull(15);
    st.run();
    ChecklistItem stored = item;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "finding", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteChecklistRepository::updateItem(const ChecklistItem& item) {
    m_log.requireTransaction();
    auto old = findItemById(item.id);
    if (!old) throw NotFoundError("no checklist item with id " + std::to_string(item.id));
    auto st = m_db.prepare(
        "UPDATE audit_item SET audit_id = ?, ref = ?, seq = ?, clause_id = ?, check_id = ?, question_zh = ?, "
        "question_en = ?, own = ?, result = ?, evidence = ?, records = ?, files = ?, answered_by = ?, answered_at = ? "
        "WHERE id = ?");
    bindItem(st, item);
    st.bind(15, item.id).run();
    m_log.record("update", "finding", std::to_string(item.id), nlohmann::json(*old).dump(),
                 nlohmann::json(item).dump());
}

void SqliteChecklistRepository::removeItems(AuditId audit) {
    m_log.requireTransaction();
    for (const auto& item : items(audit)) {
        m_db.prepare("DELETE FROM audit_item WHERE id = ?").bind(1, item.id).run();
        m_log.record("delete", "finding", std::to_string(item.id), nlohmann::json(item).dump(), {});
    }
}

std::vector<ClauseScore> SqliteChecklistRepository::scores(AuditId audit) const {
    auto st = m_db.prepare(
        "SELECT audit_id, clause_id, score, note FROM audit_clause_score WHERE audit_id = ? "
        "ORDER BY rowid");
    st.bind(1, audit);
    std::vector<ClauseScore> out;
    while (st.step()) out.push_back({st.getInt(0), st.getText(1), static_cast<int>(st.getInt(2)), st.getText(3)});
    return out;
}

void SqliteChecklistRepository::saveScore(const ClauseScore& score) {
    m_log.requireTransaction();
    std::string oldJson;
    for (const auto& s : scores(score.auditId))
        if (s.clauseId == score.clauseId) oldJson = nlohmann::json(s).dump();
    auto st = m_db.prepare(
        "INSERT INTO audit_clause_score (audit_id, clause_id, score, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (audit_id, clause_id) DO UPDATE SET score = excluded.score, note = excluded.note");
    st.bind(1, score.auditId).bind(2, score.clauseId).bind(3, score.score).bind(4, score.note).run();
    m_log.record(oldJson.empty() ? "insert" : "update", "audit_clause_score", scoreKey(score), oldJson,
                 nlohmann::json(score).dump());
}

std::vector<FindingCorrection> SqliteChecklistRepository::corrections(AuditId audit) const {
    auto st = m_db.prepare(
        "SELECT id, audit_id, item_id, item_ref, result, evidence, reason, corrected_by, corrected_at, "
        "nonconformity_id "
        "FROM audit_correction WHERE audit_id = ? ORDER BY id");
    st.bind(1, audit);
    std::vector<FindingCorrection> out;
    while (st.step()) {
        FindingCorrection c;
        c.id = st.getInt(0);
        c.auditId = st.getInt(1);
        c.itemId = st.getInt(2);
        c.itemRef = st.getText(3);
        c.result = findingResultFromString(st.getTextView(4)).value_or(FindingResult::Open);
        c.evidence = st.getText(5);
        c.reason = st.getText(6);
        c.correctedBy = st.getText(7);
        c.correctedAt = st.getText(8);
        if (!st.isNull(9)) c.raisedNonconformity = st.getInt(9);
        out.push_back(std::move(c));
    }
    return out;
}

FindingCorrectionId SqliteChecklistRepository::insertCorrection(const FindingCorrection& c) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO audit_correction (audit_id, item_id, item_ref, result, evidence, reason, corrected_by, "
        "corrected_at, nonconformity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.auditId).bind(2, c.itemId).bind(3, c.itemRef).bind(4, toString(c.result)).bind(5, c.evidence);
    st.bind(6, c.reason).bind(7, c.correctedBy).bind(8, c.correctedAt).bind(9, c.raisedNonconformity).run();
    FindingCorrection stored = c;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "finding_correction", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

}  // namespace cnms::storage
