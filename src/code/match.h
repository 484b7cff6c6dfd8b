// Pattern matching: a verb or noun frame against the dictionary's patterns for its lemma.
#pragma once

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

// The best pattern for a (voice-normalised) frame: `slots` are its object, second object and
// prepositional phrases in order; `modifiers` the words of the event noun's own phrase (nominal
// frames) for leading pattern words such as "military" in "military exercise with +".
PatternMatch MatchFrame(const std::vector<Pattern>& patterns, const Sentence& sentence,
                        const Frame& frame, TokenRange modifiers, const Dictionary& dict,
                        const HasActorFn& has_actor);

}  // namespace entente::code_internal
