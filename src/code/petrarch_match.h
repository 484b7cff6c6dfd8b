// Matching for PETRARCH-2 verb dictionaries (--petrarch-dict), whose patterns are written
// around the verb (`*`), with words before it on the subject side, noun-phrase and prepositional
// groups, synsets and paired codes; see dict/dictionary.h for how they are stored.
#pragma once

#include "code/match.h"

namespace entente::code_internal {

// A negated frame ("did not clash") matches only patterns whose words before `*` cover its
// negation ("&NEGATVAUXVRB * OVER EFFORTS"); PETRARCH writes a negated event as its own pattern.
PatternMatch MatchPetrarchFrame(const std::vector<Pattern>& patterns, const Sentence& sentence,
                                const Frame& frame, const Dictionary& dict,
                                const HasActorFn& has_actor, bool negated = false);

}  // namespace entente::code_internal
