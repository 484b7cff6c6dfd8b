// Limits: every bound on input size is an option with a documented default (see README).
#pragma once

#include <cstdint>

namespace entente {

struct Limits {
  // A document larger than this is skipped with a reason (--max-doc-bytes).
  uint64_t max_document_bytes = 16u << 20;
  // A sentence longer than this is cut, with a diagnostic (--max-sentence-bytes).
  uint32_t max_sentence_bytes = 8192;
  // A sentence with more tokens than this is cut, with a diagnostic (--max-sentence-tokens).
  uint32_t max_sentence_tokens = 400;
};

}  // namespace entente
