// Segmenter: groups a document's tokens into sentences and finds its dateline
// (rules in docs/segmentation.md).
//
// Consumes the tokenizer's flat token vector for Document::text. Produces Document::sentences
// (every token lands in exactly one sentence, in order, except dateline tokens) and
// Document::dateline. Sentences over the limits are cut and the cut is recorded in
// Document::diagnostics.
// Thread-safety: Segment is const and may be called concurrently.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/limits.h"

namespace entente {

struct SegmenterOptions {
  Limits limits;
  bool wrapped_lines = false;     // --wrapped: single line breaks are plain whitespace
  bool detect_dateline = true;
};

class Segmenter {
 public:
  explicit Segmenter(SegmenterOptions options = {}) : options_(options) {}
  void Segment(std::vector<Token>&& tokens, Document& doc) const;

 private:
  SegmenterOptions options_;
};

}  // namespace entente
