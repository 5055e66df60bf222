// SPDX-License-Identifier: MIT
#include "cnms/import/RecordIdSet.h"

#include <functional>
#include <stdexcept>

namespace cnms::import {

std::string_view RecordIdSet::at(std::uint32_t index) const {
    const std::uint64_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_chars).substr(begin, m_ends[index] - begin);
}

std::size_t RecordIdSet::find(std::string_view id, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    // Linear probing: the table is at most half full, so a probe sequence is short.
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t index = m_slots[slot];
        if (index == kEmpty || at(index) == id) return slot;
    }
}

void RecordIdSet::grow() {
    std::vector<std::uint32_t> slots(m_slots.empty() ? 1024 : m_slots.size() * 2, kEmpty);
    m_slots.swap(slots);
    for (std::uint32_t index = 0; index < m_ends.size(); ++index)
        m_slots[find(at(index), std::hash<std::string_view>{}(at(index)))] = index;
}

bool RecordIdSet::insert(std::string_view id) {
    if ((m_ends.size() + 1) * 2 > m_slots.size()) grow();
    if (m_ends.size() >= kEmpty) throw std::length_error("too many record ids in one import");
    const std::size_t slot = find(id, std::hash<std::string_view>{}(id));
    if (m_slots[slot] != kEmpty) return false;
    m_chars.append(id);
    m_ends.push_back(m_chars.size());
    m_slots[slot] = static_cast<std::uint32_t>(m_ends.size() - 1);
    return true;
}

bool RecordIdSet::contains(std::string_view id) const {
    if (m_slots.empty()) return false;
    return m_slots[find(id, std::hash<std::string_view>{}(id))] != kEmpty;
}

}  // namespace cnms::import
