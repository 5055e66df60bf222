// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

class SiteStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试公司";
        store = storage::createProject(dir.file("p.cnms"), org);
        auto work = store->begin("set user");
        store->setActor("王审核");
        work->commit();
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
};

TEST_F(SiteStoreTest, AddsEditsAndRemovesSitesWithAChangeLogEntryEach) {
    SiteService service(*store);
    auto before = store->changeLog().count();
    auto site = service.addSite({0, " CX-CLK ", "熟料基地", "浙江", "", 100});
    EXPECT_EQ(site.code, "CX-CLK");  // trimmed
    site.name = "长兴熟料基地";
    service.updateSite(site);
    service.removeSite(site.id);
    EXPECT_TRUE(service.sites().empty());

    auto log = store->changeLog().recent(10, "site");
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(store->changeLog().count(), before + 3);
    EXPECT_EQ(log[0].action, "delete");
    EXPECT_EQ(log[1].action, "update");
    EXPECT_EQ(log[2].action, "insert");
    EXPECT_EQ(log[1].actor, "王审核");
    EXPECT_EQ(nlohmann::json::parse(log[1].oldValue)["name"], "熟料基地");
    EXPECT_EQ(nlohmann::json::parse(log[1].newValue)["name"], "长兴熟料基地");
    EXPECT_TRUE(log[0].newValue.empty());
}

TEST_F(SiteStoreTest, RefusesADuplicateCodeAndKeepsTheFirst) {
    SiteService service(*store);
    service.addSite({0, "A", "一厂", "", "", 100});
    try {
        service.addSite({0, "A", "二厂", "", "", 100});
        FAIL();
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.issues().size(), 1u);
        EXPECT_EQ(e.issues()[0].field, "code");
        EXPECT_EQ(e.issues()[0].code, "duplicate");
    }
    ASSERT_EQ(service.sites().size(), 1u);
    EXPECT_EQ(service.sites()[0].name, "一厂");
}

TEST_F(SiteStoreTest, AUnitOfWorkLeftWithoutCommitRollsBackEverything) {
    auto logBefore = store->changeLog().count();
    {
        auto work = store->begin("failing action");
        store->sites().insert({0, "X", "临时", "", "", 100});
        // an early exit: no commit
    }
    EXPECT_TRUE(store->sites().list().empty());
    EXPECT_EQ(store->changeLog().count(), logBefore);
}

TEST_F(SiteStoreTest, NestedUnitsOfWorkRollBackOnlyTheirOwnPart) {
    auto outer = store->begin("outer");
    store->sites().insert({0, "A", "一厂", "", "", 100});
    {
        auto inner = store->begin("inner");
        store->sites().insert({0, "B", "二厂", "", "", 100});
    }
    outer->commit();
    auto sites = store->sites().list();
    ASSERT_EQ(sites.size(), 1u);
    EXPECT_EQ(sites[0].code, "A");
}

TEST_F(SiteStoreTest, WritesOutsideAUnitOfWorkAreRefused) {
    EXPECT_THROW(store->sites().insert({0, "A", "一厂", "", "", 100}), std::logic_error);
}

TEST_F(SiteStoreTest, ARemovedSiteComesBackWithItsIdForUndo) {
    SiteService service(*store);
    auto site = service.addSite({0, "A", "一厂", "", "", 60});
    service.removeSite(site.id);
    auto work = store->begin("undo remove");
    EXPECT_EQ(store->sites().insert(site), site.id);
    work->commit();
    EXPECT_EQ(store->sites().find(site.id), site);
}

TEST_F(SiteStoreTest, AReadOnlyProjectRefusesWrites) {
    auto path = store->info().path;
    store.reset();
    storage::OpenOptions options;
    options.readOnly = true;
    auto ro = storage::openProject(path, options);
    EXPECT_TRUE(ro->info().readOnly);
    EXPECT_THROW(SiteService(*ro).addSite({0, "A", "一厂", "", "", 100}), RefusedError);
}

TEST_F(SiteStoreTest, OrganizationEditsAreValidatedAndLogged) {
    SiteService service(*store);
    auto org = service.organization();
    org.creditCode = "91350100M000100Y43";
    org.consolidation = Consolidation::EquityShare;
    service.saveOrganization(org);
    EXPECT_EQ(service.organization().consolidation, Consolidation::EquityShare);
    org.creditCode = "123";
    EXPECT_THROW(service.saveOrganization(org), ValidationError);
    EXPECT_EQ(service.organization().creditCode, "91350100M000100Y43");
    EXPECT_EQ(store->changeLog().recent(1, "organization")[0].action, "update");
}
