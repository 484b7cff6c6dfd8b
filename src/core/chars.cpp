#include "core/chars.h"

#include <utf8proc.h>

#include <array>
#include <utility>

#include "core/utf8.h"

namespace entente {
namespace {

constexpr CharInfo Ascii(unsigned char c) {
  CharInfo info{c, 1, CharClass::kPunct, false, false, c == '\n', false};
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    info.cls = CharClass::kSpace;
  } else if (c >= 'a' && c <= 'z') {
    info.cls = CharClass::kLetter;
    info.lower = true;
  } else if (c >= 'A' && c <= 'Z') {
    info.cls = CharClass::kLetter;
    info.upper = true;
  } else if (c >= '0' && c <= '9') {
    info.cls = CharClass::kDigit;
  } else if (c == '-') {
    info.cls = CharClass::kHyphen;
  } else if (c == '\'') {
    info.cls = CharClass::kApostrophe;
  } else if (c == '$') {
    info.cls = CharClass::kCurrency;
  } else if (c == '%' || c == '+' || c == '=' || c == '<' || c == '>' || c == '^' || c == '|' ||
             c == '~' || c == '`') {
    info.cls = CharClass::kSymbol;
  } else if (c < 0x20 || c == 0x7F) {
    info.cls = CharClass::kControl;
  }
  return info;
}

template <size_t... I>
constexpr std::array<CharInfo, 128> MakeTable(std::index_sequence<I...>) {
  return {Ascii(static_cast<unsigned char>(I))...};
}
constexpr auto kTable = MakeTable(std::make_index_sequence<128>());

}  // namespace

const std::array<CharInfo, 128> kAsciiInfo = kTable;

CharInfo NonAsciiCharAt(std::string_view text, size_t pos) {
  int len = 1;
  bool valid = true;
  const char32_t cp = DecodeUtf8(text, pos, len, &valid);
  CharInfo info{cp, static_cast<uint8_t>(len), CharClass::kSymbol, false, false, false, false};
  if (!valid) return info;
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
    case 0x180E:
      info.cls = CharClass::kSpace;
      return info;
    case 0x2028:
      info.cls = CharClass::kSpace;
      info.line_break = true;
      return info;
    case 0x2029:
      info.cls = CharClass::kSpace;
      info.paragraph_break = true;
      return info;
    case 0x2010: case 0x2011:
      info.cls = CharClass::kHyphen;
      return info;
    case 0x2019: case 0x02BC:
      info.cls = CharClass::kApostrophe;
      return info;
    case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      info.cls = CharClass::kDash;
      return info;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) {
    info.cls = CharClass::kSpace;
    return info;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      info.cls = CharClass::kLetter;
      info.upper = true;
      break;
    case UTF8PROC_CATEGORY_LL:
      info.cls = CharClass::kLetter;
      info.lower = true;
      break;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      info.cls = CharClass::kLetter;
      break;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      info.cls = CharClass::kDigit;
      break;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      info.cls = CharClass::kSpace;
      break;
    case UTF8PROC_CATEGORY_PD:
      info.cls = CharClass::kDash;
      break;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO:
      info.cls = CharClass::kPunct;
      break;
    case UTF8PROC_CATEGORY_SC:
      info.cls = CharClass::kCurrency;
      break;
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
      info.cls = CharClass::kControl;
      break;
    default:
      info.cls = CharClass::kSymbol;
  }
  return info;
}

}  // namespace entente
