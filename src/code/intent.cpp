#include "code/intent.h"

#include <array>
#include <string_view>

#include "core/word_set.h"

namespace entente::code_internal {
std::string IntentCode(std::string_view a) {
  if (a.size() < 2) return "";
  std::string_view root = a.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") {
    if (a.starts_with("061")) return "0311";
    if (a.starts_with("062")) return "0312";
    if (a.starts_with("063")) return "0313";
    if (a.starts_with("064")) return "0314";
    return "031";
  }
  if (root == "07") {
    if (a.starts_with("071")) return "0331";
    if (a.starts_with("072")) return "0332";
    if (a.starts_with("073")) return "0333";
    if (a.starts_with("074")) return "0334";
    return "033";
  }
  if (root == "08") {
    if (a.starts_with("0841") || a.starts_with("0842")) return "0353";
    if (a.starts_with("085")) return "0354";
    if (a.starts_with("087")) return "0356";
    if (a.starts_with("083")) return "0343";
    return "035";
  }
  if (root == "01" || root == "02" || root == "03") return "030";
  return "";
}

std::string ThreatCode(std::string_view a) {
  if (a.size() < 2) return "130";
  std::string_view root = a.substr(0, 2);
  if (root == "18" || root == "19" || root == "20" || root == "15") return "138";
  if (root == "17") return "137";
  if (root == "16") {
    if (a.starts_with("162")) return "1311";
    if (a.starts_with("163")) return "1312";
    if (a.starts_with("161")) return "1313";
    return "131";
  }
  return "130";
}

bool IsIntentVerb(std::string_view l) {
  static constexpr WordSet<19> kWords{std::array<std::string_view, 19>{
      "agree", "pledge", "promise", "vow", "offer", "plan", "intend", "decide", "prepare", "aim",
      "commit", "resolve", "undertake", "volunteer", "propose", "seek", "want", "hope", "expect"}};
  return kWords.Contains(l);
}

bool IsThreatVerb(std::string_view l) {
  static constexpr WordSet<1> kWords{std::array<std::string_view, 1>{"threaten"}};
  return kWords.Contains(l);
}

bool IsRealizingVerb(std::string_view l) {
  static constexpr WordSet<15> kWords{std::array<std::string_view, 15>{
      "continue", "begin", "start", "resume", "keep", "manage", "proceed", "go", "help", "extend",
      "move", "step", "join", "complete", "finish"}};
  return kWords.Contains(l);
}

bool IsBlockingVerb(std::string_view l) {
  static constexpr WordSet<51> kWords{std::array<std::string_view, 51>{
      "deny",    "refuse",  "avoid",    "stop",    "cease",  "halt",    "reject",  "decline",
      "fail",    "refrain", "forbid",   "prevent", "ban",    "oppose",  "quit",    "abandon",
      "suspend", "accuse",  "blame",    "charge",  "deny",   "dismiss", "warn",    "urge",
      "ask",     "call",    "consider", "discuss", "debate", "try",     "attempt", "postpone",
      "cancel",  "delay",   "scrap",    "rule",    "shelve", "drop",    "freeze",  "threaten",
      "plan",    "lift",    "ease",     "remove",  "end",    "relax",   "waive",   "revoke",
      "rescind", "cancel",  "overturn"}};
  return kWords.Contains(l);
}

bool IsPerformingVerb(std::string_view l) {
  // Verbs that react to, talk about or undo an event: their subject did not perform it.
  static constexpr WordSet<68> kWords{std::array<std::string_view, 68>{
      "condemn",     "criticize",   "criticise", "denounce", "praise",   "welcome",
      "discuss",     "deny",        "reject",    "protest",  "blame",    "accuse",
      "investigate", "report",      "say",       "hail",     "oppose",   "fear",
      "warn",        "demand",      "urge",      "call",     "ask",      "request",
      "debate",      "consider",    "mourn",     "lament",   "applaud",  "regret",
      "lift",        "ease",        "end",       "suspend",  "cancel",   "postpone",
      "halt",        "stop",        "slam",      "decry",    "question", "dispute",
      "doubt",       "investigate", "probe",     "review",   "note",     "confirm",
      "acknowledge", "describe",    "call",      "label",    "brand",    "dismiss",
      "respond",     "react",       "retaliate", "avenge",   "survive",  "suffer",
      "witness",     "monitor",     "track",     "watch",    "follow",   "predict",
      "expect",      "anticipate"}};
  return !kWords.Contains(l);
}

}  // namespace entente::code_internal
