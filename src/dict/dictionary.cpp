#include "dict/dictionary.h"

#include <deque>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/paths.h"
#include "dict/text_util.h"

namespace entente {

namespace {

// A string_view compares lengths first: most tokens are ruled out without a memcmp.
bool IsDeterminer(std::string_view form) { return form == "the" || form == "The" || form == "THE"; }

// Role codes of the CAMEO actor codebook that "role replaced by ELI" strips from a person's code.
bool IsRole(std::string_view r) {
  static constexpr std::string_view kRoles[] = {
      "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "UAF", "CVL", "BUS", "MNC", "MED",
      "EDU", "HLH", "REF", "LAB", "AGR", "ELI", "CRM", "HRI", "NGO", "ENV", "REL", "IGO", "PTY"};
  for (std::string_view k : kRoles) {
    if (k == r) return true;
  }
  return false;
}

// "RUSGOV" -> "RUSELI"; a code without a role suffix gets ELI appended ("IGOUNO" -> "IGOUNOELI").
std::string EliOf(const std::string& code) {
  std::string base = code;
  if (base.size() >= 6 && IsRole(std::string_view(base).substr(base.size() - 3)))
    base.resize(base.size() - 3);
  return base + "ELI";
}

}  // namespace

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kName:
      return "name";
    case ActorKind::kAdj:
      return "adj";
    case ActorKind::kCapital:
      return "capital";
    case ActorKind::kSeat:
      return "seat";
    case ActorKind::kPerson:
      return "person";
  }
  return "?";
}

PatternHeader PatternHeader::Of(const Pattern& p) {
  PatternHeader h;
  for (const PatternElement& e : p.elements) {
    if (e.kind == ElementKind::kPrep) h.prep_mask |= PrepBit(e.lemma.empty() ? e.text : e.lemma);
  }
  h.has_first = !p.elements.empty();
  if (h.has_first) {
    h.first_kind = p.elements[0].kind;
    h.first_question = p.elements[0].question;
  }
  h.has_before = !p.before.empty();
  h.has_particle = !p.particle.empty();
  return h;
}

const char* ElementKindName(ElementKind kind) {
  switch (kind) {
    case ElementKind::kWord:
      return "word";
    case ElementKind::kPrep:
      return "prep";
    case ElementKind::kSynset:
      return "synset";
    case ElementKind::kTarget:
      return "target";
    case ElementKind::kSource:
      return "source";
    case ElementKind::kAny:
      return "any";
    case ElementKind::kCompound:
      return "compound";
  }
  return "?";
}

ActorMatch Dictionary::MatchActor(const Sentence& sentence, uint32_t token_index) const {
  return MatchActor(sentence.tokens, token_index);
}

ActorMatch Dictionary::MatchActor(const std::vector<Token>& tokens, uint32_t token_index) const {
  return MatchActor(tokens, PhraseTrie::Keys(tokens), token_index);
}

ActorMatch Dictionary::MatchActorAfterDeterminer(const std::vector<Token>& tokens,
                                                 const PhraseTrie::Keys& keys,
                                                 uint32_t token_index) const {
  if (!IsDeterminer(tokens[token_index].form)) return {};
  PhraseTrie::Match m = actor_trie_.Longest(tokens, keys, token_index + 1);
  if (m.length == 0) return {};
  return {m.length + 1, &actors_[m.value]};
}

std::string Dictionary::CodeOn(const ActorEntry& entry, CivilDate date) const {
  const DatedCode* undated = nullptr;
  for (const DatedCode& c : entry.codes) {
    if (!c.dated && !undated) undated = &c;
  }
  if (!date.known()) {
    // Unknown date: the latest code (open end first, then the latest start).
    const DatedCode* latest = nullptr;
    for (const DatedCode& c : entry.codes) {
      if (!c.dated) continue;
      if (!latest || c.to > latest->to || (c.to == latest->to && c.from > latest->from))
        latest = &c;
    }
    if (latest) return latest->code;
    return undated ? undated->code : "";
  }
  const int32_t day = date.Ordinal();
  for (const DatedCode& c : entry.codes) {
    if (c.dated && c.Covers(day)) return c.code;
  }
  if (undated) return undated->code;
  if (entry.eli_fallback) {
    // Former officials are elites: the last role that ended before the date, as ELI.
    const DatedCode* last = nullptr;
    for (const DatedCode& c : entry.codes) {
      if (c.dated && c.to <= day && (!last || c.to > last->to)) last = &c;
    }
    if (last) return EliOf(last->code);
  }
  return "";
}

AgentMatch Dictionary::MatchAgent(const std::vector<Token>& tokens, uint32_t token_index) const {
  return MatchAgent(tokens, PhraseTrie::Keys(tokens), token_index);
}

const PatternList* Dictionary::VerbPatterns(std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  if (it == verbs_.end() || it->second.patterns == UINT32_MAX) return nullptr;
  return &verb_pattern_lists_[it->second.patterns];
}

std::string_view Dictionary::VerbCode(std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? std::string_view() : std::string_view(it->second.code);
}

std::string_view Dictionary::VerbLemma(std::string_view form) const {
  auto it = verb_forms_.find(form);
  return it == verb_forms_.end() ? std::string_view() : std::string_view(it->second);
}

const PatternList* Dictionary::NounPatterns(std::string_view head_lemma) const {
  auto it = nouns_.find(head_lemma);
  return it == nouns_.end() ? nullptr : &it->second;
}

namespace {

// Whether dict_text::Lower could change `s`: an ASCII capital or any non-ASCII byte. Members
// are stored in lower case, so a second lookup of the lowered text is needed only then.
bool MayHaveUpper(std::string_view s) {
  for (char c : s) {
    if ((c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) & 0x80) != 0) return true;
  }
  return false;
}

}  // namespace

bool Dictionary::Synset::Contains(std::string_view lemma_or_phrase) const {
  if (members.contains(lemma_or_phrase)) return true;
  return MayHaveUpper(lemma_or_phrase) && members.contains(dict_text::Lower(lemma_or_phrase));
}

bool Dictionary::Synset::MayStartPhrase(std::string_view word) const {
  // Lower keeps every space where it is (no character lowers to a space), so a phrase and its
  // lower case start with the same word up to case: a member equal to either starts with
  // `word` or its lower case.
  if (first_words.empty()) return false;  // most sets have only one-word members
  word = word.substr(0, word.find(' '));
  if (first_words.contains(word)) return true;
  return MayHaveUpper(word) && first_words.contains(dict_text::Lower(word));
}

const Dictionary::Synset* Dictionary::FindSynset(std::string_view set) const {
  auto it = synsets_.find(set);
  return it == synsets_.end() ? nullptr : &it->second;
}

void Dictionary::IndexSynsets() {
  for (auto& [name, s] : synsets_) {
    s.first_words.clear();
    s.words = WordTable();
    s.words_complete = true;
    for (const std::string& m : s.members) {
      const size_t space = m.find(' ');
      if (space != std::string::npos) s.first_words.insert(m.substr(0, space));
    }
    for (const std::string& m : s.members) s.words_complete &= s.words.Add(m, Synset::kMember);
    for (const std::string& w : s.first_words)
      s.words_complete &= s.words.Add(w, Synset::kFirstWord);
  }
  // Elements that ask the same question of an argument (the same set, the same word) share a
  // number, so that the matcher caches answers by number rather than by hashing the text.
  // Keys are views of the elements' own text, or of `joined` for a word whose lemma differs.
  std::unordered_map<std::string_view, uint32_t> questions;
  std::deque<std::string> joined;
  auto index = [&](PatternElement& e) {
    std::string_view key = e.text;
    if (e.kind == ElementKind::kSynset) {
      auto it = synsets_.find(e.text);
      e.synset = it == synsets_.end() ? nullptr : &it->second;
    } else if (!e.lemma.empty() && e.lemma != e.text) {
      // A word element asks about its text and its lemma (PETRARCH: "FORCES" and "FORCE").
      key = joined.emplace_back(e.text + '\x1f' + e.lemma);
    }
    e.question = questions.try_emplace(key, static_cast<uint32_t>(questions.size())).first->second;
  };
  auto index_all = [&](PatternList& list) {
    for (Pattern& p : list.patterns) {
      for (PatternElement& e : p.before) index(e);
      for (PatternElement& e : p.elements) index(e);
    }
  };
  for (auto& list : verb_pattern_lists_) index_all(list);
  for (auto& [head, list] : nouns_) index_all(list);
}

bool Dictionary::InSynset(std::string_view set, std::string_view lemma_or_phrase) const {
  const Synset* s = FindSynset(set);
  return s != nullptr && s->Contains(lemma_or_phrase);
}

bool Dictionary::HasSynset(std::string_view set) const { return synsets_.contains(set); }

std::optional<DiscardMatch> Dictionary::FindDiscard(const Sentence& sentence) const {
  return FindDiscard(sentence.tokens);
}

std::optional<DiscardMatch> Dictionary::FindDiscard(const std::vector<Token>& tokens) const {
  return FindDiscard(tokens, PhraseTrie::Keys(tokens));
}

std::optional<DiscardMatch> Dictionary::FindDiscard(const std::vector<Token>& tokens,
                                                    const PhraseTrie::Keys& keys) const {
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    PhraseTrie::Match m = discard_trie_.Longest(tokens, keys, i);
    if (m.length > 0) return DiscardMatch{&discards_[m.value], i, m.length};
  }
  return std::nullopt;
}

std::vector<std::string> Dictionary::FindIssues(const std::vector<Token>& tokens) const {
  std::vector<std::string> codes;
  bool excluded = false;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    issue_trie_.ForEach(tokens, i, [&](uint32_t, uint32_t value) {
      const IssueEntry& e = issues_[value];
      if (e.exclude) {
        excluded = true;
      } else if (std::find(codes.begin(), codes.end(), e.code) == codes.end()) {
        codes.push_back(e.code);
      }
    });
  }
  if (excluded) codes.clear();
  return codes;
}

const CameoInfo* Dictionary::Cameo(std::string_view code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

std::string DefaultDictionaryDir() {
  if (const char* env = std::getenv("ENTENTE_DICT"); env && *env) return env;
  const std::string exe_dir = ExecutableDir();
  if (exe_dir.empty()) return "data/dictionaries";
  const std::filesystem::path dir = exe_dir;
  std::error_code ec;
  const std::filesystem::path candidates[] = {dir / ".." / "data" / "dictionaries",
                                              dir / "data" / "dictionaries",
                                              dir / ".." / ".." / "data" / "dictionaries"};
  for (const auto& c : candidates) {
    if (std::filesystem::is_directory(c, ec)) return c.lexically_normal().string();
  }
  return candidates[0].lexically_normal().string();
}

}  // namespace entente
