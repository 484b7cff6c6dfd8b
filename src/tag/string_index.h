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
      if (s.hash == h && Key(s.id) == key) return s.id;
    }
  }
  bool Contains(std::string_view key) const { return Find(key) != kMissing; }

  // Eight bytes at a time rather than FNV's one: hashing was a fifth of the tagger's time, and
  // the table lives only in memory, so the function is free to change. WordMemo uses it too.
  static uint32_t Hash(std::string_view s) {
    constexpr uint64_t kSeed0 = 0x9E3779B97F4A7C15ull, kSeed1 = 0xBF58476D1CE4E5B9ull,
                       kSeed2 = 0x94D049BB133111EBull;
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      // Whole words, then the last eight bytes (overlapping the previous word when n % 8 != 0).
      a = n;
      for (size_t i = 0; i + 8 < n; i += 8) a = Mix(a ^ Load64(p + i), kSeed0);
      b = Load64(p + n - 8);
    } else if (n >= 4) {
      a = Load32(p);
      b = Load32(p + n - 4);
    } else if (n > 0) {
      a = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
          static_cast<unsigned char>(p[n - 1]);
    }
    const uint64_t h = Mix(a ^ kSeed1, b ^ kSeed2 ^ n);
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

 private:
  static uint64_t Mix(uint64_t a, uint64_t b) {
    const unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  }
  static uint64_t Load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static uint64_t Load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
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
