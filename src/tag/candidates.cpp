// Candidate tags per token: the lexicon for known words, and for unknown words a guess from
// the form (digits, hyphens, case, suffix). Everything here works on one token and its
// neighbours' forms; the choice between candidates is Viterbi's (tagger.cpp).
#include <algorithm>
#include <bit>
#include <cmath>

#include "core/utf8.h"
#include "tag/tagger.h"

namespace entente {

// Unnormalised P(tag | token), with the set of tags that received anything: most tokens get a
// handful of the 46 tags, and the loops that normalise and pick candidates visit only those.
struct TagDist {
  static_assert(kNumTags <= 64, "touched is a 64-bit mask");
  // Only the entries in `touched` are meaningful: the rest are never read, so the array is not
  // cleared for every token.
  float p[kNumTags];
  uint64_t touched = 0;
  void Add(Pos tag, float v) {
    const size_t k = static_cast<size_t>(tag);
    const uint64_t bit = uint64_t{1} << k;
    p[k] = (touched & bit) != 0 ? p[k] + v : v;
    touched |= bit;
  }
};

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Curly quotes and apostrophes -> their Penn Treebank ASCII spelling, for lexicon lookup:
// "’s" -> "'s", "n’t" -> "n't", "“" -> "``", "”" -> "''". Returns `form` itself when it is ASCII.
std::string_view NormalizeQuotes(std::string_view form, std::string& scratch) {
  if (IsAscii(form)) return form;
  scratch.clear();
  for (size_t i = 0; i < form.size(); ++i) {
    if (form.compare(i, 3, "\u2019") == 0 || form.compare(i, 3, "\u2018") == 0) {
      scratch += form.size() == 3 && form[i + 2] == '\x98' ? "`" : "'";
      i += 2;
    } else if (form.compare(i, 3, "\u201C") == 0) {
      scratch += "``";
      i += 2;
    } else if (form.compare(i, 3, "\u201D") == 0) {
      scratch += "''";
      i += 2;
    } else {
      scratch += form[i];
    }
  }
  return scratch;
}

// Whether FixedTag may know `key`: every mark it lists starts with one of these bytes (0xE2 and
// 0xC2 lead the dashes, ellipsis and currency signs), and its letter-first keys are "US$", "C$",
// "A$". Most tokens are words, and this spares them FixedTag's two dozen comparisons.
bool MayHaveFixedTag(std::string_view key) {
  if (key.empty()) return false;
  switch (key[0]) {
    case '"':
    case '`':
    case '\'':
    case '(':
    case '[':
    case '{':
    case ')':
    case ']':
    case '}':
    case '-':
    case ';':
    case ':':
    case '.':
    case '\xE2':
    case '\xC2':
      return true;
    case 'U':
    case 'C':
    case 'A':
      return key.back() == '$';
    default:
      return false;
  }
}

// Marks whose tag the form decides; kUnknown for everything else.
Pos FixedTag(const std::vector<Token>& tokens, size_t i, std::string_view key) {
  const Token& t = tokens[i];
  if (key == "\"") {
    // Opening when it hugs the next token and not the previous one.
    bool space_before = i == 0 || t.Has(kSpaceBefore);
    bool space_after = i + 1 == tokens.size() || tokens[i + 1].Has(kSpaceBefore);
    if (space_before != space_after) return space_before ? Pos::kOpenQuote : Pos::kCloseQuote;
    int quotes = 0;  // ambiguous spacing: alternate
    for (size_t j = 0; j < i; ++j) quotes += tokens[j].form == "\"";
    return quotes % 2 == 0 ? Pos::kOpenQuote : Pos::kCloseQuote;
  }
  if (key == "``" || key == "`") return Pos::kOpenQuote;
  if (key == "''") return Pos::kCloseQuote;
  if (key == "(" || key == "[" || key == "{") return Pos::kLrb;
  if (key == ")" || key == "]" || key == "}") return Pos::kRrb;
  if (key == "\u2014" || key == "\u2013" || key == "\u2026" || key == "--" || key == "-" ||
      key == ";" || key == ":" || key == "...") {
    return Pos::kColon;
  }
  if (t.kind == TokenKind::kWeb) return !key.empty() && key[0] == '@' ? Pos::NNP : Pos::NN;
  if (key == "\u20AC" || key == "\u00A3" || key == "\u00A5" || key == "US$" || key == "C$" ||
      key == "A$") {
    return Pos::kDollar;
  }
  return Pos::kUnknown;
}

bool IsNumberWord(std::string_view w) {
  for (std::string_view n : {"hundred", "thousand", "million", "billion", "trillion"}) {
    if (w == n) return true;
  }
  return !w.empty() &&
         std::all_of(w.begin(), w.end(), [](char c) { return IsDigit(c) || c == '.' || c == ','; });
}

// Forms that start with a digit: 1,000 3.5 9/11 1990s 21st 500-page 40-billion.
void NumberDistribution(std::string_view w, TagDist& dist) {
  auto set = [&](Pos p, float v) { dist.Add(p, v); };
  size_t hyphen = w.find('-');
  if (hyphen != std::string_view::npos) {
    std::string_view rest = w.substr(hyphen + 1);
    if (IsNumberWord(rest)) return set(Pos::CD, 1);
    return set(Pos::JJ, 0.85f), set(Pos::NN, 0.15f);
  }
  size_t n = w.size();
  if (n > 2 && IsDigit(w[n - 3]) &&
      (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))) {
    return set(Pos::JJ, 1);
  }
  if (n > 1 && w.back() == 's' && IsDigit(w[n - 2])) return set(Pos::NNS, 0.6f), set(Pos::CD, 0.4f);
  bool plain = std::all_of(w.begin(), w.end(), [](char c) {
    return IsDigit(c) || c == '.' || c == ',' || c == ':' || c == '/';
  });
  if (plain) return set(Pos::CD, 1);
  set(Pos::CD, 0.7f);
  set(Pos::NN, 0.2f);
  set(Pos::NNP, 0.1f);
}

}  // namespace

void Tagger::AddLexicon(uint32_t id, float weight, TagDist& dist) const {
  for (uint32_t k = lexicon_begin_[id]; k < lexicon_begin_[id + 1]; ++k) {
    dist.Add(scores_[k].tag, weight * scores_[k].value);
  }
}

void Tagger::AddSuffix(char cls, std::string_view lower, float weight, TagDist& dist) const {
  char key[16] = {cls, ':'};
  for (size_t len = std::min<size_t>(lower.size(), 10);; --len) {
    std::string_view suffix = lower.substr(lower.size() - len);
    std::copy(suffix.begin(), suffix.end(), key + 2);
    uint32_t id = suffix_index_.Find(std::string_view(key, len + 2));
    if (id != StringIndex::kMissing) {
      for (uint32_t k = suffix_begin_[id]; k < suffix_begin_[id + 1]; ++k) {
        dist.Add(scores_[k].tag, weight * scores_[k].value);
      }
      return;
    }
    if (len == 0) return;
  }
}

void Tagger::Candidates(const std::vector<Token>& tokens, size_t i, bool headline,
                        std::string& scratch, uint32_t form_hash, CandidateMemo& memo,
                        TagCandidates& out) const {
  const Token& t = tokens[i];
  const std::string_view key = NormalizeQuotes(t.form, scratch);
  out.size = 0;
  if (Pos fixed = t.kind == TokenKind::kWeb || MayHaveFixedTag(key) ? FixedTag(tokens, i, key)
                                                                    : Pos::kUnknown;
      fixed != Pos::kUnknown) {
    out.size = 1;
    out.tag[0] = fixed;
    out.score[0] = 0;
    return;
  }
  // Sentence-initial: only punctuation before (an opening quote or bracket).
  bool initial = true;
  for (size_t j = 0; j < i && initial; ++j) {
    initial = tokens[j].kind == TokenKind::kPunct;
  }
  const uint32_t context = static_cast<uint32_t>(t.kind) | uint32_t{initial} << 3 |
                           uint32_t{headline} << 4 | uint32_t{t.Has(kAllUpper)} << 5;
  static_assert(static_cast<uint32_t>(TokenKind::kWeb) < 8, "the kind fits in three bits");
  bool hit = false;
  const uint32_t key_hash = key.data() == t.form.data() ? form_hash : StringIndex::Hash(key);
  auto& slot = memo.Lookup(id_, key, key_hash, context, hit);
  if (!hit) WordCandidates(t, key, initial, headline, slot.value);
  out = slot.value;
}

void Tagger::WordCandidates(const Token& t, std::string_view key, bool initial, bool headline,
                            TagCandidates& out) const {
  out.size = 0;
  TagDist dist;
  char lower_buf[64];
  const size_t lower_len = std::min(key.size(), sizeof lower_buf);
  for (size_t k = 0; k < lower_len; ++k) lower_buf[k] = ToLower(key[k]);
  const std::string_view lower(lower_buf, lower_len);

  const bool upper_initial = !key.empty() && key[0] >= 'A' && key[0] <= 'Z';
  const bool all_caps = t.Has(kAllUpper) && key.size() > 1;
  const uint32_t exact = FindWord(key);
  const uint32_t low = lower != key ? FindWord(lower) : exact;
  constexpr uint32_t kNone = StringIndex::kMissing;

  if (!key.empty() && IsDigit(key[0])) {
    if (exact != kNone) {
      AddLexicon(exact, 1, dist);
    } else {
      NumberDistribution(key, dist);
    }
  } else if (headline && all_caps) {
    // "SANCTIONS" -> sanctions, "PUTIN" -> Putin.
    std::string title(lower);
    if (!title.empty()) title[0] = key[0];
    const uint32_t titled = FindWord(title);
    if (low != kNone) AddLexicon(low, lexicon_total_[low], dist);
    if (titled != kNone) AddLexicon(titled, lexicon_total_[titled], dist);
    if (low == kNone && titled == kNone) AddSuffix('u', lower, 1, dist);
  } else if (upper_initial && initial && !all_caps) {
    // Ambiguous capital: weigh both spellings by their counts.
    if (exact != kNone) AddLexicon(exact, lexicon_total_[exact], dist);
    if (low != kNone) AddLexicon(low, lexicon_total_[low], dist);
    if (exact == kNone && low == kNone) {
      AddSuffix(key.find('-') != std::string_view::npos ? 'h' : 'u', lower, 0.75f, dist);
      AddSuffix('l', lower, 0.25f, dist);
    } else if (exact == kNone) {
      float total = lexicon_total_[low];
      AddSuffix('u', lower, total * 0.3f / (1 + total * 0.3f) + 0.05f, dist);
    }
  } else if (exact != kNone) {
    AddLexicon(exact, 1, dist);
  } else if (all_caps) {
    // An acronym outside headlines: a name, plural if it ends in a lower-case s ("NGOs").
    dist.Add(Pos::NNP, 0.9f);
    dist.Add(Pos::NN, 0.1f);
  } else if (key.find('-') != std::string_view::npos && key.size() > 2) {
    AddSuffix('h', lower, 1, dist);
  } else if (upper_initial) {
    AddSuffix('u', lower, 1, dist);
    if (low != kNone) AddLexicon(low, 0.2f, dist);
  } else {
    if (t.kind == TokenKind::kSymbol || t.kind == TokenKind::kPunct) {
      dist.Add(Pos::SYM, 1);
    } else {
      AddSuffix('l', lower, 1, dist);
    }
  }

  // Keep the kMax most probable tags; score = log P(tag | token) - log P(tag). Tags that got
  // nothing hold exactly 0: leaving them out changes neither the sum nor the choice.
  const uint64_t known = dist.touched & ~uint64_t{1};  // tag 0 is kUnknown
  float total = 0;
  for (uint64_t m = known; m != 0; m &= m - 1) total += dist.p[std::countr_zero(m)];
  uint64_t tags = known;
  if (total <= 0) {
    // Nothing known about the token (a stray symbol): let the context pick among nouns.
    const Pos guess = t.kind == TokenKind::kWord ? Pos::NN : Pos::SYM;
    dist.p[static_cast<size_t>(guess)] = total = 1;
    tags |= uint64_t{1} << static_cast<size_t>(guess);
  }
  for (uint64_t m = tags; m != 0; m &= m - 1) {
    const size_t k = static_cast<size_t>(std::countr_zero(m));
    if (dist.p[k] == 0) continue;
    float p = dist.p[k] / total;
    if (p < 1e-3f) continue;
    int slot = out.size;
    if (slot == TagCandidates::kMax) {
      slot = static_cast<int>(std::min_element(out.score, out.score + out.size) - out.score);
      if (p <= out.score[slot]) continue;
    } else {
      ++out.size;
    }
    out.tag[slot] = static_cast<Pos>(k);
    out.score[slot] = p;
  }
  for (int c = 0; c < out.size; ++c) {
    out.score[c] = std::log(out.score[c]) - prior_[static_cast<size_t>(out.tag[c])];
  }
}

}  // namespace entente
