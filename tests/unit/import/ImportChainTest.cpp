// SPDX-License-Identifier: MIT
// An import digests its rows itself (from the values it binds) instead of reading them back:
// `cnms verify` must agree with those digests for every kind of value, and still report an edit
// made behind the application's back.
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Trust.h"

using namespace cnms;
using Kind = VerificationFinding::Kind;

namespace {

class ImportChainTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("p.cnms");
        Organization org;
        org.name = "测试水泥";
        store = storage::createProject(path, org);
        SiteService sites(*store);
        sites.addSite({0, "CLK", "熟料厂", "浙江", "", 100});
        sites.addSite({0, "HQ", "总部", "浙江", "", 100});
    }
    std::string file(const std::string& name, const std::string& body) {
        auto p = dir.file(name);
        test::writeFile(p, body);
        return p;
    }
    static std::string listed(const VerificationReport& r) {
        std::string out;
        for (const auto& f : r.findings) out += describe(f) + "\n";
        return out;
    }
    void outside(const std::string& sql) {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec(sql);
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<ProjectStore> store;
};

// Every column kind an activity row stores: empty and given record ids, Chinese text, integers
// (category), reals with and without fractions (a record's own NCV, carbon content, oxidation
// rate, CH4/N2O factors, factor value, uncertainty), optional texts present and absent, a zero
// quantity written as "-0" (SQLite reads -0.0 back as 0.0: the digest must be of what is stored).
const char* kRows =
    "record_id,site,period_start,period_end,source_type,activity,quantity,unit,iso_category,ncv,ncv_unit,"
    "carbon_content,oxidation_rate,ch4_kg_per_tj,n2o_kg_per_tj,factor_value,factor_unit,data_quality,"
    "uncertainty_pct,evidence,note\n"
    ",CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t,,,,,,,,,,measured,,,\n"
    "煤-01,CLK,2024-02-01,2024-02-29,fuel_combustion,bituminous_coal,1234.5,t,,23.5,GJ/t,26.18,93,1,1.5,,,"
    "calculated,5,磅单 2024-02,二月原煤\n"
    "E-01,HQ,2024-03-01,2024-03-31,purchased_electricity,cn_2023_avg,-0,MWh,,,,,,,,,,measured,,,\n"
    "F-01,HQ,2024-04-01,2024-04-30,indirect_other,road freight,100000,tkm,3,,,,,,,0.000062,tCO2e/tkm,"
    "estimated,30,,\n";

TEST_F(ImportChainTest, AnImportedProjectVerifiesCleanAndAnOutsideEditIsReported) {
    auto summary = import::importActivities(*store, file("a.csv", kRows));
    ASSERT_TRUE(summary.stored);
    ASSERT_EQ(summary.rows, 4u);
    store.reset();
    auto clean = storage::verifyProjectFile(path);
    EXPECT_TRUE(clean.ok()) << listed(clean);

    std::int64_t coal = 0;
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        coal = db.queryInt("SELECT id FROM activity_record WHERE record_id = '煤-01'").value_or(0);
        // -0 was stored as a plain zero.
        EXPECT_EQ(db.queryText("SELECT quote(quantity) FROM activity_record WHERE record_id = 'E-01'").value_or(""),
                  "0.0");
    }
    ASSERT_GT(coal, 0);
    outside("UPDATE activity_record SET ncv = 23.6 WHERE id = " + std::to_string(coal));
    auto edited = storage::verifyProjectFile(path);
    ASSERT_EQ(edited.findings.size(), 1u) << listed(edited);
    EXPECT_EQ(edited.findings[0].kind, Kind::RowChanged);
    EXPECT_EQ(edited.findings[0].table, "activity_record");
    EXPECT_EQ(edited.findings[0].id, std::to_string(coal));
}

TEST_F(ImportChainTest, CaptureResumesAfterAFailedAndAFinishedImport) {
    const std::string header = "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n";
    EXPECT_THROW(import::importActivities(*store, file("bad.csv", header +
                                                                       "A1,CLK,2024-01-01,2024-01-31,fuel_combustion,"
                                                                       "diesel,1,t\n"
                                                                       "A2,NOPE,2024-01-01,2024-01-31,fuel_combustion,"
                                                                       "diesel,1,t\n")),
                 io::ImportError);
    import::importActivities(*store, file("ok.csv", header + "A1,CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,1,t\n"));
    import::importActivities(*store, file("ok2.csv", header + "A2,HQ,2024-02-01,2024-02-29,fuel_combustion,diesel,2,t\n"));
    // Edits through the application after the imports are captured as before.
    std::optional<accounting::ActivityId> first;
    store->activities().forEachInYear(2024, [&](accounting::ActivityId id, const accounting::ActivityRecord&) {
        if (!first) first = id;
    });
    ASSERT_TRUE(first);
    {
        auto record = *store->activities().find(*first);
        record.quantity = 3;
        auto work = store->begin("edit");
        store->activities().update(*first, record, 1);
        work->commit();
    }
    store.reset();
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(r.ok()) << listed(r);
}

TEST_F(ImportChainTest, ATableWithAColumnTheWriterDoesNotKnowFallsBackToReadingRowsBack) {
    // A later schema step may add a column with a default the writer does not bind: the rows it
    // imports then carry that value, which only reading them back can digest.
    store.reset();
    outside("ALTER TABLE activity_record ADD COLUMN origin TEXT NOT NULL DEFAULT 'csv'");
    store = storage::openProject(path);
    import::importActivities(*store, file("a.csv", kRows));
    store.reset();
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(r.ok()) << listed(r);
}

}  // namespace

namespace {

// More rows than one chunk of the writer's row list holds (about 100,000): the change-log entry's
// rows are written into the stored blob part by part, and verify reads them back as one list.
TEST_F(ImportChainTest, ABatchLargerThanOneChunkOfRowsVerifiesClean) {
    std::string body = "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n";
    constexpr int kRows = 120'000;
    for (int i = 0; i < kRows; ++i)
        body += "R" + std::to_string(i) + (i % 2 ? ",CLK" : ",HQ") + ",2024-05-01,2024-05-31,fuel_combustion,diesel," +
                std::to_string(i % 97 + 1) + ".25,t\n";
    ASSERT_EQ(import::importActivities(*store, file("big.csv", body)).rows, static_cast<std::size_t>(kRows));
    store.reset();
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        // 'T' + length + name once per chunk, then 41 bytes a row.
        const auto bytes = db.queryInt("SELECT length(rows) FROM change_log WHERE action = 'import'").value_or(0);
        EXPECT_GT(bytes, 41 * kRows);
        EXPECT_LT(bytes, 41 * kRows + 17 * 4);
    }
    auto r = storage::verifyProjectFile(path);
    EXPECT_TRUE(r.ok()) << listed(r);
    EXPECT_GE(r.rows, kRows);
}

}  // namespace

namespace {

// An import into an empty table builds the table's indexes at the end instead of row by row:
// they must be there after a good import, and after a refused one (rolled back).
TEST_F(ImportChainTest, TheIndexesOfTheActivityTableAreThereAfterEveryImport) {
    auto indexes = [this] {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        return db.queryText("SELECT group_concat(sql, ';') FROM sqlite_schema WHERE type = 'index' AND "
                            "tbl_name = 'activity_record'").value_or("");
    };
    const std::string before = indexes();
    ASSERT_NE(before.find("activity_record_year"), std::string::npos) << before;
    const std::string header = "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n";
    EXPECT_THROW(import::importActivities(*store, file("bad.csv", header +
                                                                       "A1,CLK,2024-01-01,2024-01-31,fuel_combustion,"
                                                                       "diesel,1,t\n"
                                                                       "A2,CLK,2024-01-01,2024-01-31,fuel_combustion,"
                                                                       "diesel,x,t\n")),
                 io::ImportError);
    EXPECT_EQ(indexes(), before);
    import::importActivities(*store, file("ok.csv", kRows));
    EXPECT_EQ(indexes(), before);
    import::importActivities(*store, file("ok2.csv", header + "B1,HQ,2024-06-01,2024-06-30,fuel_combustion,diesel,1,t\n"));
    EXPECT_EQ(indexes(), before);
    {
        // The index is used again: a year's records are found through it.
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM activity_record WHERE year = 2024");
        std::string details;
        while (plan.step()) details += plan.getText(3) + "\n";
        EXPECT_NE(details.find("activity_record_year"), std::string::npos) << details;
    }
    store.reset();
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
}

// The writer's two stages may run on two threads. A write ahead of its record's prepare would
// store a row whose digest was never taken: it is refused, as is a finish with a prepared record
// not written.
TEST_F(ImportChainTest, TheWriterRefusesAWriteAheadOfItsPrepare) {
    accounting::ActivityRecord record;
    record.site = "CLK";
    record.periodStart = {2024, 1, 1};
    record.periodEnd = {2024, 1, 31};
    record.activity = "diesel";
    record.quantity = 1;
    record.unit = "t";
    record.enteredBy = "test";
    record.enteredAt = "2024-02-01T00:00:00Z";
    const auto siteId = store->sites().list().at(0).id;
    auto work = store->beginBulk("import activity data");
    auto writer = store->activities().beginBatch("by hand");
    EXPECT_THROW(writer->write(record, siteId), std::logic_error);
    writer->prepare(record, siteId);
    EXPECT_THROW(writer->finish(), std::logic_error);
    writer->write(record, siteId);
    writer->finish();
    work->commit();
    writer.reset();
    work.reset();
    store.reset();
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
}

}  // namespace
