// Micro-benchmarks: tokenize and tokenize+segment throughput (bytes/s per core).
// Input: ../shared/bench/ngec-synthetic.jsonl texts when present (realistic news), else the
// bundled examples/news.jsonl texts; both are concatenated to at least 4 MB.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "ingest/ingest.h"
#include "pipeline/pipeline.h"
#include "segment/segmenter.h"
#include "tokenize/tokenizer.h"

namespace {

const std::string& Corpus() {
  static const std::string text = [] {
    std::string all;
    for (const char* path : {"../shared/bench/ngec-synthetic.jsonl", "../../shared/bench/ngec-synthetic.jsonl",
                             "examples/news.jsonl", "../examples/news.jsonl"}) {
      if (!std::ifstream(path)) continue;
      entente::IngestAccount account;
      entente::ReadInput(path, {}, account,
                         [&](entente::Document&& d) { all += d.text + "\n\n"; },
                         [](entente::Severity, const entente::Status&) {});
      break;
    }
    if (all.empty()) all = "Russian President Vladimir Putin visited China. ";
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

void BM_TokenizeSegment(benchmark::State& state) {
  const std::string& text = Corpus();
  entente::Pipeline pipeline;
  size_t sentences = 0;
  for (auto _ : state) {
    entente::Document doc;
    doc.text = text;
    state.PauseTiming();
    state.ResumeTiming();
    pipeline.Process(doc);
    sentences = doc.sentences.size();
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeSegment)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
