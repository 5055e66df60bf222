// SPDX-License-Identifier: MIT
#include "cnms/core/Identifiers.h"

#include <array>
#include <cctype>

namespace cnms {
namespace {
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";  // 31 characters, no I O S V Z
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(char c) {
    auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}
}  // namespace

std::optional<char> credit_code::checkCharacter(std::string_view first17) {
    if (first17.size() != 17) return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        int v = valueOf(first17[i]);
        if (v < 0) return std::nullopt;
        sum += v * kWeights[i];
    }
    int check = (31 - sum % 31) % 31;
    return kAlphabet[static_cast<std::size_t>(check)];
}

std::string credit_code::problem(std::string_view code) {
    if (code.size() != 18) return "must have 18 characters, has " + std::to_string(code.size());
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (valueOf(code[i]) < 0)
            return "character " + std::to_string(i + 1) + " ('" + std::string(1, code[i]) +
                   "') is not allowed (digits and upper-case letters except I, O, S, V, Z)";
    }
    auto expected = checkCharacter(code.substr(0, 17));
    if (!expected || *expected != code[17])
        return "check character is '" + std::string(1, code[17]) + "', expected '" +
               std::string(1, expected.value_or('?')) + "'";
    return {};
}

bool credit_code::isValid(std::string_view code) { return problem(code).empty(); }

bool industry_code::isValid(std::string_view code) {
    if (code.empty() || code.size() > 5) return false;
    if (code[0] < 'A' || code[0] > 'T') return false;
    if (code.size() == 2) return false;  // a division has two digits
    for (std::size_t i = 1; i < code.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(code[i]))) return false;
    return true;
}

}  // namespace cnms
