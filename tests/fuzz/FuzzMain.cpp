// SPDX-License-Identifier: MIT
// The libFuzzer entry point of one target; CMake compiles this file once per target with
// CNMS_FUZZ_TARGET set to the body's name (csvReader, activityImport, xlsxReader, json).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cnms::fuzz::CNMS_FUZZ_TARGET(data, size);
    return 0;
}
