// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "cnms/audit/Audit.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/ProjectStore.h"

/** Finding audit records by what people type: an id ("3") or a code ("IA-2025-01", "NC-0003"). */
namespace cnms {

/** The audit with that id or code; throws NotFoundError. */
Audit requireAudit(ProjectStore& store, std::string_view idOrCode);
Audit requireAudit(ProjectStore& store, AuditId id);
/** Throws RefusedError "audit_completed" when `audit` is completed: it is read-only. */
void requireNotCompleted(const Audit& audit);

/** The nonconformity with that id or code; throws NotFoundError. */
Nonconformity requireNonconformity(ProjectStore& store, std::string_view idOrCode);
Nonconformity requireNonconformity(ProjectStore& store, NonconformityId id);

}  // namespace cnms
