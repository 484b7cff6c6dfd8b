// A small rule-based English lemmatizer for trees whose words carry Penn tags: enough to name a
// frame's verb ("said" -> "say") and to recognise reporting verbs, not a replacement for the
// tagger's lexicon-based lemmatizer. Irregular verbs come from a table, the rest from suffixes.
#pragma once

#include <string>
#include <string_view>

#include "core/pos.h"

namespace entente {

// Lower-case ASCII letters; other bytes unchanged.
std::string AsciiLower(std::string_view s);

// Base form of a word with its Penn tag: verbs ("was" VBD -> "be", "agreed" -> "agree",
// "stopped" -> "stop"), plural nouns ("talks" -> "talk", "ties" -> "tie"); anything else is just
// lower-cased. Proper nouns keep their case.
std::string SimpleLemma(std::string_view word, Pos pos);

}  // namespace entente
