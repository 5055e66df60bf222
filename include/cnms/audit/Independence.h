// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/audit/Audit.h"

namespace cnms {

/** Why an auditor may not be independent of part of the audit's scope. */
struct IndependenceConflict {
    enum class Kind { ProcessOwner, SameDepartment, Auditee };
    std::string auditor;
    Kind kind = Kind::ProcessOwner;
    std::string subject;  ///< the process or department concerned
    std::string message;  ///< English sentence, stored with the acknowledgement
};

/**
 * Conflicts of every auditor (lead and team) with the audit's scope: an auditor who owns an
 * audited process, belongs to the department of an audited process, or is an auditee. Names and
 * departments are compared after trimming; empty ones never conflict.
 */
std::vector<IndependenceConflict> independenceConflicts(const Audit& audit);

}  // namespace cnms
