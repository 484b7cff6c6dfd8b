// The tagger's binary model (build/data/tagger.bin): what tag_compile writes and Tagger loads.
//
// The model is compiled at build time from Debian's Lingua::EN::Tagger lexicon and transition
// table (liblingua-en-tagger-perl) and WordNet's lemma and exception lists (wordnet-base); the
// sources are never copied into the repository. Layout (all integers little-endian):
//
//   magic "ENTTAGGR", u32 format version, u32 number of tags (Pos::kCount)
//   f32[tags*tags] log P(next | prev), f32[tags] log P(tag | sentence start), f32[tags] log P(tag)
//   u32 n, n x entry: lexicon word -> tag counts
//   u32 n, n x entry: suffix key ("l:ing", "u:ing", "h:ed") -> smoothed P(tag | suffix)
//   4 x (u32 n, n x (str inflected, str base))  WordNet exceptions: noun, verb, adj, adv
//   4 x (u32 n, n x str)                         WordNet lemmas:     noun, verb, adj, adv
//   u32 FNV-1a checksum of every preceding byte
//
// where str = u16 length + bytes and entry = str key, u8 k, k x (u8 tag, f32 value).
// ParseTaggerModel checks every length against the bytes left and the checksum, so a truncated
// or corrupt file is a ParseError, never a crash.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/pos.h"
#include "core/status.h"

namespace entente {

inline constexpr size_t kNumTags = static_cast<size_t>(Pos::kCount);
inline constexpr uint32_t kTaggerModelVersion = 1;
inline constexpr std::string_view kTaggerModelMagic = "ENTTAGGR";

// WordNet's four parts of speech, in the order of the model's lemma sections.
enum class WordNetPos : uint8_t { kNoun, kVerb, kAdj, kAdv };
inline constexpr size_t kNumWordNetPos = 4;

struct TagScore {
  Pos tag = Pos::kUnknown;
  float value = 0;  // a count (lexicon) or a probability (suffixes)
};

struct ScoredEntry {
  std::string key;
  std::vector<TagScore> scores;  // at most 255
};

struct TaggerModelData {
  std::vector<float> transition = std::vector<float>(kNumTags * kNumTags);  // [prev*kNumTags+next]
  std::vector<float> start = std::vector<float>(kNumTags);                  // log P(tag | start)
  std::vector<float> prior = std::vector<float>(kNumTags);                  // log P(tag)
  std::vector<ScoredEntry> lexicon;   // word (exact case) -> tag counts
  std::vector<ScoredEntry> suffixes;  // "<class>:<suffix>" -> P(tag | suffix), see unknown_word.h
  std::array<std::vector<std::pair<std::string, std::string>>, kNumWordNetPos> exceptions;
  std::array<std::vector<std::string>, kNumWordNetPos> lemmas;
};

std::string SerializeTaggerModel(const TaggerModelData& model);

// `name` only labels error messages.
Result<TaggerModelData> ParseTaggerModel(std::string_view bytes, const std::string& name);

}  // namespace entente
