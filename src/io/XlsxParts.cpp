// SPDX-License-Identifier: MIT
#include "XlsxParts.h"

#include <charconv>
#include <cstring>
#include <map>

#include "XmlStream.h"
#include "ZipArchive.h"
#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {
namespace {

struct Relationship {
    std::string id, type, target;
    bool external = false;
};

bool endsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

class RelsHandler final : public XmlHandler {
public:
    std::vector<Relationship> rels;
    void startElement(std::string_view name, const char** a) override {
        if (name != "Relationship") return;
        Relationship r;
        if (auto v = attribute(a, "Id")) r.id = v;
        if (auto v = attribute(a, "Type")) r.type = v;
        if (auto v = attribute(a, "Target")) r.target = v;
        if (auto v = attribute(a, "TargetMode")) r.external = std::strcmp(v, "External") == 0;
        rels.push_back(std::move(r));
    }
    void endElement(std::string_view) override {}
};

struct SheetRef {
    std::string name, relId;
    bool hidden = false;
};

class WorkbookHandler final : public XmlHandler {
public:
    std::vector<SheetRef> sheets;
    bool date1904 = false;
    void startElement(std::string_view name, const char** a) override {
        if (name == "workbookPr") {
            if (auto v = attribute(a, "date1904")) date1904 = std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0;
        } else if (name == "sheet") {
            SheetRef s;
            if (auto v = attribute(a, "name")) s.name = v;
            if (auto v = attribute(a, "id")) s.relId = v;  // r:id
            if (auto v = attribute(a, "state")) s.hidden = std::strcmp(v, "visible") != 0;
            sheets.push_back(std::move(s));
        }
    }
    void endElement(std::string_view) override {}
};

class SharedStringsHandler final : public XmlHandler {
public:
    std::vector<std::string> strings;
    void startElement(std::string_view name, const char** a) override {
        if (name == "sst") {
            if (auto v = attribute(a, "uniqueCount")) {
                std::size_t n = 0;
                std::from_chars(v, v + std::strlen(v), n);
                strings.reserve(std::min<std::size_t>(n, 1u << 20));  // a hint only: never trust it for memory
            }
        } else if (name == "si") {
            m_current.clear();
        } else if (name == "t") {
            m_collect = m_phonetic == 0;
        } else if (name == "rPh") {
            ++m_phonetic;  // reading aids for Japanese: not part of the text
        }
    }
    void endElement(std::string_view name) override {
        if (name == "t") {
            m_collect = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "si") {
            decodeOoxmlEscapes(m_current);
            strings.push_back(std::move(m_current));
            m_current.clear();
        }
    }
    void characters(std::string_view text) override {
        if (m_collect) m_current.append(text);
    }

private:
    std::string m_current;
    bool m_collect = false;
    int m_phonetic = 0;
};

class StylesHandler final : public XmlHandler {
public:
    std::map<int, excel::FormatKind> customFormats;
    std::vector<int> cellFormatIds;
    void startElement(std::string_view name, const char** a) override {
        if (name == "numFmt") {
            const char* id = attribute(a, "numFmtId");
            const char* code = attribute(a, "formatCode");
            if (id && code) customFormats[toInt(id)] = excel::classifyFormatCode(code);
        } else if (name == "cellXfs") {
            m_inCellXfs = true;
        } else if (name == "xf" && m_inCellXfs) {
            const char* id = attribute(a, "numFmtId");
            cellFormatIds.push_back(id ? toInt(id) : 0);
        }
    }
    void endElement(std::string_view name) override {
        if (name == "cellXfs") m_inCellXfs = false;
    }

private:
    static int toInt(const char* s) {
        int v = 0;
        std::from_chars(s, s + std::strlen(s), v);
        return v;
    }
    bool m_inCellXfs = false;
};

std::string directoryOf(std::string_view part) {
    auto slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string relsPartOf(std::string_view part) {
    auto slash = part.rfind('/');
    std::string_view dir = slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
    std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

std::vector<Relationship> readRels(ZipArchive& zip, const std::string& part) {
    RelsHandler h;
    parseZipEntry(zip, part, h);
    return std::move(h.rels);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

void decodeOoxmlEscapes(std::string& text) {
    if (text.find("_x") == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            unsigned cp = 0;
            bool hex = true;
            for (std::size_t k = 2; k < 6; ++k) {
                int h = hexValue(text[i + k]);
                if (h < 0) hex = false;
                cp = cp * 16 + static_cast<unsigned>(h < 0 ? 0 : h);
            }
            if (hex && (cp < 0xD800 || cp > 0xDFFF)) {
                appendUtf8(out, cp);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    text = std::move(out);
}

std::string resolveTarget(std::string_view baseDir, std::string_view target) {
    std::string joined =
        target.starts_with('/') ? std::string(target.substr(1)) : std::string(baseDir) + std::string(target);
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        auto slash = joined.find('/', start);
        if (slash == std::string::npos) slash = joined.size();
        std::string segment = joined.substr(start, slash - start);
        if (segment == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!segment.empty() && segment != ".") {
            parts.push_back(std::move(segment));
        }
        start = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

XlsxWorkbook readWorkbook(ZipArchive& zip) {
    std::string workbookPart = "xl/workbook.xml";
    for (const auto& r : readRels(zip, "_rels/.rels"))
        if (endsWith(r.type, "/officeDocument") && !r.external) workbookPart = resolveTarget("", r.target);

    if (workbookPart.ends_with(".bin"))
        throw ImportError(zip.path(), 0,
                          "is an Excel binary workbook (.xlsb), which is not read; save it as .xlsx or as CSV UTF-8");
    WorkbookHandler wb;
    if (!parseZipEntry(zip, workbookPart, wb)) {
        if (zip.contains("content.xml"))
            throw ImportError(zip.path(), 0, "is an OpenDocument spreadsheet, not xlsx; save it as .xlsx or CSV");
        if (zip.contains("word/document.xml"))
            throw ImportError(zip.path(), 0, "is a Word document, not an xlsx workbook");
        throw ImportError(zip.path(), 0, "is a zip archive but not an xlsx workbook (it has no " + workbookPart + ")");
    }

    XlsxWorkbook book;
    book.date1904 = wb.date1904;
    const std::string base = directoryOf(workbookPart);
    std::map<std::string, Relationship> byId;
    for (auto& r : readRels(zip, relsPartOf(workbookPart))) {
        if (endsWith(r.type, "/sharedStrings")) book.sharedStringsPart = resolveTarget(base, r.target);
        if (endsWith(r.type, "/styles")) book.stylesPart = resolveTarget(base, r.target);
        byId[r.id] = std::move(r);
    }
    for (auto& s : wb.sheets) {
        XlsxSheetEntry entry;
        entry.name = std::move(s.name);
        entry.hidden = s.hidden;
        auto it = byId.find(s.relId);
        if (it == byId.end()) {
            // Some writers omit the workbook relationships; Excel's default names are the fallback.
            entry.part = base + "worksheets/sheet" + std::to_string(book.sheets.size() + 1) + ".xml";
        } else {
            entry.part = resolveTarget(base, it->second.target);
            entry.worksheet = endsWith(it->second.type, "/worksheet");
        }
        book.sheets.push_back(std::move(entry));
    }
    if (book.sharedStringsPart.empty() && zip.contains(base + "sharedStrings.xml"))
        book.sharedStringsPart = base + "sharedStrings.xml";
    if (book.stylesPart.empty() && zip.contains(base + "styles.xml")) book.stylesPart = base + "styles.xml";
    return book;
}

std::vector<std::string> readSharedStrings(ZipArchive& zip, const std::string& part) {
    SharedStringsHandler h;
    if (!part.empty()) parseZipEntry(zip, part, h);
    return std::move(h.strings);
}

std::vector<excel::FormatKind> readCellFormats(ZipArchive& zip, const std::string& part) {
    StylesHandler h;
    if (!part.empty()) parseZipEntry(zip, part, h);
    std::vector<excel::FormatKind> kinds;
    kinds.reserve(h.cellFormatIds.size());
    for (int id : h.cellFormatIds) {
        auto custom = h.customFormats.find(id);
        kinds.push_back(custom != h.customFormats.end() ? custom->second : excel::classifyBuiltInFormat(id));
    }
    return kinds;
}

}  // namespace cnms::io::detail
