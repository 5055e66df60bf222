// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "RegisterFixture.h"
#include "cnms/records/FileHash.h"

using namespace cnms;
using namespace cnms::records;

namespace {
std::vector<std::string> codes(const ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& i : e.issues()) out.push_back(i.field + ":" + i.code);
    return out;
}
}  // namespace

TEST_F(RegisterFixture, AddsEditsAndRemovesWithAChangeLogEntryEach) {
    RegisterService service(*store);
    auto before = store->changeLog().count();
    auto added = service.add(make("context_issue", {{"title", "  余热发电仅覆盖 28% 用电 "},
                                                    {"origin", "internal"},
                                                    {"category", "energy"},
                                                    {"effect", "favourable"},
                                                    {"effect_description", "可提高余热利用"},
                                                    {"last_reviewed", "2025-03-01"}}));
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(added.seriesId, added.id);
    EXPECT_EQ(added.version, 1);
    EXPECT_EQ(added.text("title"), "余热发电仅覆盖 28% 用电");  // trimmed
    EXPECT_EQ(added.createdBy, "王审核");
    EXPECT_FALSE(added.createdAt.empty());

    added.fields["effect"] = "mixed";
    service.update(added);
    EXPECT_EQ(service.get(added.id).text("effect"), "mixed");
    service.remove(added.id);
    EXPECT_TRUE(service.list("context_issue").empty());

    auto log = store->changeLog().recent(10, "context_issue", std::to_string(added.id));
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(store->changeLog().count(), before + 3);
    EXPECT_EQ(log[1].action, "update");
    EXPECT_EQ(nlohmann::json::parse(log[1].oldValue)["fields"]["effect"], "favourable");
    EXPECT_EQ(nlohmann::json::parse(log[1].newValue)["fields"]["effect"], "mixed");
    EXPECT_EQ(log[0].action, "delete");
}

TEST_F(RegisterFixture, RefusesInvalidRecordsAndWritesNothing) {
    RegisterService service(*store);
    auto before = store->changeLog().count();
    try {
        service.add(
            make("measuring_instrument", {{"code", "M1"}, {"site", "XX-NONE"}, {"calibration_interval_months", 0}}));
        FAIL() << "expected a ValidationError";
    } catch (const ValidationError& e) {
        auto c = codes(e);
        EXPECT_NE(std::find(c.begin(), c.end(), "name:required"), c.end());
        EXPECT_NE(std::find(c.begin(), c.end(), "site:site_unknown"), c.end());
        EXPECT_NE(std::find(c.begin(), c.end(), "calibration_interval_months:out_of_range"), c.end());
        EXPECT_NE(std::find(c.begin(), c.end(), "status:required"), c.end());
    }
    EXPECT_EQ(store->changeLog().count(), before);
    EXPECT_TRUE(service.list("measuring_instrument").empty());
}

TEST_F(RegisterFixture, ChecksReferencesUniqueCodesAndKeepsReferredRecords) {
    RegisterService service(*store);
    auto m = service.add(meter("CX-EM-01", "2026-01-31"));
    EXPECT_THROW(service.add(meter("CX-EM-01", "2026-06-30")), ValidationError);  // duplicate code

    auto calibration = make("calibration_record", {{"certificate_no", "JD-2025-118"},
                                                   {"instrument", m.id},
                                                   {"calibrated_on", "2025-01-20"},
                                                   {"performed_by", "湖州市计量检定测试所"},
                                                   {"result", "pass"},
                                                   {"next_due", "2026-01-20"}});
    auto stored = service.add(calibration);
    calibration.fields["instrument"] = stored.id;  // a calibration record, not an instrument
    try {
        service.add(calibration);
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(codes(e), std::vector<std::string>{"instrument:record_wrong_type"});
    }
    calibration.fields["instrument"] = 9999;
    EXPECT_THROW(service.add(calibration), ValidationError);

    try {
        service.remove(m.id);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "in_use");
        EXPECT_NE(std::string(e.what()).find("JD-2025-118"), std::string::npos);
    }
}

TEST_F(RegisterFixture, ANewVersionSupersedesAndKeepsTheOldOne) {
    RegisterService service(*store);
    auto v1 = service.add(policy("节能降碳，依法合规", true));
    // Approved policies are frozen: a change is a new version.
    auto edit = v1;
    edit.fields["policy_text"] = "改动";
    try {
        service.update(edit);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "approved_frozen");
    }
    auto fields = v1.fields;
    fields["policy_text"] = "节能降碳、源头替代、依法合规、持续改进，2050 年实现碳中和";
    fields.erase("approved_by");
    fields.erase("approved_on");
    auto v2 = service.newVersion(v1.id, fields);
    EXPECT_EQ(v2.version, 2);
    EXPECT_EQ(v2.seriesId, v1.id);

    auto current = service.list("policy");
    ASSERT_EQ(current.size(), 1u);
    EXPECT_EQ(current[0].id, v2.id);
    auto all = service.list("policy", {.search = "", .includeSuperseded = true});
    ASSERT_EQ(all.size(), 2u);
    EXPECT_TRUE(service.get(v1.id).superseded);
    EXPECT_EQ(service.get(v1.id).text("policy_text"), "节能降碳，依法合规");  // history unchanged
    EXPECT_EQ(service.versions(v2.id).size(), 2u);
    EXPECT_GE(service.changes(v2.id).size(), 3u);  // insert v1, supersede v1, insert v2

    // The draft version 2 can be edited until it is approved; the superseded one never.
    auto draft = v2;
    draft.fields["approved_by"] = "总经理 陈建国";
    draft.fields["approved_on"] = "2025-06-01";
    EXPECT_NO_THROW(service.update(draft));
    EXPECT_THROW(service.update(service.get(v1.id)), RefusedError);
    EXPECT_THROW(service.newVersion(v1.id, fields), RefusedError);
    try {
        service.remove(v2.id);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "history_kept");
    }
    // Registers without versions refuse them.
    auto issue = service.add(make("design_review", {{"project", "余热发电二期"},
                                                    {"review_date", "2025-02-01"},
                                                    {"carbon_assessment", "年减排 1.1 万吨"},
                                                    {"decision", "采用"}}));
    try {
        service.newVersion(issue.id, issue.fields);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "not_versioned");
    }
}

TEST_F(RegisterFixture, DocumentsKeepTheirCodeAcrossVersions) {
    RegisterService service(*store);
    nlohmann::json f = {{"code", "QT/CN-P03"},         {"title", "碳排放数据管理程序"}, {"doc_type", "procedure"},
                        {"revision", "A/0"},           {"owner", "能源环保部"},         {"status", "effective"},
                        {"approved_by", "管理者代表"}, {"approved_on", "2024-03-01"}};
    auto a = service.add(make("document", f));
    f["revision"] = "B/0";
    f["approved_on"] = "2025-03-01";
    auto b = service.newVersion(a.id, f);  // same code: its own series does not count as a duplicate
    EXPECT_EQ(b.text("revision"), "B/0");
    f["title"] = "另一份文件";
    EXPECT_THROW(service.add(make("document", f)), ValidationError);  // the code is taken
}

TEST_F(RegisterFixture, SearchesValuesAndLabelsInBothLanguages) {
    RegisterService service(*store);
    service.add(make("interested_party", {{"name", "湖州市生态环境局"},
                                          {"party_type", "regulator"},
                                          {"needs", "按期报送排放报告"},
                                          {"last_reviewed", "2025-01-01"}}));
    service.add(make("interested_party", {{"name", "Holcim export customer"},
                                          {"party_type", "customer"},
                                          {"needs", "product carbon footprint"},
                                          {"last_reviewed", "2025-01-01"}}));
    EXPECT_EQ(service.list("interested_party", {.search = "生态环境"}).size(), 1u);
    EXPECT_EQ(service.list("interested_party", {.search = "HOLCIM"}).size(), 1u);
    EXPECT_EQ(service.list("interested_party", {.search = "监管机构"}).size(), 1u);  // zh option label
    EXPECT_EQ(service.list("interested_party", {.search = "Customer"}).size(), 1u);  // en option label
    EXPECT_EQ(service.list("interested_party", {.search = "nothing like it"}).size(), 0u);
    EXPECT_EQ(service.list("interested_party", {.search = "  "}).size(), 2u);
}

TEST_F(RegisterFixture, ReferencesFilesByPathAndSha256) {
    // SHA-256("abc") from FIPS 180-2, appendix B.1.
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    RegisterService service(*store);
    auto path = dir.file("certificate.pdf");
    test::writeFile(path, "abc");
    auto ref = service.referenceFile(path);
    EXPECT_EQ(ref.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(ref.path, path);
    service.referenceFile(path);  // the same content is recorded once
    auto refs = store->fileReferences().list();
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].size, 3);
    EXPECT_EQ(refs[0].recordedBy, "王审核");

    EXPECT_EQ(RegisterService::checkFile(ref), FileState::Unchanged);
    test::writeFile(path, "abd");
    EXPECT_EQ(RegisterService::checkFile(ref), FileState::Changed);
    std::filesystem::remove(path);
    EXPECT_EQ(RegisterService::checkFile(ref), FileState::Missing);
    EXPECT_THROW(service.referenceFile(dir.file("nowhere.pdf")), NotFoundError);
}

TEST_F(RegisterFixture, RecordsSurviveReopeningTheProject) {
    RecordId id = 0;
    {
        RegisterService service(*store);
        id = service
                 .add(make("role_assignment", {{"role", "管理者代表"},
                                               {"person", "李明"},
                                               {"department", "能源环保部"},
                                               {"responsibilities", "建立和保持体系"},
                                               {"is_management_rep", true},
                                               {"site", "CX-CLK"},
                                               {"appointed_on", "2024-12-01"},
                                               {"status", "active"}}))
                 .id;
    }
    store.reset();
    auto reopened = storage::openProject(dir.file("p.cnms"));
    RegisterService service(*reopened);
    auto r = service.get(id);
    EXPECT_EQ(r.text("person"), "李明");
    EXPECT_EQ(r.fields["is_management_rep"], true);
    EXPECT_EQ(r.type, "role_assignment");
}

TEST_F(RegisterFixture, ReadOnlyProjectsRefuseWrites) {
    store.reset();
    storage::OpenOptions options;
    options.readOnly = true;
    auto ro = storage::openProject(dir.file("p.cnms"), options);
    RegisterService service(*ro);
    EXPECT_THROW(service.add(meter("M1", "2026-01-01")), RefusedError);
}
