#include "core/chars.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace entente {
namespace {

// The bytes AsciiBytesIn marks, as a string of '1' and '0' in text order.
std::string Marked(const char (&bytes)[9], char lo, char hi) {
  uint64_t x;
  std::memcpy(&x, bytes, sizeof x);
  const uint64_t m = AsciiBytesIn(x, lo, hi);
  std::string out;
  for (int i = 0; i < 8; ++i) {
    char high[8] = {};
    high[i] = '\x80';  // the high bit of byte i, in memory order
    uint64_t bit;
    std::memcpy(&bit, high, sizeof bit);
    out += (m & bit) != 0 ? '1' : '0';
  }
  return out;
}

TEST(Chars, AsciiBytesInMarksBytesOfTheRangeOnly) {
  EXPECT_EQ(Marked("AZaz@[`{", 'A', 'Z'), "11000000");
  EXPECT_EQ(Marked("AZaz@[`{", 'a', 'z'), "00110000");
  EXPECT_EQ(Marked("09/:5 x\x7f", '0', '9'), "11001000");
}

TEST(Chars, AsciiBytesInNeverMarksUtf8Bytes) {
  // "É" is C3 89: 0xC3 & 0x7F = 'C' and 0x89 & 0x7F = '\t' must not count as capitals.
  EXPECT_EQ(Marked("\xC3\x89\xC3\x81QRST", 'A', 'Z'), "00001111");
  EXPECT_EQ(Marked("\xE1\xFA\xC1\xDA\x80\xFF\x81\xDB", 'A', 'Z'), "00000000");
}

}  // namespace
}  // namespace entente
