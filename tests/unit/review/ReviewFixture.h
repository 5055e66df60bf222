// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "TempDir.h"
#include "cnms/core/Clock.h"
#include "cnms/core/ServiceContext.h"
#include "cnms/review/ManagementReviewService.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::test {

/** A fresh, empty project with the user 李明 and a clock standing at 2026-03-15. */
class ReviewFixture : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试水泥";
        store = storage::createProject(dir.file("review.cnms"), org);
        auto work = store->begin("set up");
        store->setActor("李明");
        work->commit();
    }

    ServiceContext ctx() { return ServiceContext(*store, clock); }
    review::ManagementReviewService service() { return review::ManagementReviewService(ctx()); }

    /** A valid draft for the 2025 review, met on `meeting`. */
    static review::ManagementReview draft(const std::string& meeting = "2026-03-10") {
        review::ManagementReview r;
        r.title = "2025年度管理评审";
        r.meetingDate = meeting;
        r.chair = "陈总经理";
        r.attendees = {"李明", "王芳"};
        r.periodFrom = "2025-01-01";
        r.periodTo = "2025-12-31";
        return r;
    }

    /** The outputs a review needs before it can be held. */
    static void conclude(review::ManagementReview& r) {
        r.suitability = "体系仍然适宜";
        r.adequacy = "资源基本充分";
        r.effectiveness = "目标按轨迹推进，体系有效";
        r.decisions = {"2026年投资余热发电改造"};
    }

    /** An action to add: what, who, by when. */
    static Action act(const std::string& description, const std::string& owner, const std::string& due) {
        Action a;
        a.description = description;
        a.owner = owner;
        a.dueDate = due;
        return a;
    }

    static std::string refusalCode(const std::function<void()>& f) {
        try {
            f();
        } catch (const RefusedError& e) {
            return e.code();
        }
        return "(not refused)";
    }

    static std::vector<std::string> issueCodes(const std::function<void()>& f) {
        try {
            f();
        } catch (const ValidationError& e) {
            std::vector<std::string> out;
            for (const auto& i : e.issues()) out.push_back(i.field + ":" + i.code);
            return out;
        }
        return {};
    }

    TempDir dir;
    FixedClock clock{"2026-03-15"};
    std::unique_ptr<ProjectStore> store;
};

}  // namespace cnms::test
