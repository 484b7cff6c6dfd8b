// Tagger: fills Token::pos (Penn Treebank) and Token::lemma for every token of a sentence.
//
// Consumes Sentence::tokens with `form`, `kind` and `flags` set by the tokenizer; produces `pos`
// and `lemma` for each token and touches nothing else. The tagger is a first-order HMM decoded
// with Viterbi: transitions and the lexicon come from Lingua::EN::Tagger's tables (WSJ counts),
// compiled with news additions (src/tag/news_lexicon.tsv) into build/data/tagger.bin by
// tag_compile; unknown words are scored from their suffix, case, digits and hyphens
// (unknown_word.h); a few news-specific rules run after decoding (news_rules.h). Lemmas come from
// the Lemmatizer (lemmatizer.h) on the chosen tag.
// Thread-safety: immutable after Load; Tag is const and may be called concurrently.
//
//   auto tagger = entente::Tagger::Load(entente::DefaultTaggerModelPath());
//   if (!tagger.ok()) return tagger.status();
//   (*tagger)->Tag(sentence);  // Russia|NNP 's|POS army|NN shelled|VBD ...
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "tag/candidates.h"
#include "tag/lemmatizer.h"
#include "tag/model.h"
#include "tag/string_index.h"
#include "tag/word_memo.h"

namespace entente {

struct TagDist;  // candidates.cpp: one token's tag distribution while it is being built

class Tagger {
 public:
  // Reads and checks a model written by tag_compile; ParseError for a corrupt or foreign file.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& path);
  // Builds a tagger from an already parsed model (tests, tools).
  static std::unique_ptr<Tagger> FromModel(const TaggerModelData& model);

  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Sets pos and lemma of every token.
  void Tag(Sentence& sentence) const { Tag(sentence.tokens); }
  void Tag(std::vector<Token>& tokens) const;

  const Lemmatizer& lemmatizer() const { return lemmatizer_; }

 private:
  explicit Tagger(const TaggerModelData& model);

  // Per-thread memo of the candidates of words (word_memo.h): context bits are the token's kind,
  // whether it starts the sentence, whether the sentence is a headline, and its kAllUpper flag.
  using CandidateMemo = WordMemo<TagCandidates, 16384>;
  // Candidate tags of tokens[i] (candidates.cpp); `headline`: the sentence is in capitals;
  // `scratch` is reused between tokens; `form_hash` = StringIndex::Hash of the token's form.
  void Candidates(const std::vector<Token>& tokens, size_t i, bool headline, std::string& scratch,
                  uint32_t form_hash, CandidateMemo& memo, TagCandidates& out) const;
  // Candidates of a token whose tag no mark rule fixes: depends only on `key` (the form with
  // ASCII quotes), the token's kind and kAllUpper flag, `initial` and `headline`.
  void WordCandidates(const Token& t, std::string_view key, bool initial, bool headline,
                      TagCandidates& out) const;
  // Lexicon entry number of `word`, or StringIndex::kMissing.
  uint32_t FindWord(std::string_view word) const { return lexicon_index_.Find(word); }
  // Adds weight * P(tag | lexicon word `id`) into `dist`.
  void AddLexicon(uint32_t id, float weight, TagDist& dist) const;
  // Adds weight * P(tag | longest known suffix of `lower` in class `cls`) into `dist`;
  // `cls` is 'l' (lower-case words), 'u' (capitalized), 'h' (hyphenated).
  void AddSuffix(char cls, std::string_view lower, float weight, TagDist& dist) const;

  std::vector<float> transition_;  // [prev * kNumTags + next], log
  std::vector<float> start_;
  std::vector<float> prior_;
  StringIndex lexicon_index_;
  std::vector<uint32_t> lexicon_begin_;  // entry i's scores: scores_[begin[i], begin[i+1])
  std::vector<float> lexicon_total_;     // entry i's count over all tags
  StringIndex suffix_index_;
  std::vector<uint32_t> suffix_begin_;
  std::vector<TagScore> scores_;  // lexicon: P(tag | word); suffixes: P(tag | suffix)
  Lemmatizer lemmatizer_;
  uint64_t id_;  // tells this tagger's memo entries from another's (word_memo.h)
};

// $ENTENTE_TAGGER_MODEL if set, else <dir of the executable>/data/tagger.bin if it exists, else
// <dir of the executable>/../data/tagger.bin (so build/entente and build/tests/unit_tag both
// find build/data/tagger.bin).
std::string DefaultTaggerModelPath();

}  // namespace entente
