// SPDX-License-Identifier: MIT
#include "cnms/core/ClauseCatalogue.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cnms/core/Embedded.h"

namespace cnms {
namespace {
Pdca pdcaFrom(const std::string& s, const std::string& id) {
    if (s == "plan") return Pdca::Plan;
    if (s == "do") return Pdca::Do;
    if (s == "check") return Pdca::Check;
    if (s == "act") return Pdca::Act;
    throw std::runtime_error("clause catalogue: clause " + id + " has unknown pdca '" + s + "'");
}
}  // namespace

ClauseCatalogue ClauseCatalogue::fromJson(std::string_view json) {
    auto doc = nlohmann::json::parse(json);
    ClauseCatalogue catalogue;
    for (const auto& entry : doc.at("clauses")) {
        Clause c;
        c.id = entry.at("id").get<std::string>();
        c.parent = entry.value("parent", nlohmann::json()).is_string() ? entry["parent"].get<std::string>() : "";
        c.titleZh = entry.at("title_zh").get<std::string>();
        c.titleEn = entry.at("title_en").get<std::string>();
        c.numbering = entry.value("numbering", "inferred");
        c.pdca = pdcaFrom(entry.value("pdca", ""), c.id);
        c.guidanceZh = entry.value("guidance_zh", "");
        c.guidanceEn = entry.value("guidance_en", "");
        for (const auto& check : entry.value("checks", nlohmann::json::array()))
            c.checks.push_back({check.at("id").get<std::string>(), check.value("zh", ""), check.value("en", "")});
        for (const auto& record : entry.value("records", nlohmann::json::array()))
            c.records.push_back({record.at("id").get<std::string>(), record.value("kind", ""), record.value("zh", ""),
                                 record.value("en", ""), record.value("record_type", "")});
        catalogue.m_clauses.push_back(std::move(c));
    }
    for (const auto& type : doc.value("record_types", nlohmann::json::array()))
        catalogue.m_recordTypes.push_back(
            {type.at("id").get<std::string>(), type.value("zh", ""), type.value("en", "")});
    return catalogue;
}

const ClauseCatalogue& ClauseCatalogue::shipped() {
    static const ClauseCatalogue catalogue = fromJson(embedded::clauseCatalogueJson());
    return catalogue;
}

bool Clause::requiresRecordType(std::string_view recordType) const {
    for (const auto& r : records)
        if (r.recordType == recordType) return true;
    return false;
}

std::vector<Clause> ClauseCatalogue::children(std::string_view parentId) const {
    std::vector<Clause> out;
    for (const auto& c : m_clauses)
        if (c.parent == parentId) out.push_back(c);
    return out;
}

std::optional<Clause> ClauseCatalogue::find(std::string_view id) const {
    for (const auto& c : m_clauses)
        if (c.id == id) return c;
    return std::nullopt;
}

}  // namespace cnms
