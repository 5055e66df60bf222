// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditLookup.h"

#include "IdText.h"
#include "cnms/core/Errors.h"
#include "cnms/core/TextUtil.h"

namespace cnms {

Audit requireAudit(ProjectStore& store, AuditId id) {
    auto audit = store.audits().find(id);
    if (!audit) throw NotFoundError("no audit with id " + std::to_string(id));
    return *audit;
}

Audit requireAudit(ProjectStore& store, std::string_view idOrCode) {
    auto text = text::trim(idOrCode);
    if (auto byCode = store.audits().findByCode(text)) return *byCode;
    if (auto id = detail::parseRecordId(text, "")) return requireAudit(store, *id);
    throw NotFoundError("no audit with id or code '" + std::string(text) + "'");
}

void requireNotCompleted(const Audit& audit) {
    if (audit.isCompleted())
        throw RefusedError("audit_completed", "audit " + audit.code + " was completed on " + audit.completedOn +
                                                  " and is read-only; record a correction of a finding instead");
}

Nonconformity requireNonconformity(ProjectStore& store, NonconformityId id) {
    auto nc = store.nonconformities().find(id);
    if (!nc) throw NotFoundError("no nonconformity with id " + std::to_string(id));
    return *nc;
}

Nonconformity requireNonconformity(ProjectStore& store, std::string_view idOrCode) {
    auto id = detail::parseRecordId(idOrCode, "NC-");
    if (!id) throw NotFoundError("no nonconformity '" + std::string(idOrCode) + "' (give its id, e.g. 3 or NC-0003)");
    return requireNonconformity(store, *id);
}

}  // namespace cnms
