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

  // The lower-cased form of every token of a sentence and its hash, computed once and shared by
  // every trie that walks the sentence (actors, agents, discards): each walk from each token
  // used to lower-case and hash the words again, several times per token.
  class Keys {
   public:
    explicit Keys(const std::vector<Token>& tokens);
    // The lower case of a token that is not ASCII; empty for an ASCII token, whose form is
    // compared ignoring ASCII case instead (most tokens: no copy is made of them).
    std::string_view lower(uint32_t i) const {
      return std::string_view(text_).substr(begin_[i], begin_[i + 1] - begin_[i]);
    }
    bool ascii(uint32_t i) const { return begin_[i] == begin_[i + 1]; }
    uint32_t hash(uint32_t i) const { return hash_[i]; }

   private:
    std::string text_;
    std::vector<uint32_t> begin_;  // token i is text_[begin_[i], begin_[i + 1])
    std::vector<uint32_t> hash_;
  };

  // Adds a phrase (its words as written) with a caller value; empty phrases are ignored.
  void Insert(const std::vector<std::string>& words, CaseMode mode, uint32_t value);

  // Longest phrase starting at tokens[start] whose case rule holds; among phrases of that
  // length, the first inserted wins. accept (optional) can reject values (e.g. by kind).
  Match Longest(const std::vector<Token>& tokens, uint32_t start,
                const std::function<bool(uint32_t)>& accept = nullptr) const;
  // The same answer, with the words' keys precomputed (`keys` built from `tokens`). Inline:
  // most tokens start no phrase, and are answered without a call.
  Match Longest(const std::vector<Token>& tokens, const Keys& keys, uint32_t start) const {
    if (start >= tokens.size() || !MayStart(keys.hash(start))) return {};
    return LongestFrom(tokens, keys, start);
  }
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

  Match LongestFrom(const std::vector<Token>& tokens, const Keys& keys, uint32_t start) const;
  uint32_t WordId(std::string_view lower) const;                 // UINT32_MAX = unknown word
  uint32_t WordId(std::string_view lower, uint32_t hash) const;  // hash = HashWord(lower)
  // The id of the word an ASCII `form` lowers to, with hash = HashWord(that lower case).
  uint32_t AsciiFormId(std::string_view form, uint32_t hash) const;
  // The id of the first word with this hash that `equal` accepts, UINT32_MAX if none.
  template <typename Equal>
  uint32_t ProbeWord(uint32_t hash, Equal&& equal) const;
  uint32_t Child(uint32_t node, uint32_t word) const;
  bool CaseOk(const Record& r, const std::vector<Token>& tokens, uint32_t start) const;
  // ForEach with the callback inlined: Longest runs for every token of every sentence.
  // key(i) -> the word id of tokens[i]: computed on the way, or read from Keys.
  template <typename Key, typename Fn>
  void Walk(const std::vector<Token>& tokens, uint32_t start, Key&& key, Fn&& fn) const;
  // The word id of a token's form, lower-cased and hashed like HashWord(dict_text::Lower(form)).
  uint32_t FormId(const std::string& form, std::string& lower) const;

  // Words and edges live in open-addressing tables (linear probing, power-of-two sizes): a
  // lookup is one hash (HashWord) and usually one compare, with no division and no chain of nodes,
  // where std::unordered_map cost both on every token of every sentence.
  struct WordSlot {
    uint32_t hash = 0;
    uint32_t id = UINT32_MAX;  // UINT32_MAX = empty
  };
  struct EdgeSlot {
    uint64_t key = UINT64_MAX;  // node << 32 | word; UINT64_MAX = empty (node ids stay below)
    uint32_t child = 0;
  };
  static uint32_t HashWord(std::string_view w);
  std::string_view Word(uint32_t id) const;
  uint32_t AddWord(std::string_view lower);
  uint32_t AddEdge(uint64_t key);  // the child, a new node if the edge is new

  // One bit per hash value (modulo the size) of every phrase's first word: most tokens start no
  // phrase, and a walk from them stops at one bit test instead of a word and an edge lookup.
  static constexpr uint32_t kFirstBits = 1u << 19;  // 64 KiB, a few percent false positives
  bool MayStart(uint32_t hash) const {
    return !first_words_.empty() &&
           (first_words_[(hash & (kFirstBits - 1)) >> 6] >> (hash & 63) & 1) != 0;
  }
  std::vector<uint64_t> first_words_;

  std::vector<WordSlot> word_slots_;
  std::string word_arena_;
  std::vector<uint32_t> word_begin_{0};  // word i is word_arena_[word_begin_[i], [i + 1])
  std::vector<EdgeSlot> edge_slots_;
  size_t edges_ = 0;
  std::vector<uint32_t> node_head_{UINT32_MAX};  // node 0 is the root
  std::vector<uint32_t> node_tail_{UINT32_MAX};
  std::vector<Record> records_;
  std::string arena_;
};

}  // namespace entente
