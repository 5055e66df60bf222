// SPDX-License-Identifier: MIT
#include "DemoParts.h"

#include <algorithm>

#include "cnms/core/Clock.h"
#include "cnms/core/IsoDate.h"
#include "cnms/core/ServiceContext.h"
#include "cnms/review/ManagementReviewService.h"

namespace cnms::demo {
namespace {

using namespace cnms::review;

ManagementReview meeting(int reviewedYear, const std::string& date) {
    ManagementReview r;
    r.title = std::to_string(reviewedYear) + "年度管理评审";
    r.meetingDate = date;
    r.chair = "陈建国（总经理）";
    r.attendees = {"王立新（管理者代表）", "张伟（能源管理部）", "李明（质量部）", "王芳（财务部）",
                   "赵强（长兴熟料生产基地）"};
    r.periodFrom = std::to_string(reviewedYear) + "-01-01";
    r.periodTo = std::to_string(reviewedYear) + "-12-31";
    return r;
}

Action action(std::string description, std::string owner, std::string due) {
    Action a;
    a.description = std::move(description);
    a.owner = std::move(owner);
    a.dueDate = std::move(due);
    return a;
}

void comment(ManagementReview& r, InputKind kind, std::string text) {
    if (auto* in = r.input(kind)) in->comment = std::move(text);
}

}  // namespace

void populateReviews(ProjectStore& store) {
    const Clock& clock = Clock::system();
    const int year = iso_date::year(clock.today());
    ManagementReviewService service(ServiceContext(store, clock, "王立新"));

    // Last year's review of the year before, held and read-only, with one action done and one open.
    auto held = service.create(meeting(year - 2, std::to_string(year - 1) + "-03-18"));
    comment(held, InputKind::CarbonPerformance,
            "熟料线排放占全公司九成以上，余热发电和替代燃料是下一步减排的主要方向。");
    comment(held, InputKind::AuditResults, "内审发现计量器具校准管理薄弱，已要求能源管理部整改。");
    comment(held, InputKind::Resources, "在线监测系统预算不足，需在下年度追加。");
    held.suitability = "碳中和管理体系覆盖三个场所和主要排放过程，与公司战略相适宜。";
    held.adequacy = "体系文件和职责基本充分；计量和数据管理资源不足，需要加强。";
    held.effectiveness = "排放核算和目标管理按计划运行，体系总体有效，计量器具校准尚有缺口。";
    held.decisions = {"批准熟料线余热发电扩容项目立项，纳入下年度投资计划。",
                      "能源管理部在6月底前完成全部计量器具的校准复核。"};
    held.resourceNeeds = "在线监测系统建设资金约120万元；增配一名碳排放核算专员。";
    held.policyChanges = "维持2030年较2023年减排20%的目标不变。";
    held = service.update(held);
    auto done = service.addAction(held.id, action("完成全部计量器具校准复核，更新计量器具台账", "张伟",
                                                   std::to_string(year - 1) + "-06-30"));
    service.addAction(held.id, action("完成余热发电扩容项目可行性研究报告", "赵强", std::to_string(year - 1) + "-12-31"));
    service.hold(held.id);
    done.status = ActionStatus::Implemented;
    done.implementedOn = std::to_string(year - 1) + "-06-25";
    done.implementedBy = "张伟";
    done.implementationNote = "23台计量器具全部复核，台账已更新";
    store.actions().update(done);

    // This year's review of last year, still a draft: inputs compiled, some comments, outputs open.
    // Met on March 20, or today early in the year, so that the draft can be held from the demo.
    auto draftDate = std::min(std::to_string(year) + "-03-20", clock.today());
    auto draft = service.create(meeting(year - 1, draftDate));
    comment(draft, InputKind::PreviousActions, "余热发电可研报告延期，需说明原因并给出新的完成日期。");
    comment(draft, InputKind::CarbonPerformance, "排放较上年下降，但仍需关注熟料产量变化对强度的影响。");
    draft.suitability = "体系仍然适宜。";
    service.update(draft);
}

}  // namespace cnms::demo
