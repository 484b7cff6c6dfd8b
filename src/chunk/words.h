// Closed-class word lists and tag tests shared by the chunker's passes.
#pragma once

#include <string_view>

#include "core/document.h"
#include "core/hash.h"

namespace entente::chunk_internal {

// The lemma if the tagger set one, else the form (callers compare lower-case words).
inline std::string_view Word(const Token& t) {
  return t.lemma.empty() ? std::string_view(t.form) : std::string_view(t.lemma);
}

// The token's word or its form is `lower` (ASCII case aside). Inline: the chunker asks this of
// most tokens with a literal, and the length test usually settles it.
inline bool WordIs(const Token& t, std::string_view lower) {
  return EqualsAsciiLower(Word(t), lower) || EqualsAsciiLower(t.form, lower);
}

bool IsAuxiliary(const Token& t);     // be, have, do, get (as auxiliaries), modals
bool IsNegation(const Token& t);      // not, n't, never
bool IsSubordinator(const Token& t);  // while, although, because, if, unless, whereas, whether
bool IsConditional(const Token& t);   // if, unless
bool IsRelative(const Token& t);      // which, who, whom, whose, that (as WDT)
// IsReportingVerb, IsControllingNoun and IsCollectiveNoun ignore ASCII case: callers pass a
// token's word unlowered.
bool IsReportingVerb(std::string_view lemma);      // say, tell, announce, add, state...
bool IsObjectControlVerb(std::string_view lemma);  // urge, ask, enable, allow, force...
bool IsControllingNoun(std::string_view lemma);    // effort, plan, attempt, pledge... + "to VERB"
bool IsCollectiveNoun(std::string_view lemma);     // tens, thousands, navy, delegation... + "of X"
bool IsQuantifier(const Token& t);             // all, some, each, both, most, none, one... + "of X"
bool IsClauseVerb(std::string_view lemma);     // hope, indicate, fear, know... + finite clause
bool IsClauseOpener(const Token& t);           // after, before, since, until (+ NP VP: a clause)
bool IsCopula(std::string_view lemma);         // be, remain, seem, become... + predicate
bool IsTemporalNoun(std::string_view lemma);   // day, week, Monday, yesterday... (adverbial NPs)
bool IsTemporalWord(const Token& t);           // IsTemporalNoun, or a month as a proper noun (June)
bool IsParticiplePreposition(const Token& t);  // according, following, including... (lemmas)
bool IsComma(const Token& t);
bool IsCoordinator(const Token& t);  // and, or, but, as well as (first word)
bool IsNounTag(Pos p);               // NN*, PRP, CD
bool IsNpModifierTag(Pos p);         // DT, PDT, PRP$, CD, JJ*, NN*

}  // namespace entente::chunk_internal
