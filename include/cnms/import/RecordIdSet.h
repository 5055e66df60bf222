// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cnms::import {

/**
 * The record ids of one reporting year, for the import's duplicate check: an exact set of
 * strings built for a million entries. The ids sit end to end in one character arena and an
 * open-addressing table holds their positions, so an id costs its characters plus 24 to 40 bytes
 * (a std::unordered_set<std::string> costs about 70 bytes and a heap allocation per id).
 */
class RecordIdSet {
public:
    /** Adds `id`; false (and nothing changes) when it is already in the set. */
    bool insert(std::string_view id);
    bool contains(std::string_view id) const;
    /**
     * Starts loading the memory that insert(id) or contains(id) will read. With a million ids the
     * table is larger than the caches and each look-up waits for memory; an importer calls this as
     * soon as it has read a row's id, and the look-up after parsing the row finds it loaded.
     */
    void prefetch(std::string_view id) const;
    std::size_t size() const { return m_ends.size(); }

private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
    std::string_view at(std::uint32_t index) const;
    /** The slot holding `id`, or the empty slot where it would go. */
    std::size_t find(std::string_view id, std::uint64_t hash) const;
    void grow();

    std::string m_chars;
    std::vector<std::uint64_t> m_ends;  ///< end offset in m_chars of each id, in insertion order
    /**
     * Per slot, in its high half the low half of the id's hash, which also chose the slot, and in
     * its low half the id's index into m_ends; or kEmpty. Size a power of two. The hash half spares
     * reading the arena on most probes, and moving entries by it when the table grows.
     */
    std::vector<std::uint64_t> m_slots;
};

}  // namespace cnms::import
