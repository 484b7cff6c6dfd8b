#include "code/petrarch_match.h"

namespace entente::code_internal {

PatternMatch MatchPetrarchFrame(const std::vector<Pattern>& patterns, const Sentence& sentence,
                                const Frame& frame, const Dictionary& dict,
                                const HasActorFn& has_actor) {
  return MatchFrame(patterns, sentence, frame, {}, dict, has_actor);
}

}  // namespace entente::code_internal
