#include "core/json.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace entente {
namespace {

// The escaping rules written out byte by byte, to check the word-at-a-time writer against.
std::string Reference(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20)
      out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 15];
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string Escape(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

TEST(JsonString, EscapesAtEveryPositionOfABlock) {
  for (size_t len = 0; len <= 20; ++len) {
    for (size_t at = 0; at < len; ++at) {
      for (char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
        std::string s(len, 'x');
        s[at] = special;
        ASSERT_EQ(Escape(s), Reference(s)) << "len " << len << " at " << at;
      }
    }
  }
  EXPECT_EQ(Escape(""), "\"\"");
  EXPECT_EQ(Escape(" !~\x7f"), "\" !~\x7f\"");              // 0x20 and above pass through
  EXPECT_EQ(Escape("\xe2\x80\x99s"), "\"\xe2\x80\x99s\"");  // UTF-8 bytes pass through
}

TEST(JsonString, MatchesTheByteRulesOnRandomText) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 40), kind(0, 3);
  for (int n = 0; n < 20000; ++n) {
    std::string s(static_cast<size_t>(length(rng)), ' ');
    for (char& c : s) {
      // Mostly letters, so that clean blocks and escapes mix within one string.
      c = kind(rng) == 0 ? static_cast<char>(byte(rng)) : static_cast<char>('a' + byte(rng) % 26);
    }
    ASSERT_EQ(Escape(s), Reference(s)) << n;
  }
}

}  // namespace
}  // namespace entente
