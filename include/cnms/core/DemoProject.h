// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"

/**
 * The demo organization: a Zhejiang cement company with a clinker plant, a grinding station
 * and a head office. Each capability adds its own records here so that every page of the
 * workbench has real content on first run.
 */
namespace cnms::demo {

Organization organization();
/** The three demo sites (id 0: not stored yet). */
std::vector<Site> sites();
/** Fills a freshly created project with the demo records, in one unit of work. */
void populate(ProjectStore& store);

}  // namespace cnms::demo
