// SPDX-License-Identifier: MIT
#include "cnms/review/ManagementReview.h"

#include <algorithm>
#include <cstdio>

#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"


namespace cnms::review {
namespace {

constexpr std::pair<InputKind, std::string_view> kKindNames[] = {
    {InputKind::PreviousActions, "previous_actions"},
    {InputKind::Changes, "changes"},
    {InputKind::CarbonPerformance, "carbon_performance"},
    {InputKind::AuditResults, "audit_results"},
    {InputKind::Nonconformities, "nonconformities"},
    {InputKind::ComplianceEvaluation, "compliance_evaluation"},
    {InputKind::MonitoringResults, "monitoring_results"},
    {InputKind::Resources, "resources"},
    {InputKind::Communications, "communications"},
    {InputKind::Improvement, "improvement"},
};

}  // namespace

std::string_view toString(ReviewStatus status) { return status == ReviewStatus::Held ? "held" : "draft"; }

std::optional<ReviewStatus> reviewStatusFromString(std::string_view text) {
    if (text == "draft") return ReviewStatus::Draft;
    if (text == "held") return ReviewStatus::Held;
    return std::nullopt;
}

std::string_view toString(InputKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "previous_actions";
}

std::optional<InputKind> inputKindFromString(std::string_view text) {
    for (const auto& [k, name] : kKindNames)
        if (name == text) return k;
    return std::nullopt;
}

const std::vector<InputKind>& allInputKinds() {
    static const std::vector<InputKind> kinds = [] {
        std::vector<InputKind> out;
        for (const auto& [k, name] : kKindNames) out.push_back(k);
        return out;
    }();
    return kinds;
}

// Facts are worded in both languages here, as register schemas label their fields: the wording is
// data that the GUI, the reports and the CLI share, in the language each of them shows.
const std::vector<FactWording>& factFormats() {
    static const std::vector<FactWording> formats = {
        {"previous_actions", "%1 actions from earlier reviews: %2 implemented, %3 open, %4 overdue",
         "以往评审的措施共%1项：已实施%2项，未完成%3项，逾期%4项"},
        {"previous_action_open", "Open: %1 %2 (owner %3, due %4)",
         "未完成：%1 %2（负责人%3，期限%4）"},
        {"no_previous_actions", "No actions from earlier reviews.",
         "没有以往管理评审提出的措施。"},
        {"changes_context_issue", "Internal and external issues: %1 added, %2 changed, %3 current",
         "内外部问题：新增%1项，变更%2项，现有%3项"},
        {"changes_interested_party", "Interested parties: %1 added, %2 changed, %3 current",
         "相关方：新增%1项，变更%2项，现有%3项"},
        {"changes_compliance_obligation", "Compliance obligations: %1 added, %2 changed, %3 current",
         "合规义务：新增%1项，变更%2项，现有%3项"},
        {"changes_risk_opportunity", "Risks and opportunities: %1 added, %2 changed, %3 current",
         "风险和机遇：新增%1项，变更%2项，现有%3项"},
        {"changed_record", "Added or changed in the period: %1",
         "评审期内新增或变更：%1"},
        {"year_total", "Emissions %1: %2 tCO2e",
         "%1年排放量：%2 tCO₂e"},
        {"year_change", "Change %1 against %2: %3%",
         "%1年较%2年变化：%3%"},
        {"no_inventory", "No activity data recorded: no inventory to review.",
         "尚未录入活动数据，没有可供评审的温室气体清单。"},
        {"intensity_unavailable", "Intensity: no production output recorded for the years.",
         "排放强度：各年度尚未录入产量数据。"},
        {"intensity_output", "Intensity %1: %2 tCO2e/%3 of output",
         "%1年单位产品排放强度：%2 tCO₂e/%3"},
        {"intensity_revenue", "Intensity %1: %2 tCO2e/%3 of revenue",
         "%1年单位营业收入排放强度：%2 tCO₂e/%3"},
        {"intensity_change", "Intensity per output %1 against %2: %3%",
         "%1年单位产品排放强度较%2年变化：%3%"},
        {"target_progress", "Target \"%1\": %2 actual %3 against trajectory %4 tCO2e, %5% of the planned reduction "
                           "achieved",
         "目标“%1”：%2年实际%3 tCO₂e，轨迹值%4 tCO₂e，已完成计划减排量的%5%"},
        {"target_progress_intensity", "Target \"%1\": %2 actual %3 against trajectory %4 %5, %6% of the planned "
                                     "reduction achieved",
         "目标“%1”：%2年实际%3 %5，轨迹值%4 %5，已完成计划减排量的%6%"},
        {"target_on_track", "Target \"%1\" is on track.",
         "目标“%1”按轨迹推进。"},
        {"target_off_track", "Target \"%1\" is behind its trajectory.",
         "目标“%1”落后于轨迹。"},
        {"target_not_evaluated", "Target \"%1\" (%2): no actual value to compare with.",
         "目标“%1”（%2）：没有可比较的实际值。"},
        {"no_targets", "No carbon target recorded.",
         "尚未设定碳目标。"},
        {"neutrality_balance", "Neutrality balance %1: emissions %2, credits counted %3, net %4 tCO2e",
         "%1年碳中和平衡：排放%2，计入的减排量%3，净排放%4 tCO₂e"},
        {"neutral_yes", "%1: carbon neutral.",
         "%1年：已实现碳中和。"},
        {"neutral_no", "%1: not carbon neutral.",
         "%1年：尚未实现碳中和。"},
        {"credits", "Offset credits: %1 recorded, %2 retired (%3 tCO2e)",
         "碳信用：登记%1笔，已注销%2笔（%3 tCO₂e）"},
        {"audit_completed", "Audit %1 \"%2\" completed %3: %4 nonconformities, %5 observations, %6 opportunities",
         "内审%1“%2”于%3完成：不符合%4项，观察项%5项，改进机会%6项"},
        {"audit_conclusion", "Conclusion of %1: %2",
         "%1的审核结论：%2"},
        {"audits_planned", "Audits planned or in progress: %1",
         "已策划或进行中的审核：%1次"},
        {"no_audits", "No internal audit was completed in the period.",
         "评审期内没有完成的内部审核。"},
        {"nc_summary", "Nonconformities: %1 raised in the period, %2 closed, %3 open now",
         "不符合：评审期内发现%1项，关闭%2项，目前未关闭%3项"},
        {"nc_open", "Open: %1 (%2, %3) %4",
         "未关闭：%1（%2，%3）%4"},
        {"corrective_actions", "Corrective actions: %1 open, %2 of them overdue",
         "纠正措施：未完成%1项，其中逾期%2项"},
        {"compliance_summary", "Compliance evaluations in the period: %1 (compliant %2, partly %3, not compliant %4)",
         "评审期内合规性评价%1次（合规%2，部分合规%3，不合规%4）"},
        {"compliance_finding", "Not fully compliant: %1",
         "未完全合规：%1"},
        {"compliance_overdue", "Obligations overdue for evaluation: %1",
         "逾期未评价的合规义务：%1项"},
        {"monitoring_summary", "Monitoring results in the period: %1, with deviation: %2",
         "评审期内监视测量结果%1项，其中存在偏差%2项"},
        {"monitoring_deviation", "Deviation: %1 (%2)",
         "偏差：%1（%2）"},
        {"calibration_overdue", "Instruments overdue for calibration: %1",
         "逾期未校准的计量器具：%1台"},
        {"resources_summary", "Resource plans for the period: %1, amount %2",
         "评审期内资源计划%1项，金额合计%2"},
        {"resource_plan", "Resource: %1 (%2)",
         "资源：%1（%2）"},
        {"training_summary", "Training sessions in the period: %1",
         "评审期内培训%1次"},
        {"communications_summary", "Communications received from interested parties: %1",
         "收到相关方的来文或意见：%1件"},
        {"communication_incoming", "%1 from %2: %3",
         "%1 来自%2：%3"},
        {"improvement_ofis", "Opportunities for improvement found by audits in the period: %1",
         "评审期内审核提出的改进机会：%1项"},
        {"opportunity_open", "Open opportunity: %1",
         "未关闭的机遇：%1"},
        {"measure_pending", "Reduction measure not yet done: %1 (expected %2 tCO2e a year)",
         "尚未完成的减排措施：%1（预计每年%2 tCO₂e）"},
    };
    return formats;
}

std::string_view factFormat(std::string_view code, std::string_view lang) {
    for (const auto& w : factFormats())
        if (w.code == code) return lang == "zh" ? w.zh : w.en;
    return {};
}

namespace {

/** Words of the domain's own codes that facts carry as arguments (severity, NC state, target kind). */
std::string codeWord(std::string_view arg, std::string_view lang) {
    static const std::pair<std::string_view, std::pair<std::string_view, std::string_view>> words[] = {
        {"major", {"major", "严重"}},
        {"minor", {"minor", "一般"}},
        {"raised", {"raised", "已提出"}},
        {"contained", {"contained", "已控制"}},
        {"cause_analysed", {"cause analysed", "已分析原因"}},
        {"action_planned", {"action planned", "已制定措施"}},
        {"implemented", {"implemented", "已实施"}},
        {"verified", {"verified", "已验证"}},
        {"absolute", {"absolute", "绝对量"}},
        {"intensity", {"intensity", "强度"}},
    };
    for (const auto& [code, word] : words)
        if (code == arg) return std::string(lang == "zh" ? word.second : word.first);
    return std::string(arg);
}

}  // namespace

std::string factText(const ReviewFact& fact, std::string_view lang) {
    const bool codedArgs = fact.code == "nc_open" || fact.code == "target_not_evaluated";
    std::string format(factFormat(fact.code, lang));
    if (format.empty()) format = fact.code;
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] == '%' && i + 1 < format.size() && format[i + 1] >= '1' && format[i + 1] <= '9') {
            auto index = static_cast<std::size_t>(format[i + 1] - '1');
            if (index < fact.args.size())
                out += codedArgs && index >= 1 && index <= 2 ? codeWord(fact.args[index], lang) : fact.args[index];
            ++i;
        } else {
            out += format[i];
        }
    }
    return out;
}

std::string ManagementReview::code() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "MR-%04lld", static_cast<long long>(id));
    return buf;
}

const ReviewInput* ManagementReview::input(InputKind kind) const {
    auto it = std::find_if(inputs.begin(), inputs.end(), [kind](const ReviewInput& i) { return i.kind == kind; });
    return it == inputs.end() ? nullptr : &*it;
}

ReviewInput* ManagementReview::input(InputKind kind) {
    auto it = std::find_if(inputs.begin(), inputs.end(), [kind](const ReviewInput& i) { return i.kind == kind; });
    return it == inputs.end() ? nullptr : &*it;
}

std::vector<FieldIssue> validate(const ManagementReview& r) {
    std::vector<FieldIssue> issues;
    if (text::trim(r.title).empty()) issues.push_back({"title", "required", "the review needs a title"});
    if (r.meetingDate.empty())
        issues.push_back({"meeting_date", "required", "the review needs the date of the meeting (YYYY-MM-DD)"});
    else if (!iso_date::isValid(r.meetingDate))
        issues.push_back({"meeting_date", "date_invalid", "the meeting date '" + r.meetingDate + "' is not a date"});
    if (text::trim(r.chair).empty())
        issues.push_back({"chair", "required", "the review needs its chair, a member of top management"});
    for (std::size_t i = 0; i < r.attendees.size(); ++i)
        if (text::trim(r.attendees[i]).empty())
            issues.push_back({"attendees", "empty_entry",
                              "attendee " + std::to_string(i + 1) + " has no name"});
    bool fromOk = iso_date::isValid(r.periodFrom), toOk = iso_date::isValid(r.periodTo);
    if (!fromOk)
        issues.push_back({"period_from", r.periodFrom.empty() ? "required" : "date_invalid",
                          "the start of the period covered must be a date (YYYY-MM-DD)"});
    if (!toOk)
        issues.push_back({"period_to", r.periodTo.empty() ? "required" : "date_invalid",
                          "the end of the period covered must be a date (YYYY-MM-DD)"});
    if (fromOk && toOk && r.periodTo < r.periodFrom)
        issues.push_back({"period_to", "before_start",
                          "the period covered ends (" + r.periodTo + ") before it starts (" + r.periodFrom + ")"});
    return issues;
}

std::vector<FieldIssue> validateForHolding(const ManagementReview& r, std::string_view today) {
    auto issues = validate(r);
    if (iso_date::isValid(r.meetingDate) && r.meetingDate > today)
        issues.push_back({"meeting_date", "in_future",
                          "the meeting on " + r.meetingDate + " has not taken place yet (today is " +
                              std::string(today) + ")"});
    for (auto kind : allInputKinds())
        if (!r.input(kind))
            issues.push_back({"inputs", "not_compiled",
                              "the input '" + std::string(toString(kind)) + "' has not been compiled"});
    if (r.attendees.empty())
        issues.push_back({"attendees", "required", "a held review records who attended"});
    if (text::trim(r.suitability).empty())
        issues.push_back({"suitability", "required", "conclude whether the system is still suitable"});
    if (text::trim(r.adequacy).empty())
        issues.push_back({"adequacy", "required", "conclude whether the system is adequate"});
    if (text::trim(r.effectiveness).empty())
        issues.push_back({"effectiveness", "required", "conclude whether the system is effective"});
    bool anyDecision = std::any_of(r.decisions.begin(), r.decisions.end(),
                                   [](const std::string& d) { return !text::trim(d).empty(); });
    if (!anyDecision) issues.push_back({"decisions", "required", "a held review records at least one decision"});
    return issues;
}

}  // namespace cnms::review
