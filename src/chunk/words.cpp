#include "chunk/words.h"

#include <array>

namespace entente::chunk_internal {
namespace {

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  // The first byte is compared before calling memcmp: these tests run for most tokens, and few
  // listed words share a token's length and first letter. (No listed word is empty.)
  if (w.empty()) return false;
  for (std::string_view s : list) {
    if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
  }
  return false;
}

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view Word(const Token& t) {
  return t.lemma.empty() ? std::string_view(t.form) : t.lemma;
}

bool WordIs(const Token& t, std::string_view lower) {
  return EqualsLower(t.lemma.empty() ? std::string_view(t.form) : std::string_view(t.lemma),
                     lower) ||
         EqualsLower(t.form, lower);
}

bool IsAuxiliary(const Token& t) {
  if (t.pos == Pos::MD) return true;
  static constexpr std::array<std::string_view, 4> kAux = {"be", "have", "do", "get"};
  for (std::string_view a : kAux) {
    if (WordIs(t, a)) return true;
  }
  static constexpr std::array<std::string_view, 17> kForms = {
      "is",  "are", "was", "were",   "been", "being", "am",  "'s", "\u2019s",
      "'re", "has", "had", "having", "does", "did",   "'ve", "'m"};
  for (std::string_view f : kForms) {
    if (EqualsLower(t.form, f)) return true;
  }
  return false;
}

bool IsNegation(const Token& t) {
  return WordIs(t, "not") || WordIs(t, "n't") || WordIs(t, "n\u2019t") || WordIs(t, "never");
}

bool IsSubordinator(const Token& t) {
  static constexpr std::array<std::string_view, 10> kSub = {
      "while",  "although", "though",  "because", "if",
      "unless", "whereas",  "whether", "once",    "until"};
  for (std::string_view s : kSub) {
    if (EqualsLower(t.form, s)) return true;
  }
  return false;
}

bool IsConditional(const Token& t) {
  return EqualsLower(t.form, "if") || EqualsLower(t.form, "unless");
}

bool IsRelative(const Token& t) {
  if (t.pos == Pos::WDT || t.pos == Pos::WP || t.pos == Pos::WPS) {
    return !EqualsLower(t.form, "what");
  }
  return false;
}

bool IsReportingVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 24> kSay = {
      "say",     "tell",  "announce", "add",    "state",       "claim", "report", "declare",
      "insist",  "note",  "stress",   "assert", "confirm",     "write", "tweet",  "reply",
      "explain", "argue", "believe",  "think",  "acknowledge", "admit", "allege", "told"};
  return In(lemma, kSay);
}

bool IsObjectControlVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 22> kControl = {
      "urge",   "ask",    "enable",  "allow",  "force",   "help",  "persuade", "encourage",
      "invite", "order",  "tell",    "call",   "request", "press", "push",     "pressure",
      "warn",   "permit", "require", "expect", "want",    "compel"};
  return In(lemma, kControl);
}

bool IsControllingNoun(std::string_view lemma) {
  static constexpr std::array<std::string_view, 26> kNouns = {
      "effort",    "attempt",     "plan",      "bid",        "move",      "campaign", "drive",
      "push",      "decision",    "pledge",    "promise",    "threat",    "offer",    "proposal",
      "readiness", "willingness", "intention", "commitment", "agreement", "deal",     "request",
      "call",      "demand",      "order",     "right",      "ability"};
  return In(lemma, kNouns);
}

bool IsCollectiveNoun(std::string_view lemma) {
  static constexpr std::array<std::string_view, 36> kNouns = {"ten",
                                                              "tens",
                                                              "hundred",
                                                              "hundreds",
                                                              "thousand",
                                                              "thousands",
                                                              "million",
                                                              "millions",
                                                              "dozen",
                                                              "dozens",
                                                              "score",
                                                              "scores",
                                                              "group",
                                                              "delegation",
                                                              "navy",
                                                              "army",
                                                              "air force",
                                                              "force",
                                                              "troop",
                                                              "leader",
                                                              "member",
                                                              "government",
                                                              "representative",
                                                              "official",
                                                              "minister",
                                                              "citizen",
                                                              "embassy",
                                                              "ambassador",
                                                              "president",
                                                              "head",
                                                              "people",
                                                              "envoy",
                                                              "foreign minister",
                                                              "defence minister",
                                                              "defense minister",
                                                              "parliament"};
  return In(lemma, kNouns);
}

bool IsQuantifier(const Token& t) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "all",  "some",    "each",   "both",    "most", "many", "none",
      "half", "several", "either", "neither", "any",  "few",  "one"};
  if (!(t.pos == Pos::DT || t.pos == Pos::PDT || t.pos == Pos::CD || IsAdjective(t.pos) ||
        t.pos == Pos::NN)) {
    return false;
  }
  for (std::string_view w : kWords) {
    if (EqualsLower(t.form, w)) return true;
  }
  return false;
}

bool IsClauseVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 17> kVerbs = {
      "hope",      "indicate", "fear",    "know",    "suggest",  "show",
      "signal",    "predict",  "feel",    "expect",  "estimate", "recognise",
      "recognize", "realize",  "realise", "suspect", "prove"};
  return In(lemma, kVerbs);
}

bool IsParticiplePreposition(const Token& t) {
  static constexpr std::array<std::string_view, 9> kLemmas = {
      "accord", "follow", "include", "start", "begin", "regard", "concern", "exclude", "pend"};
  return In(Word(t), kLemmas);
}

bool IsClauseOpener(const Token& t) {
  return WordIs(t, "after") || WordIs(t, "before") || WordIs(t, "since") || WordIs(t, "until");
}

bool IsCopula(std::string_view lemma) {
  static constexpr std::array<std::string_view, 9> kVerbs = {
      "be", "remain", "seem", "become", "appear", "stay", "prove", "look", "sound"};
  return In(lemma, kVerbs);
}

bool IsTemporalNoun(std::string_view lemma) {
  static constexpr std::array<std::string_view, 24> kNouns = {
      "day",       "week",     "month",     "year",     "decade",    "hour",
      "minute",    "weekend",  "today",     "tonight",  "yesterday", "tomorrow",
      "morning",   "evening",  "afternoon", "night",    "monday",    "tuesday",
      "wednesday", "thursday", "friday",    "saturday", "sunday",    "overnight"};
  return In(lemma, kNouns);
}

namespace {

// Month names, which count as times only as proper nouns ("his march", "it may").
bool IsMonth(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  return In(lower, kMonths);
}

}  // namespace

bool IsTemporalWord(const Token& t) {
  // Lower-cased on the stack: this runs for the nouns of many noun phrases.
  const std::string_view w = Word(t);
  constexpr size_t kLongest = 9;  // "wednesday", "september"
  if (w.size() > kLongest) return false;
  char buf[kLongest];
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lower(buf, w.size());
  return IsTemporalNoun(lower) || (IsProperNoun(t.pos) && IsMonth(lower));
}

bool IsComma(const Token& t) { return t.form == ","; }

bool IsCoordinator(const Token& t) {
  return t.pos == Pos::CC &&
         (EqualsLower(t.form, "and") || EqualsLower(t.form, "or") || EqualsLower(t.form, "but") ||
          EqualsLower(t.form, "nor") || t.form == "&");
}

bool IsNounTag(Pos p) { return IsNoun(p) || p == Pos::PRP || p == Pos::CD; }

bool IsNpModifierTag(Pos p) {
  return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || p == Pos::CD || IsAdjective(p) ||
         IsNoun(p);
}

}  // namespace entente::chunk_internal
