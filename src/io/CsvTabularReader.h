// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "cnms/core/CsvReader.h"
#include "cnms/io/TabularReader.h"

namespace cnms::io::detail {

/**
 * Separator of a delimited text: the one of ',', ';', '\t' seen most often outside quotes on the
 * first line (',' on a tie or when none is seen).
 */
char sniffSeparator(std::string_view text);

/** TabularReader over a CSV: decodes the whole file to UTF-8 once, then reads it without copies. */
class CsvTabularReader final : public TabularReader {
public:
    CsvTabularReader(std::string path, std::string bytes, const TabularOptions& options);
    Format format() const override { return Format::Csv; }
    Encoding encoding() const override { return m_text.encoding; }

protected:
    bool readRow(TabularRow& row) override;

private:
    DecodedText m_text;
    std::optional<CsvReader> m_csv;
};

}  // namespace cnms::io::detail
