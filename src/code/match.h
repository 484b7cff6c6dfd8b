// Pattern matching: a verb or noun frame against the dictionary's patterns for its lemma.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "dict/dictionary.h"

namespace entente::code_internal {

struct PatternMatch {
  const Pattern* pattern = nullptr;  // null = none matched
  int score = -1;                    // how much of the frame the pattern pinned down
  const Argument* target = nullptr;  // the argument named by `+` (or chosen by default)
  const Argument* source = nullptr;  // the argument named by `$` (subject becomes target)
  bool has_target_element = false;   // the pattern names its target (`+` or `$`)
};

using HasActorFn = std::function<bool(const Argument&)>;

// A token's hashes for the synonym-set tests: its form with ASCII capitals lowered and its
// lemma (the form again when it has none), as HashWord computes them. `fast` is false for a token
// whose tests need the general path (a non-ASCII form, a lemma with capitals or non-ASCII bytes,
// a space in the form), where dict_text::Lower could change the words. No member initializers:
// a MatchScratch holds 128 of them for every frame matched, filled only when asked for.
struct TokenKey {
  uint32_t form_hash, first_hash;
  bool fast, has_lemma;
};

TokenKey ComputeKey(const Token& t);

// What the patterns tried against one frame share. Several matches of the same frame (a verb's
// pattern lists, the second pass for force against someone unnamed) may share one; a scratch must
// not be reused for another frame or sentence.
class MatchScratch {
 public:
  // Answers already computed for the frame's slots: verbs can have hundreds of patterns that ask
  // the same questions ("is the object a &WEAPON?"). Keyed by (slot, PatternElement::question) in
  // a small open-addressing table; when it fills up, answers are computed afresh.
  class Answers {
   public:
    // The cell for (slot, question), with `found` telling whether it holds an answer already;
    // null when the table cannot take the key.
    int* Find(size_t slot, uint32_t question, bool& found) {
      found = false;
      if (slot >= 255 || question >= (1u << 24)) return nullptr;
      const uint32_t key = static_cast<uint32_t>(slot) << 24 | question;
      for (size_t i = (key * 2654435761u) >> (32 - kBits);; i = (i + 1) & (kSize - 1)) {
        const uint64_t bit = uint64_t{1} << (i & 63);
        if ((used_bits_[i >> 6] & bit) == 0) {
          if (used_ * 2 >= kSize) return nullptr;
          ++used_;
          used_bits_[i >> 6] |= bit;
          keys_[i] = key;
          return &values_[i];
        }
        if (keys_[i] == key) {
          found = true;
          return &values_[i];
        }
      }
    }

   private:
    static constexpr int kBits = 9;
    static constexpr size_t kSize = size_t{1} << kBits;
    // Cells are in use when their bit is set: a scratch is made for every frame, and clearing
    // 64 bytes of bits is cheaper than filling the keys.
    std::array<uint64_t, kSize / 64> used_bits_{};
    std::array<uint32_t, kSize> keys_;
    std::array<int, kSize> values_;
    size_t used_ = 0;
  };

  // The keys of the sentence's first tokens, computed when first asked for: every set a verb's
  // patterns name is tested against the same few arguments.
  class TokenKeys {
   public:
    const TokenKey& Get(const Token& t, uint32_t k) {
      if (k >= kCached) {
        spare_ = ComputeKey(t);
        return spare_;
      }
      const uint64_t bit = uint64_t{1} << (k & 63);
      if ((computed_[k >> 6] & bit) == 0) {
        computed_[k >> 6] |= bit;
        keys_[k] = ComputeKey(t);
      }
      return keys_[k];
    }

   private:
    static constexpr uint32_t kCached = 128;
    std::array<uint64_t, kCached / 64> computed_{};
    std::array<TokenKey, kCached> keys_;
    TokenKey spare_;
  };

  Answers answers;
  TokenKeys keys;
};

// The best pattern for a (voice-normalised) frame: `slots` are its object, second object and
// prepositional phrases in order; `modifiers` the words of the event noun's own phrase (nominal
// frames) for leading pattern words such as "military" in "military exercise with +".
PatternMatch MatchFrame(const PatternList& patterns, const Sentence& sentence, const Frame& frame,
                        TokenRange modifiers, const Dictionary& dict, const HasActorFn& has_actor,
                        MatchScratch* scratch = nullptr);

}  // namespace entente::code_internal
