// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/FactorResolver.h"

namespace cnms::accounting::detail {

/**
 * Builds the effective factor of one activity key with the GB/T 32150 formulas (see
 * docs/accounting.md); appends every issue and returns nullopt when the key cannot be used.
 * `correlationIdentity` receives a text that is equal for keys resting on the same factor values.
 * With `parametric`, the key's record parameters are placeholders: the trace marks them per record.
 */
std::optional<EffectiveFactor> buildEffectiveFactor(const FactorLibrary& library, const FactorPin& pin,
                                                    const UncertaintySettings& settings, const ActivityKeyView& key,
                                                    std::vector<FieldIssue>& issues, std::string& correlationIdentity,
                                                    bool parametric = false);

}  // namespace cnms::accounting::detail
