// Readers for entente's native dictionary format (docs/dictionary-format.md).
#include <algorithm>
#include <cstdlib>

#include "dict/parsers.h"
#include "dict/text_util.h"

namespace entente {

namespace {

using dict_text::SplitChar;
using dict_text::SplitWs;
using dict_text::StripComment;
using dict_text::Trim;

// Verb particles that follow the lemma directly ("set up", "call off"). Words that are also
// common prepositions (on, in, over, to) stay pattern elements: the coder matches them as the
// preposition of a PP either way.
bool IsParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"up",      "down",     "off",    "out",
                                                    "away",    "back",     "aside",  "apart",
                                                    "forward", "together", "around", "along"};
  for (std::string_view p : kParticles) {
    if (p.size() == w.size() && p == w) return true;
  }
  return false;
}

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "about", "above",  "across",  "after",  "against", "along",   "amid",    "among",   "around",
      "at",    "before", "behind",  "below",  "between", "beyond",  "by",      "despite", "during",
      "for",   "from",   "in",      "inside", "into",    "near",    "of",      "off",     "on",
      "onto",  "out",    "outside", "over",   "since",   "through", "to",      "toward",  "towards",
      "under", "until",  "upon",    "via",    "with",    "within",  "without", "as",      "like"};
  // Length and first letter before the bytes: every word of every pattern line is tested.
  if (w.empty()) return false;
  for (std::string_view p : kPreps) {
    if (p.size() == w.size() && p[0] == w[0] && p == w) return true;
  }
  return false;
}

bool ParseActorKind(std::string_view s, ActorKind& kind) {
  if (s == "name")
    kind = ActorKind::kName;
  else if (s == "adj")
    kind = ActorKind::kAdj;
  else if (s == "capital")
    kind = ActorKind::kCapital;
  else if (s == "seat")
    kind = ActorKind::kSeat;
  else
    return false;
  return true;
}

bool IsCameoCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "# test: SENTENCE => SRC TGT CODE" anywhere in a file.
bool ReadSelfTest(std::string_view label, uint32_t number, std::string_view line,
                  DictionaryBuilder& b) {
  std::string_view t = Trim(line);
  if (t.empty() || t[0] != '#') return false;
  t = Trim(t.substr(1));
  if (t.substr(0, 5) != "test:") return false;
  t = Trim(t.substr(5));
  size_t arrow = t.rfind("=>");
  std::vector<std::string_view> want = arrow == std::string_view::npos
                                           ? std::vector<std::string_view>{}
                                           : SplitWs(t.substr(arrow + 2));
  if (want.size() != 3) {
    b.Problem(label, number, "self-test needs 'SENTENCE => SRC TGT CODE'");
    return true;
  }
  std::string_view sentence = Trim(t.substr(0, arrow));
  if (sentence.size() >= 2 && sentence.front() == '"' && sentence.back() == '"') {
    sentence = sentence.substr(1, sentence.size() - 2);
  }
  if (sentence.empty()) {
    b.Problem(label, number, "self-test has no sentence");
    return true;
  }
  b.AddSelfTest({std::string(label), number, std::string(sentence), std::string(want[0]),
                 std::string(want[1]), std::string(want[2])});
  return true;
}

void ReadActorLine(std::string_view label, uint32_t n, std::string_view line,
                   DictionaryBuilder& b) {
  std::vector<std::string_view> head = SplitWs(line);
  if (head.size() < 3) {
    b.Problem(label, n, "expected 'CODE KIND alias | alias ...'");
    return;
  }
  std::string_view spec = head[0];
  DatedCode code;
  size_t at = spec.find('@');
  code.code = std::string(spec.substr(0, at));
  if (!dict_text::IsUpperCode(code.code)) {
    b.Problem(label, n, "actor code '" + code.code + "' is not an upper-case code");
    return;
  }
  if (at != std::string_view::npos) {
    auto range = dict_text::ParseNativeRange(spec.substr(at + 1));
    if (!range || range->first >= range->second) {
      b.Problem(label, n,
                "bad validity range '" + std::string(spec.substr(at + 1)) +
                    "' (want YYYY-MM-DD..YYYY-MM-DD, either end open)");
      return;
    }
    code.from = range->first;
    code.to = range->second;
    code.dated = true;
  }
  ActorKind kind;
  if (!ParseActorKind(head[1], kind)) {
    b.Problem(label, n, "unknown kind '" + std::string(head[1]) + "' (name, adj, capital, seat)");
    return;
  }
  // Capitals and seats stand for the government unless the code already has a role.
  if ((kind == ActorKind::kCapital || kind == ActorKind::kSeat) && code.code.size() == 3) {
    code.code += "GOV";
  }
  size_t rest = static_cast<size_t>(head[1].data() + head[1].size() - line.data());
  for (std::string_view alias : SplitChar(line.substr(rest), '|')) {
    if (alias.empty()) {
      b.Problem(label, n, "empty alias");
      continue;
    }
    b.AddActor(kind, alias, {code}, false, label, n);
  }
}

struct PersonState {
  std::vector<std::string> names;
  std::vector<DatedCode> roles;
  std::string label;
  uint32_t line = 0;
};

void FlushPerson(PersonState& p, DictionaryBuilder& b) {
  if (p.names.empty()) return;
  if (p.roles.empty()) {
    b.Problem(p.label, p.line, "person '" + p.names[0] + "' has no role lines");
  }
  for (const std::string& name : p.names) {
    b.AddActor(ActorKind::kPerson, name, p.roles, true, p.label, p.line);
  }
  p.names.clear();
  p.roles.clear();
}

void ReadPeopleLine(std::string_view label, uint32_t n, std::string_view line, PersonState& p,
                    DictionaryBuilder& b) {
  const bool indented = line[0] == ' ' || line[0] == '\t';
  std::vector<std::string_view> words = SplitWs(line);
  if (!indented) {
    FlushPerson(p, b);
    if (words[0] != "person" || words.size() < 2) {
      b.Problem(label, n, "expected 'person Name | Name ...' or an indented role line");
      return;
    }
    size_t rest = static_cast<size_t>(words[0].data() + words[0].size() - line.data());
    for (std::string_view name : SplitChar(line.substr(rest), '|')) {
      if (name.empty()) {
        b.Problem(label, n, "empty name");
        continue;
      }
      p.names.emplace_back(name);
    }
    p.label = std::string(label);
    p.line = n;
    return;
  }
  if (p.names.empty()) {
    b.Problem(label, n, "role line outside a person block");
    return;
  }
  if (words.size() != 2) {
    b.Problem(label, n, "expected 'CODE FROM..TO' on a role line");
    return;
  }
  if (!dict_text::IsUpperCode(words[0])) {
    b.Problem(label, n, "actor code '" + std::string(words[0]) + "' is not an upper-case code");
    return;
  }
  auto range = dict_text::ParseNativeRange(words[1]);
  if (!range || range->first >= range->second) {
    b.Problem(label, n,
              "bad date range '" + std::string(words[1]) +
                  "' (want YYYY-MM-DD..YYYY-MM-DD, either end open, FROM < TO)");
    return;
  }
  p.roles.push_back({std::string(words[0]), range->first, range->second, true});
}

void ReadAgentLine(std::string_view label, uint32_t n, std::string_view line,
                   DictionaryBuilder& b) {
  std::vector<std::string_view> words = SplitWs(line);
  if (words.size() < 2 || !dict_text::IsUpperCode(words[0])) {
    b.Problem(label, n, "expected 'SUFFIX noun | noun phrase ...' with an upper-case SUFFIX");
    return;
  }
  size_t rest = static_cast<size_t>(words[0].data() + words[0].size() - line.data());
  for (std::string_view noun : SplitChar(line.substr(rest), '|')) {
    if (noun.empty()) {
      b.Problem(label, n, "empty agent noun");
      continue;
    }
    b.AddAgent(noun, words[0], false, label, n);
    std::string plural = dict_text::RegularPlural(noun);
    b.AddAgent(plural, words[0], false, label, n);
    // "head of state" -> "heads of state": the head noun comes before "of".
    size_t of = noun.find(" of ");
    if (of != std::string_view::npos) {
      b.AddAgent(dict_text::RegularPlural(noun.substr(0, of)) + std::string(noun.substr(of)),
                 words[0], false, label, n);
    }
  }
}

void ReadSynsetLine(std::string_view label, uint32_t n, std::string_view line,
                    DictionaryBuilder& b) {
  std::vector<std::string_view> words = SplitWs(line);
  std::string_view name = words[0];
  bool ok = name.size() > 1;
  for (char c : name.substr(1)) ok &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  if (!ok || words.size() < 2) {
    b.Problem(label, n, "expected '&NAME member | member ...' with NAME in capitals");
    return;
  }
  if (!b.DefineSynset(name, false, label, n)) return;
  size_t rest = static_cast<size_t>(name.data() + name.size() - line.data());
  for (std::string_view m : SplitChar(line.substr(rest), '|')) {
    if (m.empty()) {
      b.Problem(label, n, "empty synonym set member");
      continue;
    }
    b.AddSynsetMember(name, m);
  }
}

// Pattern elements after the lemma (verbs) or the noun phrase (nouns).
bool ReadElements(std::string_view label, uint32_t n, const std::vector<std::string_view>& words,
                  size_t from, Pattern& p, DictionaryBuilder& b) {
  p.elements.reserve(words.size() - std::min(from, words.size()));
  for (size_t i = from; i < words.size(); ++i) {
    std::string_view w = words[i];
    PatternElement e;
    if (w == "+")
      e.kind = ElementKind::kTarget;
    else if (w == "$")
      e.kind = ElementKind::kSource;
    else if (w == "*")
      e.kind = ElementKind::kAny;
    else if (w[0] == '&')
      e.kind = ElementKind::kSynset;
    else if (IsPreposition(w))
      e.kind = ElementKind::kPrep;
    if (w.find_first_of("[]{}()%^") != std::string_view::npos) {
      b.Problem(label, n, "unexpected '" + std::string(w) + "' in a pattern (PETRARCH syntax?)");
      return false;
    }
    e.text = e.kind == ElementKind::kSynset ? std::string(w) : dict_text::Lower(w);
    if (e.kind == ElementKind::kWord || e.kind == ElementKind::kPrep) e.lemma = e.text;
    p.elements.push_back(std::move(e));
  }
  return true;
}

void ReadPatternLine(bool noun, std::string_view label, uint32_t n, std::string_view line,
                     DictionaryBuilder& b) {
  std::vector<std::string_view> words = SplitWs(line);
  if (words.size() < 2 || !IsCameoCode(words[0])) {
    b.Problem(label, n,
              std::string("expected 'CODE ") + (noun ? "NOUN" : "LEMMA") +
                  " [ELEMENT ...]' with a 2-4 digit CAMEO code");
    return;
  }
  Pattern p;
  p.code = std::string(words[0]);
  p.file = std::string(label);
  p.line = n;
  size_t next = 2;
  if (!noun) {
    p.lemma = dict_text::Lower(words[1]);
    if (words.size() > 2 && IsParticle(words[2])) {
      p.particle = std::string(words[2]);
      next = 3;
    }
  } else {
    // The noun phrase runs to the first preposition or symbol; its last word is the head.
    size_t end = 1;
    while (end < words.size() && !IsPreposition(words[end]) &&
           std::string_view("+$*&").find(words[end][0]) == std::string_view::npos) {
      ++end;
    }
    if (end == 1) {
      b.Problem(label, n, "noun pattern has no head noun");
      return;
    }
    for (size_t i = 1; i + 1 < end; ++i) {
      PatternElement e;
      e.text = e.lemma = dict_text::Lower(words[i]);
      p.before.push_back(std::move(e));
    }
    p.lemma = dict_text::Lower(words[end - 1]);
    next = end;
  }
  if (!ReadElements(label, n, words, next, p, b)) return;
  if (noun) {
    b.AddNounPattern(std::move(p));
    return;
  }
  std::string key = p.particle.empty() ? p.lemma : p.lemma + " " + p.particle;
  uint32_t list = b.VerbListFor(key);
  b.AddVerbPattern(list, std::move(p));
}

void ReadCameoLine(std::string_view label, uint32_t n, std::string_view line,
                   DictionaryBuilder& b) {
  std::vector<std::string_view> f = SplitChar(line, '\t');
  if (f.size() >= 1 && f[0] == "code") return;  // header
  if (f.size() < 5 || f.size() > 6 || !IsCameoCode(f[0])) {
    b.Problem(label, n,
              "expected 6 tab-separated fields: code label goldstein quad plover_type plover_mode");
    return;
  }
  CameoInfo info;
  info.code = std::string(f[0]);
  info.label = std::string(f[1]);
  std::string g(f[2]);
  char* end = nullptr;
  info.goldstein = std::strtod(g.c_str(), &end);
  if (g.empty() || *end != '\0' || info.goldstein < -10 || info.goldstein > 10) {
    b.Problem(label, n, "goldstein '" + g + "' is not a number in [-10, 10]");
    return;
  }
  if (f[3].size() != 1 || f[3][0] < '1' || f[3][0] > '4') {
    b.Problem(label, n, "quad '" + std::string(f[3]) + "' is not 1-4");
    return;
  }
  info.quad = f[3][0] - '0';
  info.plover_type = std::string(f[4]);
  if (f.size() == 6) info.plover_mode = std::string(f[5]);
  b.AddCameo(std::move(info));
}

}  // namespace

void ParseNativeText(NativeFileKind kind, std::string_view label, std::string_view text,
                     DictionaryBuilder& b) {
  PersonState person;
  ForEachLine(text, [&](uint32_t n, std::string_view raw) {
    if (ReadSelfTest(label, n, raw, b)) return;
    std::string_view line = StripComment(raw);
    if (Trim(line).empty()) return;
    switch (kind) {
      case NativeFileKind::kActors:
        ReadActorLine(label, n, line, b);
        break;
      case NativeFileKind::kPeople:
        ReadPeopleLine(label, n, line, person, b);
        break;
      case NativeFileKind::kAgents:
        ReadAgentLine(label, n, line, b);
        break;
      case NativeFileKind::kDiscards: {
        std::vector<std::string_view> w = SplitWs(line);
        if (w[0] != "discard" || w.size() < 2) {
          b.Problem(label, n, "expected 'discard phrase | phrase ...'");
          break;
        }
        size_t rest = static_cast<size_t>(w[0].data() + w[0].size() - line.data());
        for (std::string_view ph : SplitChar(line.substr(rest), '|')) {
          if (ph.empty())
            b.Problem(label, n, "empty discard phrase");
          else
            b.AddDiscard(ph, false, label, n);
        }
        break;
      }
      case NativeFileKind::kSynsets:
        ReadSynsetLine(label, n, line, b);
        break;
      case NativeFileKind::kVerbs:
      case NativeFileKind::kNouns:
        if (Trim(line)[0] == '&') {
          ReadSynsetLine(label, n, Trim(line), b);
        } else {
          ReadPatternLine(kind == NativeFileKind::kNouns, label, n, line, b);
        }
        break;
      case NativeFileKind::kCameo:
        ReadCameoLine(label, n, raw, b);
        break;
    }
  });
  FlushPerson(person, b);
}

}  // namespace entente
