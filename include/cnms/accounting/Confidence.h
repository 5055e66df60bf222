// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace cnms::accounting {

/**
 * How well a shipped value is confirmed (see resources/factors README): `high` = read from a
 * machine-readable transcription of the primary table, `medium` = recollection plus one independent
 * source, `low` = unconfirmed or disputed (flagged wherever it is used). User factors say their own.
 */
enum class Confidence : unsigned char { High, Medium, Low };

std::string_view toString(Confidence c);
std::optional<Confidence> confidenceFromString(std::string_view s);

}  // namespace cnms::accounting
