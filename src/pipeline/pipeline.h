// Pipeline: the thin loop that chains the stages over one document. Stages never call each
// other; only the pipeline knows their order:
//
//   ingest -> tokenize -> segment -> (tag -> chunk -> code, in later stages)
//
// Thread-safety: Process is const; one Pipeline may serve many threads.
#pragma once

#include "core/document.h"
#include "core/status.h"
#include "segment/segmenter.h"
#include "tokenize/tokenizer.h"

namespace entente {

struct PipelineOptions {
  SegmenterOptions segmenter;
};

class Pipeline {
 public:
  explicit Pipeline(PipelineOptions options = {}) : segmenter_(options.segmenter) {}
  // Fills doc.sentences (and diagnostics) from doc.text.
  Status Process(Document& doc) const;

 private:
  Tokenizer tokenizer_;
  Segmenter segmenter_;
};

}  // namespace entente
