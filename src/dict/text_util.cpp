#include "dict/text_util.h"

#include <utf8proc.h>

#include "core/chars.h"
#include "core/date.h"
#include "core/utf8.h"

namespace entente::dict_text {

namespace {

template <typename Fn>
std::string MapCase(std::string_view s, Fn ascii, utf8proc_int32_t (*unicode)(utf8proc_int32_t)) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(ascii(static_cast<char>(c)));
      ++i;
      continue;
    }
    int len = 1;
    bool valid = true;
    char32_t cp = DecodeUtf8(s, i, len, &valid);
    if (!valid) {
      out.push_back(s[i]);
      ++i;
      continue;
    }
    AppendUtf8(static_cast<char32_t>(unicode(static_cast<utf8proc_int32_t>(cp))), out);
    i += static_cast<size_t>(len);
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string Lower(std::string_view s) {
  return MapCase(
      s, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; },
      utf8proc_tolower);
}

std::string Upper(std::string_view s) {
  return MapCase(
      s, [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; },
      utf8proc_toupper);
}

bool HasUpper(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    CharInfo info = CharAt(s, i);
    if (info.upper) return true;
    i += info.len;
  }
  return false;
}

bool HasLower(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    CharInfo info = CharAt(s, i);
    if (info.lower) return true;
    i += info.len;
  }
  return false;
}

bool IsAllUpper(std::string_view s) { return HasUpper(s) && !HasLower(s); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitWs(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(8);  // most dictionary lines have fewer words: one allocation instead of four
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string_view> SplitChar(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(Trim(s.substr(start, p == std::string_view::npos ? s.npos : p - start)));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view StripComment(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '#' && (i == 0 || IsSpace(s[i - 1]))) return s.substr(0, i);
  }
  return s;
}

bool IsUpperCode(std::string_view s) {
  // Codes are letters; digits are accepted after the first letter (CODREBM23, the M23 movement).
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  for (char c : s) {
    if ((c < 'A' || c > 'Z') && (c < '0' || c > '9')) return false;
  }
  return true;
}

std::vector<std::string> PhraseWords(std::string_view phrase, const Tokenizer& tokenizer) {
  // Fast path for load time: letters, digits and word-internal hyphens split exactly as the
  // tokenizer would split them (hyphenated words stay whole), so only other phrases pay for it.
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  bool plain = true;
  for (size_t i = 0; i < phrase.size() && plain; ++i) {
    const char c = phrase[i];
    if (alnum(c) || IsSpace(c)) continue;
    plain =
        c == '-' && i > 0 && i + 1 < phrase.size() && alnum(phrase[i - 1]) && alnum(phrase[i + 1]);
  }
  std::vector<std::string> words;
  if (plain) {
    for (std::string_view w : SplitWs(phrase)) words.emplace_back(w);
    return words;
  }
  std::vector<Token> tokens;
  tokenizer.Tokenize(phrase, tokens);
  words.reserve(tokens.size());
  for (Token& t : tokens) words.push_back(std::move(t.form));
  return words;
}

std::string RegularPlural(std::string_view phrase) {
  std::string p(phrase);
  if (p.empty()) return p;
  auto ends = [&](std::string_view suffix) {
    return p.size() >= suffix.size() &&
           p.compare(p.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  const char last = p.back();
  const char prev = p.size() >= 2 ? p[p.size() - 2] : ' ';
  const bool upper = last >= 'A' && last <= 'Z';
  auto vowel = [](char c) {
    return std::string_view("aeiouAEIOU").find(c) != std::string_view::npos;
  };
  if ((last == 'y' || last == 'Y') && !vowel(prev)) {
    p.pop_back();
    return p + (upper ? "IES" : "ies");
  }
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("S") || ends("X") ||
      ends("Z") || ends("CH") || ends("SH")) {
    return p + (upper ? "ES" : "es");
  }
  return p + (upper ? "S" : "s");
}

std::string ApproxSingular(std::string_view w) {
  std::string s(w);
  auto ends = [&](std::string_view suffix) {
    return s.size() > suffix.size() + 1 &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) return s.substr(0, s.size() - 3) + "y";
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes")) return s.substr(0, s.size() - 2);
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("ws") && s.size() > 3) {
    return s.substr(0, s.size() - 1);
  }
  return s;
}

std::optional<std::pair<int32_t, int32_t>> ParseNativeRange(std::string_view s) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  std::pair<int32_t, int32_t> range{INT32_MIN, INT32_MAX};
  if (!a.empty()) {
    auto d = ParseDate(a);
    if (!d || a.size() != 10) return std::nullopt;
    range.first = d->Ordinal();
  }
  if (!b.empty()) {
    auto d = ParseDate(b);
    if (!d || b.size() != 10) return std::nullopt;
    range.second = d->Ordinal();
  }
  return range;
}

std::optional<int32_t> ParsePetrarchDate(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  // PETRARCH reads two-digit years 00-30 as 20YY (dstr_to_ordate), one more than TABARI's rule.
  std::string full(s);
  if (s.size() == 6) full = (s.substr(0, 2) <= std::string_view("30") ? "20" : "19") + full;
  auto d = ParseCompactDate(full);
  if (!d) return std::nullopt;
  return d->Ordinal();
}

}  // namespace entente::dict_text
