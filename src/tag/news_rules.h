// News-specific corrections applied after Viterbi, where one look at the neighbours beats the
// first-order model: titles before names, months, "'s" after pronouns, "U.S.", and the
// past tense / participle choice that a bigram model cannot see ("crowds trashed").
#pragma once

#include <vector>

#include "core/document.h"
#include "tag/candidates.h"

namespace entente {

// `cands[i]` are the tags Viterbi could choose for tokens[i]; rules only pick among them when
// they retag verbs. `headline`: the sentence is in capitals, so case-based rules are off.
void ApplyNewsRules(std::vector<Token>& tokens, const std::vector<TagCandidates>& cands,
                    bool headline);

}  // namespace entente
