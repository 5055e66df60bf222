// SPDX-License-Identifier: MIT
// Throughput of the file layer on the sizes the product promises: a year of activity data as a
// 1,000,000-row, 20-column CSV (~130 MB) in UTF-8 and in GBK, and a 100,000-row xlsx.
// The files are generated once in a temp folder; each benchmark reads the whole file through
// TabularReader (read + decode + parse + every cell touched) and reports MB/s and rows/s.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "TempDir.h"
#include "cnms/core/CsvReader.h"
#include "cnms/io/Encoding.h"
#include "cnms/io/TabularReader.h"
#include "cnms/io/TabularWriter.h"

namespace {

constexpr int kCsvRows = 1000000;
constexpr int kXlsxRows = 100000;
constexpr int kColumns = 20;

struct Files {
    cnms::test::TempDir dir;
    std::string utf8Csv, gbkCsv, xlsx;
    std::size_t utf8Bytes = 0, gbkBytes = 0, xlsxBytes = 0;
};

/** 20 columns: id, site code, Chinese site name, month, 16 quantities. */
void appendRow(std::string& out, int i) {
    static const char* sites[] = {"CX-CLK,长兴熟料厂", "HZ-GRD,杭州粉磨站", "HZ-HQ,\"总部, 办公楼\""};
    char buf[256];
    out += std::to_string(i);
    out += ',';
    out += sites[i % 3];
    std::snprintf(buf, sizeof buf, ",2024-%02d", i % 12 + 1);
    out += buf;
    for (int c = 4; c < kColumns; ++c) {
        // Quantities of 3-6 characters ("873", "12.5", "4410.25"): ~120 bytes a row in all.
        const int v = (i * 7 + c * 13) % 5000;
        if (c % 3 == 0) std::snprintf(buf, sizeof buf, ",%d", v);
        else std::snprintf(buf, sizeof buf, ",%d.%d", v / 10, (i + c) % 100);
        out += buf;
    }
    out += "\r\n";
}

const Files& files() {
    static Files* f = [] {
        auto* files = new Files;
        std::string csv = "\xEF\xBB\xBF" "id,site_code,站点名称,period";
        for (int c = 4; c < kColumns; ++c) csv += ",q" + std::to_string(c);
        csv += "\r\n";
        csv.reserve(140u * kCsvRows);
        for (int i = 0; i < kCsvRows; ++i) appendRow(csv, i);
        files->utf8Csv = files->dir.file("activity-utf8.csv");
        cnms::test::writeFile(files->utf8Csv, csv);
        files->utf8Bytes = csv.size();

        const std::string gbk = cnms::io::encodeFromUtf8(csv.substr(3), cnms::io::Encoding::Gbk);
        files->gbkCsv = files->dir.file("activity-gbk.csv");
        cnms::test::writeFile(files->gbkCsv, gbk);
        files->gbkBytes = gbk.size();

        files->xlsx = files->dir.file("activity.xlsx");
        auto w = cnms::io::TabularWriter::create(files->xlsx);
        std::vector<std::string> header{"id", "site_code", "站点名称", "period"};
        for (int c = 4; c < kColumns; ++c) header.push_back("q" + std::to_string(c));
        w->writeHeader(header);
        std::vector<cnms::io::CellValue> row(kColumns);
        for (int i = 0; i < kXlsxRows; ++i) {
            row[0] = i;
            row[1] = i % 2 ? "CX-CLK" : "HZ-GRD";
            row[2] = i % 2 ? "长兴熟料厂" : "杭州粉磨站";
            row[3] = cnms::io::CellValue::date(2024, static_cast<unsigned>(i % 12 + 1), 1);
            for (int c = 4; c < kColumns; ++c) row[c] = ((i * 7 + c * 13) % 10000) + ((i + c) % 1000) / 1000.0;
            w->writeRow(row);
        }
        w->finish();
        files->xlsxBytes = cnms::test::readFile(files->xlsx).size();
        return files;
    }();
    return *f;
}

void readAll(benchmark::State& state, const std::string& path, std::size_t bytes, int expectedRows) {
    std::size_t rows = 0;
    for (auto _ : state) {
        auto reader = cnms::io::TabularReader::open(path);
        cnms::io::TabularRow row;
        std::size_t n = 0, chars = 0;
        while (reader->next(row)) {
            ++n;
            for (auto cell : row.cells) chars += cell.size();
        }
        benchmark::DoNotOptimize(chars);
        if (n != static_cast<std::size_t>(expectedRows)) state.SkipWithError("wrong row count");
        rows += n;
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsRate);
    state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_FileReadOnly(benchmark::State& state) {
    const Files& f = files();
    for (auto _ : state) benchmark::DoNotOptimize(cnms::test::readFile(f.utf8Csv).size());
    state.SetBytesProcessed(static_cast<int64_t>(f.utf8Bytes * state.iterations()));
}

void BM_ReadUtf8Csv(benchmark::State& state) { readAll(state, files().utf8Csv, files().utf8Bytes, kCsvRows); }
void BM_ReadGbkCsv(benchmark::State& state) { readAll(state, files().gbkCsv, files().gbkBytes, kCsvRows); }
void BM_ReadXlsx(benchmark::State& state) { readAll(state, files().xlsx, files().xlsxBytes, kXlsxRows); }

/** The cost beyond the file read: UTF-8 validation and CSV parsing of text already in memory. */
void BM_ParseUtf8InMemory(benchmark::State& state) {
    const std::string bytes = cnms::test::readFile(files().utf8Csv);
    std::size_t rows = 0;
    for (auto _ : state) {
        state.PauseTiming();  // decodeToUtf8 takes the bytes by value: the copy is not the parser's cost
        std::string copy = bytes;
        state.ResumeTiming();
        cnms::io::DecodedText text = cnms::io::decodeToUtf8(std::move(copy), cnms::io::Encoding::Auto, "utf8.csv");
        cnms::CsvReader csv(text.utf8());
        std::vector<std::string_view> fields;
        std::size_t chars = 0;
        while (csv.next(fields)) {
            ++rows;
            for (auto f : fields) chars += f.size();
        }
        benchmark::DoNotOptimize(chars);
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes.size() * state.iterations()));
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsRate);
}

void BM_GbkDecodeOnly(benchmark::State& state) {
    const std::string bytes = cnms::test::readFile(files().gbkCsv);
    for (auto _ : state) {
        state.PauseTiming();
        std::string copy = bytes;
        state.ResumeTiming();
        benchmark::DoNotOptimize(
            cnms::io::decodeToUtf8(std::move(copy), cnms::io::Encoding::Gbk, "gbk.csv").text.size());
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes.size() * state.iterations()));
}

void BM_WriteXlsx(benchmark::State& state) {
    cnms::test::TempDir dir;
    std::vector<cnms::io::CellValue> row(kColumns);
    for (auto _ : state) {
        auto w = cnms::io::TabularWriter::create(dir.file("out.xlsx"));
        w->writeHeader({"id", "site"});
        for (int i = 0; i < kXlsxRows; ++i) {
            row[0] = i;
            row[1] = "长兴熟料厂";
            for (int c = 2; c < kColumns; ++c) row[c] = i * 0.5 + c;
            w->writeRow(row);
        }
        w->finish();
    }
    state.counters["rows/s"] =
        benchmark::Counter(static_cast<double>(kXlsxRows) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_FileReadOnly)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ParseUtf8InMemory)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadUtf8Csv)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GbkDecodeOnly)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadGbkCsv)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadXlsx)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_WriteXlsx)->Unit(benchmark::kMillisecond)->Iterations(1);

