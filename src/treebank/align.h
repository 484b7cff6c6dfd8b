// Aligns the words of a given parse with our own tokens of the same text, so that tags and frames
// from both can be compared on the same token indexes. A tree's words and our tokens agree in
// order but not always one to one (a parser may split "cannot", our tokenizer may keep "U.S.-led"
// whole); the alignment is the longest common subsequence of normalised forms, and words outside
// it are reported as unaligned.
//
// Limits: the dynamic programme costs leaves x tokens cells; above kMaxAlignCells a greedy
// in-order match (window of 16 tokens) is used instead.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame.h"

namespace entente {

inline constexpr uint64_t kMaxAlignCells = 4u << 20;

struct LeafAlignment {
  std::vector<uint32_t> token_of_leaf;  // per leaf: the matching token index, kNoIndex if none
  std::vector<uint32_t> unaligned;      // leaves with no matching token, in order
  uint32_t aligned = 0;                 // leaves with a match
};

// The form words are compared on: ASCII lower case, PTB quotes (`` '') and typographic quotes
// as '"' or '\'', dashes and runs of hyphens as "-", PTB bracket escapes undone.
std::string AlignmentKey(std::string_view word);

LeafAlignment AlignLeaves(const std::vector<std::string_view>& leaves,
                          const std::vector<std::string_view>& tokens);

}  // namespace entente
