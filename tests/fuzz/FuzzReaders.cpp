// SPDX-License-Identifier: MIT
// The bodies of fuzz_csv and fuzz_xlsx: they need only the file layer (cnms_io), so their
// executables are built from its sources alone (see CMakeLists.txt).
#include <exception>
#include <string>
#include <vector>

#include "FuzzScratch.h"
#include "FuzzTargets.h"
#include "cnms/core/CsvReader.h"
#include "cnms/io/TabularReader.h"

namespace cnms::fuzz {
namespace {

void readAllRows(const std::string& path, const io::TabularOptions& options) {
    auto reader = io::TabularReader::open(path, options);
    io::TabularRow row;
    std::size_t cells = 0;
    while (reader->next(row))
        for (auto c : row.cells) cells += c.size();  // touch every view: ASan checks it points into live memory
    (void)cells;
}

}  // namespace

void csvReader(const std::uint8_t* data, std::size_t size) {
    static const char separators[] = {',', ';', '\t', '|'};
    if (size == 0) return;
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        CsvReader reader(text, separators[data[0] % 4]);
        std::vector<std::string_view> fields;
        std::size_t total = 0;
        while (reader.next(fields))
            for (auto f : fields) total += f.size();
        (void)total;
    } catch (const CsvError&) {
    }
    io::TabularOptions options;
    options.encoding = static_cast<io::Encoding>(data[0] % 5);
    try {
        readAllRows(writeScratch("input.csv", data + 1, size - 1), options);
    } catch (const std::exception&) {  // ImportError: refused with a message, as it should be
    }
}

void xlsxReader(const std::uint8_t* data, std::size_t size) {
    auto path = writeScratch("input.xlsx", data, size);
    try {
        for (const auto& name : io::xlsxSheetNames(path)) (void)name.size();
    } catch (const std::exception&) {
    }
    try {
        readAllRows(path, {});
    } catch (const std::exception&) {
    }
}

}  // namespace cnms::fuzz
