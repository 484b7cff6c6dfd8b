#include "dict/builder.h"

#include <algorithm>
#include <set>

#include "dict/text_util.h"

namespace entente {

namespace {

std::string Where(const std::string& file, uint32_t line) {
  return file + ":" + std::to_string(line);
}

std::string PatternKey(char kind, const Pattern& p) {
  std::string key = kind + p.lemma + "|" + p.particle + "|";
  for (const PatternElement& e : p.before) key += e.text + " ";
  key += "*";
  for (const PatternElement& e : p.elements) key += " " + e.text;
  return key;
}

}  // namespace

DictionaryBuilder::DictionaryBuilder(bool petrarch, Diagnostics& diags)
    : petrarch_(petrarch),
      diags_(diags),
      dict_(new Dictionary()),  // private constructor: make_unique cannot reach it
      verb_lists_(dict_->verb_pattern_lists_) {
  dict_->petrarch_ = petrarch;
}

void DictionaryBuilder::Problem(std::string_view file, uint64_t line, std::string message) {
  diags_.Add(petrarch_ ? Severity::kWarning : Severity::kError, file, line, std::move(message));
}

std::vector<std::string> DictionaryBuilder::Words(std::string_view phrase) const {
  return dict_text::PhraseWords(phrase, tokenizer_);
}

void DictionaryBuilder::AddActor(ActorKind kind, std::string_view phrase,
                                 const std::vector<DatedCode>& codes, bool eli_fallback,
                                 std::string_view file, uint32_t line) {
  std::string key = std::string(ActorKindName(kind)) + "\t" + std::string(phrase);
  auto [it, added] = actor_index_.try_emplace(key, static_cast<uint32_t>(dict_->actors_.size()));
  if (added) {
    ActorEntry e;
    e.kind = kind;
    e.phrase = std::string(phrase);
    e.codes = codes;
    e.eli_fallback = eli_fallback;
    e.file = std::string(file);
    e.line = line;
    dict_->actors_.push_back(std::move(e));
    dict_->actor_trie_.Insert(Words(phrase), Mode(), it->second);
    return;
  }
  ActorEntry& e = dict_->actors_[it->second];
  if (kind == ActorKind::kPerson && !petrarch_ && (e.file != file || e.line != line) &&
      reported_.insert(Where(e.file, e.line) + ">" + std::string(file) + std::to_string(line))
          .second) {
    diags_.Warning(file, line,
                   "person '" + std::string(phrase) + "' is also listed at " +
                       Where(e.file, e.line) + "; their roles are merged");
  }
  for (const DatedCode& c : codes) {
    bool same = false;
    for (const DatedCode& old : e.codes) {
      same |= old.code == c.code && old.from == c.from && old.to == c.to && old.dated == c.dated;
      // An undated code adds nothing to a dated one of the same actor ("South Sudan" from
      // iso-codes must not make SSD@2011-07-09.. valid before independence).
      same |= !c.dated && old.dated && old.code == c.code;
    }
    // The same alias under the same code (iso-codes and countries.txt, PETRARCH repeats) is
    // harmless; keep one copy.
    if (!same) e.codes.push_back(c);
  }
  e.eli_fallback |= eli_fallback;
}

void DictionaryBuilder::AddAgent(std::string_view phrase, std::string_view code, bool prefix,
                                 std::string_view file, uint32_t line) {
  auto [it, added] =
      agent_index_.try_emplace(std::string(phrase), static_cast<uint32_t>(dict_->agents_.size()));
  if (!added) {
    const AgentEntry& old = dict_->agents_[it->second];
    if (old.code != code || old.prefix != prefix) {
      diags_.Warning(file, line,
                     "agent '" + std::string(phrase) + "' is also " + old.code + " at " +
                         Where(old.file, old.line) + "; the first one is kept");
    } else if (!petrarch_ && (old.file != file || old.line != line)) {
      diags_.Warning(file, line,
                     "duplicate agent '" + std::string(phrase) + "' (first at " +
                         Where(old.file, old.line) + ")");
    }
    return;
  }
  dict_->agents_.push_back(
      {std::string(code), prefix, std::string(phrase), std::string(file), line});
  dict_->agent_trie_.Insert(Words(phrase), Mode(), it->second);
}

uint32_t DictionaryBuilder::NewVerbList() {
  verb_lists_.emplace_back();
  return static_cast<uint32_t>(verb_lists_.size() - 1);
}

uint32_t DictionaryBuilder::VerbListFor(std::string_view key) {
  auto it = dict_->verbs_.find(key);
  if (it != dict_->verbs_.end()) return it->second.patterns;
  uint32_t list = NewVerbList();
  dict_->verbs_[std::string(key)] = {list, ""};
  return list;
}

void DictionaryBuilder::AddVerb(std::string_view lemma, uint32_t list, std::string_view code) {
  auto [it, added] = dict_->verbs_.try_emplace(std::string(lemma));
  // A verb listed in two PETRARCH blocks keeps its first block, as PETRARCH's tree does.
  if (added) it->second = {list, std::string(code)};
}

void DictionaryBuilder::AddVerbForm(std::string_view form, std::string_view lemma) {
  dict_->verb_forms_.try_emplace(std::string(form), std::string(lemma));
}

void DictionaryBuilder::AddNounPattern(Pattern pattern) {
  std::string head = pattern.lemma;
  dict_->nouns_[head].patterns.push_back(std::move(pattern));
}

bool DictionaryBuilder::DefineSynset(std::string_view name, bool no_plural, std::string_view file,
                                     uint32_t line) {
  auto [it, added] = synset_defs_.try_emplace(std::string(name));
  if (!added) {
    if (!petrarch_) {
      Problem(file, line,
              "synonym set " + std::string(name) + " is already defined at " +
                  Where(it->second.file, it->second.line));
      return false;
    }
    return true;  // PETRARCH appends to a set defined twice; so do we
  }
  it->second.file = std::string(file);
  it->second.line = line;
  it->second.no_plural = no_plural;
  return true;
}

void DictionaryBuilder::AddSynsetMember(std::string_view name, std::string_view member) {
  auto it = synset_defs_.find(name);
  if (it != synset_defs_.end()) it->second.members.emplace_back(member);
}

void DictionaryBuilder::AddDiscard(std::string_view phrase, bool story_level, std::string_view file,
                                   uint32_t line) {
  auto [it, added] = discard_index_.try_emplace(dict_text::Lower(phrase),
                                                static_cast<uint32_t>(dict_->discards_.size()));
  if (!added) {
    const DiscardEntry& old = dict_->discards_[it->second];
    diags_.Warning(file, line,
                   "duplicate discard '" + std::string(phrase) + "' (first at " +
                       Where(old.file, old.line) + ")");
    return;
  }
  dict_->discards_.push_back({std::string(phrase), story_level, std::string(file), line});
  dict_->discard_trie_.Insert(Words(phrase), Mode(), it->second);
}

void DictionaryBuilder::AddIssue(std::string_view phrase, IssueEntry entry) {
  dict_->issues_.push_back(std::move(entry));
  dict_->issue_trie_.Insert(Words(phrase), CaseMode::kPetrarch,
                            static_cast<uint32_t>(dict_->issues_.size() - 1));
}

void DictionaryBuilder::AddCameo(CameoInfo info) {
  std::string code = info.code;
  dict_->cameo_[code] = std::move(info);
}

void DictionaryBuilder::ResolveSynsets() {
  for (auto& [name, def] : synset_defs_) {
    StringSet& members = dict_->synsets_[name].members;
    // Nested sets (PETRARCH `+&TIETYPES`) are expanded iteratively with a visited set, so a
    // cycle in the data cannot recurse forever.
    std::vector<std::string> stack = {name};
    std::set<std::string> visited;
    while (!stack.empty()) {
      std::string set = stack.back();
      stack.pop_back();
      if (!visited.insert(set).second) continue;
      auto it = synset_defs_.find(set);
      if (it == synset_defs_.end()) {
        Problem(def.file, def.line, "synonym set " + name + " includes undefined set " + set);
        continue;
      }
      for (const std::string& m : it->second.members) {
        if (!m.empty() && m[0] == '&') {
          stack.push_back(m);
          continue;
        }
        std::string lower = dict_text::Lower(m);
        const bool no_plural =
            it->second.no_plural || (petrarch_ && !lower.empty() && lower.back() == '_');
        while (!lower.empty() && lower.back() == '_') lower.pop_back();
        if (lower.empty()) continue;
        if (!no_plural) members.insert(dict_text::RegularPlural(lower));
        members.insert(std::move(lower));
      }
    }
    if (members.empty()) diags_.Warning(def.file, def.line, "synonym set " + name + " is empty");
  }
}

void DictionaryBuilder::LintActors() {
  std::set<std::string> reported;  // a person's names share one block: report it once
  size_t petrarch_overlaps = 0;
  for (const ActorEntry& e : dict_->actors_) {
    std::vector<const DatedCode*> undated, dated;
    for (const DatedCode& c : e.codes) (c.dated ? dated : undated).push_back(&c);
    for (size_t i = 1; i < undated.size(); ++i) {
      if (undated[i]->code == undated[0]->code) continue;
      diags_.Warning(e.file, e.line,
                     std::string(ActorKindName(e.kind)) + " '" + e.phrase +
                         "' has conflicting codes " + undated[0]->code + " and " +
                         undated[i]->code + "; the first one is used");
    }
    bool overlapped = false;
    for (size_t i = 0; i < dated.size(); ++i) {
      for (size_t j = i + 1; j < dated.size(); ++j) {
        const DatedCode& a = *dated[i];
        const DatedCode& b = *dated[j];
        if (a.from < b.to && b.from < a.to) {
          std::string msg =
              "'" + e.phrase + "': date ranges of " + a.code + " and " + b.code + " overlap";
          if (petrarch_) {
            overlapped = true;
            continue;
          }
          if (!reported
                   .insert(Where(e.file, e.line) + a.code + b.code + std::to_string(a.from) +
                           std::to_string(b.from))
                   .second) {
            continue;
          }
          // People's roles must not overlap (format doc); PETRARCH data often does, harmlessly.
          if (e.kind == ActorKind::kPerson && !petrarch_) {
            diags_.Error(e.file, e.line, msg);
          } else {
            diags_.Warning(e.file, e.line, msg);
          }
        }
      }
    }
    petrarch_overlaps += overlapped;
  }
  if (petrarch_overlaps > 0) {
    // CountryInfo-generated PETRARCH actors give an ELI range for a whole life and a GOV range
    // inside it; PETRARCH takes the first code that applies, and so does CodeOn().
    diags_.Warning("", 0,
                   std::to_string(petrarch_overlaps) +
                       " actor phrases have overlapping date ranges; the first listed code "
                       "that covers a date is used");
  }
}

void DictionaryBuilder::LintPattern(char kind, const Pattern& p, StringMap<const Pattern*>& seen) {
  if (p.code != "---" && !dict_->cameo_.empty() && !dict_->cameo_.contains(p.code)) {
    Problem(p.file, p.line, "unknown CAMEO code " + p.code);
  }
  int targets = 0, sources = 0;
  for (const auto* list : {&p.before, &p.elements}) {
    for (const PatternElement& e : *list) {
      targets += e.kind == ElementKind::kTarget;
      sources += e.kind == ElementKind::kSource;
      if (e.kind == ElementKind::kSynset && !dict_->synsets_.contains(e.text)) {
        Problem(p.file, p.line, "pattern can never match: undefined synonym set " + e.text);
      }
    }
  }
  if (targets > 1 || sources > 1) {
    Problem(p.file, p.line, "pattern can never match: more than one '+' or '$'");
  }
  auto [it, added] = seen.try_emplace(PatternKey(kind, p), &p);
  if (!added) {
    const Pattern& old = *it->second;
    if (old.code != p.code && petrarch_) {
      // PETRARCH's pattern tree keeps the last pattern written (see MatchPetrarchFrame).
      diags_.Warning(
          p.file, p.line,
          "replaces the same pattern at " + Where(old.file, old.line) + " with code " + old.code);
      it->second = &p;
    } else if (old.code != p.code) {
      diags_.Warning(p.file, p.line,
                     "pattern can never match: same pattern as " + Where(old.file, old.line) +
                         " with code " + old.code + ", which wins");
    } else if (!petrarch_) {
      diags_.Warning(p.file, p.line,
                     "duplicate pattern (first at " + Where(old.file, old.line) + ")");
    }
  }
}

void DictionaryBuilder::LintPatterns() {
  StringMap<const Pattern*> seen;
  for (const auto& list : verb_lists_) {
    for (const Pattern& p : list) LintPattern('V', p, seen);
  }
  for (const auto& [head, list] : dict_->nouns_) {
    for (const Pattern& p : list) LintPattern('N', p, seen);
  }
  for (const SelfTest& t : dict_->self_tests_) {
    if (!dict_->cameo_.empty() && !dict_->cameo_.contains(t.code)) {
      Problem(t.file, t.line, "self-test names unknown CAMEO code " + t.code);
    }
  }
}

void DictionaryBuilder::Count() {
  DictCounts& c = dict_->counts_;
  std::set<std::string> codes;
  for (const ActorEntry& e : dict_->actors_) {
    (e.kind == ActorKind::kPerson ? c.people : c.names)++;
    for (const DatedCode& d : e.codes) {
      c.roles += d.dated;
      if (e.kind != ActorKind::kPerson) codes.insert(d.code);
    }
  }
  c.actors = codes.size();
  c.agents = dict_->agents_.size();
  c.verbs = dict_->verbs_.size();
  for (const auto& list : verb_lists_) c.verb_patterns += list.size();
  for (const auto& [head, list] : dict_->nouns_) c.noun_patterns += list.size();
  c.synsets = dict_->synsets_.size();
  c.discards = dict_->discards_.size();
  c.issues = dict_->issues_.size();
  c.transformations = dict_->transformations_.size();
  c.cameo_codes = dict_->cameo_.size();
  c.self_tests = dict_->self_tests_.size();
}

namespace {

// After Dictionary::IndexSynsets, which numbers the elements' questions.
void SetHeaders(PatternList& list) {
  list.headers.clear();
  for (const Pattern& p : list.patterns) list.headers.push_back(PatternHeader::Of(p));
}

}  // namespace

std::shared_ptr<const Dictionary> DictionaryBuilder::Finish() {
  ResolveSynsets();
  dict_->IndexSynsets();
  for (auto& list : dict_->verb_pattern_lists_) SetHeaders(list);
  for (auto& [head, list] : dict_->nouns_) SetHeaders(list);
  LintActors();
  LintPatterns();
  Count();
  return std::shared_ptr<const Dictionary>(dict_.release());
}

}  // namespace entente
