// SPDX-License-Identifier: MIT
#include "cnms/audit/Independence.h"

#include "cnms/core/TextUtil.h"

namespace cnms {
namespace {
bool same(std::string_view a, std::string_view b) {
    a = text::trim(a);
    b = text::trim(b);
    return !a.empty() && a == b;
}
}  // namespace

std::vector<IndependenceConflict> independenceConflicts(const Audit& audit) {
    using Kind = IndependenceConflict::Kind;
    std::vector<IndependenceConflict> out;
    for (const auto& auditor : audit.auditors()) {
        auto name = std::string(text::trim(auditor.name));
        if (name.empty()) continue;
        for (const auto& process : audit.processes) {
            if (same(auditor.name, process.owner)) {
                out.push_back({name, Kind::ProcessOwner, process.name,
                               name + " is responsible for the audited process '" + process.name + "'"});
            } else if (same(auditor.department, process.department)) {
                out.push_back({name, Kind::SameDepartment, process.department,
                               name + " belongs to " + std::string(text::trim(process.department)) +
                                   ", the department of the audited process '" + process.name + "'"});
            }
        }
        for (const auto& auditee : audit.auditees)
            if (same(auditor.name, auditee))
                out.push_back({name, Kind::Auditee, name, name + " is also listed as an auditee of this audit"});
    }
    return out;
}

}  // namespace cnms
