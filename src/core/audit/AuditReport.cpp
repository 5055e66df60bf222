// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditReport.h"

#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditLookup.h"

namespace cnms {

int AuditReport::answered() const {
    int n = 0;
    for (auto r : effectiveResults)
        if (r != FindingResult::Open) ++n;
    return n;
}

AuditReport buildAuditReport(ProjectStore& store, AuditId id) {
    AuditReport report;
    report.audit = requireAudit(store, id);
    report.items = store.checklists().items(id);
    report.scores = store.checklists().scores(id);
    report.corrections = store.checklists().corrections(id);
    for (const auto& item : report.items) {
        auto result = effectiveResult(item, report.corrections);
        report.effectiveResults.push_back(result);
        ++report.counts[result];
    }
    for (const auto& nc : store.nonconformities().list())
        if (nc.finding && nc.finding->auditId == id) report.nonconformities.push_back(nc);
    return report;
}

}  // namespace cnms
