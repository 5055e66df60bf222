// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"

/** The parts of the demo project, each filled by the capability it shows (DemoProject.cpp calls them). */
namespace cnms::demo {

/** Two years (2023 base, 2024) of monthly activity data for the three sites, with cached inventories. */
void populateInventory(ProjectStore& store);
/** Output (clinker, cement) and revenue of the two inventory years: the denominators of intensity. */
void populateProduction(ProjectStore& store);
/** Reduction measures, a 2030 target with the 2060 neutrality year, and offset credits. */
void populateNeutrality(ProjectStore& store);
/** A held management review of the year before last (met last year) and this year's draft review. */
void populateReviews(ProjectStore& store);

}  // namespace cnms::demo
