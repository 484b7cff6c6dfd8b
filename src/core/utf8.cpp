#include "core/utf8.h"

namespace entente {

char32_t DecodeUtf8(std::string_view s, size_t pos, int& len, bool* valid) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  const unsigned char c = p[0];
  if (valid) *valid = true;
  if (c < 0x80) {
    len = 1;
    return c;
  }
  auto fail = [&](int skip) {
    len = skip;
    if (valid) *valid = false;
    return kReplacementChar;
  };
  auto cont = [&](size_t i) { return i < avail && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (!cont(1)) return fail(1);
    len = 2;
    return (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 2) return fail(1);
    const unsigned char c1 = p[1];
    // Reject overlongs (E0 80..9F) and surrogates (ED A0..BF).
    if ((c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF)) || (c == 0xED && (c1 < 0x80 || c1 > 0x9F)) ||
        (c1 & 0xC0) != 0x80) {
      return fail(1);
    }
    if (!cont(2)) return fail(2);
    len = 3;
    return (char32_t(c & 0x0F) << 12) | (char32_t(c1 & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 2) return fail(1);
    const unsigned char c1 = p[1];
    if ((c == 0xF0 && (c1 < 0x90 || c1 > 0xBF)) || (c == 0xF4 && (c1 < 0x80 || c1 > 0x8F)) ||
        (c1 & 0xC0) != 0x80) {
      return fail(1);
    }
    if (!cont(2)) return fail(2);
    if (!cont(3)) return fail(3);
    len = 4;
    return (char32_t(c & 0x07) << 18) | (char32_t(c1 & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
  }
  return fail(1);
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len;
    bool valid;
    DecodeUtf8(s, i, len, &valid);
    if (!valid) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

Utf8Report RepairUtf8(std::string& s) {
  Utf8Report report;
  size_t first = FindInvalidUtf8(s);
  if (first == std::string_view::npos) return report;
  report.first_offset = first;
  std::string out(s, 0, first);
  out.reserve(s.size() + 16);
  size_t i = first;
  while (i < s.size()) {
    int len;
    bool valid;
    DecodeUtf8(s, i, len, &valid);
    if (valid) {
      out.append(s, i, static_cast<size_t>(len));
    } else {
      ++report.invalid_sequences;
      AppendUtf8(kReplacementChar, out);
    }
    i += static_cast<size_t>(len);
  }
  s.swap(out);
  return report;
}

bool LooksBinary(std::string_view s, size_t& offset) {
  const size_t n = s.size() < 65536 ? s.size() : 65536;
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) {
      offset = i;
      return true;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      if (controls++ == 0) offset = i;
    }
  }
  // Text has the odd stray control character; binary data has them everywhere.
  return n > 0 && controls * 20 > n;
}

}  // namespace entente
