// SPDX-License-Identifier: MIT
// Writes the benchmark's activity CSV: generate-activity-csv ROWS FILE
#include <cstdio>
#include <cstdlib>

#include "ActivityCsv.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s ROWS FILE\n", argv[0]);
        return 1;
    }
    auto text = cnms::bench::activityCsv(std::strtoull(argv[1], nullptr, 10));
    std::FILE* f = std::fopen(argv[2], "wb");
    if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size()) return 2;
    return std::fclose(f) == 0 ? 0 : 2;
}
