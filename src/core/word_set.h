// WordSet: a closed list of lower-case words (auxiliaries, reporting verbs, verbs of intent...)
// in a hash table built at compile time. The stages test such lists for most tokens or frames,
// and a scan of a few dozen words cost more than hashing the word once.
//
//   static constexpr WordSet<3> kWords{std::array<std::string_view, 3>{"say", "tell", "add"}};
//   kWords.Contains("say");         // true
//   kWords.ContainsLower("Said");   // false: "said" is not listed
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/hash.h"

namespace entente {

template <size_t N>
class WordSet {
 public:
  // No listed word may be empty: an empty slot ends a probe.
  constexpr explicit WordSet(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words) {
      size_t i = Hash(w, false) & (kSize - 1);
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (kSize - 1);
      slots_[i] = w;
      lengths_ |= LengthBit(w.size());
      const auto first = static_cast<unsigned char>(w[0]);
      firsts_[first >> 6] |= uint64_t{1} << (first & 63);
    }
  }
  bool Contains(std::string_view w) const { return Find(w, false); }
  // `form` with its ASCII capitals lowered is in the set.
  bool ContainsLower(std::string_view form) const { return Find(form, true); }

 private:
  static constexpr uint32_t Hash(std::string_view w, bool lower) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : w) {
      if (lower && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return h;
  }
  static constexpr size_t Size() {
    size_t n = 1;
    while (n < 2 * N) n *= 2;
    return n;
  }
  static constexpr size_t kSize = Size();
  static constexpr uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }
  bool Find(std::string_view w, bool lower) const {
    // Most words tested are in no list: their length or first letter rules them out before
    // they are hashed.
    if (w.empty() || (lengths_ & LengthBit(w.size())) == 0) return false;
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (lower && first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
    if ((firsts_[first >> 6] & (uint64_t{1} << (first & 63))) == 0) return false;
    for (size_t i = Hash(w, lower) & (kSize - 1);; i = (i + 1) & (kSize - 1)) {
      const std::string_view s = slots_[i];
      if (s.empty()) return false;
      if (lower ? EqualsAsciiLower(w, s) : s == w) return true;
    }
  }
  std::array<std::string_view, kSize> slots_{};
  uint64_t lengths_ = 0;              // bit n: some word has n bytes (bit 63: 63 or more)
  std::array<uint64_t, 4> firsts_{};  // bit b: some word starts with byte b
};

}  // namespace entente
