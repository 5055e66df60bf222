// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cnms {

/** One thing `cnms verify` found that the change log's hash chain does not account for. */
struct VerificationFinding {
    enum class Kind {
        RowChanged,     ///< the row's content differs from the last state the chain recorded
        RowDeleted,     ///< the chain says the row exists; it does not
        RowInserted,    ///< the row exists; the chain never recorded it
        EntryChanged,   ///< a change-log entry's content no longer matches its own hash
        EntryMissing,   ///< entries between two remaining ones were removed
        EntryOutOfOrder,///< an entry does not follow the one before it (moved, replaced or renumbered)
        NotChained,     ///< the file predates the chain (or its chain columns were removed)
        FileChanged,    ///< evidence pack: a member's SHA-256 differs from the manifest
        FileMissing,    ///< evidence pack: a member listed in the manifest is absent
        FileUnlisted,   ///< evidence pack: a member the manifest does not list
    };
    Kind kind = Kind::RowChanged;
    std::string table;  ///< table name, "change_log", or (File kinds) the pack member's name
    std::string id;     ///< row id or entry id; empty when it does not apply
    std::string detail; ///< English detail for the CLI
};

/** The result of verifying a project or an evidence pack. */
struct VerificationReport {
    std::int64_t entries = 0;  ///< change-log entries checked
    std::int64_t rows = 0;     ///< rows of application tables checked
    std::int64_t files = 0;    ///< pack members checked (0 for a project)
    std::vector<VerificationFinding> findings;

    bool ok() const { return findings.empty(); }
    /** One line: "verified: N change-log entries, M rows, all consistent" or the count of findings. */
    std::string summary() const;
};

/** Stable lower-case code of a kind, e.g. "row_changed" (CLI output, GUI translation key). */
std::string toCode(VerificationFinding::Kind kind);
/** "table site, id 3: row_changed (detail)". */
std::string describe(const VerificationFinding& finding);

}  // namespace cnms
