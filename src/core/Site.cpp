// SPDX-License-Identifier: MIT
#include "cnms/core/Site.h"

#include <cmath>

#include "cnms/core/TextUtil.h"

namespace cnms {

std::vector<FieldIssue> validate(const Site& site) {
    std::vector<FieldIssue> issues;
    auto code = text::trim(site.code);
    if (code.empty()) {
        issues.push_back({"code", "required", "the site code is required"});
    } else if (code.size() > 32 || code.find_first_of(" \t,;") != std::string_view::npos) {
        issues.push_back({"code", "code_invalid", "the site code must be at most 32 characters without spaces, commas or semicolons"});
    }
    if (text::trim(site.name).empty()) issues.push_back({"name", "required", "the site name is required"});
    if (!std::isfinite(site.equitySharePct) || site.equitySharePct < 0.0 || site.equitySharePct > 100.0)
        issues.push_back({"equity_share", "out_of_range", "the equity share must be between 0 and 100 %"});
    return issues;
}

const std::vector<std::string>& chineseProvinces() {
    static const std::vector<std::string> provinces = {
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"};
    return provinces;
}

}  // namespace cnms
