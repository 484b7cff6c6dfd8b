// WordMemo: a small direct-mapped memo of per-word results (a token's candidate tags, a lemma)
// that depend only on the word, a few context bits and an immutable model. News repeats its
// words: most tokens of a corpus were seen a few hundred tokens earlier, and one hash and one
// compare replace the lexicon, suffix and WordNet lookups, the normalisation and the logarithms.
//
// A memo belongs to one thread (callers keep it thread_local) and to one model at a time: it
// empties itself when asked for another owner id, so two taggers in one thread never share
// answers. Each slot holds the last word that hashed to it, so the memory is fixed and a miss
// costs one recomputation. Answers are those of the computation they replace, whatever was
// memoized before: the output never depends on the memo.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tag/string_index.h"

namespace entente {

template <typename Value, size_t kSlots>
class WordMemo {
  static_assert((kSlots & (kSlots - 1)) == 0, "kSlots is a power of two");

 public:
  struct Slot {
    uint64_t hash = 0;
    uint32_t context = 0;
    bool filled = false;
    std::string word;
    Value value{};
  };

  // The slot for (`word`, `context`) under model `owner`. `hit`: it holds their value. Otherwise
  // it now belongs to them, and the caller must store the value before the next lookup.
  Slot& Lookup(uint64_t owner, std::string_view word, uint32_t context, bool& hit) {
    return Lookup(owner, word, StringIndex::Hash(word), context, hit);
  }
  // The same with `word_hash` = StringIndex::Hash(word), for a caller that looks one word up in
  // several memos.
  // Inlined: it runs twice per token, and a call's prologue cost as much as the probe.
  [[gnu::always_inline]] Slot& Lookup(uint64_t owner, std::string_view word, uint32_t word_hash,
                                      uint32_t context, bool& hit) {
    if (owner != owner_ || slots_.empty()) {
      slots_.assign(kSlots, Slot{});
      owner_ = owner;
    }
    const uint64_t h = word_hash ^ (uint64_t{context} * 0x9E3779B97F4A7C15ull);
    Slot& s = slots_[h & (kSlots - 1)];
    hit = s.filled && s.hash == h && s.context == context && SameWord(s.word, word);
    if (!hit) {
      s.hash = h;
      s.context = context;
      s.filled = true;
      s.word.assign(word);
    }
    return s;
  }

 private:
  uint64_t owner_ = 0;
  std::vector<Slot> slots_;
};

}  // namespace entente
