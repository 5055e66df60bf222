// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/core/FileFingerprint.h"
#include "cnms/core/RecordRef.h"

namespace cnms {

using ChecklistItemId = std::int64_t;
using FindingCorrectionId = std::int64_t;

/**
 * The answer to a checklist item (ISO 19011 finding types). Open means not yet answered;
 * major and minor nonconformities need corrective action, the others do not.
 */
enum class FindingResult {
    Open,
    Conforming,
    MajorNonconformity,
    MinorNonconformity,
    Observation,
    Improvement,
    NotApplicable
};

/** Stable text forms: open, conforming, major, minor, observation, ofi, na. */
std::string_view toString(FindingResult result);
std::optional<FindingResult> findingResultFromString(std::string_view text);
/** True for major and minor nonconformities, which raise a nonconformity record. */
bool isNonconformity(FindingResult result);

/**
 * One question of an audit's checklist and its answer. Catalogue items keep the check's text in
 * both languages as it was when generated, so a later catalogue renumbering does not change what
 * was answered; the auditor's own questions have `own` set and a ref "Q1", "Q2" ...
 */
struct ChecklistItem {
    ChecklistItemId id = 0;
    AuditId auditId = 0;
    std::string ref;  ///< unique in the audit: the catalogue check id ("6.2-1") or "Q<n>"
    int seq = 0;      ///< display order
    std::string clauseId;
    std::string checkId;  ///< empty for own questions
    std::string questionZh;
    std::string questionEn;
    bool own = false;
    FindingResult result = FindingResult::Open;
    std::string evidence;
    std::vector<RecordRef> records;
    std::vector<FileRef> files;
    std::string answeredBy;
    std::string answeredAt;

    bool operator==(const ChecklistItem&) const = default;
    /** The question in "zh" or "en", falling back to the other language when one is empty. */
    const std::string& question(std::string_view lang) const;
};

/** Optional score of one clause of an audit: 0 (not implemented) to 5 (fully effective). */
struct ClauseScore {
    AuditId auditId = 0;
    std::string clauseId;
    int score = 0;
    std::string note;

    bool operator==(const ClauseScore&) const = default;
};

constexpr int kMaxClauseScore = 5;

/**
 * A correction of a finding of a completed audit: a new record linked to the item, because the
 * completed audit itself stays as it was. The latest correction gives the item's effective result.
 */
struct FindingCorrection {
    FindingCorrectionId id = 0;
    AuditId auditId = 0;
    ChecklistItemId itemId = 0;
    std::string itemRef;
    FindingResult result = FindingResult::Open;
    std::string evidence;
    std::string reason;
    std::string correctedBy;
    std::string correctedAt;
    std::optional<std::int64_t> raisedNonconformity;  ///< the NC this correction raised, if any

    bool operator==(const FindingCorrection&) const = default;
};

}  // namespace cnms
