// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/core/SiteService.h"
#include "cnms/records/RegisterService.h"
#include "cnms/storage/ProjectFile.h"

/** A project with two sites, and helpers that build valid records of some registers. */
class RegisterFixture : public ::testing::Test {
protected:
    void SetUp() override {
        cnms::Organization org;
        org.name = "测试水泥公司";
        store = cnms::storage::createProject(dir.file("p.cnms"), org);
        {
            auto work = store->begin("set user");
            store->setActor("王审核");
            work->commit();
        }
        cnms::SiteService sites(*store);
        sites.addSite({0, "CX-CLK", "长兴熟料基地", "浙江", "", 100});
        sites.addSite({0, "HZ-GRD", "杭州粉磨站", "浙江", "", 100});
    }

    static cnms::records::RegisterRecord make(std::string type, nlohmann::json fields) {
        cnms::records::RegisterRecord r;
        r.type = std::move(type);
        r.fields = std::move(fields);
        return r;
    }
    static cnms::records::RegisterRecord meter(const std::string& code, const std::string& due,
                                               const std::string& status = "in_use") {
        return make("measuring_instrument", {{"code", code},
                                             {"name", "电能表"},
                                             {"site", "CX-CLK"},
                                             {"measured_quantity", "电量"},
                                             {"calibration_interval_months", 12},
                                             {"next_calibration_due", due},
                                             {"status", status}});
    }
    static cnms::records::RegisterRecord policy(const std::string& text, bool approved) {
        nlohmann::json f = {{"title", "碳中和方针"}, {"policy_text", text}};
        if (approved) {
            f["approved_by"] = "总经理 陈建国";
            f["approved_on"] = "2025-01-06";
        }
        return make("policy", f);
    }

    cnms::test::TempDir dir;
    std::unique_ptr<cnms::ProjectStore> store;
};
