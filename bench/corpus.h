// The benchmarks' input: ../shared/bench/ngec-synthetic.jsonl (realistic news) when present,
// else the bundled examples/news.jsonl, read once as documents. Empty if neither is found.
#pragma once

#include <fstream>
#include <vector>

#include "core/document.h"
#include "ingest/ingest.h"

namespace entente::bench {

inline const std::vector<Document>& CorpusDocuments() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const char* path :
         {"../shared/bench/ngec-synthetic.jsonl", "../../shared/bench/ngec-synthetic.jsonl",
          "examples/news.jsonl", "../examples/news.jsonl"}) {
      if (!std::ifstream(path)) continue;
      IngestAccount account;
      ReadInput(
          path, {}, account, [&](Document&& d) { out.push_back(std::move(d)); },
          [](Severity, const Status&) {});
      break;
    }
    return out;
  }();
  return docs;
}

}  // namespace entente::bench
