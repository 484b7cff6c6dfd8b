#include "pipeline/pipeline.h"

#include <utility>

namespace entente {

Pipeline::Pipeline(PipelineOptions options)
    : options_(std::move(options)), segmenter_(options_.segmenter), chunker_(options_.chunker) {
  if (options_.dictionary) coder_ = std::make_unique<Coder>(options_.dictionary, options_.coder);
}

Status Pipeline::Process(Document& doc) const {
  if (doc.text.size() > UINT32_MAX) return LimitExceeded("document over 4 GiB: " + doc.id);
  std::vector<Token> tokens;
  tokenizer_.Tokenize(doc.text, tokens);
  segmenter_.Segment(std::move(tokens), doc);
  if (!options_.tagger) return Status::Ok();
  // Stage by stage over the document rather than sentence by sentence: each stage's code stays
  // in the instruction cache across the document's sentences.
  for (Sentence& sentence : doc.sentences) options_.tagger->Tag(sentence);
  for (Sentence& sentence : doc.sentences) chunker_.Chunk(sentence);
  if (coder_) coder_->Code(doc);
  if (!options_.keep_parse) {
    for (Sentence& sentence : doc.sentences) {
      std::exchange(sentence.tokens, {});
      std::exchange(sentence.chunks, {});
      std::exchange(sentence.frames, {});
    }
  }
  return Status::Ok();
}

Result<std::shared_ptr<const Tagger>> LoadDefaultTagger() {
  auto tagger = Tagger::Load(DefaultTaggerModelPath());
  if (!tagger.ok()) return tagger.status();
  return std::shared_ptr<const Tagger>(std::move(tagger.value()));
}

}  // namespace entente
