// SPDX-License-Identifier: MIT
// The change log's hash chain: every kind of edit made behind the application's back, on several
// tables, is reported by `verify` with its table and id; untouched projects verify clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "TempDir.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/Clock.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/ServiceContext.h"
#include "cnms/core/SiteService.h"
#include "cnms/records/RegisterService.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Trust.h"

using namespace cnms;
using Kind = VerificationFinding::Kind;

namespace {

/** The demo project plus a nonconformity and a register record, closed again after setup. */
class HashChainTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("demo.cnms");
        auto store = storage::createProject(path, demo::organization());
        demo::populate(*store);
        FixedClock clock("2026-03-15");
        Nonconformity draft;
        draft.source = NcSource::Monitoring;
        draft.clauseId = "6.2";
        draft.severity = NcSeverity::Minor;
        draft.description = "3月份熟料线原煤消耗量无计量记录支撑";
        draft.raisedOn = "2026-03-01";
        ncId = NonconformityService(ServiceContext(*store, clock, "李明")).raise(draft).id;
        records::RegisterRecord meter;
        meter.type = "measuring_instrument";
        meter.fields = {{"code", "EM-01"},          {"name", "电能表"},
                        {"site", "CX-CLK"},         {"measured_quantity", "电量"},
                        {"calibration_interval_months", 12}, {"next_calibration_due", "2026-12-31"},
                        {"status", "in_use"}};
        recordId = records::RegisterService(*store).add(meter).id;
    }

    /** An edit with a plain SQLite connection, as someone with the file and a SQLite tool would make it. */
    void outside(const std::string& sql) {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec(sql);
    }
    std::int64_t firstId(const std::string& table) {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        return db.queryInt("SELECT min(rowid) FROM " + table).value_or(0);
    }
    std::int64_t middleId(const std::string& table) {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        return db.queryInt("SELECT rowid FROM " + table + " ORDER BY rowid LIMIT 1 OFFSET (SELECT count(*) / 2 FROM " +
                           table + ")")
            .value_or(0);
    }
    /** True when the report has a finding of `kind` for exactly this table and id. */
    static bool has(const VerificationReport& r, Kind kind, const std::string& table, const std::string& id) {
        for (const auto& f : r.findings)
            if (f.kind == kind && f.table == table && f.id == id) return true;
        return false;
    }
    static std::string listed(const VerificationReport& r) {
        std::string out;
        for (const auto& f : r.findings) out += describe(f) + "\n";
        return out;
    }

    test::TempDir dir;
    std::string path;
    std::int64_t ncId = 0, recordId = 0;
};

TEST_F(HashChainTest, TheDemoWithAnNcAndARegisterRecordVerifiesClean) {
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(r.ok()) << listed(r);
    EXPECT_GT(r.entries, 10);
    EXPECT_GT(r.rows, 100);  // two years of monthly activity data among them
    EXPECT_EQ(r.summary().rfind("verified: ", 0), 0u) << r.summary();
}

TEST_F(HashChainTest, WritesThroughTheApplicationKeepTheChainClean) {
    {
        auto store = storage::openProject(path);
        SiteService sites(*store);
        auto s = sites.addSite({0, "NB-PRT", "宁波码头", "浙江", "", 60});
        s.name = "宁波港码头";
        sites.updateSite(s);
        sites.removeSite(s.id);
    }
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(r.ok()) << listed(r);
}

TEST_F(HashChainTest, AValueUpdatedOutsideIsReportedByTableAndId) {
    const auto site = firstId("site"), activity = middleId("activity_record"), credit = firstId("offset_credit");
    outside("UPDATE site SET name = '改名' WHERE id = " + std::to_string(site));
    outside("UPDATE activity_record SET quantity = quantity * 0.9 WHERE id = " + std::to_string(activity));
    outside("UPDATE offset_credit SET quantity_tco2e = quantity_tco2e + 1 WHERE id = " + std::to_string(credit));
    outside("UPDATE nonconformity SET severity = 'minor', description = '已整改' WHERE id = " + std::to_string(ncId));
    outside("UPDATE register_record SET status = 'retired' WHERE id = " + std::to_string(recordId));
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::RowChanged, "site", std::to_string(site))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowChanged, "activity_record", std::to_string(activity))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowChanged, "offset_credit", std::to_string(credit))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowChanged, "nonconformity", std::to_string(ncId))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowChanged, "register_record", std::to_string(recordId))) << listed(r);
    EXPECT_EQ(r.findings.size(), 5u) << listed(r);
}

TEST_F(HashChainTest, ARowDeletedOutsideIsReportedByTableAndId) {
    const auto activity = middleId("activity_record"), credit = firstId("offset_credit");
    outside("DELETE FROM activity_record WHERE id = " + std::to_string(activity));
    outside("DELETE FROM offset_credit WHERE id = " + std::to_string(credit));
    outside("DELETE FROM nonconformity WHERE id = " + std::to_string(ncId));
    outside("DELETE FROM register_record WHERE id = " + std::to_string(recordId));
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::RowDeleted, "activity_record", std::to_string(activity))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowDeleted, "offset_credit", std::to_string(credit))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowDeleted, "nonconformity", std::to_string(ncId))) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowDeleted, "register_record", std::to_string(recordId))) << listed(r);
    EXPECT_EQ(r.findings.size(), 4u) << listed(r);
}

TEST_F(HashChainTest, ARowInsertedOutsideIsReportedByTableAndId) {
    outside("INSERT INTO site (id, code, name) VALUES (900, 'XX', '虚构工厂')");
    outside("INSERT INTO activity_record (id, year, site_id, period_start, period_end, source_type, activity, quantity, "
            "unit, data_quality, entered_by, entered_at) SELECT 5000000, year, site_id, period_start, period_end, "
            "source_type, activity, 1, unit, data_quality, entered_by, entered_at FROM activity_record LIMIT 1");
    outside("INSERT INTO offset_credit (id, registry, registry_key, serial, serial_prefix, serial_first, serial_last, "
            "vintage, quantity_tco2e, status, data) SELECT 700, registry, registry_key, serial, serial_prefix, "
            "serial_first, serial_last, vintage, quantity_tco2e, status, data FROM offset_credit LIMIT 1");
    outside("INSERT INTO register_record (id, type, series_id, title, fields, created_at, created_by, updated_at, "
            "updated_by) VALUES (800, 'policy', 800, '伪造方针', '{}', 'x', 'x', 'x', 'x')");
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::RowInserted, "site", "900")) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowInserted, "activity_record", "5000000")) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowInserted, "offset_credit", "700")) << listed(r);
    EXPECT_TRUE(has(r, Kind::RowInserted, "register_record", "800")) << listed(r);
    EXPECT_EQ(r.findings.size(), 4u) << listed(r);
}

TEST_F(HashChainTest, AChangeLogEntryEditedOutsideIsReportedById) {
    const auto entry = middleId("change_log");
    outside("UPDATE change_log SET actor = '别人' WHERE id = " + std::to_string(entry));
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::EntryChanged, "change_log", std::to_string(entry))) << listed(r);
}

TEST_F(HashChainTest, AnEditedOldValueIsReportedToo) {
    // The entry of the NC: its recorded new value rewritten to say something else.
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    auto entry = db.queryInt("SELECT max(id) FROM change_log WHERE entity = 'nonconformity'").value_or(0);
    outside("UPDATE change_log SET new_value = replace(new_value, '原煤', '天然气') WHERE id = " +
            std::to_string(entry));
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::EntryChanged, "change_log", std::to_string(entry))) << listed(r);
}

TEST_F(HashChainTest, AChangeLogEntryDeletedOutsideIsReportedById) {
    const auto entry = middleId("change_log");
    outside("DELETE FROM change_log WHERE id = " + std::to_string(entry));
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::EntryMissing, "change_log", std::to_string(entry))) << listed(r);
}

TEST_F(HashChainTest, TheLastEntryDeletedLeavesItsRowsUnaccountedFor) {
    // The register record's entry is the last one: without it, the record is not in the chain.
    outside("DELETE FROM change_log WHERE id = (SELECT max(id) FROM change_log)");
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::RowInserted, "register_record", std::to_string(recordId))) << listed(r);
}

TEST_F(HashChainTest, ReorderedChangeLogEntriesAreReportedById) {
    const auto a = middleId("change_log");
    const auto b = a + 1;
    const std::string sa = std::to_string(a), sb = std::to_string(b);
    outside("UPDATE change_log SET id = -1 WHERE id = " + sa + "; UPDATE change_log SET id = " + sa + " WHERE id = " +
            sb + "; UPDATE change_log SET id = " + sb + " WHERE id = -1");
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(has(r, Kind::EntryChanged, "change_log", sa)) << listed(r);
    EXPECT_TRUE(has(r, Kind::EntryChanged, "change_log", sb)) << listed(r);
    EXPECT_TRUE(has(r, Kind::EntryOutOfOrder, "change_log", sa)) << listed(r);
}

TEST_F(HashChainTest, AMigratedVersionOneFixtureVerifiesClean) {
    auto v1 = dir.file("v1.cnms");
    std::filesystem::copy_file(test::dataFile("project-v1.cnms"), v1);
    {
        auto store = storage::openProject(v1);  // migrates, chaining the old entries and sealing the rows
    }
    auto r = storage::verifyProjectFile(v1);
    EXPECT_TRUE(r.ok()) << listed(r);
    EXPECT_GE(r.rows, 4);  // the organization and its three sites
    // ... and an edit after the migration is still caught.
    sqlite::Database(v1, sqlite::Database::Mode::ReadWrite).exec("UPDATE site SET province = '江苏' WHERE id = 1");
    auto after = storage::verifyProjectFile(v1);
    EXPECT_TRUE(has(after, Kind::RowChanged, "site", "1")) << listed(after);
}

TEST_F(HashChainTest, ARowChangedAndChangedBackVerifiesClean) {
    outside("UPDATE site SET name = name || 'x' WHERE id = 1");
    outside("UPDATE site SET name = substr(name, 1, length(name) - 1) WHERE id = 1");
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
}

TEST_F(HashChainTest, TheHistoryOfAnImportedRowStartsWithItsBatch) {
    const auto id = middleId("activity_record");
    auto store = storage::openProject(path);
    auto history = store->changeLog().recent(10, "activity_record", std::to_string(id));
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].action, "import");
    // Another row's id that no batch holds has no history.
    EXPECT_TRUE(store->changeLog().recent(10, "activity_record", "99999999").empty());
}

}  // namespace
