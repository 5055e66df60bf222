// SPDX-License-Identifier: MIT
#include "cnms/records/FileHash.h"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "cnms/core/Errors.h"

namespace cnms::records {
namespace {

struct Hasher {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
    Hasher() {
        if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("SHA-256 is not available from OpenSSL");
    }
    void update(const void* data, std::size_t n) {
        if (EVP_DigestUpdate(ctx.get(), data, n) != 1) throw std::runtime_error("SHA-256 update failed");
    }
    std::string hex() {
        std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
        unsigned int len = 0;
        if (EVP_DigestFinal_ex(ctx.get(), md.data(), &len) != 1) throw std::runtime_error("SHA-256 final failed");
        static constexpr char digits[] = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < len; ++i) {
            out += digits[md[i] >> 4];
            out += digits[md[i] & 0xF];
        }
        return out;
    }
};

}  // namespace

std::string sha256Hex(std::string_view data) {
    Hasher h;
    h.update(data.data(), data.size());
    return h.hex();
}

FileDigest sha256OfFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFoundError("cannot read file " + path);
    Hasher h;
    std::array<char, 1 << 16> buf{};
    FileDigest digest;
    while (in) {
        in.read(buf.data(), buf.size());
        auto n = in.gcount();
        if (n > 0) {
            h.update(buf.data(), static_cast<std::size_t>(n));
            digest.size += n;
        }
    }
    if (in.bad()) throw NotFoundError("error while reading file " + path);
    digest.sha256 = h.hex();
    return digest;
}

}  // namespace cnms::records
