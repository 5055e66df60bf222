// SPDX-License-Identifier: MIT
#include "cnms/security/PasswordHash.h"

#include <sodium.h>

#include <stdexcept>

namespace cnms::security {
namespace {

void initSodium() {
    // sodium_init is idempotent and thread-safe; it returns -1 only when no random source exists.
    static const int ready = sodium_init();
    if (ready < 0) throw std::runtime_error("libsodium could not be initialised (no source of randomness)");
}

}  // namespace

std::string hashPassword(std::string_view password) {
    initSodium();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (about 64 MiB, a fraction of a second) suit a desktop sign-in.
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verifyPassword(std::string_view hash, std::string_view password) {
    initSodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string terminated(hash);  // crypto_pwhash_str_verify wants a C string
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace cnms::security
