// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/core/Errors.h"
#include "cnms/core/FileFingerprint.h"
#include "cnms/core/Sha256.h"

using namespace cnms;

// Expected digests: FIPS 180-2, Appendix B (SHA-256 examples), and the empty-string digest.
TEST(Sha256, MatchesTheFipsExamples) {
    EXPECT_EQ(sha256::ofBytes("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256::ofBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256::ofBytes(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, HashesAFileLargerThanOneReadChunk) {
    test::TempDir dir;
    auto path = dir.file("a.bin");
    test::writeFile(path, std::string(1000000, 'a'));  // FIPS 180-2 B.3: one million 'a'
    EXPECT_EQ(sha256::ofFile(path), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    EXPECT_THROW(sha256::ofFile(dir.file("missing.bin")), std::runtime_error);
}

TEST(FileFingerprint, DetectsAChangedAndAMissingFile) {
    test::TempDir dir;
    auto path = dir.file("invoice.pdf");
    test::writeFile(path, "煤炭采购发票 2025-03");
    auto ref = fingerprintFile(path, "2026-03-15T09:00:00Z");
    EXPECT_EQ(ref.sha256, sha256::ofBytes("煤炭采购发票 2025-03"));
    EXPECT_EQ(ref.size, static_cast<std::int64_t>(std::string("煤炭采购发票 2025-03").size()));
    EXPECT_EQ(checkFile(ref), FileState::Unchanged);

    test::writeFile(path, "煤炭采购发票 2025-04");  // same size, different content: only the hash tells
    EXPECT_EQ(checkFile(ref), FileState::Changed);
    test::writeFile(path, "煤炭采购发票 2025-03 (补)");
    EXPECT_EQ(checkFile(ref), FileState::Changed);
    std::filesystem::remove(path);
    EXPECT_EQ(checkFile(ref), FileState::Missing);
}

TEST(FileFingerprint, RefusesAFileThatIsNotThereNamingTheField) {
    test::TempDir dir;
    try {
        fingerprintFile(dir.file("nope.pdf"), "2026-03-15T09:00:00Z", "files[2]");
        FAIL();
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.issues().size(), 1u);
        EXPECT_EQ(e.issues()[0].field, "files[2]");
        EXPECT_EQ(e.issues()[0].code, "file_unreadable");
    }
    EXPECT_THROW(fingerprintFile(dir.path().string(), "x"), ValidationError);  // a directory
}
