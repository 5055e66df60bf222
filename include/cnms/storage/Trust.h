// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cnms/core/Verification.h"

/**
 * Tamper evidence for front ends (docs/trust.md): verification of a project file against its
 * change log's hash chain, and the evidence pack handed to an external verifier.
 */
namespace cnms::storage {

/**
 * Verifies a project file read-only, in one read transaction (a consistent view even while the
 * application writes). Throws ProjectFileError when the file is not a current project (missing,
 * not a project, damaged, newer, or older and not yet upgraded).
 */
VerificationReport verifyProjectFile(const std::string& path);

/**
 * Frees the calling thread's OpenSSL state (its error queue, allocated by any digest). A worker of a thread
 * pool calls it when its job ends: the pool's threads can outlive OpenSSL's exit-time cleanup, which then
 * cannot free their state any more (LeakSanitizer reported it at the workbench's exit).
 */
void releaseThreadCryptoState();

/** What exportEvidence wrote. */
struct EvidencePackResult {
    std::string path;
    std::string manifestSha256;  ///< hand this to the verifier as the pack's anchor
    std::int64_t members = 0;    ///< files in the pack, the manifest included
    std::int64_t entries = 0;    ///< change-log entries of the year in change-log.jsonl
    std::vector<std::string> skipped;  ///< referenced files left out, each with the reason
};

/**
 * Writes an evidence pack for reporting year `year`: a snapshot of the project made with the
 * SQLite backup API (project.cnms), the files the project references as they were recorded
 * (files/, checked against their recorded SHA-256), the year's change-log entries as JSON lines
 * (change-log.jsonl) and manifest.json with the SHA-256 of every other member. Written beside
 * the target and renamed, so a failure leaves no half pack. Refuses an existing `outZip`.
 */
EvidencePackResult exportEvidence(const std::string& projectPath, int year, const std::string& outZip);

/**
 * Verifies an evidence pack: every member against the manifest, the snapshot's hash chain and
 * records, and, when `expectedManifestSha256` is not empty, the manifest against that anchor.
 * Throws std::runtime_error naming the file when it is not a readable pack.
 */
VerificationReport verifyEvidencePack(const std::string& zipPath, const std::string& expectedManifestSha256 = {});

/** True when the file starts with a zip signature (so `cnms verify` tells packs from projects). */
bool looksLikeZip(const std::string& path);

}  // namespace cnms::storage
