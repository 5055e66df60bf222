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
        catalogue.m_clauses.push_back(std::move(c));
    }
    return catalogue;
}

const ClauseCatalogue& ClauseCatalogue::shipped() {
    static const ClauseCatalogue catalogue = fromJson(embedded::clauseCatalogueJson());
    return catalogue;
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
