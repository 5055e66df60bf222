// SPDX-License-Identifier: MIT
#include "cnms/import/ActivityExporter.h"

#include <optional>

#include "cnms/accounting/ActivityRecord.h"

namespace cnms::import {
namespace {

io::CellValue number(const std::optional<double>& v) { return v ? io::CellValue(*v) : io::CellValue(); }
io::CellValue date(const accounting::CivilDate& d) {
    return io::CellValue::date(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
}

// One cell per ActivityRow::columns(), in that order.
std::vector<io::CellValue> cellsOf(const accounting::ActivityRecord& r) {
    const auto& o = r.overrides;
    return {r.recordId,
            r.site,
            date(r.periodStart),
            date(r.periodEnd),
            toString(r.sourceType),
            r.activity,
            r.quantity,
            r.unit,
            r.isoCategory ? io::CellValue(*r.isoCategory) : io::CellValue(),
            number(o.ncv),
            o.ncvUnit,
            number(o.carbonContent),
            number(o.oxidationPct),
            number(o.ch4KgPerTj),
            number(o.n2oKgPerTj),
            number(o.factorValue),
            o.factorUnit,
            toString(r.dataQuality),
            r.evidence,
            r.note,
            number(r.uncertaintyPct)};
}

}  // namespace

std::size_t exportActivities(ProjectStore& store, int year, const std::string& path,
                             const io::TabularWriterOptions& options, const ImportProgress& progress) {
    auto writer = io::TabularWriter::create(path, options);
    std::vector<std::string> header;
    for (auto name : accounting::ActivityRow::columns()) header.emplace_back(name);
    writer->writeHeader(header);
    std::size_t written = 0;
    store.activities().forEachInYear(year, [&](accounting::ActivityId, const accounting::ActivityRecord& record) {
        writer->writeRow(cellsOf(record));
        if (++written % 4096 == 0 && progress && !progress(written))
            throw io::ExportError(path + ": the export was cancelled; no file was written");
    });
    writer->finish();
    return written;
}

}  // namespace cnms::import
