#include "treebank/lemma.h"

#include <array>
#include <utility>

namespace entente {
namespace {

// Irregular verb forms seen in news, form -> lemma. Regular forms are left to the suffix rules.
constexpr std::array<std::pair<std::string_view, std::string_view>, 121> kIrregular = {{
    {"am", "be"},
    {"are", "be"},
    {"is", "be"},
    {"was", "be"},
    {"were", "be"},
    {"been", "be"},
    {"being", "be"},
    {"'s", "be"},
    {"'re", "be"},
    {"'m", "be"},
    {"has", "have"},
    {"had", "have"},
    {"having", "have"},
    {"'ve", "have"},
    {"'d", "would"},
    {"does", "do"},
    {"did", "do"},
    {"done", "do"},
    {"said", "say"},
    {"says", "say"},
    {"told", "tell"},
    {"went", "go"},
    {"gone", "go"},
    {"goes", "go"},
    {"made", "make"},
    {"took", "take"},
    {"taken", "take"},
    {"gave", "give"},
    {"given", "give"},
    {"met", "meet"},
    {"held", "hold"},
    {"sent", "send"},
    {"sought", "seek"},
    {"began", "begin"},
    {"begun", "begin"},
    {"brought", "bring"},
    {"bought", "buy"},
    {"fought", "fight"},
    {"struck", "strike"},
    {"stricken", "strike"},
    {"left", "leave"},
    {"led", "lead"},
    {"won", "win"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"wrote", "write"},
    {"written", "write"},
    {"threw", "throw"},
    {"thrown", "throw"},
    {"broke", "break"},
    {"broken", "break"},
    {"came", "come"},
    {"saw", "see"},
    {"seen", "see"},
    {"knew", "know"},
    {"known", "know"},
    {"thought", "think"},
    {"found", "find"},
    {"got", "get"},
    {"gotten", "get"},
    {"kept", "keep"},
    {"felt", "feel"},
    {"fell", "fall"},
    {"fallen", "fall"},
    {"stood", "stand"},
    {"understood", "understand"},
    {"paid", "pay"},
    {"laid", "lay"},
    {"lay", "lie"},
    {"lain", "lie"},
    {"ran", "run"},
    {"rose", "rise"},
    {"risen", "rise"},
    {"chose", "choose"},
    {"chosen", "choose"},
    {"drove", "drive"},
    {"driven", "drive"},
    {"flew", "fly"},
    {"flown", "fly"},
    {"grew", "grow"},
    {"grown", "grow"},
    {"drew", "draw"},
    {"drawn", "draw"},
    {"shot", "shoot"},
    {"fled", "flee"},
    {"sold", "sell"},
    {"built", "build"},
    {"spent", "spend"},
    {"lost", "lose"},
    {"meant", "mean"},
    {"heard", "hear"},
    {"hid", "hide"},
    {"hidden", "hide"},
    {"bore", "bear"},
    {"borne", "bear"},
    {"wore", "wear"},
    {"worn", "wear"},
    {"tore", "tear"},
    {"torn", "tear"},
    {"swore", "swear"},
    {"sworn", "swear"},
    {"beat", "beat"},
    {"beaten", "beat"},
    {"bound", "bind"},
    {"hung", "hang"},
    {"slew", "slay"},
    {"slain", "slay"},
    {"withdrew", "withdraw"},
    {"withdrawn", "withdraw"},
    {"overtook", "overtake"},
    {"undertook", "undertake"},
    {"forbade", "forbid"},
    {"forbidden", "forbid"},
    {"froze", "freeze"},
    {"frozen", "freeze"},
    {"ate", "eat"},
    {"eaten", "eat"},
    {"ca", "can"},
    {"wo", "will"},
    {"'ll", "will"},
    {"n't", "not"},
}};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The stem left by removing -ed or -ing: undoes consonant doubling ("stopp" -> "stop") and
// restores a dropped final e ("resum" -> "resume", "provid" -> "provide"). English spelling
// does not decide this (visit/visited vs invite/invited), so the rules follow the common cases.
std::string FixStem(std::string stem) {
  const size_t n = stem.size();
  if (n < 2) return stem;
  const char last = stem[n - 1];
  if (n >= 3 && last == stem[n - 2] && !IsVowel(last) &&
      std::string_view("lszf").find(last) == std::string_view::npos) {
    stem.pop_back();  // "stopped", "planned", "committed"
    return stem;
  }
  // Endings that only occur before a silent e: "-at(e)", "-iz(e)", "-v(e)", "-bl(e)"...
  static constexpr std::array<std::string_view, 18> kNeedsE = {
      "at", "us", "iz", "ur", "v",  "bl", "pl",  "tl",  "dl",
      "uc", "rc", "nc", "rg", "dg", "ys", "ang", "eng", "ung"};
  for (std::string_view e : kNeedsE) {
    if (EndsWith(stem, e)) return stem + "e";
  }
  static constexpr std::array<std::string_view, 9> kNoE = {
      "honor", "favor", "monitor", "sponsor", "labor", "anchor", "color", "censor", "tailor"};
  for (std::string_view e : kNoE) {
    if (EndsWith(stem, e)) return stem;
  }
  // Consonant + one vowel + consonant at the end: the vowel was long, so an e was dropped,
  // except for the endings that are usually short ("visit", "open", "signal", "offer").
  const char vowel = stem[n - 2];
  const bool cvc = n >= 3 && !IsVowel(last) && IsVowel(vowel) && !IsVowel(stem[n - 3]) &&
                   std::string_view("wxy").find(last) == std::string_view::npos;
  if (!cvc) return stem;
  switch (vowel) {
    case 'i':
      if (last != 't') return stem + "e";
      for (std::string_view e : {"unit", "invit", "cit", "excit", "ignit", "recit"}) {
        if (EndsWith(stem, e)) return stem + "e";
      }
      return stem;
    case 'u':
      return stem + "e";
    case 'o':
      return last == 'n' ? stem : stem + "e";
    case 'a':
      return last == 'n' || last == 'l' ? stem : stem + "e";
    default:
      return stem;
  }
}

std::string VerbLemma(const std::string& w, Pos pos) {
  for (const auto& [form, lemma] : kIrregular) {
    if (w == form) return std::string(lemma);
  }
  if (pos == Pos::VBZ) {
    if (EndsWith(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    for (std::string_view es : {"sses", "shes", "ches", "xes", "zes", "oes"}) {
      if (EndsWith(w, es)) return w.substr(0, w.size() - 2);
    }
    if (EndsWith(w, "s") && !EndsWith(w, "ss") && w.size() > 2) return w.substr(0, w.size() - 1);
    return w;
  }
  if (pos == Pos::VBD || pos == Pos::VBN) {
    if (EndsWith(w, "ied") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    if (EndsWith(w, "eed")) return w.substr(0, w.size() - 1);  // "agreed", "freed"
    if (EndsWith(w, "ed") && w.size() > 3) return FixStem(w.substr(0, w.size() - 2));
    return w;
  }
  if (pos == Pos::VBG) {
    if (w == "dying" || w == "lying" || w == "tying") return w.substr(0, w.size() - 4) + "ie";
    if (EndsWith(w, "eing")) return w.substr(0, w.size() - 3);  // "seeing", "agreeing"
    if (EndsWith(w, "ing") && w.size() > 4) return FixStem(w.substr(0, w.size() - 3));
    return w;
  }
  return w;
}

std::string NounLemma(const std::string& w) {
  if (EndsWith(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  for (std::string_view es : {"sses", "shes", "ches", "xes", "zes"}) {
    if (EndsWith(w, es)) return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is") &&
      w.size() > 2) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string SimpleLemma(std::string_view word, Pos pos) {
  if (IsProperNoun(pos)) return std::string(word);
  const std::string w = AsciiLower(word);
  if (IsVerb(pos) || pos == Pos::MD) return VerbLemma(w, pos);
  if (pos == Pos::NNS) return NounLemma(w);
  return w;
}

}  // namespace entente
