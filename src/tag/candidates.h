// TagCandidates: one token's possible tags with their emission scores, the lattice cell of
// Viterbi (tagger.cpp) and the evidence the news rules (news_rules.h) may consult.
#pragma once

#include "core/pos.h"

namespace entente {

// A token's candidate tags with log P(tag | token) - log P(tag): the emission score up to a
// per-token constant, which Viterbi may ignore.
struct TagCandidates {
  static constexpr int kMax = 8;
  int size = 0;
  Pos tag[kMax];
  float score[kMax];
  bool Has(Pos p) const {
    for (int i = 0; i < size; ++i) {
      if (tag[i] == p) return true;
    }
    return false;
  }
};

}  // namespace entente
