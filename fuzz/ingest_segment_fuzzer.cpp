// Fuzz target: raw bytes -> ingest (text, JSON Lines or HTML, chosen by the first byte) ->
// tokenize + segment. Checks the invariants every later stage relies on.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "ingest/ingest.h"
#include "pipeline/pipeline.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDocument(entente::Document& doc, const entente::Pipeline& pipeline) {
  Check(entente::FindInvalidUtf8(doc.text) == std::string::npos);  // ingest repaired it
  Check(pipeline.Process(doc).ok());
  uint32_t last = 0;
  for (const entente::Sentence& s : doc.sentences) {
    Check(!s.tokens.empty());
    Check(s.span.begin == s.tokens.front().span.begin && s.span.end == s.tokens.back().span.end);
    for (const entente::Token& t : s.tokens) {
      Check(t.span.begin >= last && t.span.end > t.span.begin && t.span.end <= doc.text.size());
      Check(doc.Text(t.span) == t.form);
      last = t.span.end;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1 << 16)) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  entente::IngestOptions options;
  options.limits.max_document_bytes = 1 << 16;
  options.limits.max_sentence_tokens = 50;
  entente::PipelineOptions po;
  po.segmenter.limits = options.limits;
  entente::Pipeline pipeline(po);
  entente::IngestAccount account;
  auto on_doc = [&](entente::Document&& doc) { CheckDocument(doc, pipeline); };
  auto on_problem = [](entente::Severity, const entente::Status&) {};
  switch (data[0] % 3) {
    case 0:
      entente::ReadTextBytes("fuzz.txt", bytes, options, account, on_doc, on_problem);
      break;
    case 1: {
      uint64_t line = 0;
      size_t start = 0;
      while (start <= bytes.size()) {
        size_t nl = bytes.find('\n', start);
        if (nl == std::string::npos) nl = bytes.size();
        entente::ReadJsonLine("fuzz.jsonl", ++line, bytes.substr(start, nl - start), options,
                              account, on_doc, on_problem);
        start = nl + 1;
      }
      break;
    }
    default:
      entente::ReadHtmlBytes("fuzz.html", bytes, options, account, on_doc, on_problem);
  }
  Check(account.read >= account.skipped);
  return 0;
}
