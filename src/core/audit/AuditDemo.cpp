// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditDemo.h"

#include <functional>
#include <map>
#include <stdexcept>

#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/audit/AuditProgrammeService.h"
#include "cnms/audit/ChecklistService.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/IsoDate.h"

namespace cnms::demo {
namespace {

// The demo picks its findings by the records a clause asks for, not by clause number, so that
// it follows the catalogue if the catalogue is renumbered.
const Clause& clauseRequiring(std::string_view recordType, Pdca phase, bool last = false) {
    const Clause* found = nullptr;
    for (const auto& c : ClauseCatalogue::shipped().clauses()) {
        if (c.pdca != phase || c.checks.empty() || !c.requiresRecordType(recordType)) continue;
        found = &c;
        if (!last) break;
    }
    if (!found) throw std::logic_error("demo: no catalogue clause requires " + std::string(recordType));
    return *found;
}

std::string check(const Clause& clause, std::size_t number) {
    return clause.checks.at(std::min(number, clause.checks.size()) - 1).id;
}

/** "4-7" style range over the top-level clauses of the phases that `phase` accepts. */
std::string topLevelRange(const std::function<bool(Pdca)>& phase) {
    std::string first, last;
    for (const auto& c : ClauseCatalogue::shipped().clauses())
        if (c.parent.empty() && phase(c.pdca)) {
            if (first.empty()) first = c.id;
            last = c.id;
        }
    return first == last ? first : first + "-" + last;
}

std::string conformingEvidence(const ChecklistItem& item) {
    std::string names;
    if (auto clause = ClauseCatalogue::shipped().find(item.clauseId))
        for (const auto& r : clause->records) names += (names.empty() ? "" : "、") + r.zh;
    return "查阅" + names + "，抽样核对，符合要求";
}

struct Finding {
    FindingResult result;
    std::string evidence;
    std::vector<RecordRef> records;
};

/** Answers every item of an audit: the findings given, conforming otherwise. */
void answerAll(const ServiceContext& ctx, AuditId audit, const std::map<std::string, Finding>& findings) {
    ChecklistService checklist(ctx);
    for (const auto& item : checklist.items(audit)) {
        auto it = findings.find(item.ref);
        ChecklistAnswer answer = it == findings.end()
                                     ? ChecklistAnswer{FindingResult::Conforming, conformingEvidence(item), {}, {}}
                                     : ChecklistAnswer{it->second.result, it->second.evidence, it->second.records, {}};
        checklist.answer(audit, item.ref, answer);
    }
}

Audit draft(const std::string& title, const std::string& clauses, const std::string& start, const std::string& end) {
    Audit a;
    a.title = title;
    a.objective = "确认碳中和管理体系符合《工业碳中和管理体系 要求》和公司体系文件，并得到有效实施";
    a.criteria = "《工业碳中和管理体系 要求》；公司碳中和管理手册及程序文件；全国碳市场核算与报告要求";
    a.clauseSelection = clauses;
    a.startDate = start;
    a.endDate = end;
    a.lead = {"李明", "安全环保部"};
    return a;
}

}  // namespace

void populateAudit(ProjectStore& store, const Clock& clock) {
    const int year = iso_date::year(clock.today());
    const std::string ly = std::to_string(year - 1);
    const RecordRef clinker{"site", "CX-CLK"}, grinding{"site", "HZ-GRD"};
    auto work = store.begin("create demo audits");
    FixedClock story(ly + "-01-15");
    auto as = [&](const char* who) { return ServiceContext(store, story, who); };

    AuditProgrammeService(as("李明"))
        .save(year - 1, "一年内覆盖第4至10章全部条款和全部三个场所；排放核算和碳信用管理为重点过程",
              "上年外部核查指出活动数据溯源不足，今年在核算和计量条款加大抽样；新建粉磨站首次纳入审核");

    // First audit: the planning clauses at head office and the clinker plant.
    story.set(ly + "-09-20");
    auto plan1 = draft(ly + "年度第一次内部审核（策划与支持）", topLevelRange([](Pdca p) { return p == Pdca::Plan; }),
                       ly + "-10-20", ly + "-10-22");
    plan1.rationale = "覆盖策划和支持条款；碳信用首次用于抵消，6.4条重点抽查";
    plan1.sites = {"HZ-HQ", "CX-CLK"};
    plan1.team = {{"赵磊", "生产部"}};
    plan1.processes = {
        {"体系管理", "质量部", "刘洋"}, {"碳资产管理", "财务部", "陈静"}, {"计量管理", "设备部", "张伟"}};
    plan1.auditees = {"刘洋", "陈静", "张伟"};
    auto audit1 = AuditPlanService(as("李明")).plan(plan1);

    const auto& accounting = clauseRequiring("activity_data", Pdca::Plan);
    const auto& offsets = clauseRequiring("offset_credit", Pdca::Plan);
    const auto& metering = clauseRequiring("calibration_record", Pdca::Plan);
    const auto& roles = clauseRequiring("role_assignment", Pdca::Plan);
    const auto& documents = clauseRequiring("document", Pdca::Plan, true);
    story.set(ly + "-10-22");
    answerAll(
        as("李明"), audit1.id,
        {{check(accounting, 3),
          {FindingResult::MinorNonconformity,
           "抽查" + ly + "年3月熟料线入窑原煤消耗量：月报数据为估算值，无皮带秤读数或结算凭证支撑",
           {clinker}}},
         {check(offsets, 3),
          {FindingResult::MinorNonconformity,
           "碳信用登记表中2笔CCER（共3,000 tCO2e）已计入抵消量，但未保存注销证明，无法核实已在登记系统注销",
           {}}},
         {check(metering, 2),
          {FindingResult::MajorNonconformity,
           "熟料基地入窑煤粉计量皮带秤CX-M07检定证书已过期5个月，期间读数仍用于排放核算",
           {clinker}}},
         {check(roles, 4),
          {FindingResult::Observation,
           "粉磨站月度电量数据出现1次填报人与审批人为同一人的情况，尚未形成系统性问题",
           {grinding}}},
         {check(documents, 5),
          {FindingResult::Improvement, "建议将省级电网排放因子等外来文件纳入文件管理系统统一受控并设置更新提醒", {}}}});
    ChecklistService(as("李明")).score(audit1.id, accounting.id, 3, "数据链基本完整，个别月份溯源不足");
    ChecklistService(as("李明")).score(audit1.id, offsets.id, 3, "碳信用台账建立，注销证明未归档");
    ChecklistService(as("李明")).score(audit1.id, metering.id, 2, "关键计量器具检定过期");
    auto done1 = AuditCompletionService(as("李明"))
                     .complete(audit1.id,
                               "体系策划和支持过程总体符合要求；核算数据溯源、碳信用注销证明和计量器具检定"
                               "存在不符合，需采取纠正措施");

    // Second audit: operation, evaluation and improvement at the two plants. 王芳 belongs to the
    // department that runs metering and data collection: her warning is acknowledged with a reason.
    story.set(ly + "-10-30");
    auto plan2 = draft(ly + "年度第二次内部审核（运行、评价与改进）",
                       topLevelRange([](Pdca p) { return p != Pdca::Plan; }), ly + "-11-17", ly + "-11-19");
    plan2.rationale = "覆盖运行、绩效评价和改进条款；粉磨站首次审核";
    plan2.sites = {"CX-CLK", "HZ-GRD"};
    plan2.team = {{"王芳", "能源管理部"}};
    plan2.processes = {{"熟料生产", "生产部", "张伟"}, {"能源计量与排放数据采集", "能源管理部", "孙浩"}};
    plan2.auditees = {"张伟", "孙浩"};
    auto audit2 = AuditPlanService(as("李明"))
                      .plan(plan2, {{"王芳", "王芳只审核粉磨站的计量记录，熟料基地的数据采集由李明审核并复核其结论"}});

    const auto& monitoring = clauseRequiring("monitoring_plan", Pdca::Check);
    const auto& operation = clauseRequiring("operational_control", Pdca::Do);
    story.set(ly + "-11-19");
    answerAll(as("王芳"), audit2.id,
              {{check(monitoring, 2),
                {FindingResult::MinorNonconformity, "监视和测量计划未规定单位熟料综合能耗和排放强度的分析频次", {}}},
               {check(operation, 4),
                {FindingResult::Observation,
                 "外委运输车辆的油耗数据由承包方按季度提供，合同未约定数据质量要求",
                 {grinding}}}});
    ChecklistService(as("李明")).score(audit2.id, monitoring.id, 3, "有监测计划，分析频次不完整");
    auto done2 = AuditCompletionService(as("李明"))
                     .complete(audit2.id, "运行控制和绩效评价基本有效；监视和测量计划需补充分析频次");

    NonconformityService ncs(as("李明"));
    const auto& dataNc = done1.raised.at(0);     // activity data: taken all the way to closure
    const auto& creditNc = done1.raised.at(1);   // offsets: implemented, awaiting verification
    const auto& meterNc = done1.raised.at(2);    // metering: an action is overdue
    const auto& monitorNc = done2.raised.at(0);  // monitoring plan: contained only

    story.set(ly + "-10-24");
    NonconformityService(as("孙浩"))
        .contain(dataNc.id, "按DCS累计值重新核算3月原煤消耗量，并在排放清单中标注为估算数据");
    story.set(ly + "-10-30");
    NonconformityService(as("孙浩"))
        .analyseCause(dataNc.id,
                      {"3月无皮带秤日读数记录", "抄表员休假期间无人替岗", "计量管理程序未规定抄表替岗和月度核对"},
                      CauseCategory::Method);
    auto dataAction =
        NonconformityService(as("孙浩"))
            .addAction(dataNc.id, "修订《能源计量管理程序》：原煤消耗按皮带秤读数日抄，月度与结算单核对，明确替岗人",
                       "孙浩", ly + "-11-30");
    story.set(ly + "-11-25");
    NonconformityService(as("孙浩")).implementAction(dataNc.id, dataAction.id, {}, "程序QP-EN-07第3版已发布并培训");
    story.set(ly + "-12-15");
    ncs.verify(dataNc.id, true, "抽查" + ly + "年11月、12月原煤消耗记录，均有皮带秤日读数并与结算单核对一致");
    ncs.close(dataNc.id);

    story.set(ly + "-10-28");
    NonconformityService(as("陈静")).contain(creditNc.id, "已向登记系统申请补开2笔CCER的注销证明");
    story.set(ly + "-11-05");
    NonconformityService(as("陈静"))
        .analyseCause(creditNc.id, {"注销证明未归档", "碳信用登记表没有注销证明字段"}, CauseCategory::Method);
    auto creditAction = NonconformityService(as("陈静"))
                            .addAction(creditNc.id, "碳信用登记表增加注销证明编号字段，注销后3个工作日内归档证明",
                                       "陈静", ly + "-12-20");
    story.set(ly + "-12-18");
    NonconformityService(as("陈静"))
        .implementAction(creditNc.id, creditAction.id, {}, "登记表已更新，2份注销证明已归档");

    story.set(ly + "-10-23");
    NonconformityService(as("张伟")).contain(meterNc.id, "CX-M07停用并送检，改用备用皮带秤CX-M08计量");
    story.set(ly + "-11-02");
    NonconformityService(as("张伟"))
        .analyseCause(meterNc.id, {"CX-M07检定过期未被发现", "计量器具台账没有下次检定日期", "无人定期核查台账"},
                      CauseCategory::Equipment, "计量器具台账未记录下次检定日期，也无人定期核查");
    NonconformityService(as("张伟"))
        .addAction(meterNc.id, "计量器具台账增加下次检定日期，设备部每月核查并提前30天送检", "张伟", ly + "-12-31");
    NonconformityService(as("张伟"))
        .addAction(meterNc.id, "评估CX-M07失准期间数据的有效性，必要时更正排放清单", "孙浩",
                   iso_date::addDays(clock.today(), 60));

    story.set(ly + "-11-22");
    NonconformityService(as("孙浩")).contain(monitorNc.id, "在本月监测报告中补充单位熟料综合能耗和排放强度分析");

    // This year: a nonconformity from the compliance evaluation and the first planned audit.
    ServiceContext now(store, clock, "刘洋");
    Nonconformity late;
    late.source = NcSource::ComplianceEvaluation;
    late.clauseId = clauseRequiring("compliance_evaluation", Pdca::Check).id;
    late.severity = NcSeverity::Minor;
    late.description = ly + "年度温室气体排放报告晚于省生态环境厅规定日期3天报送";
    NonconformityService(now).raise(late);

    auto plan3 =
        draft(std::to_string(year) + "年度碳核算与碳抵消专项审核", accounting.id + "," + offsets.id + "," + metering.id,
              iso_date::addDays(clock.today(), 30), iso_date::addDays(clock.today(), 31));
    plan3.rationale = "上年审核在这三个条款发现不符合，提前专项跟踪纠正措施的有效性";
    plan3.sites = {"CX-CLK"};
    plan3.team = {{"赵磊", "生产部"}};
    AuditPlanService(ServiceContext(store, clock, "李明")).plan(plan3);
    AuditProgrammeService(ServiceContext(store, clock, "李明"))
        .save(year, "专项跟踪上年不符合的纠正措施；下半年再安排覆盖全部条款的审核", "");
    work->commit();
}

}  // namespace cnms::demo
