// SPDX-License-Identifier: MIT
#include "FuzzScratch.h"
#include "FuzzTargets.h"

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cnms/accounting/AccountingJson.h"
#include "cnms/audit/AuditJson.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/JsonCodec.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/neutrality/NeutralityJson.h"
#include "cnms/records/ReadinessGuidance.h"
#include "cnms/records/RegisterRecord.h"
#include "cnms/records/RegisterSchema.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::fuzz {
namespace {

/** A project with two sites, made once per process; each input's import is rolled back. */
ProjectStore& project() {
    static std::unique_ptr<ProjectStore> store = [] {
        auto path = (scratch() / "fuzz.cnms").string();
        Organization org;
        org.name = "Fuzz Cement";
        auto s = storage::createProject(path, org);
        SiteService sites(*s);
        sites.addSite({0, "CLK", "熟料厂", "浙江", "", 100});
        sites.addSite({0, "HQ", "总部", "浙江", "", 100});
        return s;
    }();
    return *store;
}

template <class T>
void decode(const nlohmann::json& doc) {
    (void)doc.get<T>();
}

}  // namespace

void activityImport(const std::uint8_t* data, std::size_t size) {
    auto path = writeScratch("activity.csv", data, size);
    auto& store = project();
    auto outer = store.begin("fuzz");  // never committed: the importer's unit of work nests and is rolled back
    try {
        import::importActivities(store, path);
    } catch (const std::exception&) {
    }
}

void json(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return;
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        switch (data[0] % 16) {
            case 0: (void)ClauseCatalogue::fromJson(text); return;
            case 1: (void)records::RegisterSchemas::fromJson(text); return;
            case 2: (void)records::ReadinessGuidance::fromJson(text); return;
            default: break;
        }
        auto doc = nlohmann::json::parse(text);
        switch (data[0] % 16) {
            case 3: (void)accounting::validate(doc.get<accounting::FactorSet>()); break;
            case 4: decode<accounting::FactorPin>(doc); break;
            case 5: decode<accounting::GasInventory>(doc); break;
            case 6: decode<accounting::ActivityRecord>(doc); break;
            case 7: (void)neutrality::validate(doc.get<neutrality::OffsetCredit>()); break;
            case 8: (void)neutrality::validate(doc.get<neutrality::ReductionMeasure>()); break;
            case 9: (void)neutrality::validate(doc.get<neutrality::Target>()); break;
            case 10: (void)validate(doc.get<Organization>()); break;
            case 11: (void)validate(doc.get<Site>()); break;
            case 12: {
                auto record = doc.get<records::RegisterRecord>();
                if (auto* schema = records::RegisterSchemas::shipped().find(record.type))
                    (void)records::validate(*schema, record);
                break;
            }
            case 13: decode<std::vector<AuditedProcess>>(doc); break;
            case 14: decode<std::vector<IndependenceDeclaration>>(doc); break;
            default: decode<std::vector<RecordRef>>(doc); break;
        }
    } catch (const std::exception&) {  // nlohmann::json::exception, ValidationError ...: a refusal, not a crash
    }
}

Target targetNamed(std::string_view name) {
    if (name == "csv") return csvReader;
    if (name == "activity") return activityImport;
    if (name == "xlsx") return xlsxReader;
    if (name == "json") return json;
    return nullptr;
}

}  // namespace cnms::fuzz
