// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>
#include <iconv.h>

#include "TempDir.h"
#include "cnms/io/Encoding.h"
#include "cnms/io/ImportIssue.h"

using namespace cnms::io;

namespace {

// GBK codes from the GB 2312 / GBK code table: 长 B3A4, 兴 D0CB, 熟 CAEC, 料 C1CF, 厂 B3A7.
const std::string kGbkPlant = "\xB3\xA4\xD0\xCB\xCA\xEC\xC1\xCF\xB3\xA7";
const std::string kUtf8Plant = "长兴熟料厂";

std::string errorOf(const std::string& bytes, Encoding e, const std::string& file = "data.csv") {
    try {
        decodeToUtf8(bytes, e, file);
    } catch (const ImportError& err) {
        return err.what();
    }
    return "(no error)";
}

}  // namespace

TEST(Encoding, PlainUtf8IsTakenWithoutACopy) {
    std::string bytes = "site,name\nCX-CLK," + kUtf8Plant + "\n" + std::string(1000, 'x');
    const char* data = bytes.data();
    DecodedText d = decodeToUtf8(std::move(bytes), Encoding::Auto, "a.csv");
    EXPECT_EQ(d.encoding, Encoding::Utf8);
    EXPECT_FALSE(d.hadBom);
    EXPECT_EQ(d.text.data(), data);
    EXPECT_TRUE(d.utf8().starts_with("site,name\nCX-CLK,长兴熟料厂\n"));
}

TEST(Encoding, Utf8BomIsSkipped) {
    DecodedText d = decodeToUtf8("\xEF\xBB\xBF" "a,b\n", Encoding::Auto, "a.csv");
    EXPECT_EQ(d.encoding, Encoding::Utf8);
    EXPECT_TRUE(d.hadBom);
    EXPECT_EQ(d.utf8(), "a,b\n");
    // An explicit UTF-8 choice accepts its own BOM.
    EXPECT_EQ(decodeToUtf8("\xEF\xBB\xBF" "x", Encoding::Utf8, "a.csv").utf8(), "x");
}

TEST(Encoding, GbkIsDetectedAndDecoded) {
    DecodedText d = decodeToUtf8("code,name\r\nCX-CLK," + kGbkPlant + "\r\n", Encoding::Auto, "a.csv");
    EXPECT_EQ(d.encoding, Encoding::Gbk);
    EXPECT_EQ(d.utf8(), "code,name\r\nCX-CLK," + kUtf8Plant + "\r\n");
    EXPECT_EQ(decodeToUtf8(kGbkPlant, Encoding::Gbk, "a.csv").utf8(), kUtf8Plant);
}

TEST(Encoding, Gb18030FourByteCharactersAndTheCp936EuroSign) {
    // GB 18030-2005 maps U+00A9 (©) to the four bytes 81 30 84 38 and U+1F600 to 94 39 FC 36.
    EXPECT_EQ(decodeToUtf8("(c)\x81\x30\x84\x38 \x94\x39\xFC\x36", Encoding::Gbk, "a.csv").utf8(), "(c)© 😀");
    // Windows code page 936 puts the euro sign at 0x80, which GB18030 lacks.
    EXPECT_EQ(decodeToUtf8(kGbkPlant + "\x80", Encoding::Gbk, "a.csv").utf8(), kUtf8Plant + "€");
}

TEST(Encoding, Utf16WithBomBothOrders) {
    // "a,站\n": 站 is U+7AD9.
    const std::string le("\xFF\xFE" "a\0,\0\xD9\x7A\n\0", 10);
    const std::string be("\xFE\xFF\0a\0,\x7A\xD9\0\n", 10);
    DecodedText dl = decodeToUtf8(le, Encoding::Auto, "u.txt");
    EXPECT_EQ(dl.encoding, Encoding::Utf16Le);
    EXPECT_TRUE(dl.hadBom);
    EXPECT_EQ(dl.utf8(), "a,站\n");
    DecodedText db = decodeToUtf8(be, Encoding::Auto, "u.txt");
    EXPECT_EQ(db.encoding, Encoding::Utf16Be);
    EXPECT_EQ(db.utf8(), "a,站\n");
}

TEST(Encoding, Utf16WithoutBomIsRecognizedByItsZeroBytes) {
    const std::string le("s\0i\0t\0e\0\n\0a\0", 12);
    DecodedText d = decodeToUtf8(le, Encoding::Auto, "u.txt");
    EXPECT_EQ(d.encoding, Encoding::Utf16Le);
    EXPECT_EQ(d.utf8(), "site\na");
}

TEST(Encoding, ExplicitUtf8OnAGbkFileNamesFileAndLine) {
    const std::string bytes = "code,name\nA,plain\nCX-CLK," + kGbkPlant + "\n";
    const std::string msg = errorOf(bytes, Encoding::Utf8, "sites.csv");
    EXPECT_NE(msg.find("sites.csv:3: "), std::string::npos) << msg;
    EXPECT_NE(msg.find("byte 0xB3"), std::string::npos) << msg;
    EXPECT_NE(msg.find("not valid UTF-8"), std::string::npos) << msg;
    try {
        decodeToUtf8(bytes, Encoding::Utf8, "sites.csv");
    } catch (const ImportError& e) {
        ASSERT_EQ(e.issues().size(), 1u);
        EXPECT_EQ(e.issues()[0].row, 3u);
        EXPECT_EQ(e.issues()[0].file, "sites.csv");
    }
}

TEST(Encoding, ExplicitGbkOnAUtf8FileIsRefused) {
    const std::string bytes = "code,name\nCX-CLK," + kUtf8Plant + "\n";
    const std::string msg = errorOf(bytes, Encoding::Gbk, "sites.csv");
    EXPECT_NE(msg.find("sites.csv:2: "), std::string::npos) << msg;
    EXPECT_NE(msg.find("UTF-8"), std::string::npos) << msg;
}

TEST(Encoding, ABomContradictingTheChoiceIsRefused) {
    const std::string msg = errorOf("\xEF\xBB\xBF" "a", Encoding::Gbk, "x.csv");
    EXPECT_NE(msg.find("x.csv:1: "), std::string::npos) << msg;
    EXPECT_NE(msg.find("UTF-8 byte order mark"), std::string::npos) << msg;
}

TEST(Encoding, BytesNeitherUtf8NorGbkAreRefusedWithTheirLine) {
    // 0xFF can start no character in UTF-8 or GB18030.
    const std::string msg = errorOf("a,b\nc,d\ne,\xFF\n", Encoding::Auto, "bad.csv");
    EXPECT_NE(msg.find("bad.csv:3: "), std::string::npos) << msg;
    EXPECT_NE(msg.find("byte 0xFF at offset 10"), std::string::npos) << msg;
    // A GBK lead byte cut off by the end of the file.
    const std::string cut = errorOf("a\n" + kGbkPlant.substr(0, 3), Encoding::Gbk, "cut.csv");
    EXPECT_NE(cut.find("cut.csv:2: "), std::string::npos) << cut;
}

TEST(Encoding, FindInvalidUtf8RejectsOverlongsSurrogatesAndCutSequences) {
    EXPECT_EQ(findInvalidUtf8("plain ascii text longer than sixteen bytes"), std::string_view::npos);
    EXPECT_EQ(findInvalidUtf8("长兴熟料厂 €é 😀"), std::string_view::npos);
    EXPECT_EQ(findInvalidUtf8("0123456789abcdefghij\xC0\x80"), 20u);      // overlong NUL
    EXPECT_EQ(findInvalidUtf8("ab\xE0\x80\x80"), 2u);                       // overlong 3-byte
    EXPECT_EQ(findInvalidUtf8("ab\xED\xA0\x80"), 2u);                       // UTF-16 surrogate
    EXPECT_EQ(findInvalidUtf8("ab\xF4\x90\x80\x80"), 2u);                   // beyond U+10FFFF
    EXPECT_EQ(findInvalidUtf8("ab\xE4\xB8"), 2u);                           // cut at the end
    EXPECT_EQ(findInvalidUtf8("ab\x80"), 2u);                               // stray continuation
}

TEST(Encoding, ParseEncodingNamesAndRefusal) {
    EXPECT_EQ(parseEncoding("auto"), Encoding::Auto);
    EXPECT_EQ(parseEncoding("UTF-8"), Encoding::Utf8);
    EXPECT_EQ(parseEncoding(" gbk "), Encoding::Gbk);
    EXPECT_EQ(parseEncoding("GB18030"), Encoding::Gbk);
    EXPECT_EQ(parseEncoding("utf-16be"), Encoding::Utf16Be);
    EXPECT_THROW(parseEncoding("latin1"), std::invalid_argument);
}

TEST(Encoding, EncodeToGbkRoundTrips) {
    EXPECT_EQ(encodeFromUtf8(kUtf8Plant, Encoding::Gbk), kGbkPlant);
    EXPECT_EQ(decodeToUtf8(encodeFromUtf8("x,é,€,长", Encoding::Gbk), Encoding::Gbk, "r.csv").utf8(), "x,é,€,长");
    EXPECT_THROW(encodeFromUtf8("\xFF", Encoding::Gbk), std::invalid_argument);
}

TEST(Encoding, GbkTrailBytesThatLookLikeAsciiStayInTheirCharacter) {
    // GBK 81 40 is U+4E02 (丂), its trail byte '@'; GB18030 81 30 84 38 is ©, trail bytes digits.
    // None of them may be read as ASCII.
    EXPECT_EQ(decodeToUtf8("\x81\x40,x\n\x81\x30\x84\x38,1", Encoding::Gbk, "a.csv").utf8(), "丂,x\n©,1");
}

TEST(Encoding, EveryTwoByteGbkCodeDecodesAsIconvDecodesIt) {
    // The fast decoder's table against glibc's converter over the whole two-byte space.
    std::string all;
    for (int lead = 0x81; lead <= 0xFE; ++lead)
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail == 0x7F) continue;
            const char pair[2] = {static_cast<char>(lead), static_cast<char>(trail)};
            iconv_t cd = iconv_open("UTF-8", "GB18030");
            char out[8];
            char* in = const_cast<char*>(pair);
            char* o = out;
            std::size_t inLeft = 2, outLeft = sizeof out;
            const bool ok = iconv(cd, &in, &inLeft, &o, &outLeft) != static_cast<std::size_t>(-1);
            iconv_close(cd);
            if (ok) all.append(pair, 2);
        }
    ASSERT_GT(all.size(), 2u * 21000);  // GBK has 21,886 two-byte characters; GB18030 fills more
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    std::string expected(all.size() * 2, '\0');
    char* in = all.data();
    char* o = expected.data();
    std::size_t inLeft = all.size(), outLeft = expected.size();
    ASSERT_NE(iconv(cd, &in, &inLeft, &o, &outLeft), static_cast<std::size_t>(-1));
    iconv_close(cd);
    expected.resize(expected.size() - outLeft);
    EXPECT_EQ(decodeToUtf8(all, Encoding::Gbk, "all.csv").utf8(), expected);
}
