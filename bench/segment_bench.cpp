// Micro-benchmarks: tokenize and tokenize+segment throughput (bytes/s per core).
// Input: ../shared/bench/ngec-synthetic.jsonl texts when present (realistic news), else the
// bundled examples/news.jsonl texts; both are concatenated to at least 4 MB.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "corpus.h"
#include "pipeline/pipeline.h"
#include "segment/segmenter.h"
#include "tokenize/tokenizer.h"

namespace {

// The corpus texts as separate documents (how entente reads news).
const std::vector<std::string>& Documents() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    for (const entente::Document& d : entente::bench::CorpusDocuments()) out.push_back(d.text);
    if (out.empty()) out.push_back("Russian President Vladimir Putin visited China. ");
    return out;
  }();
  return docs;
}

const std::string& Corpus() {
  static const std::string text = [] {
    std::string all;
    for (const std::string& d : Documents()) all += d + "\n\n";
    std::string out;
    while (out.size() < (4u << 20)) out += all;
    return out;
  }();
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  entente::Tokenizer tokenizer;
  std::vector<entente::Token> tokens;
  for (auto _ : state) {
    tokenizer.Tokenize(text, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Split + tokenize document by document, as `entente segment` does.
void BM_TokenizeSegment(benchmark::State& state) {
  const std::vector<std::string>& docs = Documents();
  entente::Pipeline pipeline;
  size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const std::string& text : docs) {
      entente::Document doc;
      doc.text = text;
      pipeline.Process(doc);
      sentences += doc.sentences.size();
      bytes += text.size();
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeSegment)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
