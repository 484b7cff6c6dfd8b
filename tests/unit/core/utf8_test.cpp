#include "core/utf8.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(Utf8, ValidTextIsUntouched) {
  std::string s = "Putin\u2019s visit to \u5317\u4eac \xF0\x9F\x98\x80";
  EXPECT_EQ(FindInvalidUtf8(s), std::string::npos);
  Utf8Report r = RepairUtf8(s);
  EXPECT_EQ(r.invalid_sequences, 0u);
}

struct RepairCase {
  std::string input;
  std::string expected;
  uint64_t invalid;
  uint64_t first;
};

TEST(Utf8, RepairsEachInvalidSequence) {
  const std::string r = "\xEF\xBF\xBD";
  const RepairCase cases[] = {
      {"a\xFF" "b", "a" + r + "b", 1, 1},
      {"\xC3", r, 1, 0},                                   // truncated 2-byte sequence
      {"\xE2\x80", r, 1, 0},                               // truncated 3-byte sequence: one U+FFFD
      {"\xC0\xAF", r + r, 2, 0},                           // overlong: each byte invalid
      {"\xED\xA0\x80", r + r + r, 3, 0},                   // UTF-16 surrogate
      {"\xF4\x90\x80\x80", r + r + r + r, 4, 0},           // above U+10FFFF
      {"ok \xF0\x9F\x98", "ok " + r, 1, 3},                // truncated emoji at the end
      {"\x80\x80x", r + r + "x", 2, 0},                    // stray continuation bytes
  };
  for (const RepairCase& c : cases) {
    std::string s = c.input;
    Utf8Report report = RepairUtf8(s);
    EXPECT_EQ(s, c.expected) << c.input;
    EXPECT_EQ(report.invalid_sequences, c.invalid) << c.input;
    EXPECT_EQ(report.first_offset, c.first) << c.input;
    EXPECT_EQ(FindInvalidUtf8(s), std::string::npos);
  }
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u2019', U'\u5317', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, s);
    int len = 0;
    bool valid = false;
    EXPECT_EQ(DecodeUtf8(s, 0, len, &valid), cp);
    EXPECT_TRUE(valid);
    EXPECT_EQ(static_cast<size_t>(len), s.size());
  }
}

TEST(Utf8, BinaryDetection) {
  size_t offset = 99;
  EXPECT_FALSE(LooksBinary("Plain news text.\r\n\tIndented.\f", offset));
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7), offset));
  EXPECT_EQ(offset, 3u);
  std::string controls(100, '\x01');
  EXPECT_TRUE(LooksBinary(controls, offset));
  std::string one_stray = std::string(200, 'a') + "\x1b" + std::string(200, 'b');
  EXPECT_FALSE(LooksBinary(one_stray, offset));
}

}  // namespace
}  // namespace entente
