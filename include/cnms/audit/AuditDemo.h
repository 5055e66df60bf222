// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/Clock.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::demo {

/**
 * Adds the demo's internal audit records: last year's programme with two completed audits
 * covering every clause and site (findings, an acknowledged independence warning, scores), the
 * nonconformities they raised in several workflow states (one closed, one awaiting verification,
 * one with an overdue action, one contained), a nonconformity raised by hand this year, and this
 * year's first planned audit. Dates are relative to `clock`'s today. Needs the demo sites.
 */
void populateAudit(ProjectStore& store, const Clock& clock = Clock::system());

}  // namespace cnms::demo
