#include "tokenize/tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "core/chars.h"

namespace entente {
namespace {

bool IsWordChar(const CharInfo& c) {
  return c.cls == CharClass::kLetter || c.cls == CharClass::kDigit;
}
constexpr bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// A table rather than four comparisons: word bodies are scanned byte by byte with it.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = IsAsciiLetter(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c));
  return t;
}();
bool IsAsciiAlnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>& out) : t_(text), out_(out) {}

  void Run() {
    size_t pos = 0;
    while (pos < t_.size()) {
      if (t_[pos] == ' ') {  // the commonest byte: no CharInfo, no line-break bookkeeping
        pending_flags_ |= kSpaceBefore;
        ++pos;
        continue;
      }
      CharInfo c = CharAt(t_, pos);
      if (c.cls == CharClass::kSpace || c.cls == CharClass::kControl) {
        NoteSpace(c);
        pos += c.len;
        continue;
      }
      pos = ScanToken(pos, c);
      pending_flags_ = 0;
      newlines_ = 0;
    }
  }

 private:
  void NoteSpace(const CharInfo& c) {
    pending_flags_ |= kSpaceBefore;
    if (c.line_break) {
      pending_flags_ |= kNewlineBefore;
      if (++newlines_ >= 2) pending_flags_ |= kBlankLineBefore;
    } else if (c.paragraph_break) {
      pending_flags_ |= kNewlineBefore | kBlankLineBefore;
    }
  }

  // Which kinds of byte t_[begin, end) holds, eight bytes at a time.
  struct ByteKinds {
    bool non_ascii, upper, lower;
  };
  ByteKinds KindsOf(size_t begin, size_t end) const {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    uint64_t high = 0, upper = 0, lower = 0;
    auto scan = [&](uint64_t x) {
      upper |= AsciiBytesIn(x, 'A', 'Z');
      lower |= AsciiBytesIn(x, 'a', 'z');
      high |= x;
    };
    size_t i = begin;
    for (; i + 8 <= end; i += 8) scan(Load64(i));
    if (i < end) {
      if (i + 8 <= t_.size()) {
        // The word's last bytes and what follows it in the text, the rest masked off as zeros
        // (which are neither letters nor high).
        const unsigned rest = 8 * static_cast<unsigned>(8 - (end - i));
        scan(Load64(i) & (std::endian::native == std::endian::little ? ~uint64_t{0} >> rest
                                                                     : ~uint64_t{0} << rest));
      } else {
        for (; i < end; ++i) scan(static_cast<unsigned char>(t_[i]));
      }
    }
    return {(high & kHigh) != 0, (upper & kHigh) != 0, (lower & kHigh) != 0};
  }
  uint64_t Load64(size_t pos) const {
    uint64_t x;
    std::memcpy(&x, t_.data() + pos, sizeof x);
    return x;
  }

  CharInfo At(size_t pos) const {
    if (pos >= t_.size()) return CharInfo{0, 0, CharClass::kSpace, false, false, false, false};
    return CharAt(t_, pos);
  }

  void Emit(size_t begin, size_t end, TokenKind kind, uint16_t extra = 0) {
    // Built in place: a Token holds two strings, and moving millions of them shows.
    const uint16_t flags =
        static_cast<uint16_t>(extra | (out_.empty() || begin != last_end_ ? pending_flags_ : 0));
    Token& tok = out_.emplace_back();
    tok.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    tok.form.assign(t_.data() + begin, end - begin);
    tok.kind = kind;
    tok.flags = flags;
    if (kind == TokenKind::kWord || kind == TokenKind::kAbbrev || kind == TokenKind::kWeb) {
      SetCaseFlags(tok);
    }
    last_end_ = end;
    pending_flags_ = 0;
  }

  void SetCaseFlags(Token& tok) const {
    // ASCII words (nearly all of English news) need no decoding: one pass over the bytes.
    const ByteKinds kinds = KindsOf(tok.span.begin, tok.span.end);
    if (!kinds.non_ascii) {
      if (!tok.form.empty() && tok.form[0] >= 'A' && tok.form[0] <= 'Z') tok.flags |= kUpperInitial;
      if (kinds.upper && !kinds.lower) tok.flags |= kAllUpper;
      return;
    }
    bool any_letter = false, all_upper = true;
    size_t p = tok.span.begin;
    bool first = true;
    while (p < tok.span.end) {
      CharInfo c = CharAt(t_, p);
      if (c.cls == CharClass::kLetter) {
        if (first && c.upper) tok.flags |= kUpperInitial;
        if (c.upper || c.lower) {
          any_letter = true;
          if (c.lower) all_upper = false;
        }
      }
      first = false;
      p += c.len;
    }
    if (any_letter && all_upper) tok.flags |= kAllUpper;
  }

  // Length of a URL, e-mail, @handle or #hashtag starting at pos, or 0.
  size_t WebLength(size_t pos) const {
    // Most tokens cannot start a URL, handle or hashtag: decide on the first byte.
    const char c0 = t_[pos];
    if (c0 != 'h' && c0 != 'H' && c0 != 'w' && c0 != 'W' && c0 != '@' && c0 != '#') return 0;
    std::string_view rest = t_.substr(pos);
    auto starts = [&](std::string_view p) {
      if (rest.size() < p.size()) return false;
      for (size_t i = 0; i < p.size(); ++i) {
        char c = rest[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != p[i]) return false;
      }
      return true;
    };
    size_t end = 0;
    if (starts("http://") || starts("https://") || starts("www.")) {
      while (end < rest.size()) {
        CharInfo c = CharAt(rest, end);
        if (c.cls == CharClass::kSpace || c.cp == '"' || c.cp == '<' || c.cp == '>' ||
            c.cp == 0x201C || c.cp == 0x201D) {
          break;
        }
        end += c.len;
      }
      // Trailing sentence punctuation and unbalanced closers belong to the sentence.
      while (end > 0 &&
             std::string_view(".,;:!?)]'").find(rest[end - 1]) != std::string_view::npos) {
        if (rest[end - 1] == ')' && rest.substr(0, end).find('(') != std::string_view::npos) break;
        --end;
      }
      return end;
    }
    if ((rest[0] == '@' || rest[0] == '#') && rest.size() > 1) {
      CharInfo c = CharAt(rest, 1);
      if (c.cls == CharClass::kLetter ||
          (rest[0] == '@' && (c.cls == CharClass::kDigit || c.cp == '_'))) {
        end = 1;
        while (end < rest.size()) {
          CharInfo d = CharAt(rest, end);
          if (!IsWordChar(d) && d.cp != '_') break;
          end += d.len;
        }
        return end;
      }
    }
    return 0;
  }

  // E-mail address starting at a word: local@domain.tld
  size_t EmailLength(size_t pos) {
    // Only worth a scan when an '@' comes within 96 bytes and before the next space. Words come
    // in text order, so the text's next '@' is searched for once, not once per word.
    if (next_at_ == kNotSearched || next_at_ < pos) {
      const void* at_ptr = std::memchr(t_.data() + pos, '@', t_.size() - pos);
      next_at_ =
          at_ptr ? static_cast<size_t>(static_cast<const char*>(at_ptr) - t_.data()) : t_.size();
    }
    const size_t window = std::min<size_t>(t_.size() - pos, 96);
    if (next_at_ - pos >= window) return 0;
    const size_t at_pos = next_at_;
    if (std::memchr(t_.data() + pos, ' ', at_pos - pos)) return 0;
    size_t p = pos;
    while (p < t_.size() && (IsAsciiLetter(t_[p]) || IsAsciiDigit(t_[p]) ||
                             std::string_view("._%+-").find(t_[p]) != std::string_view::npos)) {
      ++p;
    }
    if (p == pos || p >= t_.size() || t_[p] != '@') return 0;
    size_t at = p++;
    size_t dots = 0;
    while (p < t_.size() &&
           (IsAsciiLetter(t_[p]) || IsAsciiDigit(t_[p]) || t_[p] == '.' || t_[p] == '-')) {
      if (t_[p] == '.') ++dots;
      ++p;
    }
    while (p > at && t_[p - 1] == '.') {
      --p;
      --dots;
    }
    if (dots == 0 || p <= at + 1) return 0;
    return p - pos;
  }

  size_t ScanToken(size_t pos, const CharInfo& c) {
    if (size_t web = WebLength(pos)) {
      Emit(pos, pos + web, TokenKind::kWeb);
      return pos + web;
    }
    if (IsWordChar(c)) {
      if (size_t mail = EmailLength(pos)) {
        Emit(pos, pos + mail, TokenKind::kWeb);
        return pos + mail;
      }
      return ScanWord(pos, c);
    }
    switch (c.cls) {
      case CharClass::kHyphen: {
        size_t end = pos;
        while (end < t_.size() && At(end).cls == CharClass::kHyphen) end += At(end).len;
        Emit(pos, end, TokenKind::kPunct);
        return end;
      }
      case CharClass::kCurrency:
        Emit(pos, pos + c.len, TokenKind::kSymbol);
        return pos + c.len;
      case CharClass::kSymbol: {
        // Keep emoji modifiers, variation selectors and ZWJ sequences with their base symbol.
        size_t end = pos + c.len;
        while (end < t_.size()) {
          CharInfo d = CharAt(t_, end);
          if (d.cp == 0x200D && end + d.len < t_.size()) {
            end += d.len;
            end += CharAt(t_, end).len;
          } else if ((d.cp >= 0xFE00 && d.cp <= 0xFE0F) || (d.cp >= 0x1F3FB && d.cp <= 0x1F3FF)) {
            end += d.len;
          } else {
            break;
          }
        }
        Emit(pos, end, TokenKind::kSymbol);
        return end;
      }
      default:
        break;
    }
    if (c.cp == '.') {
      size_t end = pos;
      while (end < t_.size() && t_[end] == '.') ++end;
      Emit(pos, end, TokenKind::kPunct);
      return end;
    }
    // A possessive apostrophe right after a plural ("countries'") is a clitic, not a quote.
    if (c.cls == CharClass::kApostrophe && !out_.empty() && last_end_ == pos &&
        out_.back().kind == TokenKind::kWord && !IsWordChar(At(pos + c.len))) {
      char last = out_.back().form.back();
      if (last == 's' || last == 'S') {
        Emit(pos, pos + c.len, TokenKind::kClitic);
        return pos + c.len;
      }
    }
    Emit(pos, pos + c.len, TokenKind::kPunct);
    return pos + c.len;
  }

  size_t ScanWord(size_t start, const CharInfo& first) {
    size_t pos = start + first.len;
    bool digit_before = first.cls == CharClass::kDigit;
    bool letter_before = first.cls == CharClass::kLetter;
    while (pos < t_.size()) {
      // Runs of ASCII letters and digits, most of every word, need no CharInfo.
      if (IsAsciiAlnum(t_[pos])) {
        size_t run = pos + 1;
        while (run < t_.size() && IsAsciiAlnum(t_[run])) ++run;
        digit_before = IsAsciiDigit(t_[run - 1]);
        letter_before = !digit_before;
        pos = run;
        continue;
      }
      CharInfo c = CharAt(t_, pos);
      if (IsWordChar(c)) {
        digit_before = c.cls == CharClass::kDigit;
        letter_before = c.cls == CharClass::kLetter;
        pos += c.len;
        continue;
      }
      CharInfo next = At(pos + c.len);
      if (c.cls == CharClass::kHyphen && IsWordChar(next)) {
        pos += c.len;
        continue;
      }
      if (c.cls == CharClass::kControl && IsWordChar(next)) {  // soft hyphen, ZWJ inside words
        pos += c.len;
        continue;
      }
      if (digit_before && next.cls == CharClass::kDigit &&
          (c.cp == '.' || c.cp == '/' || c.cp == ':')) {
        pos += c.len;
        continue;
      }
      if (digit_before && c.cp == ',' && pos + 3 < t_.size() + 1 && IsAsciiDigit(t_[pos + 1]) &&
          pos + 3 < t_.size() && IsAsciiDigit(t_[pos + 2]) && IsAsciiDigit(t_[pos + 3]) &&
          (pos + 4 >= t_.size() || !IsAsciiDigit(t_[pos + 4]))) {
        pos += 1;
        continue;
      }
      if (c.cls == CharClass::kApostrophe && letter_before && next.cls == CharClass::kLetter) {
        pos += c.len;
        continue;
      }
      if (c.cp == '&' && pos > start && next.upper && (t_[pos - 1] >= 'A' && t_[pos - 1] <= 'Z')) {
        pos += 1;
        continue;
      }
      break;
    }
    return FinishWord(start, pos, first.cls == CharClass::kDigit);
  }

  size_t FinishWord(size_t start, size_t end, bool number) {
    std::string_view word = t_.substr(start, end - start);
    if (end < t_.size() && t_[end] == '.') {
      // Letter-period chains: U.S., U.N., p.m., e.g., D.C.
      if (word.size() == 1 && IsAsciiLetter(word[0])) {
        size_t p = end;
        int pairs = 0;
        while (p + 2 < t_.size() + 0 && IsAsciiLetter(t_[p + 1]) && t_[p + 2] == '.' &&
               (p + 3 >= t_.size() || !IsAsciiLetter(t_[p + 3]))) {
          p += 2;
          ++pairs;
        }
        if (pairs > 0 || (word[0] >= 'A' && word[0] <= 'Z')) {
          EmitAbbrev(start, p + 1, 0);
          return AfterAbbrev(p + 1);
        }
      }
      if (!number) {
        AbbrevClass cls = LookupAbbreviation(word);
        bool take = cls != AbbrevClass::kNone;
        if (cls == AbbrevClass::kNumberSign) {
          size_t p = end + 1;
          while (p < t_.size() && t_[p] == ' ') ++p;
          take = p < t_.size() && IsAsciiDigit(t_[p]);
        }
        if (take) {
          uint16_t flags = cls == AbbrevClass::kTitle   ? kTitleAbbrev
                           : cls == AbbrevClass::kMonth ? kMonthAbbrev
                                                        : 0;
          if (cls == AbbrevClass::kNumberSign) flags = kTitleAbbrev;
          EmitAbbrev(start, end + 1, flags);
          return AfterAbbrev(end + 1);
        }
      }
    }
    // Currency prefixes written as letters plus a symbol: US$, HK$, A$.
    if (end < t_.size() && t_[end] == '$' && word.size() <= 3 && !number) {
      bool caps = true;
      for (char ch : word) caps = caps && ch >= 'A' && ch <= 'Z';
      if (caps) {
        Emit(start, end + 1, TokenKind::kSymbol);
        return end + 1;
      }
    }
    SplitClitics(start, end, number);
    return end;
  }

  void EmitAbbrev(size_t begin, size_t end, uint16_t flags) {
    Emit(begin, end, TokenKind::kAbbrev, flags);
  }

  // "U.S.'s": a possessive after an abbreviation.
  size_t AfterAbbrev(size_t pos) {
    CharInfo c = At(pos);
    if (c.cls == CharClass::kApostrophe) {
      size_t p = pos + c.len;
      if (p < t_.size() && (t_[p] == 's' || t_[p] == 'S') && !IsWordChar(At(p + 1))) {
        Emit(pos, p + 1, TokenKind::kClitic);
        return p + 1;
      }
    }
    return pos;
  }

  // Splits "don't" -> do n't, "Russia's" -> Russia 's, "they're" -> they 're.
  void SplitClitics(size_t start, size_t end, bool number) {
    const TokenKind kind = number ? TokenKind::kNumber : TokenKind::kWord;
    std::string_view w = t_.substr(start, end - start);
    // A clitic follows an apostrophe whose last byte (' U+0027, 0x99 of U+2019, 0xBC of U+02BC)
    // is two or three bytes from the end: most words have none there and skip the search.
    auto apostrophe_end = [&](size_t back) {
      if (w.size() < back) return false;
      const char ch = w[w.size() - back];
      return ch == '\'' || ch == '\x99' || ch == '\xBC';
    };
    if (!apostrophe_end(2) && !apostrophe_end(3)) {
      Emit(start, end, kind);
      return;
    }
    auto lower = [](char ch) { return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch); };
    // Apostrophe position and byte length, if the word ends in apostrophe + 1-2 ASCII letters.
    for (size_t k = 1; k <= 2 && k < w.size(); ++k) {
      size_t letters_at = w.size() - k;
      bool ascii = true;
      for (size_t i = letters_at; i < w.size(); ++i) ascii = ascii && IsAsciiLetter(w[i]);
      if (!ascii) break;
      size_t apos_len = 0;
      if (letters_at >= 1 && w[letters_at - 1] == '\'') apos_len = 1;
      if (letters_at >= 3 && w.substr(letters_at - 3, 3) == "\u2019") apos_len = 3;
      if (letters_at >= 2 && w.substr(letters_at - 2, 2) == "\u02BC") apos_len = 2;
      if (apos_len == 0) continue;
      std::string suffix;
      for (size_t i = letters_at; i < w.size(); ++i) suffix += lower(w[i]);
      size_t apos = letters_at - apos_len;
      if (k == 1 && suffix == "t" && apos >= 1 && lower(w[apos - 1]) == 'n' && apos >= 2) {
        Emit(start, start + apos - 1, kind);
        Emit(start + apos - 1, end, TokenKind::kClitic);
        return;
      }
      if ((k == 1 && (suffix == "s" || suffix == "m" || suffix == "d")) ||
          (k == 2 && (suffix == "re" || suffix == "ve" || suffix == "ll"))) {
        if (apos == 0) break;
        Emit(start, start + apos, kind);
        Emit(start + apos, end, TokenKind::kClitic);
        return;
      }
    }
    Emit(start, end, kind);
  }

  std::string_view t_;
  std::vector<Token>& out_;
  uint16_t pending_flags_ = 0;
  int newlines_ = 0;
  size_t last_end_ = 0;
  static constexpr size_t kNotSearched = SIZE_MAX;
  size_t next_at_ = kNotSearched;  // EmailLength: the first '@' at or after its last word
};

}  // namespace

void Tokenizer::Tokenize(std::string_view text, std::vector<Token>& tokens) const {
  tokens.clear();
  tokens.reserve(text.size() / 4 + 8);  // news text averages about one token per 5 bytes
  Scanner(text, tokens).Run();
}

}  // namespace entente
