// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cnms {

/**
 * A link from one record to any other record of the project, named by the catalogue's record
 * type (e.g. "activity_data", "document", "site") and the target's id or code as text. Used as
 * audit evidence and as the subject of a nonconformity.
 */
struct RecordRef {
    std::string type;
    std::string id;

    bool operator==(const RecordRef&) const = default;
    /** "type:id", the form the CLI reads and prints. */
    std::string toString() const { return type + ":" + id; }
    /** Parses "type:id"; nullopt when either part is empty or the colon is missing. */
    static std::optional<RecordRef> parse(std::string_view text);
};

}  // namespace cnms
