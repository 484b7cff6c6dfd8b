// WordTable: a set of lower-case words with a few flag bits each, probed with a hash the caller
// computed while it lowered the word (HashWord), so that a membership test costs one probe and
// usually no string compare. The coder asks "is this token in &WEAPON?" for many sets about the
// same tokens; a std::unordered_set hashed the word again for every set.
// Thread-safety: immutable after building; Find is const and reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash.h"

namespace entente {

// The hash of PhraseTrie and WordTable. ASCII case does not change it, so a token's form
// hashes as its lower case does, with no lowered copy: HashWord("Tank") == HashWord("tank").
inline uint32_t HashWord(std::string_view w) { return HashLowerAscii(w); }

class WordTable {
 public:
  // Adds `flags` to the word's flags (the word is stored as given); false for a word too long
  // for the table, which is then not added.
  bool Add(std::string_view word, uint8_t flags);
  // The word's flags, 0 if absent; hash = HashWord(word).
  uint8_t Find(std::string_view word, uint32_t hash) const {
    return Probe(hash, [&](std::string_view stored) { return SameWord(stored, word); });
  }
  // The same for the word `form` lowers to with ASCII capitals lowered (no copy is made);
  // hash = HashWord of that lower case.
  uint8_t FindAsciiLower(std::string_view form, uint32_t hash) const {
    return Probe(hash, [&](std::string_view stored) { return EqualsAsciiLower(form, stored); });
  }
  bool empty() const { return size_ == 0; }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t begin = 0;  // the word is arena_[begin, begin + length)
    uint16_t length = 0;
    uint8_t flags = 0;  // 0 = empty slot
  };
  std::string_view Word(const Slot& s) const {
    return std::string_view(arena_).substr(s.begin, s.length);
  }
  // The flags of the first slot with this hash whose word `equal` accepts, 0 if none.
  template <typename Equal>
  uint8_t Probe(uint32_t hash, Equal&& equal) const {
    if (slots_.empty()) return 0;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.flags == 0) return 0;
      if (s.hash == hash && equal(Word(s))) return s.flags;
    }
  }
  void Grow();

  std::vector<Slot> slots_;  // linear probing, power-of-two size, at most half full
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace entente
