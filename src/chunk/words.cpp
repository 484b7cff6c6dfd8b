#include "chunk/words.h"

#include <array>

#include "core/word_set.h"

namespace entente::chunk_internal {

bool IsAuxiliary(const Token& t) {
  if (t.pos == Pos::MD) return true;
  static constexpr WordSet<4> kAux{std::array<std::string_view, 4>{"be", "have", "do", "get"}};
  if (kAux.ContainsLower(Word(t)) || kAux.ContainsLower(t.form)) return true;
  static constexpr WordSet<17> kForms{std::array<std::string_view, 17>{
      "is", "are", "was", "were", "been", "being", "am", "'s", "\u2019s", "'re", "has", "had",
      "having", "does", "did", "'ve", "'m"}};
  return kForms.ContainsLower(t.form);
}

bool IsNegation(const Token& t) {
  return WordIs(t, "not") || WordIs(t, "n't") || WordIs(t, "n\u2019t") || WordIs(t, "never");
}

bool IsSubordinator(const Token& t) {
  static constexpr WordSet<10> kSub{
      std::array<std::string_view, 10>{"while", "although", "though", "because", "if", "unless",
                                       "whereas", "whether", "once", "until"}};
  return kSub.ContainsLower(t.form);
}

bool IsConditional(const Token& t) {
  return EqualsAsciiLower(t.form, "if") || EqualsAsciiLower(t.form, "unless");
}

bool IsRelative(const Token& t) {
  if (t.pos == Pos::WDT || t.pos == Pos::WP || t.pos == Pos::WPS) {
    return !EqualsAsciiLower(t.form, "what");
  }
  return false;
}

bool IsReportingVerb(std::string_view lemma) {
  static constexpr WordSet<24> kSay{std::array<std::string_view, 24>{
      "say",     "tell",  "announce", "add",    "state",       "claim", "report", "declare",
      "insist",  "note",  "stress",   "assert", "confirm",     "write", "tweet",  "reply",
      "explain", "argue", "believe",  "think",  "acknowledge", "admit", "allege", "told"}};
  return kSay.ContainsLower(lemma);
}

bool IsObjectControlVerb(std::string_view lemma) {
  static constexpr WordSet<22> kControl{std::array<std::string_view, 22>{
      "urge",   "ask",    "enable",  "allow",  "force",   "help",  "persuade", "encourage",
      "invite", "order",  "tell",    "call",   "request", "press", "push",     "pressure",
      "warn",   "permit", "require", "expect", "want",    "compel"}};
  return kControl.Contains(lemma);
}

bool IsControllingNoun(std::string_view lemma) {
  static constexpr WordSet<26> kNouns{std::array<std::string_view, 26>{
      "effort",    "attempt",     "plan",      "bid",        "move",      "campaign", "drive",
      "push",      "decision",    "pledge",    "promise",    "threat",    "offer",    "proposal",
      "readiness", "willingness", "intention", "commitment", "agreement", "deal",     "request",
      "call",      "demand",      "order",     "right",      "ability"}};
  return kNouns.ContainsLower(lemma);
}

bool IsCollectiveNoun(std::string_view lemma) {
  static constexpr WordSet<36> kNouns{std::array<std::string_view, 36>{"ten",
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
                                                                       "parliament"}};
  return kNouns.ContainsLower(lemma);
}

bool IsQuantifier(const Token& t) {
  static constexpr WordSet<14> kWords{std::array<std::string_view, 14>{
      "all", "some", "each", "both", "most", "many", "none", "half", "several", "either", "neither",
      "any", "few", "one"}};
  if (!(t.pos == Pos::DT || t.pos == Pos::PDT || t.pos == Pos::CD || IsAdjective(t.pos) ||
        t.pos == Pos::NN)) {
    return false;
  }
  return kWords.ContainsLower(t.form);
}

bool IsClauseVerb(std::string_view lemma) {
  static constexpr WordSet<17> kVerbs{std::array<std::string_view, 17>{
      "hope", "indicate", "fear", "know", "suggest", "show", "signal", "predict", "feel", "expect",
      "estimate", "recognise", "recognize", "realize", "realise", "suspect", "prove"}};
  return kVerbs.Contains(lemma);
}

bool IsParticiplePreposition(const Token& t) {
  static constexpr WordSet<9> kLemmas{std::array<std::string_view, 9>{
      "accord", "follow", "include", "start", "begin", "regard", "concern", "exclude", "pend"}};
  return kLemmas.Contains(Word(t));
}

bool IsClauseOpener(const Token& t) {
  return WordIs(t, "after") || WordIs(t, "before") || WordIs(t, "since") || WordIs(t, "until");
}

bool IsCopula(std::string_view lemma) {
  static constexpr WordSet<9> kVerbs{std::array<std::string_view, 9>{
      "be", "remain", "seem", "become", "appear", "stay", "prove", "look", "sound"}};
  return kVerbs.Contains(lemma);
}

bool IsTemporalNoun(std::string_view lemma) {
  static constexpr WordSet<24> kNouns{std::array<std::string_view, 24>{
      "day",       "week",     "month",     "year",     "decade",    "hour",
      "minute",    "weekend",  "today",     "tonight",  "yesterday", "tomorrow",
      "morning",   "evening",  "afternoon", "night",    "monday",    "tuesday",
      "wednesday", "thursday", "friday",    "saturday", "sunday",    "overnight"}};
  return kNouns.Contains(lemma);
}

namespace {

// Month names, which count as times only as proper nouns ("his march", "it may").
bool IsMonth(std::string_view lower) {
  static constexpr WordSet<12> kMonths{std::array<std::string_view, 12>{
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"}};
  return kMonths.Contains(lower);
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
         (EqualsAsciiLower(t.form, "and") || EqualsAsciiLower(t.form, "or") || EqualsAsciiLower(t.form, "but") ||
          EqualsAsciiLower(t.form, "nor") || t.form == "&");
}

bool IsNounTag(Pos p) { return IsNoun(p) || p == Pos::PRP || p == Pos::CD; }

bool IsNpModifierTag(Pos p) {
  return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || p == Pos::CD || IsAdjective(p) ||
         IsNoun(p);
}

}  // namespace entente::chunk_internal
