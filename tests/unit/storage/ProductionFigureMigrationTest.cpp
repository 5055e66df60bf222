// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "OldProject.h"
#include "TempDir.h"
#include "cnms/accounting/ProductionFigureService.h"
#include "cnms/storage/Migrations.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"
#include "cnms/storage/Trust.h"

using namespace cnms;

// A project written by the build before schema step 9 (steps 1-8) opens upgraded: backed up as .bak-v8, the figure table empty, writable, and the chain
// still verifies with the new rows in it.
TEST(ProductionFigureMigration, AVersionEightProjectIsUpgraded) {
    test::TempDir dir;
    const auto path = dir.file("v8.cnms");
    test::writeProjectAtVersion(path, 8);
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        ASSERT_EQ(db.queryInt("PRAGMA user_version"), 8);
        ASSERT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'production_figure'"), 0);
    }
    {
        auto store = storage::openProject(path);
        EXPECT_EQ(store->info().schemaVersion, storage::currentSchemaVersion());
        EXPECT_TRUE(std::filesystem::exists(path + ".bak-v8"));
        EXPECT_TRUE(store->productionFigures().list().empty());
        {
            auto work = store->begin("name the organization");
            Organization org;
            org.name = "旧版本项目";
            store->organization().save(org);
            work->commit();
        }
        accounting::ProductionFigure f;
        f.year = 2024;
        f.quantity = 1000;
        f.unit = "t cement";
        accounting::ProductionFigureService(*store).add(f);
        EXPECT_EQ(store->productionFigures().list(2024).size(), 1u);
    }
    EXPECT_TRUE(storage::verifyProjectFile(path).ok());
    // The database refuses a second organization figure of the same key even behind the service.
    sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
    EXPECT_THROW(db.exec("INSERT INTO production_figure (year, kind, quantity, unit) VALUES (2024, 'output', 1, 't cement')"),
                 sqlite::Error);
}
