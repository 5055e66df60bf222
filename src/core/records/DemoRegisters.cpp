// SPDX-License-Identifier: MIT
#include "cnms/records/DemoRegisters.h"

#include "cnms/records/RegisterService.h"

namespace cnms::records {
namespace {

using nlohmann::json;

/** Adds demo records through the service, so they pass the same validation as the user's. */
class Builder {
public:
    Builder(ProjectStore& store, const Today& today) : m_service(store), m_today(today.date()) {}
    std::string day(int offset) const { return *dates::addDays(m_today, offset); }
    RecordId add(const char* type, json fields) {
        RegisterRecord r;
        r.type = type;
        r.fields = std::move(fields);
        return m_service.add(r).id;
    }
    RegisterService& service() { return m_service; }

private:
    RegisterService m_service;
    std::string m_today;
};

/** Returns the ids of the carbon-market issue and the export-customer issue, which risks link to. */
std::pair<RecordId, RecordId> context(Builder& b) {
    auto reviewed = b.day(-60), due = b.day(305);
    auto market = b.add("context_issue",
                        {{"title", "全国碳市场将水泥行业纳入并逐年收紧配额"},
                         {"origin", "external"},
                         {"category", "market"},
                         {"effect", "adverse"},
                         {"effect_description", "熟料生产排放需足额清缴配额，配额缺口将直接增加成本约 300 万元/年。"},
                         {"last_reviewed", reviewed},
                         {"review_due", due}});
    b.add("context_issue", {{"title", "浙江省由能耗双控逐步转向碳排放双控"},
                            {"origin", "external"},
                            {"category", "policy"},
                            {"effect", "adverse"},
                            {"effect_description", "新增产能需落实碳排放指标，技改项目需开展碳排放评价。"},
                            {"last_reviewed", reviewed},
                            {"review_due", due}});
    auto customer =
        b.add("context_issue", {{"title", "出口客户要求提供产品碳足迹（欧盟碳边境调节机制）"},
                                {"origin", "external"},
                                {"category", "customer"},
                                {"effect", "mixed"},
                                {"effect_description", "不能提供可信碳足迹将失去订单；低碳水泥可获得溢价。"},
                                {"last_reviewed", reviewed},
                                {"review_due", due}});
    b.add("context_issue", {{"title", "熟料线余热发电装机 9 MW，覆盖约 28% 用电"},
                            {"origin", "internal"},
                            {"category", "energy"},
                            {"effect", "favourable"},
                            {"effect_description", "可通过二期扩容进一步降低外购电量和范围二排放。"},
                            {"last_reviewed", reviewed},
                            {"review_due", due}});
    b.add("context_issue", {{"title", "替代燃料技术储备和人员经验不足"},
                            {"origin", "internal"},
                            {"category", "technology"},
                            {"effect", "adverse"},
                            {"effect_description", "限制燃煤替代率的提升速度，影响 2030 年强度目标。"},
                            {"last_reviewed", reviewed},
                            {"review_due", due}});
    return {market, customer};
}

std::pair<RecordId, RecordId> obligations(Builder& b) {
    auto ets = b.add("compliance_obligation",
                     {{"title", "《碳排放权交易管理办法（试行）》"},
                      {"obligation_type", "ets"},
                      {"issuer", "生态环境部"},
                      {"reference", "生态环境部令第 19 号"},
                      {"requirement", "按规定期限足额清缴上年度排放配额；如实报送年度排放报告并接受核查。"},
                      {"applies_to", "长兴熟料生产基地"},
                      {"evaluation_frequency", "annual"},
                      {"next_evaluation_due", b.day(200)},
                      {"owner", "王海涛"},
                      {"status", "active"}});
    auto report =
        b.add("compliance_obligation",
              {{"title", "《企业温室气体排放核算与报告指南 水泥熟料生产》"},
               {"obligation_type", "rule"},
               {"issuer", "生态环境部"},
               {"reference", "环办气候函"},
               {"requirement", "按指南核算熟料生产排放，于每年 3 月 31 日前在全国碳市场管理平台报送上年度排放报告。"},
               {"applies_to", "长兴熟料生产基地"},
               {"evaluation_frequency", "annual"},
               {"next_evaluation_due", b.day(120)},
               {"owner", "王海涛"},
               {"status", "active"}});
    b.add("compliance_obligation", {{"title", "GB 16780《水泥单位产品能源消耗限额》"},
                                    {"obligation_type", "standard"},
                                    {"issuer", "国家市场监督管理总局、国家标准化管理委员会"},
                                    {"requirement", "熟料单位产品综合能耗不高于标准规定的限定值，并接受节能监察。"},
                                    {"applies_to", "长兴熟料生产基地、杭州粉磨站"},
                                    {"evaluation_frequency", "semiannual"},
                                    {"next_evaluation_due", b.day(45)},
                                    {"owner", "张磊"},
                                    {"status", "active"}});
    b.add("compliance_obligation", {{"title", "出口客户产品碳足迹声明要求"},
                                    {"obligation_type", "customer"},
                                    {"issuer", "主要出口客户"},
                                    {"requirement", "每批出口水泥提供按 ISO 14067 计算的产品碳足迹数据及核算说明。"},
                                    {"applies_to", "杭州粉磨站"},
                                    {"evaluation_frequency", "quarterly"},
                                    {"next_evaluation_due", b.day(30)},
                                    {"owner", "销售部 周婷"},
                                    {"status", "active"}});
    return {ets, report};
}

void parties(Builder& b, RecordId ets, RecordId report) {
    auto reviewed = b.day(-60);
    b.add("interested_party", {{"name", "湖州市生态环境局"},
                               {"party_type", "regulator"},
                               {"needs", "按期报送年度排放报告，配合核查，足额清缴配额。"},
                               {"is_obligation", true},
                               {"obligation", report},
                               {"last_reviewed", reviewed}});
    b.add("interested_party", {{"name", "全国碳排放权注册登记机构和交易机构"},
                               {"party_type", "market_authority"},
                               {"needs", "在规定期限内完成配额清缴和交易结算。"},
                               {"is_obligation", true},
                               {"obligation", ets},
                               {"last_reviewed", reviewed}});
    b.add("interested_party", {{"name", "主要出口客户"},
                               {"party_type", "customer"},
                               {"needs", "提供产品碳足迹，逐年降低单位产品碳排放。"},
                               {"is_obligation", true},
                               {"last_reviewed", reviewed}});
    b.add("interested_party", {{"name", "合作银行（绿色信贷）"},
                               {"party_type", "investor"},
                               {"needs", "披露碳排放强度和减排项目进展，作为绿色贷款条件。"},
                               {"is_obligation", false},
                               {"last_reviewed", reviewed}});
    b.add("interested_party", {{"name", "公司员工"},
                               {"party_type", "employee"},
                               {"needs", "安全稳定的工作环境，参与节能降碳改进并获得激励。"},
                               {"is_obligation", false},
                               {"last_reviewed", reviewed}});
}

void scopeAndLeadership(Builder& b) {
    auto v1 = b.add("scope_statement", {{"title", "碳中和管理体系范围和边界声明"},
                                        {"scope_text", "覆盖水泥熟料和水泥的生产及销售活动。"},
                                        {"boundary_approach", "operational_control"},
                                        {"sites_included", {"CX-CLK", "HZ-GRD"}},
                                        {"activities_included", "石灰石破碎、生料制备、熟料煅烧、水泥粉磨、包装发运。"},
                                        {"effective_date", b.day(-400)},
                                        {"approved_by", "陈建国"},
                                        {"approved_on", b.day(-405)}});
    b.service().newVersion(
        v1, {{"title", "碳中和管理体系范围和边界声明"},
             {"scope_text", "覆盖水泥熟料和水泥的生产、销售及管理活动，包括杭州总部的管理和办公活动。"},
             {"boundary_approach", "operational_control"},
             {"sites_included", {"CX-CLK", "HZ-GRD", "HZ-HQ"}},
             {"activities_included", "石灰石破碎、生料制备、熟料煅烧、余热发电、水泥粉磨、包装发运、总部办公。"},
             {"exclusions", "外包矿山运输车队：不在运营控制范围内，其排放作为范围三（类别 3）报告。"},
             {"effective_date", b.day(-90)},
             {"approved_by", "陈建国"},
             {"approved_on", b.day(-95)}});

    b.add("leadership_commitment",
          {{"title", "碳达峰碳中和承诺书"},
           {"commitment",
            "公司承诺 2030 年前实现范围一和范围二排放达峰，2050 年前实现碳中和；坚持先减排、后抵消，"
            "为体系运行提供必要资源，并由总经理主持年度管理评审。"},
           {"signed_by", "总经理 陈建国"},
           {"signed_on", b.day(-100)},
           {"published", true}});

    b.add("policy",
          {{"title", "碳中和方针"},
           {"policy_text",
            "节能降碳、源头替代、依法合规、全员参与、持续改进。公司遵守碳排放相关法律法规和客户要求，"
            "优先通过能效提升、替代燃料和绿电实现减排，只对剩余排放使用高质量碳信用抵消，2050 年实现碳中和。"},
           {"approved_by", "总经理 陈建国"},
           {"approved_on", b.day(-95)},
           {"communicated_to", "全体员工（全员大会、公告栏）、主要供应商、公司网站"},
           {"communicated_on", b.day(-80)},
           {"review_due", b.day(270)}});

    const json roles[] = {
        {{"role", "总经理（最高管理者）"},
         {"person", "陈建国"},
         {"department", "总经理办公室"},
         {"responsibilities", "对碳中和管理体系的有效性负责，批准方针、目标和碳中和声明，主持管理评审。"},
         {"authorities", "批准资源投入和碳信用采购。"},
         {"site", "HZ-HQ"}},
        {{"role", "管理者代表"},
         {"person", "王海涛"},
         {"department", "能源环保部"},
         {"responsibilities", "组织建立、实施和保持体系，向总经理报告碳绩效和改进需求。"},
         {"authorities", "协调各部门和场所，签发体系文件。"},
         {"is_management_rep", true},
         {"site", "HZ-HQ"}},
        {{"role", "排放数据负责人（熟料基地）"},
         {"person", "张磊"},
         {"department", "生产技术部"},
         {"responsibilities", "组织熟料基地活动数据的采集、录入和初审，维护计量器具台账。"},
         {"site", "CX-CLK"}},
        {{"role", "排放数据负责人（粉磨站）"},
         {"person", "刘洋"},
         {"department", "粉磨站生产部"},
         {"responsibilities", "采集粉磨站电量和产量数据，按月录入。"},
         {"site", "HZ-GRD"}},
        {{"role", "排放清单复核人"},
         {"person", "孙丽"},
         {"department", "财务部"},
         {"responsibilities", "对照发票和台账复核排放清单，不参与数据录入。"},
         {"site", "HZ-HQ"}},
        {{"role", "内部审核员"},
         {"person", "赵敏"},
         {"department", "质量管理部"},
         {"responsibilities", "按审核方案实施内部审核，不审核本部门工作。"},
         {"site", "HZ-HQ"}},
    };
    for (auto r : roles) {
        r["appointed_on"] = b.day(-120);
        r["status"] = "active";
        b.add("role_assignment", r);
    }
}

void planning(Builder& b, RecordId marketIssue, RecordId customerIssue) {
    b.add("risk_opportunity", {{"title", "全国碳市场配额收紧导致履约缺口"},
                               {"kind", "risk"},
                               {"source", "compliance_obligation"},
                               {"source_issue", marketIssue},
                               {"clause", "6.1"},
                               {"description", "配额分配基准值逐年下调，按现有强度预计年度缺口约 3 万吨。"},
                               {"likelihood", 4},
                               {"impact", 4},
                               {"treatment", "实施替代燃料项目，提前锁定部分配额或 CCER 购买渠道。"},
                               {"owner", "王海涛"},
                               {"due_date", b.day(150)},
                               {"status", "in_progress"},
                               {"residual_likelihood", 2},
                               {"residual_impact", 4}});
    b.add("risk_opportunity", {{"title", "欧盟碳边境调节机制影响出口订单"},
                               {"kind", "risk"},
                               {"source", "context_issue"},
                               {"source_issue", customerIssue},
                               {"clause", "4.1"},
                               {"description", "出口客户要求碳足迹数据，无法提供将失去订单。"},
                               {"likelihood", 3},
                               {"impact", 3},
                               {"treatment", "开展产品碳足迹核算并取得第三方核查。"},
                               {"owner", "周婷"},
                               {"due_date", b.day(90)},
                               {"status", "open"}});
    b.add("risk_opportunity", {{"title", "余热发电二期扩容"},
                               {"kind", "opportunity"},
                               {"source", "context_issue"},
                               {"clause", "6.3"},
                               {"description", "利用窑头窑尾剩余余热，年增发电约 1500 万千瓦时。"},
                               {"likelihood", 3},
                               {"impact", 4},
                               {"treatment", "完成可行性研究并纳入下年度投资计划。"},
                               {"owner", "张磊"},
                               {"due_date", b.day(200)},
                               {"status", "open"}});
    b.add("risk_opportunity", {{"title", "参与绿电交易降低外购电排放"},
                               {"kind", "opportunity"},
                               {"source", "interested_party"},
                               {"description", "通过省内绿电交易采购风电、光伏电力，降低范围二排放。"},
                               {"likelihood", 4},
                               {"impact", 3},
                               {"treatment", "与售电公司签订年度绿电交易合同。"},
                               {"owner", "王海涛"},
                               {"due_date", b.day(-20)},
                               {"status", "closed"},
                               {"effectiveness_review", "已签订年度绿电合同，绿电占外购电 22%，措施有效。"}});

    b.add("change_plan", {{"title", "杭州粉磨站新增立磨系统"},
                          {"change_type", "process_change"},
                          {"purpose", "以立磨替代两台球磨机，降低粉磨电耗约 20%。"},
                          {"consequences", "外购电量和范围二排放下降；需新增计量点并更新监测计划，对基准年无影响。"},
                          {"base_year_impact", false},
                          {"resources", "投资 2600 万元，生产部和能源环保部各 2 人。"},
                          {"owner", "刘洋"},
                          {"planned_date", b.day(180)},
                          {"status", "planned"}});
    b.add("change_plan",
          {{"title", "收购安吉粉磨站"},
           {"change_type", "acquisition"},
           {"purpose", "扩大华东市场供应能力。"},
           {"consequences", "纳入组织边界后排放增加约 4%，低于 5% 的基准年重新计算阈值，需更新范围声明。"},
           {"base_year_impact", false},
           {"owner", "王海涛"},
           {"planned_date", b.day(60)},
           {"status", "in_progress"}});
}

void support(Builder& b) {
    b.add("resource_plan", {{"title", "年度碳中和专项预算"},
                            {"resource_type", "budget"},
                            {"description", "替代燃料改造 800 万元、计量器具升级 150 万元、碳信用采购 250 万元。"},
                            {"year", 2025},
                            {"amount", 1200},
                            {"owner", "孙丽"},
                            {"approved_by", "陈建国"},
                            {"approved_on", b.day(-110)}});
    b.add("resource_plan", {{"title", "回转窑、生料磨、煤磨等主要用能设备清单及年度检修计划"},
                            {"resource_type", "infrastructure"},
                            {"description", "5000 t/d 熟料线主要用能设备 42 台，按年度检修计划维护。"},
                            {"year", 2025},
                            {"owner", "张磊"},
                            {"approved_by", "王海涛"},
                            {"approved_on", b.day(-100)}});
    b.add("resource_plan", {{"title", "能源管理在线监测系统及碳管理软件维护"},
                            {"resource_type", "it"},
                            {"description", "能源在线监测系统和本工作台的数据备份、权限管理和升级。"},
                            {"year", 2025},
                            {"amount", 35},
                            {"owner", "信息中心 何军"},
                            {"approved_by", "王海涛"},
                            {"approved_on", b.day(-100)}});

    b.add("competence_record",
          {{"role", "碳排放核算员"},
           {"entry_kind", "requirement"},
           {"requirement", "熟悉 GB/T 32150 和水泥熟料核算指南，能核对活动数据并使用本工作台完成月度核算。"}});
    b.add("competence_record", {{"role", "碳排放核算员"},
                                {"entry_kind", "evidence"},
                                {"person", "张磊"},
                                {"requirement", "熟悉 GB/T 32150 和水泥熟料核算指南。"},
                                {"evidence", "化学工程本科，8 年生产技术经验，取得省级碳排放管理员培训合格证书。"},
                                {"assessed_on", b.day(-40)},
                                {"meets_requirement", true}});
    b.add("competence_record",
          {{"role", "内部审核员"},
           {"entry_kind", "requirement"},
           {"requirement", "掌握 GB/T 19011 审核方法，熟悉碳中和管理体系要求，与受审核部门无利益关系。"}});
    b.add("competence_record", {{"role", "内部审核员"},
                                {"entry_kind", "evidence"},
                                {"person", "赵敏"},
                                {"requirement", "掌握 GB/T 19011 审核方法。"},
                                {"evidence", "参加碳中和管理体系内审员培训并考试合格。"},
                                {"assessed_on", b.day(-30)},
                                {"meets_requirement", true}});

    b.add("training_record", {{"title", "碳排放核算与报告培训"},
                              {"training_type", "training"},
                              {"date", b.day(-75)},
                              {"content", "GB/T 32150 核算方法、熟料过程排放计算、活动数据证据要求。"},
                              {"trainer", "浙江省节能协会"},
                              {"attendees", "张磊、刘洋、孙丽、王海涛"},
                              {"attendee_count", 4},
                              {"effectiveness_check", "三个月后张磊、刘洋可独立完成月度数据录入和核对。"},
                              {"effectiveness_checked_on", b.day(-5)}});
    b.add("training_record", {{"title", "节能降碳意识教育（班前会）"},
                              {"training_type", "awareness"},
                              {"date", b.day(-50)},
                              {"content", "公司碳中和方针、烧成车间主要排放源、违反运行准则的后果。"},
                              {"trainer", "王海涛"},
                              {"attendees", "烧成车间甲、乙、丙、丁四个班组"},
                              {"attendee_count", 68}});
    b.add("training_record", {{"title", "碳中和管理体系内审员培训"},
                              {"training_type", "qualification"},
                              {"date", b.day(-45)},
                              {"content", "GB/T 19011 审核原则、审核方案、审核发现和不符合的编写。"},
                              {"trainer", "外部培训机构"},
                              {"attendees", "赵敏、何军"},
                              {"attendee_count", 2}});

    b.add("communication", {{"subject", "每年 3 月报送上年度温室气体排放报告"},
                            {"entry_kind", "plan"},
                            {"direction", "outgoing"},
                            {"topic", "regulatory"},
                            {"party", "湖州市生态环境局"},
                            {"date", b.day(100)},
                            {"channel", "report"},
                            {"content", "通过全国碳市场管理平台报送，负责人：能源环保部。"}});
    b.add("communication", {{"subject", "全员大会传达碳中和方针"},
                            {"entry_kind", "log"},
                            {"direction", "internal"},
                            {"topic", "policy"},
                            {"party", "全体员工"},
                            {"date", b.day(-80)},
                            {"channel", "meeting"},
                            {"content", "总经理讲解方针和 2030、2050 年目标，方针张贴于各车间公告栏。"}});
    b.add("communication", {{"subject", "回复出口客户产品碳足迹问询"},
                            {"entry_kind", "log"},
                            {"direction", "incoming"},
                            {"topic", "customer"},
                            {"party", "主要出口客户"},
                            {"date", b.day(-25)},
                            {"channel", "email"},
                            {"response", "已提供上年度熟料单位产品碳排放强度，承诺下季度提供经核查的产品碳足迹。"}});

    auto doc = [&b](const char* code, const char* title, const char* type, const char* revision, bool approved) {
        json f = {{"code", code},         {"title", title},    {"doc_type", type},
                  {"revision", revision}, {"owner", "王海涛"}, {"status", approved ? "effective" : "draft"},
                  {"retention", "10 年"}};
        if (approved) {
            f["approved_by"] = "陈建国";
            f["approved_on"] = b.day(-90);
            f["effective_date"] = b.day(-85);
            f["review_due"] = b.day(275);
        }
        return b.add("document", f);
    };
    doc("QT/CN-M01", "碳中和管理手册", "manual", "A/0", true);
    auto p03 = doc("QT/CN-P03", "碳排放数据管理程序", "procedure", "A/0", true);
    auto next = b.service().get(p03).fields;
    next["revision"] = "B/0";
    next["approved_on"] = b.day(-30);
    next["effective_date"] = b.day(-28);
    next["review_due"] = b.day(335);
    b.service().newVersion(p03, next);
    doc("QT/CN-K01", "水泥熟料碳排放核算方法说明", "knowledge", "A/0", true);
    doc("WJ-EXT-01", "《企业温室气体排放核算与报告指南 水泥熟料生产》", "external", "现行版", true);
    doc("QT/CN-P07", "内部审核程序", "procedure", "A/0", false);  // still a draft
}

void operation(Builder& b) {
    b.add("operational_control",
          {{"process", "回转窑煅烧"},
           {"site", "CX-CLK"},
           {"criteria", "熟料标准煤耗 ≤ 105 kgce/t；窑尾烟室 O2 2.0%–3.5%；窑头负压 -20 至 -50 Pa。"},
           {"emission_sources", "窑头燃煤燃烧；碳酸盐分解"},
           {"responsible", "烧成车间主任 吴斌"},
           {"monitoring_method", "DCS 实时监测，中控室每班记录并超限报警。"},
           {"frequency", "shift"},
           {"status", "active"}});
    b.add("operational_control", {{"process", "压缩空气系统"},
                                  {"site", "CX-CLK"},
                                  {"criteria", "管网压力 0.55–0.65 MPa；泄漏率 ≤ 10%，每季度检漏。"},
                                  {"emission_sources", "外购电力"},
                                  {"responsible", "动力车间主任 许峰"},
                                  {"monitoring_method", "超声波检漏并记录泄漏点整改。"},
                                  {"frequency", "quarterly"},
                                  {"status", "active"}});
    b.add("operational_control", {{"process", "水泥粉磨"},
                                  {"site", "HZ-GRD"},
                                  {"criteria", "水泥粉磨工序电耗 ≤ 32 kWh/t。"},
                                  {"emission_sources", "外购电力"},
                                  {"responsible", "刘洋"},
                                  {"frequency", "daily"},
                                  {"status", "active"}});
    // No design review yet: the navigator shows the design clause as missing.
    b.add("procurement_criterion", {{"title", "新购电机能效要求"},
                                    {"entry_kind", "criterion"},
                                    {"category", "equipment"},
                                    {"criterion", "新购和更换的电机能效不低于 GB 18613 规定的 1 级能效。"},
                                    {"threshold", "IE4 及以上"},
                                    {"applies_from", b.day(-100)}});
    b.add("procurement_criterion", {{"title", "外购电力绿电比例"},
                                    {"entry_kind", "criterion"},
                                    {"category", "energy"},
                                    {"criterion", "年度外购电力中绿电（含绿证）比例不低于 20%。"},
                                    {"threshold", "20%"},
                                    {"applies_from", b.day(-100)}});
}

void monitoring(Builder& b) {
    auto scale = b.add("measuring_instrument", {{"code", "CX-BS-01"},
                                                {"name", "入窑煤皮带秤 ICS-20"},
                                                {"site", "CX-CLK"},
                                                {"measured_quantity", "入窑煤量"},
                                                {"accuracy_class", "0.5 级"},
                                                {"calibration_interval_months", 6},
                                                {"last_calibrated", b.day(-196)},
                                                {"next_calibration_due", b.day(-12)},
                                                {"status", "in_use"}});  // overdue on purpose
    auto meter = b.add("measuring_instrument", {{"code", "CX-EM-01"},
                                                {"name", "110 kV 关口电能表"},
                                                {"site", "CX-CLK"},
                                                {"measured_quantity", "外购电量"},
                                                {"accuracy_class", "0.2S 级"},
                                                {"calibration_interval_months", 12},
                                                {"last_calibrated", b.day(-225)},
                                                {"next_calibration_due", b.day(140)},
                                                {"status", "in_use"}});
    auto grd = b.add("measuring_instrument", {{"code", "HZ-EM-01"},
                                              {"name", "粉磨站总进线电能表"},
                                              {"site", "HZ-GRD"},
                                              {"measured_quantity", "外购电量"},
                                              {"accuracy_class", "0.5S 级"},
                                              {"calibration_interval_months", 12},
                                              {"last_calibrated", b.day(-165)},
                                              {"next_calibration_due", b.day(200)},
                                              {"status", "in_use"}});
    b.add("measuring_instrument", {{"code", "CX-GM-01"},
                                   {"name", "点火用天然气流量计"},
                                   {"site", "CX-CLK"},
                                   {"measured_quantity", "天然气"},
                                   {"accuracy_class", "1.0 级"},
                                   {"calibration_interval_months", 24},
                                   {"last_calibrated", b.day(-430)},
                                   {"next_calibration_due", b.day(300)},
                                   {"status", "in_use"}});
    b.add("calibration_record", {{"certificate_no", "HZJL-2024-0876"},
                                 {"instrument", scale},
                                 {"calibrated_on", b.day(-196)},
                                 {"performed_by", "湖州市计量检定测试所"},
                                 {"result", "pass"},
                                 {"next_due", b.day(-12)}});
    b.add("calibration_record", {{"certificate_no", "ZJDL-JD-2025-0311"},
                                 {"instrument", meter},
                                 {"calibrated_on", b.day(-225)},
                                 {"performed_by", "国网浙江省电力有限公司计量中心"},
                                 {"result", "pass"},
                                 {"next_due", b.day(140)}});
    b.add("calibration_record",
          {{"certificate_no", "HZJL-2025-0142"},
           {"instrument", grd},
           {"calibrated_on", b.day(-165)},
           {"performed_by", "杭州市计量检定测试院"},
           {"result", "adjusted"},
           {"next_due", b.day(200)},
           {"data_impact", "调整前误差 +0.6%，评估上期电量数据偏差在核算不确定度内，不予修正。"}});

    auto intensity = b.add("monitoring_plan", {{"what", "熟料单位产品综合能耗"},
                                               {"site", "CX-CLK"},
                                               {"method", "能源在线监测系统月度统计：标准煤耗 ÷ 熟料产量。"},
                                               {"frequency", "monthly"},
                                               {"instrument", scale},
                                               {"calibration_due", b.day(-12)},
                                               {"responsible", "张磊"},
                                               {"status", "active"}});
    auto power = b.add("monitoring_plan", {{"what", "粉磨站外购电量"},
                                           {"site", "HZ-GRD"},
                                           {"method", "关口表月度抄表，与电费发票核对。"},
                                           {"frequency", "monthly"},
                                           {"instrument", grd},
                                           {"calibration_due", b.day(200)},
                                           {"responsible", "刘洋"},
                                           {"status", "active"}});
    b.add("monitoring_result", {{"title", "熟料单位产品综合能耗（上月）"},
                                {"plan", intensity},
                                {"period", b.day(-30).substr(0, 7)},
                                {"value", 103.6},
                                {"unit", "kgce/t"},
                                {"target_value", 105},
                                {"deviation", false},
                                {"measured_on", b.day(-25)}});
    b.add("monitoring_result", {{"title", "粉磨站外购电量（上月）"},
                                {"plan", power},
                                {"period", b.day(-30).substr(0, 7)},
                                {"value", 4.12},
                                {"unit", "GWh"},
                                {"deviation", true},
                                {"analysis", "2 号磨检修后电耗偏高 6%，已安排调整选粉机转速。"},
                                {"measured_on", b.day(-25)}});
}

void compliance(Builder& b, RecordId ets, RecordId report) {
    b.add("compliance_evaluation", {{"title", "上年度配额清缴合规性评价"},
                                    {"obligation", ets},
                                    {"evaluated_on", b.day(-40)},
                                    {"evaluator", "王海涛"},
                                    {"result", "compliant"},
                                    {"evidence_text", "已在清缴截止日前足额清缴上年度配额，注册登记系统显示履约完成。"},
                                    {"follow_up_status", "none"}});
    b.add("compliance_evaluation", {{"title", "上年度排放报告报送合规性评价"},
                                    {"obligation", report},
                                    {"evaluated_on", b.day(-40)},
                                    {"evaluator", "王海涛"},
                                    {"result", "partly"},
                                    {"evidence_text", "报告按期报送；核查指出 1 个月份的入窑煤量缺少皮带秤校准证明。"},
                                    {"follow_up", "补做皮带秤校准并完善校准证书归档。"},
                                    {"follow_up_due", b.day(20)},
                                    {"follow_up_status", "open"}});
}

}  // namespace

void populateDemoRegisters(ProjectStore& store, const Today& today) {
    Builder b(store, today);
    auto work = store.begin("demo registers");
    auto [marketIssue, customerIssue] = context(b);
    auto [ets, report] = obligations(b);
    parties(b, ets, report);
    scopeAndLeadership(b);
    planning(b, marketIssue, customerIssue);
    support(b);
    operation(b);
    monitoring(b);
    compliance(b, ets, report);
    work->commit();
}

}  // namespace cnms::records
