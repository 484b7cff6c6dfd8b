#include "core/hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/utf8.h"

namespace entente {
namespace {

TEST(Hash, LowerAsciiIgnoresAsciiCaseOnly) {
  // Every length path: under four bytes, four to seven, eight, and past eight.
  for (std::string w : {"a", "us", "tank", "Russia", "military", "Reconnaissance", "NATO-led"}) {
    std::string lower = w, upper = w;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    EXPECT_EQ(HashLowerAscii(w), HashBytes(lower)) << w;
    EXPECT_EQ(HashLowerAscii(upper), HashBytes(lower)) << w;
    if (w != lower) {
      EXPECT_NE(HashBytes(w), HashBytes(lower)) << w;
    }
  }
  // Bytes next to the capitals ('@', '[', '`', '{') and UTF-8 bytes are not folded.
  EXPECT_NE(HashLowerAscii("@[`{"), HashLowerAscii("`{@["));
  EXPECT_EQ(HashLowerAscii("@[`{"), HashBytes("@[`{"));
  EXPECT_EQ(HashLowerAscii("\xC3\x89tat"), HashBytes("\xC3\x89tat"));  // "Etat" with E-acute
  EXPECT_NE(HashLowerAscii("\xC3\x89tat"), HashBytes("\xC3\xA9tat"));
}

TEST(Hash, SpreadsSimilarWords) {
  // Words of one shape must not collide wholesale: the tables take their low bits.
  std::set<uint32_t> low_bits;
  for (int i = 0; i < 1000; ++i) low_bits.insert(HashBytes("w" + std::to_string(i)) & 4095);
  EXPECT_GT(low_bits.size(), 850u);
  EXPECT_NE(HashBytes(""), HashBytes(std::string(1, '\0')));
  EXPECT_NE(HashBytes("abcdefgh"), HashBytes("abcdefghabcdefgh"));
}

TEST(Hash, SameWordComparesEveryByteOfEveryLength) {
  const std::string base = "abcdefghijklmnop";
  for (size_t n = 0; n <= base.size(); ++n) {
    const std::string a = base.substr(0, n);
    EXPECT_TRUE(SameWord(a, std::string(a))) << n;
    EXPECT_FALSE(SameWord(a, a + "q")) << n;  // a longer word
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = 'X';
      EXPECT_FALSE(SameWord(a, b)) << n << " " << i;
    }
  }
}

TEST(Utf8, IsAsciiChecksEveryByte) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii("Moscow"));
  EXPECT_TRUE(IsAscii("a long ASCII sentence of many words"));
  EXPECT_FALSE(IsAscii("caf\xC3\xA9"));                   // in the tail
  EXPECT_FALSE(IsAscii("\xE2\x80\x99s and more words"));  // in the first eight bytes
  EXPECT_FALSE(IsAscii("abcdefgh\x80"));
  EXPECT_FALSE(IsAscii("\xC3\xA9"));  // under four bytes
  EXPECT_TRUE(IsAscii("abc"));
  EXPECT_FALSE(
      IsAscii("ab\xC3\xA9"
              "zzzzz"));  // in a middle byte of a longer word
}

}  // namespace
}  // namespace entente
