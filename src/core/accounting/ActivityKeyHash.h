// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string_view>

#include "cnms/accounting/FactorResolver.h"

namespace cnms::accounting::detail {

inline std::size_t mixHash(std::size_t h, std::size_t v) { return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); }

inline std::size_t hashKey(const ActivityKeyView& k) {
    std::hash<std::string_view> hs;
    std::size_t h = static_cast<std::size_t>(k.sourceType);
    h = mixHash(h, hs(k.activity));
    h = mixHash(h, hs(k.unit));
    const auto& o = *k.overrides;
    if (o.any() || !o.ncvUnit.empty() || !o.factorUnit.empty()) {
        for (const auto* v : {&o.ncv, &o.carbonContent, &o.oxidationPct, &o.ch4KgPerTj, &o.n2oKgPerTj, &o.factorValue})
            h = mixHash(h, *v ? std::hash<double>{}(**v) : 0x51ed270b27ULL);
        h = mixHash(h, hs(o.ncvUnit));
        h = mixHash(h, hs(o.factorUnit));
    }
    return h;
}

inline bool equalKey(const ActivityKeyView& a, const ActivityKeyView& b) {
    return a.sourceType == b.sourceType && a.activity == b.activity && a.unit == b.unit && *a.overrides == *b.overrides;
}

/** Hash and equality over owned keys and borrowed views, so lookups never copy the record's text. */
struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(const ActivityKey& k) const { return hashKey(ActivityKeyView::of(k)); }
    std::size_t operator()(const ActivityKeyView& k) const { return hashKey(k); }
};
struct KeyEqual {
    using is_transparent = void;
    bool operator()(const ActivityKey& a, const ActivityKey& b) const { return a == b; }
    bool operator()(const ActivityKey& a, const ActivityKeyView& b) const { return equalKey(ActivityKeyView::of(a), b); }
    bool operator()(const ActivityKeyView& a, const ActivityKey& b) const { return equalKey(a, ActivityKeyView::of(b)); }
};

/** Transparent string hash for maps keyed by std::string and looked up with string_view. */
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace cnms::accounting::detail
