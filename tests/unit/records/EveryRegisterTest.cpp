// SPDX-License-Identifier: MIT
// Every register, driven by its schema: a record with every field filled persists exactly, and
// leaving out any required field is refused with that field named.
#include <gtest/gtest.h>

#include <map>

#include "RegisterFixture.h"

using namespace cnms;
using namespace cnms::records;

namespace {

nlohmann::json sampleValue(const FieldDef& f, const std::map<std::string, RecordId>& ids) {
    switch (f.kind) {
    case FieldKind::Text:
        return "样例 " + f.id;
    case FieldKind::LongText:
        return "第一行，含逗号\n第二行 \"引号\"";
    case FieldKind::Date:
        return "2025-03-01";
    case FieldKind::Enum:
        return f.options.back().value;
    case FieldKind::Number:
        return f.min ? *f.min : 1.0;
    case FieldKind::Bool:
        return true;
    case FieldKind::Person:
        return "王海涛";
    case FieldKind::Site:
        return "CX-CLK";
    case FieldKind::Sites:
        return nlohmann::json::array({"CX-CLK", "HZ-GRD"});
    case FieldKind::File:
        return {{"path", "/srv/evidence/" + f.id + ".pdf"}, {"sha256", std::string(64, 'e')}};
    case FieldKind::Record:
        return ids.at(f.refType);
    }
    return nullptr;
}

}  // namespace

TEST_F(RegisterFixture, EveryRegisterPersistsAFullRecordAndNamesEveryMissingRequiredField) {
    RegisterService service(*store);
    std::map<std::string, RecordId> ids;
    std::map<RecordId, nlohmann::json> expected;
    // Referenced registers first, so that record fields can point at a stored record.
    std::vector<const RegisterSchema*> order;
    for (const auto& s : service.schemas().all()) {
        bool refers = false;
        for (const auto& f : s.fields) refers |= f.kind == FieldKind::Record;
        if (refers) order.push_back(&s);
        else order.insert(order.begin(), &s);
    }
    for (const auto* schema : order) {
        RegisterRecord r;
        r.type = schema->type;
        for (const auto& f : schema->fields)
            if (!f.computed()) r.fields[f.id] = sampleValue(f, ids);
        // The sample dates are equal, so "not before" holds; a status is then the last option.
        auto stored = service.add(r);
        ids[schema->type] = stored.id;
        expected[stored.id] = stored.fields;
        for (const auto& f : schema->fields)
            if (!f.computed()) EXPECT_EQ(stored.fields[f.id], r.fields[f.id]) << schema->type << "." << f.id;

        for (const auto& f : schema->fields) {
            if (!f.required) continue;
            auto missing = r;
            missing.fields.erase(f.id);
            try {
                service.add(missing);
                ADD_FAILURE() << schema->type << " accepted a record without " << f.id;
            } catch (const ValidationError& e) {
                bool named = false;
                for (const auto& issue : e.issues()) named |= issue.field == f.id && issue.code == "required";
                EXPECT_TRUE(named) << schema->type << "." << f.id;
            }
        }
    }
    store.reset();
    auto reopened = storage::openProject(dir.file("p.cnms"));
    RegisterService after(*reopened);
    for (const auto& [id, fields] : expected) EXPECT_EQ(after.get(id).fields, fields) << after.get(id).type;
    EXPECT_EQ(ids.size(), service.schemas().all().size());
}
