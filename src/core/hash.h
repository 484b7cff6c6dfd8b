// Word hashes for the in-memory tables of the stages (the tagger's lexicon, the dictionaries'
// word tables and tries). They read eight bytes at a time: hashing byte by byte (FNV) was a
// tenth of the run, one multiply in a chain per byte. Tables live only in memory, so the
// function is free to change; nothing may store these values.
//
//   HashBytes("Tank") != HashBytes("tank")
//   HashLowerAscii("Tank") == HashLowerAscii("TANK") == HashLowerAscii("tank") == HashBytes("tank")
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/chars.h"

namespace entente {
namespace hash_internal {

inline uint64_t Mix(uint64_t a, uint64_t b) {
  const unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}
inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Adds 0x20 to every byte of `x` in 'A'..'Z', leaving all others (UTF-8 bytes too) as they are.
struct LowerAsciiBytes {
  uint64_t operator()(uint64_t x) const { return x | (AsciiBytesIn(x, 'A', 'Z') >> 2); }
};
struct SameBytes {
  uint64_t operator()(uint64_t x) const { return x; }
};

// Bytes are read as whole words, the last word overlapping the one before when the length is
// not a multiple of eight; `Fold` maps each word read (the identity, or LowerAsciiBytes).
template <typename Fold>
[[gnu::always_inline]] inline uint32_t Hash(std::string_view s, Fold fold) {
  constexpr uint64_t kSeed0 = 0x9E3779B97F4A7C15ull, kSeed1 = 0xBF58476D1CE4E5B9ull,
                     kSeed2 = 0x94D049BB133111EBull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = n;
    for (size_t i = 0; i + 8 < n; i += 8) a = Mix(a ^ fold(Load64(p + i)), kSeed0);
    b = fold(Load64(p + n - 8));
  } else if (n >= 4) {
    a = fold(Load32(p));
    b = fold(Load32(p + n - 4));
  } else if (n > 0) {
    a = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<unsigned char>(p[n - 1]);
    a = fold(a);
  }
  const uint64_t h = Mix(a ^ kSeed1, b ^ kSeed2 ^ n);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace hash_internal

// A hash of the bytes as they are.
inline uint32_t HashBytes(std::string_view s) {
  return hash_internal::Hash(s, hash_internal::SameBytes());
}

// A hash of the bytes with ASCII capitals lowered: equal to HashBytes of that lower case.
inline uint32_t HashLowerAscii(std::string_view s) {
  return hash_internal::Hash(s, hash_internal::LowerAsciiBytes());
}

// Whether `form` equals `lower` once its ASCII capitals are lowered (no copy is made): the
// comparison that goes with HashLowerAscii.
inline bool EqualsAsciiLower(std::string_view form, std::string_view lower) {
  if (form.size() != lower.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != lower[i]) return false;
  }
  return true;
}

// Whether two words are equal, with short words compared as one or two integer loads instead of
// a call to memcmp: the tables compare the word they find with the one asked for.
inline bool SameWord(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 8) return std::memcmp(a.data(), b.data(), n) == 0;
  if (n >= 4) {
    return hash_internal::Load32(a.data()) == hash_internal::Load32(b.data()) &&
           hash_internal::Load32(a.data() + n - 4) == hash_internal::Load32(b.data() + n - 4);
  }
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace entente
