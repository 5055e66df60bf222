// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace cnms::io::detail {

class ZipArchive;
struct XmlContext;

/**
 * Receives the events of a streamed XML part. Names are local names: namespace prefixes are
 * dropped, so `x:row` and `row` look the same. Attributes come as expat gives them,
 * a null-terminated list of name/value pairs; use attribute() to find one.
 */
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void startElement(std::string_view name, const char** attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view) {}
};

/** Value of the attribute with local name `name`, or nullptr. */
const char* attribute(const char** attributes, std::string_view name);

/**
 * An expat parser feeding an XmlHandler, fed in chunks so that a worksheet is
 * never held whole in memory.
 */
class XmlStream {
public:
    /** `file` and `part` name the source in messages. */
    XmlStream(XmlHandler& handler, std::string file, std::string part);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    /** Parses one chunk (`last` for the final one). Throws ImportError on malformed XML. */
    void feed(const char* data, std::size_t size, bool last);

private:
    std::unique_ptr<XmlContext> m_context;
    std::string m_file;
    std::string m_part;
};

/** Streams a whole entry of `zip` through `handler`. False (nothing parsed) when it is missing. */
bool parseZipEntry(ZipArchive& zip, const std::string& entry, XmlHandler& handler);

}  // namespace cnms::io::detail
