// SPDX-License-Identifier: MIT
#include "cnms/import/RecordIdSet.h"

#include <functional>
#include <stdexcept>

namespace cnms::import {
namespace {

std::uint64_t hashOf(std::string_view id) { return std::hash<std::string_view>{}(id); }
/**
 * The low half of the hash, kept in the high half of a slot. The slot an id goes to is taken from
 * the same bits, so growing the table moves entries by their tags alone, without reading an id
 * again (a million ids: rehashing their strings at every doubling was a third of the set's time).
 */
std::uint64_t tagOf(std::uint64_t hash) { return hash << 32; }
std::uint64_t hashBitsOf(std::uint64_t entry) { return entry >> 32; }
constexpr std::uint64_t kTagBits = 0xFFFFFFFF00000000u;

}  // namespace

std::string_view RecordIdSet::at(std::uint32_t index) const {
    const std::uint64_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_chars).substr(begin, m_ends[index] - begin);
}

std::size_t RecordIdSet::find(std::string_view id, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t tag = tagOf(hash);
    // Linear probing: the table is at most half full, so a probe sequence is short.
    for (std::size_t slot = hashBitsOf(tag) & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t entry = m_slots[slot];
        if (entry == kEmpty) return slot;
        if ((entry & kTagBits) == tag && at(static_cast<std::uint32_t>(entry)) == id) return slot;
    }
}

void RecordIdSet::grow() {
    std::vector<std::uint64_t> old(m_slots.empty() ? 1024 : m_slots.size() * 2, kEmpty);
    m_slots.swap(old);
    const std::size_t mask = m_slots.size() - 1;
    // Every id is distinct: each entry goes to the first empty slot from its home.
    for (const std::uint64_t entry : old) {
        if (entry == kEmpty) continue;
        std::size_t slot = hashBitsOf(entry) & mask;
        while (m_slots[slot] != kEmpty) slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

bool RecordIdSet::insert(std::string_view id) {
    if ((m_ends.size() + 1) * 2 > m_slots.size()) grow();
    // The index must fit the low half of a slot and never make a slot read as empty.
    if (m_ends.size() >= 0xFFFFFFFFu) throw std::length_error("too many record ids in one import");
    const std::uint64_t hash = hashOf(id);
    const std::size_t slot = find(id, hash);
    if (m_slots[slot] != kEmpty) return false;
    m_chars.append(id);
    m_ends.push_back(m_chars.size());
    m_slots[slot] = tagOf(hash) | static_cast<std::uint32_t>(m_ends.size() - 1);
    return true;
}

bool RecordIdSet::contains(std::string_view id) const {
    if (m_slots.empty()) return false;
    return m_slots[find(id, hashOf(id))] != kEmpty;
}

void RecordIdSet::prefetch(std::string_view id) const {
    if (m_slots.empty()) return;
    __builtin_prefetch(&m_slots[hashBitsOf(tagOf(hashOf(id))) & (m_slots.size() - 1)]);
}

}  // namespace cnms::import
