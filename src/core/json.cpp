#include "core/json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace entente {

namespace {

// Whether any of the 8 bytes of `x` must be escaped: below 0x20, '"' or '\\' (bit tricks from
// "Bit Twiddling Hacks": a byte is flagged when it is zero, after an XOR, or below n). A flag
// can be spurious only after a true one, which the byte loop then finds anyway.
bool NeedsEscape8(uint64_t x) {
  constexpr uint64_t k01 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
  const auto zero = [](uint64_t v) { return (v - k01) & ~v & k80; };
  const uint64_t below_space = (x - k01 * 0x20) & ~x & k80;
  return (below_space | zero(x ^ (k01 * '"')) | zero(x ^ (k01 * '\\'))) != 0;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  const size_t n = s.size();
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  size_t i = 0;
  while (i < n) {
    // Eight bytes at a time while they need nothing (most text); a short tail is padded with
    // letters. Output is written once per run, not per byte.
    uint64_t block = 0x6161616161616161ull;
    const size_t width = n - i < 8 ? n - i : 8;
    std::memcpy(&block, s.data() + i, width);
    if (!NeedsEscape8(block)) {
      i += width;
      continue;
    }
    for (const size_t end = i + width; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
      }
    }
  }
  out.append(s.data() + run, n - run);
  out += '"';
}

void AppendJsonNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  double rounded = std::round(v * 1e4) / 1e4;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded);
  out.append(buf, ec == std::errc() ? end : buf);
}

}  // namespace entente
