// SPDX-License-Identifier: MIT
// `cnms report`: the PDFs of the built binary read back with pdftotext carry the figures that
// `cnms inventory --format json` and `cnms neutrality --format json` print.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "CliRunner.h"
#include "TempDir.h"

namespace {

using cnms::test::cnmsBinary;
namespace fs = std::filesystem;

/** A figure as the report prints it: two decimals and thousands separators ("164,198.95"). */
std::string printed(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string text = buf;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) text.erase(0, 1);
    const auto dot = text.find('.');
    for (auto i = static_cast<long>(dot) - 3; i > 0; i -= 3) text.insert(static_cast<std::size_t>(i), ",");
    return (negative ? "-" : "") + text;
}

/** The PDF's text without any white space (pdftotext guesses spaces between glyphs). */
std::string pdfText(const fs::path& pdf) {
    const std::string cmd = "pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    std::string text;
    char buf[4096];
    while (auto n = fread(buf, 1, sizeof buf, pipe))
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isspace(static_cast<unsigned char>(buf[i]))) text.push_back(buf[i]);
    pclose(pipe);
    return text;
}

class ReportCliTest : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef CNMS_HAVE_REPORT_COMMAND
        GTEST_SKIP() << "cnms is built without Qt: no `cnms report`";
#endif
        if (std::system("pdftotext -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "poppler-utils is not installed";
        project = dir.path() / "demo.cnms";
        ASSERT_EQ(cnmsBinary("init '" + project.string() + "' --demo").code, 0);
        const auto inv = cnmsBinary("inventory '" + project.string() + "' --year 2024 --format json");
        ASSERT_EQ(inv.code, 0) << inv.out;  // 2024: the demo's latest year; it also has 2023 to compare with
        inventory = nlohmann::json::parse(inv.out);
    }

    cnms::test::TempDir dir;
    fs::path project;
    nlohmann::json inventory;
};

TEST_F(ReportCliTest, InventoryReportCarriesTheTotalsOfCnmsInventory) {
    for (const std::string lang : {"zh", "en"}) {
        const fs::path pdf = dir.path() / ("inventory-" + lang + ".pdf");
        const auto r = cnmsBinary("report inventory '" + project.string() + "' --year 2024 --lang " + lang + " --out '" +
                                  pdf.string() + "'");
        ASSERT_EQ(r.code, 0) << r.out;
        const std::string text = pdfText(pdf);
        EXPECT_NE(text.find(printed(inventory["total_tco2e"].get<double>())), std::string::npos) << lang;
        for (const auto& [scope, value] : inventory["by_scope_tco2e"].items())
            EXPECT_NE(text.find(printed(value.get<double>())), std::string::npos) << lang << " scope " << scope;
        for (const auto& [category, value] : inventory["by_iso_category_tco2e"].items())
            EXPECT_NE(text.find(printed(value.get<double>())), std::string::npos) << lang << " category " << category;
    }
}

TEST_F(ReportCliTest, NeutralityStatementCarriesTheBalanceOfCnmsNeutrality) {
    const auto n = cnmsBinary("neutrality '" + project.string() + "' --year 2024 --format json");
    ASSERT_EQ(n.code, 0) << n.out;
    const auto balance = nlohmann::json::parse(n.out);
    const fs::path pdf = dir.path() / "neutrality.pdf";
    const auto r = cnmsBinary("report neutrality '" + project.string() + "' --year 2024 --lang en --out '" +
                              pdf.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const std::string text = pdfText(pdf);
    for (const char* key : {"boundary_emissions_tco2e", "offsets_accepted_tco2e", "net_emissions_tco2e"})
        EXPECT_NE(text.find(printed(balance[key].get<double>())), std::string::npos) << key;
    for (const auto& credit : balance["offsets_accepted"]) {
        std::string serial = credit["serial"].get<std::string>();
        std::erase_if(serial, [](unsigned char c) { return std::isspace(c); });
        EXPECT_NE(text.find(serial), std::string::npos) << serial;
    }
}

TEST_F(ReportCliTest, RegisterReportAndRefusals) {
    const fs::path pdf = dir.path() / "registers.pdf";
    auto r = cnmsBinary("report register '" + project.string() + "' --register risk_opportunity --lang zh --out '" +
                        pdf.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_NE(pdfText(pdf).find("全国碳市场"), std::string::npos);  // a risk of the demo (its title may wrap)

    r = cnmsBinary("report register '" + project.string() + "' --register no_such --out '" + pdf.string() + "'");
    EXPECT_EQ(r.code, 2) << r.out;
    EXPECT_NE(r.out.find("no_such"), std::string::npos) << r.out;

    r = cnmsBinary("report nonsense '" + project.string() + "' --out '" + pdf.string() + "'");
    EXPECT_EQ(r.code, 1) << r.out;

    r = cnmsBinary("report inventory '" + (dir.path() / "missing.cnms").string() + "' --out '" + pdf.string() + "'");
    EXPECT_EQ(r.code, 2) << r.out;

    const fs::path unwritable = dir.path() / "no" / "such" / "folder" / "x.pdf";
    r = cnmsBinary("report inventory '" + project.string() + "' --out '" + unwritable.string() + "'");
    EXPECT_EQ(r.code, 2) << r.out;
    EXPECT_FALSE(fs::exists(unwritable));
}

TEST_F(ReportCliTest, EmptyProjectReportSaysWhatIsMissing) {
    const fs::path empty = dir.path() / "empty.cnms";
    ASSERT_EQ(cnmsBinary("init '" + empty.string() + "' --org 'Empty Ltd'").code, 0);
    const fs::path pdf = dir.path() / "empty.pdf";
    const auto r = cnmsBinary("report inventory '" + empty.string() + "' --year 2025 --lang en --out '" + pdf.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Noactivitydatafor2025:importactivitydataontheActivitydatapage"), std::string::npos) << text;
    EXPECT_EQ(text.find("0.00"), std::string::npos) << text;
}

}  // namespace

// The demo's first audit (id 1, last year's completed internal audit) as a report; without --id the
// command says what it needs.
TEST_F(ReportCliTest, AuditReportOfTheDemoAudit) {
    const fs::path pdf = dir.path() / "audit.pdf";
    const auto missing = cnmsBinary("report audit '" + project.string() + "' --out '" + pdf.string() + "'");
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.out.find("--id"), std::string::npos) << missing.out;
    EXPECT_FALSE(fs::exists(pdf));
    const auto r = cnmsBinary("report audit '" + project.string() + "' --id 1 --lang en --out '" + pdf.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const std::string text = pdfText(pdf);
    const auto show = cnmsBinary("audit show '" + project.string() + "' 1");
    ASSERT_EQ(show.code, 0) << show.out;
    const std::string code = show.out.substr(0, show.out.find("  "));  // "IA-2025-01  title  [status]"
    EXPECT_NE(text.find(code), std::string::npos) << code;
}

// The demo's latest management review (this year's draft) by default, or the held one by id.
TEST_F(ReportCliTest, ManagementReviewReportOfTheDemo) {
    const fs::path pdf = dir.path() / "review.pdf";
    const auto r = cnmsBinary("report management-review '" + project.string() + "' --lang zh --out '" + pdf.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_TRUE(fs::exists(pdf));
    const auto empty = dir.path() / "empty.cnms";
    ASSERT_EQ(cnmsBinary("init '" + empty.string() + "' --org 空项目").code, 0);
    const auto none = cnmsBinary("report management-review '" + empty.string() + "' --out '" + pdf.string() + ".2'");
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.out.find("cnms review new"), std::string::npos) << none.out;
}
