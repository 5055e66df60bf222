// SPDX-License-Identifier: MIT
#include "XmlStream.h"

#include <expat.h>

#include <cstring>
#include <exception>
#include <vector>

#include "ZipArchive.h"
#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {

// Expat is C: an exception must not cross it. Callbacks catch, stop the parser, and feed()
// rethrows once XML_Parse has returned.
struct XmlContext {
    XmlHandler* handler = nullptr;
    XML_Parser parser = nullptr;
    std::exception_ptr error;
};

namespace {

// Names are matched by local name with the prefix dropped. Expat's namespace mode would expand
// every name to its full URI, which costs a third of the time of parsing a large sheet; the
// element names read here are unambiguous within a SpreadsheetML part.
std::string_view localName(const char* name) {
    std::string_view n(name);
    const auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

template <typename F>
void guarded(void* data, F&& f) {
    auto* ctx = static_cast<XmlContext*>(data);
    if (ctx->error) return;
    try {
        f(*ctx->handler);
    } catch (...) {
        ctx->error = std::current_exception();
        XML_StopParser(ctx->parser, XML_FALSE);
    }
}

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    guarded(data, [&](XmlHandler& h) { h.startElement(localName(name), attributes); });
}

void XMLCALL onEnd(void* data, const XML_Char* name) {
    guarded(data, [&](XmlHandler& h) { h.endElement(localName(name)); });
}

void XMLCALL onText(void* data, const XML_Char* text, int length) {
    guarded(data, [&](XmlHandler& h) { h.characters(std::string_view(text, static_cast<std::size_t>(length))); });
}

}  // namespace

const char* attribute(const char** attributes, std::string_view name) {
    for (const char** a = attributes; *a; a += 2)
        if (localName(*a) == name) return a[1];
    return nullptr;
}

XmlStream::XmlStream(XmlHandler& handler, std::string file, std::string part)
    : m_context(std::make_unique<XmlContext>()), m_file(std::move(file)), m_part(std::move(part)) {
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p) throw std::bad_alloc();
    m_context->handler = &handler;
    m_context->parser = p;
    XML_SetUserData(p, m_context.get());
    XML_SetElementHandler(p, onStart, onEnd);
    XML_SetCharacterDataHandler(p, onText);
}

XmlStream::~XmlStream() { XML_ParserFree(m_context->parser); }

void XmlStream::feed(const char* data, std::size_t size, bool last) {
    XML_Parser p = m_context->parser;
    const bool ok = XML_Parse(p, data, static_cast<int>(size), last ? 1 : 0) == XML_STATUS_OK;
    if (m_context->error) std::rethrow_exception(m_context->error);
    if (!ok)
        throw ImportError(m_file, 0,
                          "damaged xlsx: " + m_part + " is not well-formed XML (line " +
                              std::to_string(XML_GetCurrentLineNumber(p)) + ": " +
                              XML_ErrorString(XML_GetErrorCode(p)) + ")");
}

bool parseZipEntry(ZipArchive& zip, const std::string& entry, XmlHandler& handler) {
    if (!zip.openEntry(entry)) return false;
    XmlStream xml(handler, zip.path(), entry);
    std::vector<char> buffer(1 << 16);
    while (std::size_t got = zip.readSome(buffer.data(), buffer.size())) xml.feed(buffer.data(), got, false);
    xml.feed(nullptr, 0, true);
    zip.closeEntry();
    return true;
}

}  // namespace cnms::io::detail
