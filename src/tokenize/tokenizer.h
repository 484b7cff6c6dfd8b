// Tokenizer: document text -> Penn-Treebank-style tokens with byte spans (docs/segmentation.md).
//
// Consumes Document::text (valid UTF-8). Produces one flat token vector for the whole document;
// the segmenter then groups it into sentences, because whether a period ends a sentence depends
// on the token it belongs to ("U.S.", "Gen.", "3.5"). Token forms are the exact surface text;
// whitespace is never inside a token; token spans are increasing and non-overlapping.
// Thread-safety: Tokenize is const and may be called concurrently.
//
//   entente::Tokenizer tokenizer;
//   std::vector<entente::Token> tokens;
//   tokenizer.Tokenize("Putin’s visit to the U.S. ended.", tokens);
//   // Putin | ’s | visit | to | the | U.S. | ended | .
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"

namespace entente {

class Tokenizer {
 public:
  // Replaces `tokens` with the tokens of `text`.
  void Tokenize(std::string_view text, std::vector<Token>& tokens) const;
};

// Abbreviation lexicon (exact case, or all upper case for headlines). Exposed for the segmenter's
// tests; the tokenizer marks matches with kTitleAbbrev / kMonthAbbrev.
enum class AbbrevClass : uint8_t { kNone, kTitle, kMonth, kOther, kNumberSign };
AbbrevClass LookupAbbreviation(std::string_view word_without_period);

}  // namespace entente
