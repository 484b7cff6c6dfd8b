#include "pipeline/pipeline.h"

namespace entente {

Status Pipeline::Process(Document& doc) const {
  if (doc.text.size() > UINT32_MAX) return LimitExceeded("document over 4 GiB: " + doc.id);
  std::vector<Token> tokens;
  tokenizer_.Tokenize(doc.text, tokens);
  segmenter_.Segment(std::move(tokens), doc);
  return Status::Ok();
}

}  // namespace entente
