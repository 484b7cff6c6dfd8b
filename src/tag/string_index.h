// StringIndex: an immutable open-addressing hash set of strings, mapping each key to its
// insertion number. Keys live in one arena, so a lookup is one hash and (usually) one compare,
// with no allocation: the tagger and lemmatizer do several lookups per token, and
// std::unordered_map<std::string, ...> would need a std::string per lookup before C++20's
// heterogeneous lookup and costs a pointer chase per bucket.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash.h"

namespace entente {

class StringIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Key number i is keys[i]; a repeated key keeps its first number.
  template <typename Range, typename KeyOf>
  void Build(const Range& keys, KeyOf key_of) {
    size_t n = 0, bytes = 0;
    for (const auto& k : keys) {
      bytes += key_of(k).size();
      ++n;
    }
    size_t cap = 16;
    while (cap < n * 2) cap *= 2;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{});
    offsets_.clear();
    offsets_.reserve(n + 1);
    arena_.clear();
    arena_.reserve(bytes);
    uint32_t id = 0;
    for (const auto& k : keys) {
      std::string_view key = key_of(k);
      offsets_.push_back(static_cast<uint32_t>(arena_.size()));
      arena_.append(key);
      Insert(key, id++);
    }
    offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  }

  uint32_t Find(std::string_view key) const {
    if (slots_.empty()) return kMissing;
    uint32_t h = Hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kMissing) return kMissing;
      if (s.hash == h && SameWord(Key(s.id), key)) return s.id;
    }
  }
  bool Contains(std::string_view key) const { return Find(key) != kMissing; }

  // The tagger's tables and WordMemo share core/hash.h's word hash.
  static uint32_t Hash(std::string_view s) { return HashBytes(s); }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kMissing;
  };

  std::string_view Key(uint32_t id) const {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  void Insert(std::string_view key, uint32_t id) {
    uint32_t h = Hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.id == kMissing) {
        s = Slot{h, id};
        return;
      }
      // Earlier keys are complete in the arena: offsets_ already holds their end.
      if (s.hash == h && Key(s.id) == key) return;
    }
  }

  std::string arena_;
  std::vector<uint32_t> offsets_;  // key i is arena_[offsets_[i], offsets_[i+1])
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace entente
