// Event: one coded "who did what to whom", with the evidence behind it.
#pragma once

#include <cstdint>
#include <string>

#include "core/span.h"

namespace entente {

struct Event {
  uint32_t sentence = 0;       // index into Document::sentences
  std::string source;          // actor code ("RUSGOV"); empty = unknown
  std::string target;          // actor code; empty = unknown
  std::string code;            // CAMEO event code as a string ("042")
  std::string root;            // first two digits ("04")
  int quad = 0;                // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;        // -10 .. +10
  std::string plover_type;     // PLOVER event type ("CONSULT"); empty if none
  std::string plover_mode;     // PLOVER mode ("visit"); empty if none
  Span source_span;            // the source actor's words in Document::text (empty if none)
  Span target_span;            // the target actor's words
  Span trigger_span;           // the verb group or event noun
  Span span;                   // the whole evidence: the sentence
  double confidence = 0;       // 0..1, from how the event was found
  std::string rule;            // "verbs/conflict.txt:120 condemn +" (for --explain)
  uint32_t mentions = 1;       // how many times the document states this event
};

}  // namespace entente
