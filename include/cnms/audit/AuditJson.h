// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Action.h"
#include "cnms/core/FileFingerprint.h"
#include "cnms/core/RecordRef.h"

/** JSON forms of audit, nonconformity and action records: change log, `--format json`, storage columns. */
namespace cnms {

void to_json(nlohmann::json& j, const RecordRef& ref);
void from_json(const nlohmann::json& j, RecordRef& ref);
void to_json(nlohmann::json& j, const FileRef& ref);
void from_json(const nlohmann::json& j, FileRef& ref);
void to_json(nlohmann::json& j, const Auditor& auditor);
void from_json(const nlohmann::json& j, Auditor& auditor);
void to_json(nlohmann::json& j, const AuditedProcess& process);
void from_json(const nlohmann::json& j, AuditedProcess& process);
void to_json(nlohmann::json& j, const IndependenceDeclaration& declaration);
void from_json(const nlohmann::json& j, IndependenceDeclaration& declaration);
void to_json(nlohmann::json& j, const AuditProgramme& programme);
void to_json(nlohmann::json& j, const Audit& audit);
void to_json(nlohmann::json& j, const ChecklistItem& item);
void to_json(nlohmann::json& j, const ClauseScore& score);
void to_json(nlohmann::json& j, const FindingCorrection& correction);
void to_json(nlohmann::json& j, const Nonconformity& nc);
void to_json(nlohmann::json& j, const NcEvent& event);
void to_json(nlohmann::json& j, const Action& action);

}  // namespace cnms
