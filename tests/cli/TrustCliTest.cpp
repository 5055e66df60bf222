// SPDX-License-Identifier: MIT
// `cnms verify` and `cnms export-evidence`: exit codes, findings by table and id, the evidence
// pack's round trip, a tampered pack member, and the manifest hash as the external anchor.
#include <gtest/gtest.h>
#include <unzip.h>
#include <zip.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <ctime>

#include "CliRunner.h"
#include "TempDir.h"
#include "cnms/core/Sha256.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using test::cnmsRun;

namespace {

/** The year of today's change-log entries (UTC), which the pack's --year selects. */
std::string thisYear() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return std::to_string(tm.tm_year + 1900);
}

std::map<std::string, std::string> readZip(const std::string& path) {
    std::map<std::string, std::string> out;
    unzFile z = unzOpen64(path.c_str());
    EXPECT_NE(z, nullptr) << path;
    for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
        char name[512];
        unz_file_info64 info{};
        unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        unzOpenCurrentFile(z);
        std::string data;
        char buf[65536];
        int n;
        while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0) data.append(buf, static_cast<std::size_t>(n));
        unzCloseCurrentFile(z);
        out[name] = data;
    }
    unzClose(z);
    return out;
}

/** Writes the members into a new zip, as someone repacking an altered pack would. */
void writeZip(const std::string& path, const std::map<std::string, std::string>& members) {
    zipFile z = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : members) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(z, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
        zipWriteInFileInZip(z, data.data(), static_cast<unsigned>(data.size()));
        zipCloseFileInZip(z);
    }
    zipClose(z, nullptr);
}

class TrustCli : public ::testing::Test {
protected:
    void SetUp() override {
        project = dir.file("demo.cnms");
        ASSERT_EQ(cnmsRun({"init", project, "--demo"}).code, 0);
        // One referenced evidence file, recorded as the register pages record them.
        evidence = dir.file("calibration-2025.txt");
        test::writeFile(evidence, "电能表 EM-01 检定证书 2025-03-02\n");
        auto store = storage::openProject(project);
        auto work = store->begin("reference a file");
        store->fileReferences().record(evidence, sha256::ofFile(evidence),
                                       static_cast<std::int64_t>(std::filesystem::file_size(evidence)));
        work->commit();
    }
    std::string exportPack(const std::string& name, std::string* manifestSha = nullptr) {
        const std::string pack = dir.file(name);
        auto r = cnmsRun({"export-evidence", project, "--year", thisYear(), "--out", pack});
        EXPECT_EQ(r.code, 0) << r.err;
        std::smatch m;
        EXPECT_TRUE(std::regex_search(r.out, m, std::regex("manifest SHA-256: ([0-9a-f]{64})"))) << r.out;
        if (manifestSha && m.size() > 1) *manifestSha = m[1];
        return pack;
    }

    test::TempDir dir;
    std::string project, evidence;
};

TEST_F(TrustCli, AnUntouchedDemoVerifiesWithExitZeroAndOneLine) {
    auto r = cnmsRun({"verify", project});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("verified: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("all consistent"), std::string::npos) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
}

TEST_F(TrustCli, AnOutsideEditExitsTwoNamingTableAndId) {
    sqlite::Database(project, sqlite::Database::Mode::ReadWrite)
        .exec("UPDATE site SET equity_share_pct = 50 WHERE id = 2; DELETE FROM offset_credit WHERE id = 1");
    auto r = cnmsRun({"verify", project});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("table site, id 2: row_changed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("table offset_credit, id 1: row_deleted"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("NOT verified: 2 findings"), std::string::npos) << r.out;
}

TEST_F(TrustCli, TheEvidencePackRoundTrips) {
    std::string manifestSha;
    const auto pack = exportPack("pack.zip", &manifestSha);
    auto members = readZip(pack);
    ASSERT_TRUE(members.count("manifest.json"));
    ASSERT_TRUE(members.count("project.cnms"));
    ASSERT_TRUE(members.count("change-log.jsonl"));
    ASSERT_TRUE(members.count("files/1-calibration-2025.txt"));
    EXPECT_EQ(members["files/1-calibration-2025.txt"], test::readFile(evidence));
    EXPECT_EQ(sha256::ofBytes(members["manifest.json"]), manifestSha);
    auto manifest = nlohmann::json::parse(members["manifest.json"]);
    EXPECT_EQ(manifest["year"], std::stoi(thisYear()));
    EXPECT_EQ(manifest["members"].size(), 3u);
    for (const auto& m : manifest["members"]) EXPECT_EQ(m["sha256"], sha256::ofBytes(members[m["name"]])) << m;
    // Every line of the change log is one entry with its chain hashes.
    auto lines = members["change-log.jsonl"];
    ASSERT_FALSE(lines.empty());
    auto first = nlohmann::json::parse(lines.substr(0, lines.find('\n')));
    EXPECT_EQ(first["content_sha256"].get<std::string>().size(), 64u);

    auto r = cnmsRun({"verify", pack});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("3 files"), std::string::npos) << r.out;
    r = cnmsRun({"verify", pack, "--manifest-sha256", manifestSha});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    // The pack is refused as a target a second time: nothing is overwritten.
    EXPECT_EQ(cnmsRun({"export-evidence", project, "--year", thisYear(), "--out", pack}).code, 2);
}

TEST_F(TrustCli, ATamperedPackMemberIsDetected) {
    const auto pack = exportPack("pack.zip");
    auto members = readZip(pack);
    members["files/1-calibration-2025.txt"] = "电能表 EM-01 检定证书 2025-09-30\n";
    const auto tampered = dir.file("tampered.zip");
    writeZip(tampered, members);
    auto r = cnmsRun({"verify", tampered});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("file files/1-calibration-2025.txt: file_changed"), std::string::npos) << r.out;
}

TEST_F(TrustCli, AnEditedSnapshotIsDetectedByManifestAndChain) {
    const auto pack = exportPack("pack.zip");
    auto members = readZip(pack);
    const auto snapshot = dir.file("snap.cnms");
    test::writeFile(snapshot, members["project.cnms"]);
    sqlite::Database(snapshot, sqlite::Database::Mode::ReadWrite).exec("UPDATE site SET name = '改名' WHERE id = 1");
    members["project.cnms"] = test::readFile(snapshot);
    const auto tampered = dir.file("tampered.zip");
    writeZip(tampered, members);
    auto r = cnmsRun({"verify", tampered});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("file project.cnms: file_changed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("table site, id 1: row_changed"), std::string::npos) << r.out;
}

TEST_F(TrustCli, AConsistentlyRewrittenManifestIsCaughtOnlyByTheAnchor) {
    std::string manifestSha;
    const auto pack = exportPack("pack.zip", &manifestSha);
    auto members = readZip(pack);
    const std::string forged = "电能表 EM-01 检定证书 2025-09-30\n";
    members["files/1-calibration-2025.txt"] = forged;
    auto manifest = nlohmann::json::parse(members["manifest.json"]);
    for (auto& m : manifest["members"])
        if (m["name"] == "files/1-calibration-2025.txt") m["sha256"] = sha256::ofBytes(forged);
    members["manifest.json"] = manifest.dump(2) + "\n";
    const auto tampered = dir.file("tampered.zip");
    writeZip(tampered, members);
    EXPECT_EQ(cnmsRun({"verify", tampered}).code, 0);  // consistent in itself: see docs/trust.md
    auto r = cnmsRun({"verify", tampered, "--manifest-sha256", manifestSha});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("file manifest.json: file_changed"), std::string::npos) << r.out;
}

}  // namespace
