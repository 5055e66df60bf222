// SPDX-License-Identifier: MIT
#include "cnms/audit/RecordLinks.h"

#include <functional>
#include <map>

#include "IdText.h"

namespace cnms {
namespace {

using Lookup = std::function<bool(ProjectStore&, std::string_view)>;

/** The record types this build's store can look up; others are accepted by their type alone. */
const std::map<std::string, Lookup, std::less<>>& lookups() {
    static const std::map<std::string, Lookup, std::less<>> table = {
        {"site",
         [](ProjectStore& s, std::string_view id) {
             if (s.sites().findByCode(id)) return true;
             auto n = detail::parseRecordId(id, "");
             return n && s.sites().find(*n).has_value();
         }},
        {"audit",
         [](ProjectStore& s, std::string_view id) {
             if (s.audits().findByCode(id)) return true;
             auto n = detail::parseRecordId(id, "");
             return n && s.audits().find(*n).has_value();
         }},
        {"finding",
         [](ProjectStore& s, std::string_view id) {
             auto n = detail::parseRecordId(id, "");
             return n && s.checklists().findItemById(*n).has_value();
         }},
        {"nonconformity",
         [](ProjectStore& s, std::string_view id) {
             auto n = detail::parseRecordId(id, "NC-");
             return n && s.nonconformities().find(*n).has_value();
         }},
        {"corrective_action",
         [](ProjectStore& s, std::string_view id) {
             auto n = detail::parseRecordId(id, "A-");
             return n && s.actions().find(*n).has_value();
         }},
    };
    return table;
}

}  // namespace

std::vector<FieldIssue> checkRecordRefs(ProjectStore& store, const ClauseCatalogue& catalogue,
                                        const std::vector<RecordRef>& refs, std::string_view field) {
    std::vector<FieldIssue> issues;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const auto& ref = refs[i];
        std::string name = std::string(field) + "[" + std::to_string(i) + "]";
        bool knownType = false;
        for (const auto& type : catalogue.recordTypes())
            if (type.id == ref.type) knownType = true;
        if (!knownType) {
            issues.push_back({name, "unknown_record_type",
                              "'" + ref.type +
                                  "' is not a record type of the catalogue (e.g. activity_data, "
                                  "document, target, site)"});
            continue;
        }
        if (ref.id.empty()) {
            issues.push_back({name, "required", "the link to a " + ref.type + " needs the record's id"});
            continue;
        }
        const auto& table = lookups();
        if (auto it = table.find(ref.type); it != table.end() && !it->second(store, ref.id))
            issues.push_back({name, "not_found", "there is no " + ref.type + " '" + ref.id + "' in this project"});
    }
    return issues;
}

}  // namespace cnms
