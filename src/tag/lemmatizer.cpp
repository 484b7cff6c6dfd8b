#include "tag/lemmatizer.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace entente {
namespace {

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's morphy detachment rules (morph.c), in its order.
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Clitics and the first halves of split negations ("ca n't", "wo n't"), which WordNet lacks.
struct Special {
  std::string_view word;
  Pos pos;  // kUnknown = any tag
  std::string_view lemma;
};
constexpr Special kSpecials[] = {
    {"'s", Pos::POS, "'s"},         {"'", Pos::POS, "'s"},          {"'s", Pos::VBZ, "be"},
    {"'s", Pos::PRP, "us"},         {"'re", Pos::kUnknown, "be"},   {"'m", Pos::kUnknown, "be"},
    {"'ve", Pos::kUnknown, "have"}, {"'ll", Pos::kUnknown, "will"}, {"'d", Pos::MD, "would"},
    {"'d", Pos::VBD, "have"},       {"n't", Pos::kUnknown, "not"},  {"ca", Pos::MD, "can"},
    {"wo", Pos::MD, "will"},        {"sha", Pos::MD, "shall"},      {"ai", Pos::kUnknown, "be"},
};

// Every special word is short: longer words skip the list (this runs for every token).
constexpr size_t kLongestSpecial = 3;
static_assert(std::all_of(std::begin(kSpecials), std::end(kSpecials),
                          [](const Special& s) { return s.word.size() <= kLongestSpecial; }));
// ... and starts with one of a few bytes: "the", "of", "," and the like skip it too.
constexpr bool MayBeSpecial(std::string_view w) {
  return !w.empty() && w.size() <= kLongestSpecial &&
         (w[0] == '\'' || w[0] == 'n' || w[0] == 'c' || w[0] == 'w' || w[0] == 's' || w[0] == 'a');
}
static_assert(std::all_of(std::begin(kSpecials), std::end(kSpecials),
                          [](const Special& s) { return MayBeSpecial(s.word); }));

// Lower-cases ASCII letters and turns curly apostrophes (U+2018, U+2019) into "'", writing at
// most form.size() bytes to `out`; returns the number written.
size_t Normalize(std::string_view form, char* out) {
  size_t n = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    if (c == 0xE2 && i + 2 < form.size() && static_cast<unsigned char>(form[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(form[i + 2]) == 0x98 ||
         static_cast<unsigned char>(form[i + 2]) == 0x99)) {
      out[n++] = '\'';
      i += 2;
    } else {
      out[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
    }
  }
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsInflected(Pos pos) {
  switch (pos) {
    case Pos::NNS:
    case Pos::NNPS:
    case Pos::VBD:
    case Pos::VBN:
    case Pos::VBG:
    case Pos::VBZ:
    case Pos::JJR:
    case Pos::JJS:
    case Pos::RBR:
    case Pos::RBS:
      return true;
    default:
      return false;
  }
}

}  // namespace

Lemmatizer::Lemmatizer(const TaggerModelData& model) {
  for (size_t p = 0; p < kNumWordNetPos; ++p) {
    lemmas_[p].Build(model.lemmas[p], [](const std::string& s) { return std::string_view(s); });
    exception_keys_[p].Build(model.exceptions[p],
                             [](const auto& e) { return std::string_view(e.first); });
    exception_bases_[p].reserve(model.exceptions[p].size());
    for (const auto& e : model.exceptions[p]) exception_bases_[p].push_back(e.second);
  }
}

void Lemmatizer::Lemmatize(std::string_view form, Pos pos, std::string& out) const {
  // Normalized on the stack (a std::string would grow by push_back, byte by byte); the rare
  // longer form goes to the heap.
  char buf[64];
  std::string long_word;
  char* dest = buf;
  if (form.size() > sizeof buf) {
    long_word.resize(form.size());
    dest = long_word.data();
  }
  const std::string_view word(dest, Normalize(form, dest));
  if (MayBeSpecial(word)) {
    for (const Special& s : kSpecials) {
      if (s.word == word && (s.pos == Pos::kUnknown || s.pos == pos)) {
        out.assign(s.lemma);
        return;
      }
    }
  }
  if (pos == Pos::NNP || word.size() > 40) {
    out.assign(word);
    return;
  }
  WordNetPos wn;
  if (IsNoun(pos)) {
    wn = WordNetPos::kNoun;
  } else if (IsVerb(pos)) {
    wn = WordNetPos::kVerb;
  } else if (IsAdjective(pos)) {
    wn = WordNetPos::kAdj;
  } else if (IsAdverb(pos)) {
    wn = WordNetPos::kAdv;
  } else {
    out.assign(word);
    return;
  }
  Morphy(word, wn, IsInflected(pos), pos, out);
  if (out.empty()) out.assign(word);
}

void Lemmatizer::Morphy(std::string_view word, WordNetPos wn, bool inflected, Pos pos,
                        std::string& out) const {
  out.clear();
  size_t p = static_cast<size_t>(wn);
  if (!inflected && pos != Pos::NNPS && IsLemma(wn, word)) {
    out.assign(word);
    return;
  }
  uint32_t e = exception_keys_[p].Find(word);
  if (e != StringIndex::kMissing) {
    out = exception_bases_[p][e];
    return;
  }
  const Rule* begin = nullptr;
  size_t n = 0;
  switch (wn) {
    case WordNetPos::kNoun:
      begin = kNounRules;
      n = std::size(kNounRules);
      break;
    case WordNetPos::kVerb:
      begin = kVerbRules;
      n = std::size(kVerbRules);
      break;
    case WordNetPos::kAdj:
      begin = kAdjRules;
      n = std::size(kAdjRules);
      break;
    case WordNetPos::kAdv:
      break;
  }
  // Rules only apply to forms the tag calls inflected (or to base-tagged forms WordNet lacks,
  // which are often mis-tagged inflections: "talks" NN).
  for (size_t i = 0; i < n; ++i) {
    const Rule& r = begin[i];
    if (!EndsWith(word, r.suffix)) continue;
    out.assign(word.substr(0, word.size() - r.suffix.size()));
    out.append(r.ending);
    if (IsLemma(wn, out)) return;
  }
  // Doubled final consonant that the exception list misses ("shelled" is in it, "vetted" not).
  if (wn == WordNetPos::kVerb) {
    for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
      if (!EndsWith(word, suffix) || word.size() < suffix.size() + 3) continue;
      std::string_view stem = word.substr(0, word.size() - suffix.size());
      if (stem[stem.size() - 1] == stem[stem.size() - 2] &&
          std::strchr("aeiou", stem.back()) == nullptr) {
        out.assign(stem.substr(0, stem.size() - 1));
        if (IsLemma(wn, out)) return;
      }
    }
  }
  if (IsLemma(wn, word) || pos == Pos::NNPS) {
    out.assign(word);
    return;
  }
  // Words WordNet lacks ("airstrikes", "drones" before 2006): the regular inflection, unchecked,
  // so that dictionary patterns written in the singular still match.
  if (pos == Pos::NNS && word.size() > 3 && word.back() == 's' && !EndsWith(word, "ss") &&
      !EndsWith(word, "us") && !EndsWith(word, "is")) {
    if (EndsWith(word, "ies")) {
      out.assign(word.substr(0, word.size() - 3)).append("y");
    } else if (EndsWith(word, "ches") || EndsWith(word, "shes") || EndsWith(word, "xes") ||
               EndsWith(word, "sses")) {
      out.assign(word.substr(0, word.size() - 2));
    } else {
      out.assign(word.substr(0, word.size() - 1));
    }
    return;
  }
  out.clear();
}

}  // namespace entente
