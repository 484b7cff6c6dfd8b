// The dictionary line parsers, exposed for the loaders and for the fuzz target: each takes the
// text of one file and a label (its path, used in file:line problems) and adds what it reads to
// the builder. They never fail: a line that cannot be read is reported and skipped.
#pragma once

#include <string_view>

#include "dict/builder.h"

namespace entente {

enum class NativeFileKind : uint8_t {
  kActors,    // countries.txt, regions.txt, igos.txt, groups.txt and other top-level *.txt
  kPeople,    // people/*.txt
  kAgents,    // agents.txt
  kDiscards,  // discards.txt
  kSynsets,   // synsets.txt
  kVerbs,     // verbs/*.txt (may define synonym sets too)
  kNouns,     // nouns/*.txt (may define synonym sets too)
  kCameo,     // cameo-codes.tsv
};
void ParseNativeText(NativeFileKind kind, std::string_view label, std::string_view text,
                     DictionaryBuilder& builder);

enum class PetrarchFileKind : uint8_t { kVerbs, kActors, kAgents, kDiscards, kIssues };
void ParsePetrarchText(PetrarchFileKind kind, std::string_view label, std::string_view text,
                       DictionaryBuilder& builder);
void ParsePetrarchVerbs(std::string_view label, std::string_view text, DictionaryBuilder& builder);

// Debian iso-codes iso_3166-1.json: name, official_name, common_name -> alpha_3.
void ParseIsoCodesJson(std::string_view label, std::string_view json, DictionaryBuilder& builder);

// Splits text into lines (LF or CRLF); fn(line_number, line).
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  uint32_t number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++number, line);
    start = end + 1;
  }
}

}  // namespace entente
