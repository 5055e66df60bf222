// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <set>

#include "cnms/audit/ChecklistGenerator.h"
#include "cnms/audit/ClauseSelection.h"
#include "cnms/core/Errors.h"

using namespace cnms;

namespace {
const ClauseCatalogue& catalogue() { return ClauseCatalogue::shipped(); }

std::string issueCodes(const ValidationError& e) {
    std::string out;
    for (const auto& i : e.issues()) out += i.code + ":" + i.message + ";";
    return out;
}
}  // namespace

TEST(ClauseSelection, TheWholeRangeSelectsEveryLeafOfTheCatalogue) {
    auto all = ClauseSelection::parse("4-10", catalogue());
    EXPECT_EQ(all.entries().size(), catalogue().clauses().size());
    EXPECT_EQ(all.leaves(), leafClauses(catalogue()));
    // The shipped catalogue: 43 entries, of which 4-10, 7.1 and 7.5 group the 34 leaves.
    EXPECT_EQ(all.leaves().size(), 34u);
    EXPECT_EQ(ClauseSelection::parse("", catalogue()).leaves(), all.leaves());
}

TEST(ClauseSelection, AListAGroupAndARangeSelectWhatTheyName) {
    EXPECT_EQ(ClauseSelection::parse("6.2,9.4", catalogue()).leaves(), (std::vector<std::string>{"6.2", "9.4"}));
    EXPECT_EQ(ClauseSelection::parse(" 9.4 , 6.2 ", catalogue()).leaves(), (std::vector<std::string>{"6.2", "9.4"}));
    EXPECT_EQ(ClauseSelection::parse("7.1", catalogue()).leaves(),
              (std::vector<std::string>{"7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.1.5"}));
    EXPECT_EQ(ClauseSelection::parse("7.1-7.2", catalogue()).leaves(),
              (std::vector<std::string>{"7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.2"}));
    EXPECT_EQ(ClauseSelection::parse("10", catalogue()).leaves(), (std::vector<std::string>{"10.1", "10.2"}));
    auto six = ClauseSelection::parse("6", catalogue());
    EXPECT_EQ(six.entries().front(), "6");
    EXPECT_EQ(six.leaves().size(), 6u);
}

TEST(ClauseSelection, UnknownIdsAndBackwardRangesAreRefusedByName) {
    try {
        ClauseSelection::parse("6.2,11,6.9", catalogue(), "scope");
        FAIL();
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.issues().size(), 2u) << issueCodes(e);
        EXPECT_EQ(e.issues()[0].field, "scope");
        EXPECT_EQ(e.issues()[0].code, "unknown_clause");
        EXPECT_NE(e.issues()[0].message.find("'11'"), std::string::npos);
        EXPECT_NE(e.issues()[1].message.find("'6.9'"), std::string::npos);
    }
    try {
        ClauseSelection::parse("10-4", catalogue());
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.issues()[0].code, "range_reversed");
    }
    EXPECT_THROW(ClauseSelection::parse(",", catalogue()), ValidationError);
}

TEST(ClauseSelection, WorksOnAnyCatalogueBecauseIdsAreData) {
    // A renumbered catalogue with non-numeric ids: selection follows the data, not number parsing.
    auto other = ClauseCatalogue::fromJson(R"({"clauses": [
        {"id": "P", "title_zh": "策划", "title_en": "Plan", "pdca": "plan"},
        {"id": "P-a", "parent": "P", "title_zh": "甲", "title_en": "A", "pdca": "plan",
         "checks": [{"id": "P-a/1", "zh": "问一", "en": "Q one"}]},
        {"id": "Q", "title_zh": "检查", "title_en": "Check", "pdca": "check",
         "checks": [{"id": "Q/1", "zh": "问二", "en": "Q two"}, {"id": "Q/2", "zh": "问三", "en": "Q three"}]}
    ]})");
    // "P-a" is an id containing a dash: an exact id wins over reading it as a range.
    EXPECT_EQ(ClauseSelection::parse("P-a", other).leaves(), (std::vector<std::string>{"P-a"}));
    EXPECT_EQ(ClauseSelection::parse("P-Q", other).leaves(), (std::vector<std::string>{"P-a", "Q"}));
    auto all = ClauseSelection::parse("", other);
    EXPECT_EQ(all.leaves(), (std::vector<std::string>{"P-a", "Q"}));
    auto items = generateChecklist(other, all.leaves());
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[2].ref, "Q/2");
    EXPECT_EQ(items[2].question("en"), "Q three");
}

TEST(ChecklistGeneration, CoversEveryCheckOfEverySubclauseInScopeOnce) {
    for (const char* scope : {"4-10", "6.2,9.4", "7", "8-9"}) {
        auto leaves = ClauseSelection::parse(scope, catalogue()).leaves();
        auto items = generateChecklist(catalogue(), leaves);
        std::size_t expected = 0;
        std::set<std::string> refs, clauses;
        for (const auto& id : leaves) {
            auto clause = catalogue().find(id);
            ASSERT_TRUE(clause);
            ASSERT_FALSE(clause->checks.empty()) << "leaf " << id << " has no checks";
            expected += clause->checks.size();
            for (const auto& check : clause->checks)
                EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](auto& i) {
                    return i.checkId == check.id && i.questionZh == check.zh && i.questionEn == check.en;
                })) << check.id;
        }
        EXPECT_EQ(items.size(), expected) << scope;
        for (std::size_t i = 0; i < items.size(); ++i) {
            EXPECT_EQ(items[i].seq, static_cast<int>(i + 1));
            EXPECT_EQ(items[i].result, FindingResult::Open);
            EXPECT_FALSE(items[i].own);
            refs.insert(items[i].ref);
            clauses.insert(items[i].clauseId);
        }
        EXPECT_EQ(refs.size(), items.size()) << "refs are unique";
        EXPECT_EQ(clauses, std::set<std::string>(leaves.begin(), leaves.end())) << "every subclause in scope";
    }
    // The shipped catalogue has 159 checks, all on leaves.
    EXPECT_EQ(generateChecklist(catalogue(), leafClauses(catalogue())).size(), 159u);
}

TEST(ChecklistGeneration, EntriesCarryTheRecordsEachClauseAsksFor) {
    auto entries = checklistEntries(catalogue(), {"9.4"});
    ASSERT_EQ(entries.size(), 6u);
    EXPECT_EQ(entries[0].checkId, "9.4-1");
    EXPECT_EQ(entries[0].clauseTitleEn, "Internal audit");
    ASSERT_EQ(entries[0].records.size(), 3u);
    EXPECT_EQ(entries[0].records[0].recordType, "audit_programme");
}
