// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

TEST(SaveCopyTest, WritesAProjectThatOpensWithEveryRecordWhileTheOriginalStaysUsable) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("a.cnms"), demo::organization());
    demo::populate(*store);
    store->saveCopyTo(dir.file("copy.cnms"));

    auto copy = storage::openProject(dir.file("copy.cnms"));
    EXPECT_EQ(copy->organization().get(), demo::organization());
    EXPECT_EQ(SiteService(*copy).sites().size(), 3u);
    EXPECT_FALSE(std::filesystem::exists(dir.file("copy.cnms.partial")));

    SiteService(*store).addSite({0, "NEW", "新厂", "浙江", "", 100});
    EXPECT_EQ(SiteService(*store).sites().size(), 4u);
    EXPECT_EQ(SiteService(*copy).sites().size(), 3u);  // the copy is independent
}

TEST(SaveCopyTest, ReplacesAnExistingFileAndRefusesTheProjectsOwnFile) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("a.cnms"), demo::organization());
    test::writeFile(dir.file("old.cnms"), "not a project");
    store->saveCopyTo(dir.file("old.cnms"));
    EXPECT_EQ(storage::openProject(dir.file("old.cnms"))->organization().get().name, demo::organization().name);

    EXPECT_THROW(store->saveCopyTo(dir.file("a.cnms")), RefusedError);
    EXPECT_EQ(store->organization().get().name, demo::organization().name);
}

TEST(SaveCopyTest, ReportsAnUnwritableTargetNamingIt) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("a.cnms"), demo::organization());
    const std::string target = dir.file("no-such-dir/copy.cnms");
    try {
        store->saveCopyTo(target);
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(target), std::string::npos) << e.what();
    }
}
