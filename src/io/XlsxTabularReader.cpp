// SPDX-License-Identifier: MIT
#include "XlsxTabularReader.h"

#include <charconv>
#include <cstring>

#include "cnms/core/TextUtil.h"
#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {
namespace {

constexpr std::size_t kMaxColumns = 16384;    // XFD, Excel's last column
constexpr std::size_t kMaxRows = 1048576;

/** 0-based column of a cell reference such as "AB12", or npos when it has no letters. */
std::size_t columnOf(const char* ref) {
    std::size_t col = 0;
    const char* p = ref;
    for (; *p; ++p) {
        char c = *p;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (col > kMaxColumns) return col;  // caller refuses it
    }
    return p == ref ? std::string::npos : col - 1;
}

/** Leading decimal digits of `s` as a number (0 when there are none or too many). */
std::size_t toSize(const char* s) {
    std::size_t v = 0;
    for (int digits = 0; *s >= '0' && *s <= '9'; ++s) {
        if (++digits > 12) return 0;
        v = v * 10 + static_cast<std::size_t>(*s - '0');
    }
    return v;
}

std::string columnName(std::size_t col) {
    std::string name;
    for (++col; col > 0; col = (col - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (col - 1) % 26));
    return name;
}

}  // namespace

/** Turns the streamed sheet XML into rows of text, queued in the reader. */
class XlsxTabularReader::SheetHandler final : public XmlHandler {
public:
    SheetHandler(XlsxTabularReader& reader, std::string sheetName) : m_r(reader), m_sheet(std::move(sheetName)) {}

    void startElement(std::string_view name, const char** a) override {
        if (name == "c") {
            const char* ref = attribute(a, "r");
            std::size_t col = ref ? columnOf(ref) : std::string::npos;
            m_col = col == std::string::npos ? m_nextCol : col;
            if (m_col >= kMaxColumns)
                fail("cell " + std::string(ref ? ref : "?") + " lies beyond column XFD, the last Excel has");
            const char* t = attribute(a, "t");
            m_type = t ? t : "n";
            const char* s = attribute(a, "s");
            m_style = s ? toSize(s) : 0;
            m_value.clear();
            m_inCell = true;
        } else if (name == "v") {
            m_collect = m_inCell;
        } else if (name == "t") {
            m_collect = m_inCell && m_phonetic == 0;  // <is><t> or <is><r><t>
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "row") {
            const char* r = attribute(a, "r");
            m_row.number = r ? toSize(r) : m_lastRow + 1;
            if (m_row.number == 0 || m_row.number > kMaxRows)
                fail("row number '" + std::string(r ? r : "") + "' is not a row Excel has");
            m_row.cells.clear();
            m_nextCol = 0;
        }
    }

    void endElement(std::string_view name) override {
        if (name == "v" || name == "t") {
            m_collect = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "c") {
            m_inCell = false;
            if (m_row.cells.size() <= m_col) m_row.cells.resize(m_col + 1);
            m_row.cells[m_col] = cellText();
            m_nextCol = m_col + 1;
        } else if (name == "row") {
            m_lastRow = m_row.number;
            m_r.m_pending.push_back(std::move(m_row));
            m_row = XlsxRow{};
        }
    }

    void characters(std::string_view text) override {
        if (m_collect) m_value.append(text);
    }

private:
    [[noreturn]] void fail(const std::string& reason) const {
        throw ImportError(m_r.path(), m_row.number, "sheet '" + m_sheet + "': " + reason);
    }

    std::string cellText() {
        const std::string& t = m_type;
        if (t == "s") {
            if (m_value.empty()) return {};
            const std::size_t index = toSize(m_value.c_str());
            if (index >= m_r.m_sharedStrings.size())
                fail("cell " + columnName(m_col) + std::to_string(m_row.number) + " refers to shared string " +
                     m_value + " of " + std::to_string(m_r.m_sharedStrings.size()) + " (damaged workbook)");
            return m_r.m_sharedStrings[index];
        }
        if (t == "inlineStr" || t == "str") {
            decodeOoxmlEscapes(m_value);
            return std::move(m_value);
        }
        if (t == "b") return m_value == "1" ? "TRUE" : m_value == "0" ? "FALSE" : std::move(m_value);
        if (t == "e") return std::move(m_value);
        if (t == "d") {  // ISO 8601 date cell (strict OOXML): keep the date when the time is midnight
            if (m_value.size() > 10 && m_value[10] == 'T' && m_value.compare(11, 8, "00:00:00") == 0)
                m_value.resize(10);
            return std::move(m_value);
        }
        // A number (t="n" or no t).
        std::string_view raw = text::trim(m_value);
        if (raw.empty()) return {};
        double number = 0;
        auto r = std::from_chars(raw.data(), raw.data() + raw.size(), number);
        if (r.ec != std::errc() || r.ptr != raw.data() + raw.size()) return std::string(raw);
        const auto kind = m_style < m_r.m_formats.size() ? m_r.m_formats[m_style] : excel::FormatKind::Number;
        if (kind != excel::FormatKind::Number) {
            if (auto iso = excel::serialToIso(number, m_r.m_book.date1904, kind == excel::FormatKind::DateTime))
                return *iso;
        }
        return excel::formatNumber(number);
    }

    XlsxTabularReader& m_r;
    std::string m_sheet;
    XlsxRow m_row;
    std::size_t m_lastRow = 0;
    std::size_t m_col = 0;
    std::size_t m_nextCol = 0;
    std::string m_type;
    std::size_t m_style = 0;
    std::string m_value;
    bool m_inCell = false;
    bool m_collect = false;
    int m_phonetic = 0;
};

XlsxTabularReader::XlsxTabularReader(std::string path, const TabularOptions& options)
    : TabularReader(path), m_zip(path), m_book(readWorkbook(m_zip)), m_buffer(1 << 16) {
    const XlsxSheetEntry* sheet = nullptr;
    if (!options.sheet.empty()) {
        for (const auto& s : m_book.sheets)
            if (s.name == options.sheet) sheet = &s;
        if (!sheet) {  // forgive case and surrounding spaces
            const std::string wanted = text::toLower(text::trim(options.sheet));
            for (const auto& s : m_book.sheets)
                if (text::toLower(text::trim(s.name)) == wanted) sheet = &s;
        }
        if (!sheet) {
            std::string names;
            for (const auto& s : m_book.sheets) names += (names.empty() ? "'" : ", '") + s.name + "'";
            throw ImportError(path, 0, "has no sheet named '" + options.sheet + "' (its sheets: " + names + ")");
        }
        if (!sheet->worksheet) throw ImportError(path, 0, "sheet '" + sheet->name + "' is a chart, not a worksheet");
    } else {
        for (const auto& s : m_book.sheets)
            if (s.worksheet && !s.hidden) {
                sheet = &s;
                break;
            }
        if (!sheet)
            for (const auto& s : m_book.sheets)
                if (s.worksheet) {
                    sheet = &s;
                    break;
                }
        if (!sheet) throw ImportError(path, 0, "the workbook has no worksheet");
    }
    const XlsxSheetEntry chosen = *sheet;

    m_sharedStrings = readSharedStrings(m_zip, m_book.sharedStringsPart);
    m_formats = readCellFormats(m_zip, m_book.stylesPart);
    if (!m_zip.openEntry(chosen.part))
        throw ImportError(path, 0, "damaged xlsx: sheet '" + chosen.name + "' has no part " + chosen.part);
    m_handler = std::make_unique<SheetHandler>(*this, chosen.name);
    m_xml = std::make_unique<XmlStream>(*m_handler, path, chosen.part);
}

XlsxTabularReader::~XlsxTabularReader() = default;

bool XlsxTabularReader::readRow(TabularRow& row) {
    while (m_pending.empty() && !m_done) {
        const std::size_t got = m_zip.readSome(m_buffer.data(), m_buffer.size());
        m_xml->feed(m_buffer.data(), got, got == 0);
        if (got == 0) {
            m_zip.closeEntry();
            m_done = true;
        }
    }
    if (m_pending.empty()) return false;
    m_current = std::move(m_pending.front());
    m_pending.pop_front();
    row.number = m_current.number;
    row.cells.assign(m_current.cells.begin(), m_current.cells.end());
    return true;
}

}  // namespace cnms::io::detail
