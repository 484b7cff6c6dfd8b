// DictionaryBuilder: the mutable side of loading. The readers (native_reader.cpp,
// petrarch_*.cpp, iso_codes.cpp, cameo_table.cpp) add entries; Finish() lints the whole set
// (duplicates, conflicting codes, unknown CAMEO codes, overlapping dates, patterns that can
// never match), counts it and freezes it into an immutable Dictionary.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "tokenize/tokenizer.h"

namespace entente {

class DictionaryBuilder {
 public:
  DictionaryBuilder(bool petrarch, Diagnostics& diags);

  const Tokenizer& tokenizer() const { return tokenizer_; }
  Diagnostics& diags() { return diags_; }
  bool petrarch() const { return petrarch_; }
  // Problems in the data (unreadable lines, lint): errors for our own format; warnings for
  // PETRARCH sets, whose legacy lines are skipped as PETRARCH itself skips them.
  void Problem(std::string_view file, uint64_t line, std::string message);

  // Merges with an entry of the same kind and phrase (as written).
  void AddActor(ActorKind kind, std::string_view phrase, const std::vector<DatedCode>& codes,
                bool eli_fallback, std::string_view file, uint32_t line);
  void AddAgent(std::string_view phrase, std::string_view code, bool prefix, std::string_view file,
                uint32_t line);

  // Verbs: a pattern list is shared by every verb of a PETRARCH block.
  uint32_t NewVerbList();
  void AddVerbPattern(uint32_t list, Pattern pattern) {
    verb_lists_[list].patterns.push_back(std::move(pattern));
  }
  // Native: the list of `key` ("visit", "set up"), created on first use.
  uint32_t VerbListFor(std::string_view key);
  void AddVerb(std::string_view lemma, uint32_t list, std::string_view code);
  void AddVerbForm(std::string_view form, std::string_view lemma);
  void AddNounPattern(Pattern pattern);

  // Returns false (after reporting) when the set is already defined.
  bool DefineSynset(std::string_view name, bool no_plural, std::string_view file, uint32_t line);
  void AddSynsetMember(std::string_view name, std::string_view member);

  void AddDiscard(std::string_view phrase, bool story_level, std::string_view file, uint32_t line);
  void AddIssue(std::string_view phrase, IssueEntry entry);
  void AddTransformation(Transformation t) { dict_->transformations_.push_back(std::move(t)); }
  void AddCameo(CameoInfo info);
  void AddSelfTest(SelfTest test) { dict_->self_tests_.push_back(std::move(test)); }
  size_t cameo_codes() const { return dict_->cameo_.size(); }

  std::shared_ptr<const Dictionary> Finish();

 private:
  struct SynsetDef {
    std::string file;
    uint32_t line = 0;
    bool no_plural = false;
    std::vector<std::string> members;  // as written; "&OTHER" = nested set
  };

  std::vector<std::string> Words(std::string_view phrase) const;
  CaseMode Mode() const { return petrarch_ ? CaseMode::kPetrarch : CaseMode::kNative; }
  void ResolveSynsets();
  void LintActors();
  void LintPatterns();
  void LintPattern(char kind, const Pattern& p, StringMap<const Pattern*>& seen);
  void Count();

  bool petrarch_;
  Diagnostics& diags_;
  Tokenizer tokenizer_;
  std::unique_ptr<Dictionary> dict_;
  StringMap<uint32_t> actor_index_;  // kind + '\t' + phrase -> index into actors_
  StringMap<uint32_t> agent_index_;
  StringMap<uint32_t> discard_index_;
  std::vector<PatternList>& verb_lists_;
  StringMap<SynsetDef> synset_defs_;
  std::set<std::string> reported_;  // lint messages already given (one per person block)
};

}  // namespace entente
