// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/**
 * Password hashing with libsodium's crypto_pwhash (Argon2id): salted, and slow and memory-hard on
 * purpose, so a copied project file does not give away its users' passwords cheaply. The stored
 * string carries algorithm, cost and salt, so hashes stay verifiable if the cost is raised later.
 */
namespace cnms::security {

/** A new salted Argon2id hash of `password` in crypto_pwhash_str format; throws std::runtime_error when out of memory. */
std::string hashPassword(std::string_view password);

/** Whether `password` matches `hash`; false for an empty or malformed hash. Takes as long as hashing. */
bool verifyPassword(std::string_view hash, std::string_view password);

}  // namespace cnms::security
