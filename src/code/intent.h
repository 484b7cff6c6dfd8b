// Intent and threat codes: what an intention ("agreed to resume talks", "will send troops") or a
// threat ("threatened to strike") to carry out an action is coded as in CAMEO 1.1b3.
#pragma once

#include <string>
#include <string_view>

namespace entente::code_internal {

// The 03x code for an intent to do `action` ("046" -> "036", "072" -> "0332"), or "" when
// CAMEO has no intent code for it (intent to criticise).
std::string IntentCode(std::string_view action);
// The 13x code for a threat to do `action` ("190" -> "138", "163" -> "1312").
std::string ThreatCode(std::string_view action);

bool IsIntentVerb(std::string_view lemma);     // agree, pledge, promise, plan, decide...
bool IsThreatVerb(std::string_view lemma);     // threaten, warn
bool IsRealizingVerb(std::string_view lemma);  // continue, begin, resume: the complement happens
bool IsBlockingVerb(std::string_view lemma);   // deny, refuse, avoid, stop: it does not
bool IsPerformingVerb(std::string_view lemma); // not condemn, discuss, lift...: its subject acts

}  // namespace entente::code_internal
