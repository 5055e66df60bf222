// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/**
 * The bodies of the fuzz targets, shared by the libFuzzer executables (CNMS_FUZZ, clang) and by
 * cnms_fuzz_replay, which runs every seed and every past finding through them in the ordinary
 * test suite. Each body feeds arbitrary bytes to one reader of users' or stored data: any input
 * may be refused with an exception, none may crash, hang or touch memory it does not own.
 */
namespace cnms::fuzz {

/** CsvReader on the bytes as text (first byte picks the separator), then TabularReader on them as a .csv file. */
void csvReader(const std::uint8_t* data, std::size_t size);
/** The activity importer (all rows validated and stored, then rolled back) on the bytes as a CSV file. */
void activityImport(const std::uint8_t* data, std::size_t size);
/** The xlsx reader (sheet names, then every row of the first sheet) on the bytes as an .xlsx file. */
void xlsxReader(const std::uint8_t* data, std::size_t size);
/** One JSON decoder (first byte picks it: catalogue, register schemas, factor set, stored codecs ...). */
void json(const std::uint8_t* data, std::size_t size);

/** Looks a body up by the name used for its corpus directory (csv, activity, xlsx, json); nullptr if none. */
using Target = void (*)(const std::uint8_t*, std::size_t);
Target targetNamed(std::string_view name);

}  // namespace cnms::fuzz
