// SPDX-License-Identifier: MIT
#include "cnms/import/RecordIdSet.h"

#include <functional>
#include <stdexcept>

namespace cnms::import {
namespace {

std::uint64_t hashOf(std::string_view id) { return std::hash<std::string_view>{}(id); }
std::uint64_t tagOf(std::uint64_t hash) { return hash & 0xFFFFFFFF00000000u; }

}  // namespace

std::string_view RecordIdSet::at(std::uint32_t index) const {
    const std::uint64_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_chars).substr(begin, m_ends[index] - begin);
}

std::size_t RecordIdSet::find(std::string_view id, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t tag = tagOf(hash);
    // Linear probing: the table is at most half full, so a probe sequence is short.
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t entry = m_slots[slot];
        if (entry == kEmpty) return slot;
        if (tagOf(entry) == tag && at(static_cast<std::uint32_t>(entry)) == id) return slot;
    }
}

void RecordIdSet::grow() {
    std::vector<std::uint64_t> slots(m_slots.empty() ? 1024 : m_slots.size() * 2, kEmpty);
    m_slots.swap(slots);
    for (std::uint32_t index = 0; index < m_ends.size(); ++index) {
        const std::uint64_t hash = hashOf(at(index));
        m_slots[find(at(index), hash)] = tagOf(hash) | index;
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

}  // namespace cnms::import
