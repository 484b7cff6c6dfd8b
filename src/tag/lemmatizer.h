// Lemmatizer: (form, Penn tag) -> lower-case base form, WordNet's morphy without the WordNet
// library: exception lists (held -> hold, men -> man), detachment rules (-ed, -ing, -ies, -er...)
// whose results are checked against WordNet's lemma lists, all loaded into memory from the tagger
// model, so a token costs a few hash lookups (the C API's morphstr costs ~70 µs a call).
//
//   VBD "provided" -> "provide", VBD "held" -> "hold", VBD "was" -> "be", NNS "talks" -> "talk",
//   NNS "countries" -> "country", POS "'s" -> "'s", RB "n't" -> "not", MD "ca" -> "can".
//
// Conventions: proper nouns (NNP) keep their lower-cased form ("Russia" -> "russia"); NNPS go
// through the noun rules only when the result is a WordNet noun ("Russians" -> "russian");
// words of closed classes are lower-cased; curly apostrophes become ASCII ("’s" -> "'s").
// A word WordNet does not know keeps its lower-cased form ("Gondorized" VBD -> "gondorized"):
// without a lemma list there is no telling "-ed" from "-d".
// Thread-safety: immutable after construction; Lemmatize may be called concurrently.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/pos.h"
#include "tag/model.h"
#include "tag/string_index.h"

namespace entente {

class Lemmatizer {
 public:
  // Takes the WordNet sections of a parsed model.
  explicit Lemmatizer(const TaggerModelData& model);
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // Writes the lemma of `form` tagged `pos` into `out` (reusing its capacity).
  void Lemmatize(std::string_view form, Pos pos, std::string& out) const;
  std::string Lemmatize(std::string_view form, Pos pos) const {
    std::string out;
    Lemmatize(form, pos, out);
    return out;
  }

 private:
  // Morphy for one WordNet part of speech; `word` is lower-case ASCII-apostrophe text.
  // `inflected`: the tag says the form is inflected (VBD, NNS, JJR...), so exceptions and rules
  // come before the word itself ("found" VBD -> "find", "found" VB -> "found").
  void Morphy(std::string_view word, WordNetPos wn, bool inflected, Pos pos,
              std::string& out) const;
  bool IsLemma(WordNetPos wn, std::string_view w) const {
    return lemmas_[static_cast<size_t>(wn)].Contains(w);
  }

  std::array<StringIndex, kNumWordNetPos> lemmas_;
  std::array<StringIndex, kNumWordNetPos> exception_keys_;
  std::array<std::vector<std::string>, kNumWordNetPos> exception_bases_;
};

}  // namespace entente
