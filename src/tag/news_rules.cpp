#include "tag/news_rules.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "core/hash.h"
#include "core/word_set.h"

namespace entente {
namespace {

// Capitalized titles that are part of a name when a name follows: "President Putin",
// "Prime Minister Modi", "Gen. Milley", "Foreign Minister Lavrov" (all NNP in the Treebank).
constexpr std::array<std::string_view, 66> kTitles = {
    "President", "Vice",       "Prime",     "Minister", "Premier",  "Chancellor", "Secretary",
    "Foreign",   "Defense",    "Defence",   "Interior", "Finance",  "Deputy",     "General",
    "Gen.",      "Lt.",        "Col.",      "Maj.",     "Capt.",    "Sgt.",       "Adm.",
    "Cmdr.",     "Lieutenant", "Colonel",   "Major",    "Captain",  "Sergeant",   "Admiral",
    "Marshal",   "Commander",  "King",      "Queen",    "Prince",   "Princess",   "Sheikh",
    "Emir",      "Sultan",     "Ayatollah", "Pope",     "Cardinal", "Archbishop", "Bishop",
    "Rabbi",     "Imam",       "Mr.",       "Mrs.",     "Ms.",      "Dr.",        "Sen.",
    "Senator",   "Rep.",       "Gov.",      "Governor", "Mayor",    "Ambassador", "Envoy",
    "Chairman",  "Chairwoman", "Speaker",   "Judge",    "Justice",  "Chief",      "Crown",
    "Sir",       "Lord",       "Pres."};

constexpr std::array<std::string_view, 11> kMonths = {"January", "February", "March",   "April",
                                                      "June",    "July",     "August",  "September",
                                                      "October", "November", "December"};

// Pronouns after which "'s" is "is"/"has": "it's", "he's", "there's".
constexpr std::array<std::string_view, 11> kVerbalS = {
    "it", "he", "she", "that", "what", "there", "who", "here", "where", "how", "this"};

// Words before "May" that make it the month: "in May", "since May", "early May".
constexpr std::array<std::string_view, 14> kBeforeMonth = {
    "in",   "of",  "since", "until", "till", "by",     "early",
    "late", "mid", "last",  "next",  "on",   "during", "from"};

// Institutions whose name starts with an adjective: "European Union", "Arab League".
constexpr std::array<std::string_view, 9> kInstitutions = {"Union",    "Commission", "Parliament",
                                                           "Council",  "Community",  "League",
                                                           "Republic", "Front",      "Party"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The lists of capitalised words (titles, months, institutions) are asked about most tokens:
// hash sets, which rule out a word by its length and first byte before hashing it (an
// uncapitalised word is in none of them).
constexpr WordSet<kTitles.size()> kTitleSet{kTitles};
constexpr WordSet<kMonths.size()> kMonthSet{kMonths};
constexpr WordSet<kInstitutions.size()> kInstitutionSet{kInstitutions};

bool IsPossessiveS(std::string_view form) {
  if (form.empty() || (form[0] != '\'' && form[0] != '\xE2')) return false;  // most tokens
  return form == "'s" || form == "'S" || form == "\u2019s" || form == "\u2019S";
}

constexpr std::array<std::string_view, 25> kAuxiliaries = {
    "be",      "is",    "are",  "was",    "were",    "been",   "being",   "am",   "'s",
    "'re",     "has",   "have", "had",    "having",  "'ve",    "get",     "gets", "got",
    "getting", "seems", "seem", "seemed", "remains", "remain", "remained"};

// IsAuxiliary runs for nearly every token: most words are ruled out by their length or first
// letter before the list is scanned.
constexpr bool MayBeAuxiliary(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  const char c = w[0] >= 'A' && w[0] <= 'Z' ? static_cast<char>(w[0] + 32) : w[0];
  return c == 'a' || c == 'b' || c == 'g' || c == 'h' || c == 'i' || c == 'r' || c == 's' ||
         c == 'w' || c == '\'';
}
static_assert(std::all_of(kAuxiliaries.begin(), kAuxiliaries.end(), MayBeAuxiliary),
              "MayBeAuxiliary must let every auxiliary through");

// The auxiliaries by length, each packed into a 64-bit word (first byte lowest): a form is then
// compared with the few of its length, one integer comparison each.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
  return v;
}
struct PackedByLength {
  std::array<std::array<uint64_t, 8>, 9> words{};  // [length][k]; a full row fails to compile
  std::array<size_t, 9> count{};
};
constexpr PackedByLength kAuxiliariesByLength = [] {
  PackedByLength t;
  for (std::string_view w : kAuxiliaries) t.words[w.size()][t.count[w.size()]++] = Pack(w);
  return t;
}();

bool IsAuxiliary(std::string_view form) {
  if (!MayBeAuxiliary(form)) return false;  // also keeps the length within 2..8
  uint64_t lower = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i] >= 'A' && form[i] <= 'Z' ? static_cast<char>(form[i] + 32) : form[i];
    lower |= uint64_t{static_cast<unsigned char>(c)} << (8 * i);
  }
  const size_t n = form.size();
  for (size_t k = 0; k < kAuxiliariesByLength.count[n]; ++k) {
    if (kAuxiliariesByLength.words[n][k] == lower) return true;
  }
  return false;
}

// The past tense / participle choice and noun / verb pairs that a bigram model gets wrong
// because the evidence is one token further away. Only tags Viterbi had as candidates are used.
// Nationality adjectives stay adjectives before names ("Russian President", "Chinese Premier").
bool IsNationality(const Token& t) {
  const std::string& f = t.form;
  auto ends = [&](std::string_view s) {
    return f.size() > s.size() && f.compare(f.size() - s.size(), s.size(), s) == 0;
  };
  return IsAdjective(t.pos) &&
         (ends("an") || ends("ese") || ends("ish") || ends("i") || ends("ch"));
}

void RepairVerbs(std::vector<Token>& tokens, const std::vector<TagCandidates>& cands) {
  const size_t n = tokens.size();
  size_t clause = 0;    // first token of the current clause
  bool finite = false;  // the clause has a finite verb or an auxiliary before this token
  bool sentence_finite = false;
  for (const Token& t : tokens) {
    sentence_finite = sentence_finite || t.pos == Pos::VBD || t.pos == Pos::VBZ ||
                      t.pos == Pos::VBP || t.pos == Pos::MD;
  }
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[i];
    const Pos p = t.pos;
    if (p == Pos::kComma || p == Pos::IN || p == Pos::CC || p == Pos::WDT || p == Pos::WP ||
        p == Pos::kColon || p == Pos::WRB) {
      clause = i + 1;
      finite = false;
      continue;
    }
    // "crowds/VBZ trashed/VBN" -> NNS VBD: a plural subject, then its verb.
    if (p == Pos::VBZ && i + 1 < n && tokens[i + 1].pos == Pos::VBN && !IsAuxiliary(t.form) &&
        cands[i].Has(Pos::NNS) && cands[i + 1].Has(Pos::VBD)) {
      t.pos = Pos::NNS;
      tokens[i + 1].pos = Pos::VBD;
    }
    // "the leader prepared/VBN to", "Petraeus, held/VBN talks", "he took/VBN": a participle with
    // no auxiliary in a clause without a finite verb, right after its subject, is a past tense;
    // so is the only candidate main verb of a sentence ("The talks ended/VBN without a deal").
    if (t.pos == Pos::VBN && !finite && i > clause && cands[i].Has(Pos::VBD) && i + 1 < n) {
      size_t s = i - 1;
      while (s > clause && tokens[s].pos == Pos::RB) --s;
      const Pos subject = tokens[s].pos;
      const Pos next = tokens[i + 1].pos;
      bool after_subject = IsNoun(subject) || subject == Pos::PRP || subject == Pos::VBG;
      bool object_follows = next == Pos::DT || next == Pos::PRPS || next == Pos::TO ||
                            next == Pos::NNS || next == Pos::CD || next == Pos::PRP ||
                            next == Pos::RP || IsProperNoun(next) || tokens[i + 1].form == "that";
      if (after_subject && (object_follows || subject == Pos::PRP || !sentence_finite)) {
        t.pos = Pos::VBD;
      }
    }
    // "Russia armed/JJ Syria", "troops abducted/NN Ukrainians": right after a clause-initial
    // subject and before an object, a word that can be a past tense is one.
    if ((IsAdjective(t.pos) || t.pos == Pos::NN) && !finite && i > clause && i + 1 < n &&
        (cands[i].Has(Pos::VBD) || cands[i].Has(Pos::VBN))) {
      const Pos subject = tokens[i - 1].pos;
      const Pos next = tokens[i + 1].pos;
      if ((IsProperNoun(subject) || subject == Pos::NNS || subject == Pos::PRP) &&
          (IsProperNoun(next) || next == Pos::DT || next == Pos::PRPS || next == Pos::NNS)) {
        t.pos = Pos::VBD;
      }
    }
    // "shelled the city and held/VBN talks": a coordinated verb takes the first one's tense.
    if ((t.pos == Pos::VBN || t.pos == Pos::JJ) && i >= 2 && tokens[i - 1].pos == Pos::CC &&
        cands[i].Has(Pos::VBD)) {
      for (size_t j = i - 1; j-- > 0;) {
        if (!IsVerb(tokens[j].pos) && tokens[j].pos != Pos::MD) continue;
        if (tokens[j].pos == Pos::VBD && !IsAuxiliary(tokens[j].form)) t.pos = Pos::VBD;
        break;
      }
    }
    // "could intercept/NN missiles", "agreed to share/NN intelligence": after a modal, or after
    // "to" that follows a verb, a word that can be a bare verb is one.
    if ((IsNoun(t.pos) || IsAdjective(t.pos)) && !IsProperNoun(t.pos) && i >= 1 &&
        cands[i].Has(Pos::VB)) {
      size_t b = i - 1;
      while (b > 0 && tokens[b].pos == Pos::RB) --b;
      const bool after_modal = tokens[b].pos == Pos::MD;
      const bool after_to = tokens[i - 1].pos == Pos::TO && i >= 2 && IsVerb(tokens[i - 2].pos);
      if (after_modal || after_to) t.pos = Pos::VB;
    }
    if (!finite && (t.pos == Pos::VBD || t.pos == Pos::VBZ || t.pos == Pos::VBP ||
                    t.pos == Pos::MD || IsAuxiliary(t.form))) {
      finite = true;
    }
  }
}

}  // namespace

void ApplyNewsRules(std::vector<Token>& tokens, const std::vector<TagCandidates>& cands,
                    bool headline) {
  const size_t n = tokens.size();
  RepairVerbs(tokens, cands);
  // "met with exiled/VBN dissidents", "the detained/VBN activists": a participle between a
  // preposition or determiner and its noun modifies the noun.
  for (size_t i = 1; i + 1 < n; ++i) {
    const Pos before = tokens[i - 1].pos;
    if (tokens[i].pos == Pos::VBN && (before == Pos::IN || before == Pos::DT) &&
        (tokens[i + 1].pos == Pos::NN || tokens[i + 1].pos == Pos::NNS)) {
      tokens[i].pos = Pos::JJ;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[i];
    // Compared as a string_view: the length is checked first, with no strlen per literal.
    const std::string_view form = t.form;
    if (form == "U.S." || (form == "US" && !headline)) t.pos = Pos::NNP;
    if (IsPossessiveS(t.form) && i > 0) {
      bool pronoun = false;
      for (std::string_view w : kVerbalS) pronoun = pronoun || EqualsAsciiLower(tokens[i - 1].form, w);
      if (pronoun) {
        t.pos = Pos::VBZ;
      } else if (t.pos == Pos::VBZ && IsNoun(tokens[i - 1].pos) && i + 1 < n &&
                 (IsNoun(tokens[i + 1].pos) || IsAdjective(tokens[i + 1].pos))) {
        t.pos = Pos::POS;  // "Russia's army", "Gondor's new leader"
      }
    }
    if (headline) continue;
    if (kMonthSet.Contains(t.form) || t.Has(kMonthAbbrev)) {
      bool initial = i == 0;
      bool date = i + 1 < n && tokens[i + 1].pos == Pos::CD;
      if (!initial || date) t.pos = Pos::NNP;
    } else if (form == "May") {
      bool date = (i + 1 < n && tokens[i + 1].pos == Pos::CD) ||
                  (i > 0 && (tokens[i - 1].pos == Pos::CD || In(kBeforeMonth, tokens[i - 1].form)));
      if (date) t.pos = Pos::NNP;
    } else if ((form == "West" || form == "East") && i > 0 &&
               std::string_view(tokens[i - 1].form) == "the") {
      t.pos = Pos::NNP;
    } else if (IsAdjective(t.pos) && t.Has(kUpperInitial) && i + 1 < n &&
               kInstitutionSet.Contains(tokens[i + 1].form)) {
      t.pos = Pos::NNP;  // "European Union", "Arab League": part of the name
    }
    // "about to", "over the": prepositions where WSJ counts prefer adverb or particle.
    if (i + 1 < n && ((form == "about" && tokens[i + 1].pos == Pos::TO) ||
                      (form == "over" && t.pos == Pos::RP &&
                       (tokens[i + 1].pos == Pos::DT || tokens[i + 1].pos == Pos::PRPS)))) {
      t.pos = Pos::IN;
    }
  }
  // A capitalised word in mid-sentence before a name is part of the name, whatever its suffix
  // suggests: "arrested Rached/VBD Ghannouchi".
  if (!headline) {
    for (size_t i = 1; i + 1 < n; ++i) {
      Token& t = tokens[i];
      if (t.Has(kUpperInitial) && !t.Has(kAllUpper) && (IsVerb(t.pos) || IsAdjective(t.pos)) &&
          tokens[i + 1].pos == Pos::NNP && tokens[i + 1].Has(kUpperInitial) &&
          std::string_view(tokens[i - 1].form) != "." &&
          std::string_view(tokens[i - 1].form) != "\"" && !IsNationality(t)) {
        t.pos = Pos::NNP;
      }
    }
  }
  // Questions open with an inverted auxiliary that the capital makes look like a name:
  // "Will China send troops?", "Did Iran supply the drones?".
  if (n > 2 && tokens[n - 1].form == "?") {
    static constexpr std::array<std::pair<std::string_view, Pos>, 16> kInverted = {
        {{"will", Pos::MD},
         {"would", Pos::MD},
         {"can", Pos::MD},
         {"could", Pos::MD},
         {"should", Pos::MD},
         {"shall", Pos::MD},
         {"may", Pos::MD},
         {"might", Pos::MD},
         {"must", Pos::MD},
         {"did", Pos::VBD},
         {"does", Pos::VBZ},
         {"do", Pos::VBP},
         {"has", Pos::VBZ},
         {"have", Pos::VBP},
         {"is", Pos::VBZ},
         {"are", Pos::VBP}}};
    for (const auto& [word, tag] : kInverted) {
      if (EqualsAsciiLower(tokens[0].form, word)) tokens[0].pos = tag;
    }
  }
  if (headline) return;
  // Right to left, so that chains of titles ("Prime Minister", "Deputy Foreign Minister") see the
  // name at their end.
  for (size_t i = n; i-- > 1;) {
    Token& t = tokens[i - 1];
    const Token& next = tokens[i];
    if (next.Has(kUpperInitial) && IsProperNoun(next.pos) && kTitleSet.Contains(t.form)) {
      t.pos = Pos::NNP;
    }
  }
}

}  // namespace entente
