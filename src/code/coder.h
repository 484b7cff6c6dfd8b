// Coder: frames + dictionary -> CAMEO/PLOVER events with evidence (core/event.h).
//
// Consumes a Document whose sentences are tagged and chunked (tokens with pos and lemma,
// chunks, frames) and an immutable Dictionary. Produces Document::events: one event per
// (source, target, code) stated in the document, with the evidence spans of its first statement
// and a mention count. Actors come from the dictionary's actor and agent matchers, people by
// their role on the document's date, pronouns and definite descriptions ("it", "their", "the two
// nations") from the document's earlier actors. Negated, hypothetical, modal and interrogative
// predicates are not coded; intentions and futures get the CAMEO intent (03x) or threat (13x)
// codes. See docs/coding.md.
// Thread-safety: Code is const; one Coder may serve many threads.
#pragma once

#include <memory>

#include "core/document.h"
#include "dict/dictionary.h"

namespace entente {

struct CoderOptions {
  bool nominal_events = true;     // code event nouns ("Putin's visit to China")
  bool explain = false;           // fill Event::rule with the pattern and how it matched
  uint32_t max_events_per_sentence = 32;  // a documented bound on combinatorial compounds
};

class Coder {
 public:
  Coder(std::shared_ptr<const Dictionary> dictionary, CoderOptions options = {})
      : dict_(std::move(dictionary)), options_(options) {}
  void Code(Document& doc) const;
  const Dictionary& dictionary() const { return *dict_; }

 private:
  std::shared_ptr<const Dictionary> dict_;
  CoderOptions options_;
};

}  // namespace entente
