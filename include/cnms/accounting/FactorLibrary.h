// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/FactorSet.h"

namespace cnms::accounting {

/**
 * Which factor sets and GWP set an inventory uses. `factorSets` lists set ids in priority order
 * (the first set that holds an activity id wins); an entry may name a version as `id@version`.
 * An activity may also name its set directly as `set_id:factor_id`.
 */
struct FactorSelection {
    std::vector<std::string> factorSets;
    std::string gwpSet = "AR5";

    /** China defaults: `cn_fuels` then `cn_grid`, GWP AR5. */
    static FactorSelection defaults();
    bool operator==(const FactorSelection&) const = default;
};

/** One factor set as pinned: exact id, version and content hash. */
struct PinnedFactorSet {
    std::string id;
    std::string version;
    std::string contentHash;
    bool operator==(const PinnedFactorSet&) const = default;
};

/**
 * What a reporting year was calculated with: exact factor-set versions in priority order and the
 * GWP set. Store it with the year; recalculating with the pin reproduces the numbers, and
 * FactorLibrary::drift() says when the library no longer holds what the pin names.
 */
struct FactorPin {
    int year = 0;
    std::vector<PinnedFactorSet> factorSets;
    std::string gwpSet;
    std::string gwpContentHash;

    /** The pin as a selection with `id@version` entries. */
    FactorSelection selection() const;
    bool operator==(const FactorPin&) const = default;
};

/**
 * The factor library: the shipped read-only sets parsed from the embedded tables, plus user
 * sets added through the API (the storage layer persists them and adds them back on open).
 * Every version of a user set is kept so that pinned years stay reproducible.
 *
 * Shipped sets: `cn_fuels` (fuels_cn.csv, NDRC 2013–2015 / GB/T 32151 Table C.1 defaults),
 * `ipcc2006_energy` and `ipcc2006_manufacturing` (ipcc2006_stationary.csv, IPCC 2006 Vol.2 Ch.2
 * Tables 2.2 / 2.3 with Ch.1 NCVs and carbon contents), `cn_grid` (grid_factors_cn.csv, MEE/NBS
 * electricity factors by year and region and the default heat factor).
 */
class FactorLibrary {
public:
    /** A library holding the shipped sets. */
    FactorLibrary();

    /** The shipped sets, parsed once per process. */
    static const std::vector<std::shared_ptr<const FactorSet>>& shippedSets();

    /**
     * Adds a user set (or a new version of one). Throws ValidationError with every issue of the
     * set, RefusedError `factor_set_id_reserved` for a shipped id, `factor_set_version_exists`
     * when that id and version are already present.
     */
    void addUserSet(FactorSet set);
    /** Removes every version of a user set; RefusedError `factor_set_shipped` for a shipped set. */
    void removeUserSet(std::string_view id);

    /** The latest version of a set (user sets: the last added), or null. */
    const FactorSet* findSet(std::string_view id) const;
    /** An exact version of a set, or null. */
    const FactorSet* findSet(std::string_view id, std::string_view version) const;
    /** A selection entry (`id` or `id@version`), or null. */
    const FactorSet* findEntry(std::string_view entry) const;
    /** Every set, shipped first; user sets in every version. */
    std::vector<const FactorSet*> sets() const;

    /** A factor found for an activity id. */
    struct Found {
        const FactorSet* set = nullptr;
        const Factor* factor = nullptr;
    };
    /** Looks `activity` up (`factor_id` or `set_id:factor_id`) in the pinned sets: the first holder. */
    std::optional<Found> find(const FactorPin& pin, std::string_view activity) const;
    /**
     * Every pinned set holding `activity`, in priority order. Combustion parameters missing from
     * the first holder (e.g. a user set with lab-measured NCVs only) are taken from the next.
     */
    std::vector<Found> findAll(const FactorPin& pin, std::string_view activity) const;

    /**
     * Pins a selection for a reporting year. Throws ValidationError with field `factor_sets`
     * (code `factor_set_unknown`, `factor_set_not_valid_for_year`, `factor_set_duplicate`) or
     * `gwp_set` (`gwp_set_unknown`).
     */
    FactorPin pin(const FactorSelection& selection, int year) const;

    /** Messages for every way the library differs from a pin (missing set, changed shipped table ...); empty when none. */
    std::vector<std::string> drift(const FactorPin& pin) const;

private:
    std::vector<std::shared_ptr<const FactorSet>> m_sets;  // shipped first, then user sets in insertion order
};

}  // namespace cnms::accounting
