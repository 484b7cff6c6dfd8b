// Dictionary: the compiled, immutable dictionary set the coder reads (actors, people with dated
// roles, agents, verb and noun patterns, synonym sets, discards, issues, the CAMEO table and the
// self-tests).
//
// Consumes text sources: entente's native format (docs/dictionary-format.md, data/dictionaries/)
// or a PETRARCH-2 set (CAMEO verbs, Phoenix actors/agents/discards/issues). Both loaders fill the
// same object, so the coder does not know which format a set came from. A line that cannot be
// read is reported in Diagnostics as file:line: reason and skipped; loading goes on.
//
// Matching is per token, never a loop over patterns: every actor phrase (names, adjectives,
// capitals, seats, people, iso-codes names) lives in one token trie, and so do agents, discards
// and issues; verb and noun patterns are indexed by lemma.
//
// Case rules (docs/dictionary-format.md). Native phrases: a dictionary word with a capital
// letter matches the text with the same capitalisation or in all capitals; a lower-case word
// matches any capitalisation ("US" never matches "us", "president" matches "President").
// PETRARCH phrases are written in capitals, so their case says nothing: they match any
// capitalisation, except that a one-word entry of at most 4 letters never matches a text token
// written all in lower case ("US" != "us", "WHO" != "who", "AID" != "aid").
//
// Thread-safety: a Dictionary is immutable after loading; every method is const and may be
// called concurrently. Share it as std::shared_ptr<const Dictionary>.
//
//   Diagnostics diags;
//   auto dict = LoadNativeDictionary(DefaultDictionaryDir(), diags);
//   ActorMatch m = (*dict)->MatchActor(sentence, 0);          // "South Korea" -> length 2
//   std::string code = (*dict)->CodeOn(*m.entry, doc.date);   // "KOR"
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/hash.h"
#include "core/status.h"
#include "dict/phrase_trie.h"
#include "dict/problems.h"
#include "dict/word_table.h"

namespace entente {

enum class ActorKind : uint8_t { kName, kAdj, kCapital, kSeat, kPerson };
const char* ActorKindName(ActorKind kind);

// A code valid on days [from, to) (CivilDate::Ordinal); an undated code is valid always and is
// the fallback when no dated code applies (PETRARCH `[CODE]` after dated lines).
struct DatedCode {
  std::string code;
  int32_t from = INT32_MIN;  // inclusive
  int32_t to = INT32_MAX;    // exclusive
  bool dated = false;
  bool Covers(int32_t day) const { return day >= from && day < to; }
};

struct ActorEntry {
  ActorKind kind = ActorKind::kName;
  std::string phrase;            // as first written in the source
  std::vector<DatedCode> codes;  // in source order
  bool eli_fallback = false;     // native person: outside all roles -> last role's ELI
  std::string file;              // provenance of the first line
  uint32_t line = 0;
};

struct ActorMatch {
  uint32_t length = 0;                // tokens from token_index, a skipped "the" included
  const ActorEntry* entry = nullptr;  // null = no match
  explicit operator bool() const { return entry != nullptr; }
};

struct AgentEntry {
  std::string code;     // role code: "GOV", "MIL", "GOVFRM"
  bool prefix = false;  // PETRARCH `[NGO~]`: the code goes before the actor code
  std::string phrase;
  std::string file;
  uint32_t line = 0;
};

struct AgentMatch {
  uint32_t length = 0;
  const AgentEntry* entry = nullptr;
  explicit operator bool() const { return entry != nullptr; }
};

// Hash maps keyed by std::string that can be probed with a std::string_view (no allocation).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashBytes(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// A synonym set looked up once for many membership tests: the coder asks about every word of
// an argument, and about the phrases starting at each word, for every &SET of a verb's patterns.
struct Synset {
  StringSet members;      // lower case, generated plurals included
  StringSet first_words;  // the first word of every member of several words
  // The same words again, for tests with a hash the caller computed (WordTable::Find).
  static constexpr uint8_t kMember = 1, kFirstWord = 2;
  WordTable words;
  bool words_complete = true;  // false: a word too long for the table; use the sets
  // The same answer as Dictionary::InSynset for this set.
  bool Contains(std::string_view lemma_or_phrase) const;
  // False when no member of several words can equal a phrase whose first word is `word` (or
  // its lower case): the coder then need not build the phrases that start with it.
  bool MayStartPhrase(std::string_view word) const;
};

enum class ElementKind : uint8_t {
  kWord,      // a word: head or modifier of the object (text = as written, lemma = base form)
  kPrep,      // a preposition opening a prepositional phrase ("to", PETRARCH "(TO ...")
  kSynset,    // a member of a synonym set (text = "&NAME")
  kTarget,    // `+` the target actor
  kSource,    // `$` the source actor (the subject becomes the target)
  kAny,       // native `*`: any noun phrase
  kCompound,  // PETRARCH `%`: a compound actor (source and target together)
};
const char* ElementKindName(ElementKind kind);

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  std::string text;     // lower case; "&NAME" for synsets
  std::string lemma;    // for kWord/kPrep: the base form (PETRARCH: regular plural removed)
  bool joined = false;  // PETRARCH `_`: must directly follow the previous element
  int8_t group = -1;    // PETRARCH (...) prepositional / {...} noun-phrase group index, -1 none
  // Filled in when the dictionary is finished: the set of a kSynset element (null = undefined),
  // and a number shared by the elements that ask the same question of an argument (same set,
  // or same word), which the matcher's answers are cached under.
  const Synset* synset = nullptr;
  uint32_t question = 0;
};

// One verb or noun pattern. Verb: `lemma` is the verb (+ `particle`); noun: the head noun.
struct Pattern {
  std::string code;                      // CAMEO code ("042"); "---" = no event
  std::string code2;                     // PETRARCH paired code after ':' ("" = none)
  std::string lemma;                     // verb or head noun, lower case
  std::string particle;                  // verb particle ("up"), or empty
  std::vector<PatternElement> before;    // PETRARCH words before `*` (subject side); noun modifiers
  std::vector<PatternElement> elements;  // after the verb / head noun, in order
  std::string file;
  uint32_t line = 0;
};
using VerbPattern = Pattern;
using NounPattern = Pattern;

// A preposition's bit in PatternHeader::prep_mask: a frame without all of a pattern's
// prepositions cannot match it, which rules out most of a common verb's patterns with one AND.
inline uint64_t PrepBit(std::string_view prep) { return uint64_t{1} << (HashBytes(prep) & 63); }

// What the matcher reads of every pattern of a frame's verb, most of which it rejects on this
// alone (after the dictionary is finished: first_question is PatternElement::question).
struct PatternHeader {
  uint64_t prep_mask = 0;       // bit PrepBit(p) for every preposition the pattern requires
  uint32_t first_question = 0;  // elements[0].question
  ElementKind first_kind = ElementKind::kWord;  // elements[0].kind
  bool has_first = false;                       // elements is not empty
  bool has_before = false;                      // before is not empty
  bool has_particle = false;                    // particle is not empty
  static PatternHeader Of(const Pattern& p);
};

// The patterns of a verb (shared by a PETRARCH block) or of a head noun, in dictionary order,
// with their headers in a dense array of their own: the matcher scans the headers of all of a
// verb's patterns and reads few of the patterns themselves.
struct PatternList {
  std::vector<Pattern> patterns;
  std::vector<PatternHeader> headers;  // headers[i] for patterns[i], set when finished
  size_t size() const { return patterns.size(); }
  bool empty() const { return patterns.empty(); }
  const Pattern& operator[](size_t i) const { return patterns[i]; }
  std::vector<Pattern>::const_iterator begin() const { return patterns.begin(); }
  std::vector<Pattern>::const_iterator end() const { return patterns.end(); }
};

// PETRARCH `~ a (a b ATTACK) SAY = a b 015`: kept as tokens for the coder to interpret.
struct Transformation {
  std::vector<std::string> lhs, rhs;
  std::string file;
  uint32_t line = 0;
};

struct DiscardEntry {
  std::string phrase;
  bool story_level = false;  // PETRARCH `+`: discard the whole story
  std::string file;
  uint32_t line = 0;
};

struct DiscardMatch {
  const DiscardEntry* entry = nullptr;
  uint32_t begin = 0, length = 0;  // tokens
};

struct IssueEntry {
  std::string code;      // issue code; empty for exclusions
  std::string category;  // <ISSUE CATEGORY="...">
  uint8_t exclude = 0;   // 1 = `~` sentence, 2 = `~~` story
  std::string file;
  uint32_t line = 0;
};

struct CameoInfo {
  std::string code, label;
  double goldstein = 0;
  int quad = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover_type, plover_mode;
};

struct SelfTest {
  std::string file;
  uint32_t line = 0;
  std::string sentence, src, tgt, code;  // "-" for an empty actor
};

struct DictCounts {
  size_t actors = 0;  // distinct actor codes
  size_t names = 0;   // actor phrases (names, adjectives, capitals, seats)
  size_t people = 0;  // person phrases
  size_t roles = 0;   // dated codes
  size_t agents = 0;  // agent phrases (plurals included)
  size_t verbs = 0;   // verb lemmas and forms that lead to patterns
  size_t verb_patterns = 0;
  size_t noun_patterns = 0;
  size_t synsets = 0;
  size_t discards = 0;
  size_t issues = 0;
  size_t transformations = 0;
  size_t cameo_codes = 0;
  size_t self_tests = 0;
};

class DictionaryBuilder;

class Dictionary {
 public:
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // Longest actor phrase starting at token_index (a leading "the" is skipped and counted).
  ActorMatch MatchActor(const Sentence& sentence, uint32_t token_index) const;
  ActorMatch MatchActor(const std::vector<Token>& tokens, uint32_t token_index) const;
  // The same with the tokens' trie keys computed once for the sentence (PhraseTrie::Keys).
  // Inline: the coder asks at every token, and most start no actor.
  ActorMatch MatchActor(const std::vector<Token>& tokens, const PhraseTrie::Keys& keys,
                        uint32_t token_index) const {
    if (token_index >= tokens.size()) return {};
    const PhraseTrie::Match m = actor_trie_.Longest(tokens, keys, token_index);
    if (m.length > 0) return {m.length, &actors_[m.value]};
    return MatchActorAfterDeterminer(tokens, keys, token_index);
  }
  // The entry's code on `date`; unknown date -> the latest code. "" = uncoded on that date.
  std::string CodeOn(const ActorEntry& entry, CivilDate date) const;

  AgentMatch MatchAgent(const std::vector<Token>& tokens, uint32_t token_index) const;
  AgentMatch MatchAgent(const std::vector<Token>& tokens, const PhraseTrie::Keys& keys,
                        uint32_t token_index) const {
    if (token_index >= tokens.size()) return {};
    const PhraseTrie::Match m = agent_trie_.Longest(tokens, keys, token_index);
    if (m.length == 0) return {};
    return {m.length, &agents_[m.value]};
  }

  // Patterns of a verb lemma ("visit", "set up"), null if none; VerbCode is the code of the bare
  // verb ("" or "---" = none); VerbLemma maps a listed verb form ("gave") to its lemma.
  const PatternList* VerbPatterns(std::string_view lemma) const;
  std::string_view VerbCode(std::string_view lemma) const;
  std::string_view VerbLemma(std::string_view form) const;
  const PatternList* NounPatterns(std::string_view head_lemma) const;

  bool InSynset(std::string_view set, std::string_view lemma_or_phrase) const;
  bool HasSynset(std::string_view set) const;

  using Synset = entente::Synset;
  const Synset* FindSynset(std::string_view set) const;  // null = no such set

  std::optional<DiscardMatch> FindDiscard(const Sentence& sentence) const;
  std::optional<DiscardMatch> FindDiscard(const std::vector<Token>& tokens) const;
  std::optional<DiscardMatch> FindDiscard(const std::vector<Token>& tokens,
                                          const PhraseTrie::Keys& keys) const;
  // Issue codes found in the tokens (empty when an exclusion phrase occurs).
  std::vector<std::string> FindIssues(const std::vector<Token>& tokens) const;

  const CameoInfo* Cameo(std::string_view code) const;
  const std::vector<SelfTest>& SelfTests() const { return self_tests_; }
  const std::vector<Transformation>& Transformations() const { return transformations_; }
  const DictCounts& Counts() const { return counts_; }
  const std::vector<ActorEntry>& Actors() const { return actors_; }
  bool is_petrarch() const { return petrarch_; }

 private:
  // MatchActor when no actor starts at token_index: "the Kremlin" (dictionary phrases are
  // written without a leading determiner).
  ActorMatch MatchActorAfterDeterminer(const std::vector<Token>& tokens,
                                       const PhraseTrie::Keys& keys, uint32_t token_index) const;
  friend class DictionaryBuilder;
  Dictionary() = default;
  // Fills each synset's first_words and word table from its members, and each pattern element's
  // synset and question (called once the sets are resolved).
  void IndexSynsets();

  struct VerbInfo {
    uint32_t patterns = UINT32_MAX;  // index into verb_pattern_lists_
    std::string code;                // bare-verb code
  };

  bool petrarch_ = false;
  std::vector<ActorEntry> actors_;
  PhraseTrie actor_trie_;
  std::vector<AgentEntry> agents_;
  PhraseTrie agent_trie_;
  std::vector<PatternList> verb_pattern_lists_;
  StringMap<VerbInfo> verbs_;
  StringMap<std::string> verb_forms_;
  StringMap<PatternList> nouns_;
  StringMap<Synset> synsets_;
  std::vector<DiscardEntry> discards_;
  PhraseTrie discard_trie_;
  std::vector<IssueEntry> issues_;
  PhraseTrie issue_trie_;
  std::vector<Transformation> transformations_;
  StringMap<CameoInfo> cameo_;
  std::vector<SelfTest> self_tests_;
  DictCounts counts_;
};

// Loads data/dictionaries-style folders. Problems go to `diags`; the Result fails only when the
// folder cannot be read at all.
Result<std::shared_ptr<const Dictionary>> LoadNativeDictionary(const std::string& dir,
                                                               Diagnostics& diags);
// `cameo_dir`: where cameo-codes.tsv is read from (PETRARCH sets have none); "" = skip it.
Result<std::shared_ptr<const Dictionary>> LoadPetrarchDictionary(const std::string& dir,
                                                                 Diagnostics& diags,
                                                                 const std::string& cameo_dir);

// $ENTENTE_DICT, else <exe dir>/../data/dictionaries, <exe dir>/data/dictionaries,
// <exe dir>/../../data/dictionaries (the first that exists; the first candidate if none does).
std::string DefaultDictionaryDir();

}  // namespace entente
