// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

/**
 * Checked reads of integers from JSON that came from outside the program's control (a project file, an
 * imported file). nlohmann's `get<int>()` casts a floating-point value such as `2E23` to int, which is
 * undefined behaviour when it is out of range (found by fuzz_json); these accept only an integer within
 * the target type's range and refuse anything else with nlohmann's own type_error, naming the key.
 */
namespace cnms {

/** The integer held by `value` as T; `key` names it in the error. Throws nlohmann::json::type_error. */
template <class T>
T jsonInteger(const nlohmann::json& value, const std::string& key) {
    static_assert(std::is_integral_v<T>);
    bool fits = false;
    if (value.is_number_unsigned()) {
        fits = value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    } else if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        fits = std::is_signed_v<T> ? v >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
                                         v <= static_cast<std::int64_t>(std::numeric_limits<T>::max())
                                   : v >= 0 && static_cast<std::uint64_t>(v) <=
                                                   static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    }
    if (!fits) {
        throw nlohmann::json::type_error::create(
            302, "\"" + key + "\" must be a whole number in range, not " + value.dump(), &value);
    }
    return value.is_number_unsigned() ? static_cast<T>(value.get<std::uint64_t>())
                                      : static_cast<T>(value.get<std::int64_t>());
}

/** The integer at `key` of object `j`; a missing key throws nlohmann::json::out_of_range. */
template <class T>
T jsonIntegerAt(const nlohmann::json& j, const std::string& key) {
    return jsonInteger<T>(j.at(key), key);
}

/** The integer at `key` of object `j`, or `fallback` when the key is absent or null. */
template <class T>
T jsonIntegerOr(const nlohmann::json& j, const std::string& key, T fallback) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    return jsonInteger<T>(*it, key);
}

/** The array of integers at `key` of object `j`, or an empty vector when the key is absent or null. */
template <class T>
std::vector<T> jsonIntegersOr(const nlohmann::json& j, const std::string& key) {
    std::vector<T> out;
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return out;
    if (!it->is_array()) throw nlohmann::json::type_error::create(302, "\"" + key + "\" must be an array", &*it);
    for (const auto& v : *it) out.push_back(jsonInteger<T>(v, key));
    return out;
}

}  // namespace cnms
