// PETRARCH-2 verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synonym sets, verb
// blocks with their forms and patterns, and transformations, converted to entente's pattern
// model (dictionary.h). Syntax as documented in PETRreader.read_verb_dictionary().
#include "dict/petrarch_lines.h"

namespace entente {

namespace {

using dict_text::Lower;
using dict_text::SplitWs;
using dict_text::Trim;

struct VerbState {
  bool in_block = false;
  bool in_synset = false;
  std::string synset;
  uint32_t list = UINT32_MAX;  // the block's pattern list
  std::string block_code = "---";
  std::string block_verb;  // lemma key of the block's first verb
};

// Regular forms, as PETRARCH's make_verb_forms(): -S/-ES, -ED/-D, -ING.
std::vector<std::string> RegularForms(const std::string& v) {
  std::vector<std::string> out;
  const char last = v.back();
  out.push_back(last == 's' || last == 'x' || last == 'z' ? v + "es" : v + "s");
  if (last == 'e') {
    out.push_back(v + "d");
    out.push_back(v.substr(0, v.size() - 1) + "ing");
  } else {
    out.push_back(v + "ed");
    out.push_back(v + "ing");
  }
  return out;
}

// "RE_+ARREST" -> key "re arrest", verb "arrest"; "+BEEF_UP" -> "beef up", "beef".
bool SplitCompound(std::string_view word, std::string& key, std::string& verb) {
  std::vector<std::string_view> parts = dict_text::SplitChar(word, '_');
  key.clear();
  verb.clear();
  for (std::string_view p : parts) {
    if (p.empty()) continue;
    std::string w = Lower(p);
    if (w[0] == '+') {
      w.erase(0, 1);
      verb = w;
    }
    if (w.empty()) return false;
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  if (verb.empty() && key.find(' ') == std::string::npos) verb = key;
  return !verb.empty();
}

void ReadVerbLine(std::string_view label, uint32_t n, std::string_view line, VerbState& s,
                  DictionaryBuilder& b) {
  if (!s.in_block) {
    b.Problem(label, n, "verb outside a '--- NAME [CODE] ---' block; skipped");
    return;
  }
  std::string code = s.block_code;
  size_t open = line.find('[');
  if (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      b.Problem(label, n, "code without a closing ']'");
      return;
    }
    code = std::string(Trim(line.substr(open + 1, close - open - 1)));
    line = line.substr(0, open);
  }
  std::string_view forms_text;
  size_t brace = line.find('{');
  if (brace != std::string_view::npos) {
    size_t end = line.find('}', brace);
    if (end == std::string_view::npos) {
      b.Problem(label, n, "verb forms without a closing '}'");
      return;
    }
    forms_text = line.substr(brace + 1, end - brace - 1);
    line = line.substr(0, brace);
  }
  std::vector<std::string_view> words = SplitWs(line);
  if (words.size() != 1) {
    b.Problem(label, n, "expected one verb (words joined by '_') before {forms} and [code]");
    return;
  }
  std::string key, verb;
  if (!SplitCompound(words[0], key, verb)) {
    b.Problem(label, n,
              "multi-word verb '" + std::string(words[0]) +
                  "' does not mark its verb with '+'; skipped (as PETRARCH does)");
    return;
  }
  if (s.block_verb.empty()) s.block_verb = key;
  b.AddVerb(key, s.list, code);
  b.AddVerbForm(verb, verb);
  if (brace != std::string_view::npos) {
    for (std::string_view f : SplitWs(forms_text)) {
      std::string fkey, fverb;
      if (SplitCompound(f, fkey, fverb)) b.AddVerbForm(fverb, verb);
    }
  } else {
    for (const std::string& f : RegularForms(verb)) b.AddVerbForm(f, verb);
  }
}

// One pattern line "- [before] * [after] [CODE]" -> Pattern.
void ReadPatternLine(std::string_view label, uint32_t n, std::string_view line, VerbState& s,
                     DictionaryBuilder& b) {
  if (!s.in_block) {
    b.Problem(label, n, "pattern outside a verb block; skipped");
    return;
  }
  size_t open = line.rfind('['), close = line.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    b.Problem(label, n, "pattern without a [CODE]; skipped");
    return;
  }
  Pattern p;
  p.lemma = s.block_verb;
  p.file = std::string(label);
  p.line = n;
  std::string code(Trim(line.substr(open + 1, close - open - 1)));
  size_t colon = code.find(':');
  if (colon != std::string::npos) {
    p.code2 = code.substr(colon + 1);
    code.resize(colon);
  }
  p.code = code.empty() ? "---" : code;
  std::string_view body = Trim(line.substr(1, open - 1));
  int stars = 0;
  int8_t group = -1, groups = 0;
  bool in_group = false, group_start = false;
  for (std::string_view word : SplitWs(body)) {
    bool joined = false;
    for (std::string_view piece : dict_text::SplitChar(word, '_')) {
      if (piece.empty()) {
        joined = true;
        continue;
      }
      std::string t(piece);
      bool closes = false;
      if (t[0] == '(' || t[0] == '{') {
        group = groups < 127 ? groups++ : group;
        in_group = true;
        group_start = t[0] == '(';
        t.erase(0, 1);
      }
      while (!t.empty() && (t.back() == ')' || t.back() == '}')) {
        t.pop_back();
        closes = true;
      }
      PatternElement e;
      e.joined = joined;
      joined = true;  // the next piece of this word was joined to this one by '_'
      e.group = in_group ? group : -1;
      if (t.empty()) {
        // "(TO)" style groups are handled above; an empty piece is a lone bracket.
      } else if (t == "*") {
        if (++stars > 1) break;
        if (closes) in_group = false;
        continue;
      } else {
        if (t == "+")
          e.kind = ElementKind::kTarget;
        else if (t == "$")
          e.kind = ElementKind::kSource;
        else if (t == "%")
          e.kind = ElementKind::kCompound;
        else if (t == "^")
          e.kind = ElementKind::kAny;
        else if (t[0] == '&')
          e.kind = ElementKind::kSynset;
        else if (group_start)
          e.kind = ElementKind::kPrep;
        group_start = false;
        if (e.kind == ElementKind::kSynset) {
          e.text = t;
          while (e.text.size() > 1 && e.text.back() == '_') e.text.pop_back();
        } else {
          e.text = Lower(t);
        }
        if (e.kind == ElementKind::kWord || e.kind == ElementKind::kPrep) {
          e.lemma = e.kind == ElementKind::kWord ? dict_text::ApproxSingular(e.text) : e.text;
        }
        (stars == 0 ? p.before : p.elements).push_back(std::move(e));
      }
      if (closes) in_group = false;
    }
  }
  if (stars != 1) {
    b.Problem(label, n,
              stars == 0 ? "pattern has no '*' marking the verb; skipped"
                         : "pattern has more than one '*'; skipped");
    return;
  }
  b.AddVerbPattern(s.list, std::move(p));
}

void ReadTransformation(std::string_view label, uint32_t n, std::string_view line,
                        DictionaryBuilder& b) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) {
    b.Problem(label, n, "transformation without '='; skipped");
    return;
  }
  Transformation t;
  t.file = std::string(label);
  t.line = n;
  auto tokens = [](std::string_view side) {
    std::string spaced;
    for (char c : side) {
      if (c == '(' || c == ')') {
        spaced += ' ';
        spaced += c;
        spaced += ' ';
      } else {
        spaced += c;
      }
    }
    std::vector<std::string> out;
    for (std::string_view w : SplitWs(spaced)) out.emplace_back(w);
    return out;
  };
  t.lhs = tokens(line.substr(1, eq - 1));
  t.rhs = tokens(line.substr(eq + 1));
  if (t.lhs.empty() || t.rhs.empty()) {
    b.Problem(label, n, "transformation with an empty side; skipped");
    return;
  }
  b.AddTransformation(std::move(t));
}

}  // namespace

void ParsePetrarchVerbs(std::string_view label, std::string_view text, DictionaryBuilder& b) {
  VerbState s;
  ForEachPetrarchLine(text, [&](uint32_t n, std::string_view line) {
    if (line.starts_with("---")) {
      std::string_view inner = Trim(line.substr(3));
      while (!inner.empty() && inner.back() == '-') inner.remove_suffix(1);
      size_t open = inner.find('['), close = inner.find(']');
      s = VerbState{};
      s.in_block = true;
      s.list = b.NewVerbList();
      if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        s.block_code = std::string(Trim(inner.substr(open + 1, close - open - 1)));
      } else {
        b.diags().Warning(label, n, "verb block without a [CODE]; using '---'");
      }
      return;
    }
    if (line[0] == '&') {
      std::string name(SplitWs(line)[0]);
      bool no_plural = name.size() > 1 && name.back() == '_';
      while (name.size() > 1 && name.back() == '_') name.pop_back();
      s.in_synset = b.DefineSynset(name, no_plural, label, n);
      s.synset = name;
      return;
    }
    if (line[0] == '+' && s.in_synset) {
      std::string member(Trim(line.substr(1)));
      for (char& c : member) c = c == '_' && &c != &member.back() ? ' ' : c;
      if (member.empty()) {
        b.Problem(label, n, "empty synonym set member");
      } else {
        b.AddSynsetMember(s.synset, member);
      }
      return;
    }
    s.in_synset = false;
    if (line[0] == '-') {
      ReadPatternLine(label, n, line, s, b);
    } else if (line[0] == '~') {
      ReadTransformation(label, n, line, b);
    } else {
      ReadVerbLine(label, n, line, s, b);
    }
  });
}

}  // namespace entente
