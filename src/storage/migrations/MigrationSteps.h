// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/storage/Migrations.h"

/** One declaration per schema step; each is defined in its own file VNNN_Name.cpp. */
namespace cnms::storage::migrations {
extern const Migration v001Initial;
extern const Migration v004Inventory;
extern const Migration v005Neutrality;
extern const Migration v006ManagementReview;
extern const Migration v003Registers;
extern const Migration v002Audit;
extern const Migration v007HashChain;
extern const Migration v008Users;
extern const Migration v009ProductionFigures;
extern const Migration v010ActivityYearIndex;
}
