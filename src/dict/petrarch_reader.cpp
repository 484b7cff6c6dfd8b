// PETRARCH-2 actor, agent, discard and issue dictionaries (formats as documented in
// PETRreader.py of openeventdata/petrarch2 and in the files' own headers).
#include <algorithm>

#include "dict/petrarch_lines.h"

namespace entente {

namespace {

using dict_text::SplitWs;
using dict_text::Trim;

// "AFGHAN_NATIONAL_ARMY_" -> "AFGHAN NATIONAL ARMY": '_' joins words; a trailing '_' (TABARI's
// "whole word" mark) says nothing to a token matcher.
std::string PetrarchPhrase(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '_' ? ' ' : c);
  return std::string(Trim(out));
}

// "[CODE]", "[CODE >YYMMDD]", "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]" (spaces tolerated).
// `>D`: valid from D on; `<D`: valid before D; `A-B`: valid from A through B (inclusive).
bool ParseActorCode(std::string_view bracket, DatedCode& out, std::string& why) {
  std::string_view in = Trim(bracket.substr(1, bracket.size() - 2));
  std::vector<std::string_view> parts = SplitWs(in);
  if (parts.empty()) {
    why = "empty code '[]'";
    return false;
  }
  std::string code(parts[0]);
  if (code == "---" || code == "+++") {
    why = "'" + code + "' is not an actor code (PETRARCH's null code); the entry is not coded";
    return false;
  }
  if (!dict_text::IsUpperCode(code)) {
    std::string upper = dict_text::Upper(code);
    if (!dict_text::IsUpperCode(upper)) {
      why = "actor code '" + code + "' is not letters";
      return false;
    }
    code = upper;  // "[pse]": PETRARCH compares codes as written; we read it as PSE
  }
  out = DatedCode{code};
  std::string date;
  for (size_t i = 1; i < parts.size(); ++i) date += parts[i];
  if (date.empty()) return true;
  out.dated = true;
  auto bad = [&] {
    why = "bad date restriction '" + date + "' (want >YYMMDD, <YYMMDD or YYMMDD-YYMMDD)";
    return false;
  };
  if (date[0] == '>' || date[0] == '<') {
    auto d = dict_text::ParsePetrarchDate(std::string_view(date).substr(1));
    if (!d) return bad();
    (date[0] == '>' ? out.from : out.to) = *d;
    return true;
  }
  size_t dash = date.find('-');
  if (dash == std::string::npos) return bad();
  auto a = dict_text::ParsePetrarchDate(std::string_view(date).substr(0, dash));
  auto b = dict_text::ParsePetrarchDate(std::string_view(date).substr(dash + 1));
  if (!a || !b) return bad();
  if (*b < *a) {
    why = "date range '" + date + "' ends before it starts";
    return false;
  }
  out.from = *a;
  out.to = *b + 1;
  return true;
}

struct ActorBlock {
  std::vector<std::string> phrases;
  std::vector<DatedCode> codes;
  uint32_t line = 0;
};

void FlushActors(std::string_view label, ActorBlock& block, DictionaryBuilder& b) {
  if (block.phrases.empty()) return;
  if (block.codes.empty()) {
    b.Problem(label, block.line, "actor '" + block.phrases[0] + "' has no usable code; skipped");
  } else {
    // Dated codes mark a person ("[GEOGOV 901114-920106]"), unless one of them is a bare
    // country: a state with a history ("GEORGIA_ [USRGEO <910409] ... [GEO >911221]").
    bool dated = std::any_of(block.codes.begin(), block.codes.end(),
                             [](const DatedCode& c) { return c.dated; });
    bool country = std::any_of(block.codes.begin(), block.codes.end(),
                               [](const DatedCode& c) { return c.code.size() == 3; });
    for (const std::string& p : block.phrases) {
      b.AddActor(dated && !country ? ActorKind::kPerson : ActorKind::kName, p, block.codes, false,
                 label, block.line);
    }
  }
  block = ActorBlock{};
}

void ReadActors(std::string_view label, std::string_view text, DictionaryBuilder& b) {
  ActorBlock block;
  ForEachPetrarchLine(text, [&](uint32_t n, std::string_view line) {
    auto add_code = [&](std::string_view bracket) {
      DatedCode code;
      std::string why;
      if (ParseActorCode(bracket, code, why)) {
        block.codes.push_back(std::move(code));
      } else {
        b.Problem(label, n, why);
      }
    };
    if (line[0] == '[') {
      if (block.phrases.empty()) {
        b.Problem(label, n, "code line outside an actor block");
      } else if (line.back() != ']') {
        b.Problem(label, n, "code line without a closing ']'");
      } else {
        add_code(line);
      }
      return;
    }
    const bool synonym = line[0] == '+';
    // Consecutive phrases before a code line share it ("IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ /
    // [HRVGOV >20120219]"), as in TABARI; PETRARCH-2 itself leaves all but the last uncoded.
    if (!synonym && !block.codes.empty()) FlushActors(label, block, b);
    std::string_view phrase = synonym ? line.substr(1) : line;
    size_t open = phrase.find('[');
    std::string_view bracket;
    if (open != std::string_view::npos) {
      size_t close = phrase.find(']', open);
      if (close == std::string_view::npos) {
        b.Problem(label, n, "code without a closing ']'");
        return;
      }
      bracket = phrase.substr(open, close - open + 1);
      phrase = phrase.substr(0, open);
    }
    std::string p = PetrarchPhrase(phrase);
    if (p.empty()) {
      b.Problem(label, n, "empty actor phrase");
      return;
    }
    if (synonym && block.phrases.empty()) {
      b.Problem(label, n, "synonym '+" + p + "' outside an actor block");
      return;
    }
    if (block.phrases.empty()) block.line = n;
    block.phrases.push_back(std::move(p));
    if (!bracket.empty()) add_code(bracket);
  });
  FlushActors(label, block, b);
}

void ReadAgents(std::string_view label, std::string_view text, DictionaryBuilder& b) {
  StringMap<std::vector<std::string>> markers;  // !PERSON! = MAN, MEN, ...
  ForEachPetrarchLine(text, [&](uint32_t n, std::string_view line) {
    if (line[0] == '!' && line.find('=') != std::string_view::npos) {
      size_t end = line.find('!', 1);
      if (end == std::string_view::npos || end > line.find('=')) {
        b.Problem(label, n, "substitution marker incorrectly defined (want !NAME! = A, B)");
        return;
      }
      std::vector<std::string>& items = markers[std::string(line.substr(1, end - 1))];
      for (std::string_view item : dict_text::SplitChar(line.substr(line.find('=') + 1), ',')) {
        if (!item.empty()) items.emplace_back(item);
      }
      return;
    }
    size_t open = line.find('[');
    size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      b.Problem(label, n, "agent without a [~CODE]; skipped");
      return;
    }
    std::string code(Trim(line.substr(open + 1, close - open - 1)));
    bool prefix = false;
    if (!code.empty() && code.front() == '~') {
      code.erase(0, 1);
    } else if (!code.empty() && code.back() == '~') {
      code.pop_back();
      prefix = true;  // "[NGO~]": organisations put their code before the country's
    } else {
      b.Problem(label, n, "agent code '" + code + "' has no '~' (want [~CODE] or [CODE~])");
      return;
    }
    if (!dict_text::IsUpperCode(code)) {
      b.Problem(label, n, "agent code '" + code + "' is not an upper-case code");
      return;
    }
    std::string_view phrase = Trim(line.substr(0, open));
    std::vector<std::string> forms;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t end = phrase.find('}', brace);
      if (end == std::string_view::npos) {
        b.Problem(label, n, "missing '}'; skipped");
        return;
      }
      forms.push_back(PetrarchPhrase(phrase.substr(0, brace)));
      std::string plural = PetrarchPhrase(phrase.substr(brace + 1, end - brace - 1));
      if (!plural.empty()) forms.push_back(plural);  // "{}": no plural
    } else if (phrase.find('!') != std::string_view::npos) {
      size_t a = phrase.find('!'), z = phrase.find('!', a + 1);
      auto it = z == std::string_view::npos ? markers.end()
                                            : markers.find(phrase.substr(a + 1, z - a - 1));
      if (it == markers.end()) {
        b.Problem(label, n, "undefined or malformed substitution marker; skipped");
        return;
      }
      for (const std::string& sub : it->second) {
        forms.push_back(PetrarchPhrase(std::string(phrase.substr(0, a)) + sub +
                                       std::string(phrase.substr(z + 1))));
      }
    } else {
      std::string p = PetrarchPhrase(phrase);
      forms.push_back(p);
      forms.push_back(dict_text::RegularPlural(p));
    }
    for (const std::string& f : forms) {
      if (f.empty()) {
        b.Problem(label, n, "empty agent phrase");
        return;
      }
      b.AddAgent(f, code, prefix, label, n);
    }
  });
}

void ReadDiscards(std::string_view label, std::string_view text, DictionaryBuilder& b) {
  ForEachPetrarchLine(text, [&](uint32_t n, std::string_view line) {
    const bool story = line[0] == '+';
    std::string phrase = PetrarchPhrase(story ? line.substr(1) : line);
    if (phrase.empty()) {
      b.Problem(label, n, "empty discard phrase");
      return;
    }
    b.AddDiscard(phrase, story, label, n);
  });
}

// PETRARCH's issue expansions: "n:" noun + plural, "v:" verb forms, "+" space and hyphen.
std::vector<std::string> ExpandIssue(const std::string& target) {
  std::vector<std::string> forms = {target}, done;
  // Each '+' doubles the forms: a cap keeps a hostile line from exhausting memory.
  constexpr size_t kMaxForms = 256;
  while (!forms.empty() && forms.size() + done.size() < kMaxForms) {
    std::string f = forms.back();
    forms.pop_back();
    size_t plus = f.find('+'), noun = f.find("N:"), verb = f.find("V:");
    if (plus != std::string::npos) {
      std::string hyphen = f;
      f[plus] = ' ';
      hyphen[plus] = '-';
      forms.push_back(f);
      forms.push_back(hyphen);
    } else if (noun != std::string::npos || verb != std::string::npos) {
      size_t at = noun != std::string::npos ? noun : verb;
      std::string base = f.substr(0, at) + f.substr(at + 2);
      size_t end = base.find(' ', at);
      std::string word = base.substr(at, end == std::string::npos ? std::string::npos : end - at);
      std::string tail = end == std::string::npos ? "" : base.substr(end);
      std::string head = base.substr(0, at);
      forms.push_back(base);
      if (noun != std::string::npos && noun == at) {
        forms.push_back(head + dict_text::RegularPlural(word) + tail);
      } else if (!word.empty()) {
        forms.push_back(head + word + "S" + tail);
        bool e = word.back() == 'E';
        forms.push_back(head + word + (e ? "D" : "ED") + tail);
        forms.push_back(head + (e ? word.substr(0, word.size() - 1) : word) + "ING" + tail);
      }
    } else {
      done.push_back(f);
    }
  }
  return done;
}

void ReadIssues(std::string_view label, std::string_view text, DictionaryBuilder& b) {
  std::string category;
  ForEachPetrarchLine(text, [&](uint32_t n, std::string_view line) {
    if (line.starts_with("</ISSUE")) return;
    if (line.starts_with("<ISSUE")) {
      size_t q = line.find("CATEGORY=\"");
      category = q == std::string_view::npos
                     ? ""
                     : std::string(line.substr(q + 10, line.find('"', q + 10) - q - 10));
      return;
    }
    IssueEntry entry;
    entry.category = category;
    entry.file = std::string(label);
    entry.line = n;
    std::string target;
    if (line[0] == '~') {
      entry.exclude = line.size() > 1 && line[1] == '~' ? 2 : 1;
      target = dict_text::Upper(Trim(line.substr(entry.exclude)));
    } else {
      size_t open = line.find('['), close = line.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        b.Problem(label, n, "issue phrase without a [CODE]; skipped");
        return;
      }
      entry.code = std::string(Trim(line.substr(open + 1, close - open - 1)));
      target = dict_text::Upper(Trim(line.substr(0, open)));
    }
    if (target.empty()) {
      b.Problem(label, n, "empty issue phrase");
      return;
    }
    for (const std::string& form : ExpandIssue(target)) b.AddIssue(form, entry);
  });
}

}  // namespace

void ParsePetrarchText(PetrarchFileKind kind, std::string_view label, std::string_view text,
                       DictionaryBuilder& b) {
  switch (kind) {
    case PetrarchFileKind::kVerbs:
      ParsePetrarchVerbs(label, text, b);
      break;
    case PetrarchFileKind::kActors:
      ReadActors(label, text, b);
      break;
    case PetrarchFileKind::kAgents:
      ReadAgents(label, text, b);
      break;
    case PetrarchFileKind::kDiscards:
      ReadDiscards(label, text, b);
      break;
    case PetrarchFileKind::kIssues:
      ReadIssues(label, text, b);
      break;
  }
}

}  // namespace entente
