// SPDX-License-Identifier: MIT
#include "cnms/core/Verification.h"

namespace cnms {

std::string VerificationReport::summary() const {
    std::string what = std::to_string(entries) + " change-log entries, " + std::to_string(rows) + " rows";
    if (files > 0) what += ", " + std::to_string(files) + " files";
    if (ok()) return "verified: " + what + ", all consistent";
    return "NOT verified: " + std::to_string(findings.size()) + " finding" + (findings.size() == 1 ? "" : "s") +
           " in " + what;
}

std::string toCode(VerificationFinding::Kind kind) {
    using K = VerificationFinding::Kind;
    switch (kind) {
    case K::RowChanged: return "row_changed";
    case K::RowDeleted: return "row_deleted";
    case K::RowInserted: return "row_inserted";
    case K::EntryChanged: return "entry_changed";
    case K::EntryMissing: return "entry_missing";
    case K::EntryOutOfOrder: return "entry_out_of_order";
    case K::NotChained: return "not_chained";
    case K::FileChanged: return "file_changed";
    case K::FileMissing: return "file_missing";
    case K::FileUnlisted: return "file_unlisted";
    }
    return "unknown";
}

std::string describe(const VerificationFinding& f) {
    using K = VerificationFinding::Kind;
    const bool file = f.kind == K::FileChanged || f.kind == K::FileMissing || f.kind == K::FileUnlisted;
    std::string out = (file ? "file " : "table ") + f.table;
    if (!f.id.empty()) out += ", id " + f.id;
    out += ": " + toCode(f.kind);
    if (!f.detail.empty()) out += " (" + f.detail + ")";
    return out;
}

}  // namespace cnms
