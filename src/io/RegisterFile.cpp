// SPDX-License-Identifier: MIT
#include "cnms/io/RegisterFile.h"

#include <cctype>

#include "cnms/io/TabularReader.h"
#include "cnms/io/TabularWriter.h"
#include "cnms/records/Today.h"

namespace cnms::io {
namespace {

bool endsWithXlsx(const std::string& path) {
    if (path.size() < 5) return false;
    std::string ext = path.substr(path.size() - 5);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".xlsx";
}

/** The xlsx cell of one field: typed where the value is a number or a real date, else the table's text. */
CellValue typedCell(const records::FieldDef& field, const nlohmann::json* value, const std::string& text) {
    if (!value) return text.empty() ? CellValue() : CellValue(text);
    if (field.kind == records::FieldKind::Number && value->is_number()) return CellValue(value->get<double>());
    if (field.kind == records::FieldKind::Date && value->is_string() && records::dates::isValid(value->get<std::string>())) {
        const auto d = value->get<std::string>();
        return CellValue::date(std::stoi(d.substr(0, 4)), static_cast<unsigned>(std::stoi(d.substr(5, 2))),
                               static_cast<unsigned>(std::stoi(d.substr(8, 2))));
    }
    return text.empty() ? CellValue() : CellValue(text);
}

}  // namespace

void writeRegisterFile(const records::RegisterSchema& schema, const std::vector<records::RegisterRecord>& records,
                       records::Labels labels, const std::string& path) {
    const records::Table table = records::tabulate(schema, records, labels);
    const bool xlsx = endsWithXlsx(path);
    TabularWriterOptions options;
    options.sheetName = schema.type.substr(0, 31);
    auto writer = TabularWriter::create(path, options);
    writer->writeHeader(table.header);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        const auto& row = table.rows[i];
        std::vector<CellValue> cells;
        cells.reserve(row.size());
        if (xlsx) {
            cells.emplace_back(static_cast<double>(r.id));
            cells.emplace_back(static_cast<double>(r.version));
        } else {
            cells.emplace_back(row[0]);
            cells.emplace_back(row[1]);
        }
        for (std::size_t f = 0; f < schema.fields.size(); ++f) {
            const auto& field = schema.fields[f];
            const std::string& text = row[f + 2];
            const nlohmann::json* value =
                r.fields.is_object() && r.fields.contains(field.id) ? &r.fields[field.id] : nullptr;
            cells.push_back(xlsx ? typedCell(field, value, text) : (text.empty() ? CellValue() : CellValue(text)));
        }
        writer->writeRow(cells);
    }
    writer->finish();
}

records::Table readRegisterFile(const std::string& path) {
    auto reader = TabularReader::open(path);
    records::Table table;
    table.header = reader->header();
    TabularRow row;
    while (reader->next(row)) {
        std::vector<std::string> cells;
        for (auto c : row.cells) cells.emplace_back(c);
        table.rows.push_back(std::move(cells));
        table.lines.push_back(row.number);
    }
    return table;
}

}  // namespace cnms::io
