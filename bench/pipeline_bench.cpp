// Micro-benchmarks of the whole pipeline, document by document as the CLI runs it, without
// reading JSON or writing output: the front end (split + tokenize + tag + chunk, the issue's
// "split+tag+parse" figure) and coding with the default dictionaries. Reports sentences/s per
// thread. Input: ../shared/bench/ngec-synthetic.jsonl when present, else examples/news.jsonl.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "corpus.h"
#include "dict/dictionary.h"
#include "pipeline/pipeline.h"

namespace {

std::shared_ptr<const entente::Tagger> Tagger() {
  static const auto tagger = [] {
    auto t = entente::LoadDefaultTagger();
    if (!t.ok()) std::fprintf(stderr, "%s\n", t.status().ToString().c_str());
    return t.ok() ? t.value() : nullptr;
  }();
  return tagger;
}

std::shared_ptr<const entente::Dictionary> Dictionary() {
  static const auto dict = [] {
    entente::Diagnostics diags;
    auto d = entente::LoadNativeDictionary(entente::DefaultDictionaryDir(), diags);
    if (!d.ok()) std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
    return d.ok() ? d.value() : nullptr;
  }();
  return dict;
}

void Run(benchmark::State& state, const entente::Pipeline& pipeline) {
  const std::vector<entente::Document>& docs = entente::bench::CorpusDocuments();
  if (docs.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  size_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const entente::Document& input : docs) {
      entente::Document doc = input;
      (void)pipeline.Process(doc);
      sentences += doc.sentences.size();
      events += doc.events.size();
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

// Split + tokenize + tag + chunk: what `entente parse` does before writing JSON.
void BM_FrontEnd(benchmark::State& state) {
  if (!Tagger()) return state.SkipWithError("no tagger model");
  entente::PipelineOptions options;
  options.tagger = Tagger();
  Run(state, entente::Pipeline(options));
}
BENCHMARK(BM_FrontEnd)->Unit(benchmark::kMillisecond);

// The front end and the coder with the default dictionaries: what `entente code` does.
void BM_Code(benchmark::State& state) {
  if (!Tagger() || !Dictionary()) return state.SkipWithError("no tagger model or dictionaries");
  entente::PipelineOptions options;
  options.tagger = Tagger();
  options.dictionary = Dictionary();
  Run(state, entente::Pipeline(options));
}
BENCHMARK(BM_Code)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
