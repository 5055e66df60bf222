// SPDX-License-Identifier: MIT
// Runs every seed (tests/fuzz/corpus/TARGET) and every past finding (tests/fuzz/regressions/TARGET)
// through the fuzz bodies in the ordinary suite, so a fixed crash stays fixed in any build,
// sanitized or not, with or without clang.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "FuzzTargets.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs(const std::string& target) {
    std::vector<fs::path> out;
    for (const char* kind : {"corpus", "regressions"}) {
        fs::path dir = fs::path(CNMS_FUZZ_DIR) / kind / target;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file()) out.push_back(entry.path());
    }
    return out;
}

class FuzzReplay : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzReplay, EverySeedAndPastFindingIsReadWithoutCrashing) {
    auto target = cnms::fuzz::targetNamed(GetParam());
    ASSERT_NE(target, nullptr);
    auto files = inputs(GetParam());
    ASSERT_FALSE(files.empty()) << "no seed corpus for " << GetParam();
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        std::ifstream in(file, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, ::testing::Values("csv", "activity", "xlsx", "json"));

}  // namespace
