// Character classes for tokenizing news text. ASCII is answered from a table; other code points
// from utf8proc's Unicode categories.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace entente {

// Eight bytes of text at a time: the high bit of each byte of the result is set when that byte
// of `x` is ASCII and in lo..hi (lo >= 1; the sums cannot carry from one byte into the next).
// AsciiBytesIn(x, 'A', 'Z') marks the capitals of an ASCII word read as one integer.
constexpr uint64_t AsciiBytesIn(uint64_t x, char lo, char hi) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t from_lo = low7 + static_cast<uint64_t>(0x80 - lo) * kOnes;      // byte >= lo
  const uint64_t past_hi = low7 + static_cast<uint64_t>(0x80 - hi - 1) * kOnes;  // byte > hi
  return from_lo & ~past_hi & ~x & kHigh;  // ~x: the byte itself is ASCII
}

enum class CharClass : uint8_t {
  kSpace,       // whitespace, including NBSP, Unicode spaces, zero-width space, BOM
  kLetter,      // letters and combining marks
  kDigit,       // decimal digits and other numerals
  kHyphen,      // '-' and the Unicode hyphens U+2010, U+2011
  kApostrophe,  // ' U+2019 U+02BC (also closing single quote)
  kDash,        // en/em dashes, horizontal bar, minus sign
  kCurrency,    // $ and Unicode Sc
  kPunct,       // other punctuation
  kSymbol,      // other symbols (%, +, emoji)
  kControl,     // other control and format characters
};

struct CharInfo {
  char32_t cp;
  uint8_t len;  // bytes
  CharClass cls;
  bool upper;   // an upper-case or title-case letter
  bool lower;   // a lower-case letter
  bool line_break;       // LF, U+2028
  bool paragraph_break;  // U+2029
};

// Table for ASCII (the hot path) and the slow path for everything else.
extern const std::array<CharInfo, 128> kAsciiInfo;
CharInfo NonAsciiCharAt(std::string_view text, size_t pos);

// Classifies the code point at text[pos]; invalid bytes count as one kSymbol U+FFFD.
inline CharInfo CharAt(std::string_view text, size_t pos) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  return c < 0x80 ? kAsciiInfo[c] : NonAsciiCharAt(text, pos);
}

}  // namespace entente
