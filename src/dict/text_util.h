// Small text helpers shared by the dictionary readers: case, splitting, plurals, dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tokenize/tokenizer.h"

namespace entente::dict_text {

std::string Lower(std::string_view s);  // full Unicode lower case (utf8proc) for non-ASCII
std::string Upper(std::string_view s);
bool HasUpper(std::string_view s);
bool HasLower(std::string_view s);
bool IsAllUpper(std::string_view s);  // has letters, none lower case
std::string_view Trim(std::string_view s);
std::vector<std::string_view> SplitWs(std::string_view s);
std::vector<std::string_view> SplitChar(std::string_view s, char sep);  // trimmed parts
// Removes a trailing `# comment` (a '#' at the start or after whitespace).
std::string_view StripComment(std::string_view s);
bool IsUpperCode(std::string_view s);  // [A-Z][A-Z0-9]*

// Words of a phrase as the runtime tokenizer splits them ("People's" -> People 's); plain
// alphanumeric phrases are split on spaces without running the tokenizer (load time).
std::vector<std::string> PhraseWords(std::string_view phrase, const Tokenizer& tokenizer);

// The regular English plural of the last word of a phrase ("army" -> "armies", "box" -> "boxes").
std::string RegularPlural(std::string_view phrase);
// Approximate singular of an upper- or lower-case word ("SANCTIONS" -> "sanctions" -> "sanction"),
// used as the lemma of PETRARCH pattern words, which are written as surface forms.
std::string ApproxSingular(std::string_view lower_word);

// Native "FROM..TO" (ISO dates, either end open) -> [from, to) ordinals.
std::optional<std::pair<int32_t, int32_t>> ParseNativeRange(std::string_view s);
// PETRARCH date "YYMMDD" (00-30 -> 20YY) or "YYYYMMDD" -> ordinal.
std::optional<int32_t> ParsePetrarchDate(std::string_view s);

}  // namespace entente::dict_text
