// UTF-8 decoding, validation and repair. News arrives with broken encodings; entente repairs
// invalid sequences (each maximal invalid subpart becomes U+FFFD) and reports where they were, so
// that no document is lost and every later byte offset refers to valid text.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace entente {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at s[pos]. On success sets len (1-4) and returns the code point; on an
// invalid sequence returns kReplacementChar with len = number of bytes to skip (at least 1) and
// sets *valid = false.
char32_t DecodeUtf8(std::string_view s, size_t pos, int& len, bool* valid = nullptr);

// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string& out);

struct Utf8Report {
  uint64_t invalid_sequences = 0;  // how many invalid sequences were replaced
  uint64_t first_offset = 0;       // byte offset of the first one in the input
};

// Returns the offset of the first invalid byte, or npos if s is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// Replaces every invalid sequence in s with U+FFFD, in place. Returns what was replaced.
Utf8Report RepairUtf8(std::string& s);

// Whether every byte of `s` is ASCII; eight bytes at a time, as it runs for every token.
inline bool IsAscii(std::string_view s) {
  // Whole words, then the last bytes read as one word overlapping the previous one (or two
  // overlapping halves for short words): no byte-by-byte tail.
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t high = 0;
  if (n >= 8) {
    uint64_t word;
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&word, p + i, sizeof word);
      high |= word;
    }
    std::memcpy(&word, p + n - 8, sizeof word);
    high |= word;
  } else if (n >= 4) {
    uint32_t first, last;
    std::memcpy(&first, p, sizeof first);
    std::memcpy(&last, p + n - 4, sizeof last);
    high = first | last;
  } else {
    for (size_t i = 0; i < n; ++i) high |= static_cast<unsigned char>(p[i]);
  }
  return (high & 0x8080808080808080ull) == 0;
}

// Heuristic: looks like binary data rather than text (NUL bytes, many control characters).
// Sets offset to the first suspicious byte.
bool LooksBinary(std::string_view s, size_t& offset);

}  // namespace entente
