// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/records/Today.h"

namespace cnms::records {

/**
 * Fills the demo project's registers: a believable management system of a Zhejiang cement
 * company, dated around `today` so it stays current, with gaps left on purpose for the
 * readiness navigator (an overdue belt-scale calibration, no design review, no supplier
 * evaluation yet, an internal-audit procedure still in draft). Needs the demo sites.
 */
void populateDemoRegisters(ProjectStore& store, const Today& today);

}  // namespace cnms::records
