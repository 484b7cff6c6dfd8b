// PhraseTrie: one token trie over many phrases (actors, agents, discards, issues), queried per
// token position for the longest phrase, so matching costs one hash lookup per token whatever
// the number of phrases (STYLE.md R5: one matcher, not a loop over patterns).
//
// Edges are keyed by (node, lower-cased word id) in one hash map; a node's phrases form a linked
// list of records that keep the words as written, to apply the case rules of dictionary.h.
// Thread-safety: immutable after building; Longest/ForEach are const and reentrant.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"

namespace entente {

enum class CaseMode : uint8_t {
  kNative,    // capitalised dictionary words match same case or all caps; lower case matches any
  kPetrarch,  // any case, but one-word entries of <= 4 letters never match an all-lower token
};

class PhraseTrie {
 public:
  struct Match {
    uint32_t length = 0;
    uint32_t value = UINT32_MAX;
  };

  // Adds a phrase (its words as written) with a caller value; empty phrases are ignored.
  void Insert(const std::vector<std::string>& words, CaseMode mode, uint32_t value);

  // Longest phrase starting at tokens[start] whose case rule holds; among phrases of that
  // length, the first inserted wins. accept (optional) can reject values (e.g. by kind).
  Match Longest(const std::vector<Token>& tokens, uint32_t start,
                const std::function<bool(uint32_t)>& accept = nullptr) const;
  // Calls fn(length, value) for every phrase starting at tokens[start], shortest first.
  void ForEach(const std::vector<Token>& tokens, uint32_t start,
               const std::function<void(uint32_t, uint32_t)>& fn) const;

  size_t phrases() const { return records_.size(); }
  size_t nodes() const { return node_head_.size(); }
  // Values of exactly this phrase (any case variant), for duplicate checks at load time.
  std::vector<uint32_t> ValuesOf(const std::vector<std::string>& words) const;

 private:
  struct Record {
    uint32_t value;
    uint32_t next;        // next record of the same node, UINT32_MAX = end
    uint32_t text_begin;  // words as written, joined by ' ', in arena_
    uint32_t text_len;
    uint16_t words;
    CaseMode mode;
  };

  uint32_t WordId(std::string_view lower) const;  // UINT32_MAX = unknown word
  uint32_t Child(uint32_t node, uint32_t word) const;
  bool CaseOk(const Record& r, const std::vector<Token>& tokens, uint32_t start) const;

  struct WordHash {  // transparent: look words up by string_view without a copy
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> word_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> child
  std::vector<uint32_t> node_head_{UINT32_MAX};   // node 0 is the root
  std::vector<uint32_t> node_tail_{UINT32_MAX};
  std::vector<Record> records_;
  std::string arena_;
};

}  // namespace entente
