// Chunker: tagged tokens -> chunks (NP, VP, PP...) and predicate frames, the shallow parse that
// the event coder reads (core/frame.h).
//
// Consumes Sentence::tokens with pos and lemma set (the tagger). Produces Sentence::chunks (base
// noun phrases, verb groups, prepositions, adverbs, in text order, non-overlapping) and
// Sentence::frames: one verbal frame per verb group (subject, objects, prepositional
// attachments; flags for negation, passive voice, modality, infinitive and gerund complements,
// reported speech, relative and conditional clauses) and one nominal frame per noun phrase that
// names a participant through a possessor, a proper adjective or a prepositional phrase
// ("Putin's visit to China", "Western sanctions", "exercises with Iran").
// It is rule-based and linear in the sentence length: no search, no recursion.
// Thread-safety: Chunk is const and may be called concurrently.
#pragma once

#include "core/document.h"

namespace entente {

struct ChunkerOptions {
  bool nominal_frames = true;  // build frames for event nouns ("visit", "sanctions")
};

class Chunker {
 public:
  explicit Chunker(ChunkerOptions options = {}) : options_(options) {}
  void Chunk(Sentence& sentence) const;

 private:
  ChunkerOptions options_;
};

// Exposed for tests: chunks only.
void BuildChunks(Sentence& sentence);

}  // namespace entente
