// Pipeline: the thin loop that chains the stages over one document. Stages never call each
// other; only the pipeline knows their order:
//
//   tokenize -> segment -> tag -> chunk -> code
//
// Each later stage runs when its resources are given: no tagger = segmentation only; no
// dictionary = parse only. Resources are immutable and shared, so one Pipeline serves many
// threads. Thread-safety: Process is const.
#pragma once

#include <memory>

#include "chunk/chunker.h"
#include "code/coder.h"
#include "core/document.h"
#include "core/status.h"
#include "dict/dictionary.h"
#include "segment/segmenter.h"
#include "tag/tagger.h"
#include "tokenize/tokenizer.h"

namespace entente {

struct PipelineOptions {
  SegmenterOptions segmenter;
  std::shared_ptr<const Tagger> tagger;  // null: stop after segmenting
  ChunkerOptions chunker;
  std::shared_ptr<const Dictionary> dictionary;  // null: stop after chunking
  CoderOptions coder;
  // false: once a document is coded, drop each sentence's tokens, chunks and frames (keeping its
  // index and span). Callers that only need events and evidence spans save the memory, and the
  // next document reuses it while it is still in cache instead of the batch's end freeing cold
  // memory (a third fewer cache misses on long corpora).
  bool keep_parse = true;
};

class Pipeline {
 public:
  explicit Pipeline(PipelineOptions options = {});
  // Fills doc.sentences (tokens, tags, chunks, frames unless !keep_parse), doc.events and
  // doc.diagnostics.
  Status Process(Document& doc) const;

 private:
  PipelineOptions options_;
  Tokenizer tokenizer_;
  Segmenter segmenter_;
  Chunker chunker_;
  std::unique_ptr<Coder> coder_;
};

// Loads the tagger model from tag/tagger.h DefaultTaggerModelPath().
Result<std::shared_ptr<const Tagger>> LoadDefaultTagger();

}  // namespace entente
