// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "Cli.h"
#include "cnms/audit/Audit.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/core/RecordRef.h"
#include "cnms/core/ServiceContext.h"

/** Helpers shared by the `audit`, `nc` and `action` command files. */
namespace cnms::cli {

// Sub-command groups split over several files; each adds its verbs to the group.
void addAuditPlanCommands(CLI::App& audit, Context& ctx);
void addAuditRunCommands(CLI::App& audit, Context& ctx);
void addAuditShowCommand(CLI::App& audit, Context& ctx);
void addNcQueryCommands(CLI::App& nc, Context& ctx);
void addNcStepCommands(CLI::App& nc, Context& ctx);

/** Adds `--as NAME`: the person on whose behalf the command acts (default: the project's user). */
void addActorOption(CLI::App* cmd, std::string& actor);

/** The service context for a command: the system clock and the `--as` name, if given. */
ServiceContext contextFor(ProjectStore& store, const std::string& actor);

/** "TYPE:ID" links; throws ValidationError naming `field[i]` for a malformed one. */
std::vector<RecordRef> parseRecordRefs(const std::vector<std::string>& texts, const std::string& field);

/** "NAME" or "NAME:DEPARTMENT" (a full-width colon works too). */
Auditor parseAuditor(const std::string& text);
/** "NAME:DEPARTMENT:OWNER", the last two optional. */
AuditedProcess parseProcess(const std::string& text);
/** "NAME=REASON"; throws ValidationError when the '=' is missing. */
IndependenceAcknowledgement parseAcknowledgement(const std::string& text, std::size_t index);

/** Accepts "7" or "A-0007". Throws NotFoundError otherwise. */
std::int64_t parseActionId(const std::string& text);

/** Valid `--result` values, in the order they are documented. */
const std::vector<std::string>& resultNames();

}  // namespace cnms::cli
