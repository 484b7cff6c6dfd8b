// Micro-benchmarks: tagger and lemmatizer throughput (tokens/s per core) on tokenized news
// sentences. Needs the model (build/data/tagger.bin, or $ENTENTE_TAGGER_MODEL).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "tag/tagger.h"
#include "tokenize/tokenizer.h"

namespace {

const entente::Tagger* TheTagger() {
  static const std::unique_ptr<entente::Tagger> tagger = [] {
    auto t = entente::Tagger::Load(entente::DefaultTaggerModelPath());
    return t.ok() ? std::move(t).value() : nullptr;
  }();
  return tagger.get();
}

std::vector<std::vector<entente::Token>> Sentences() {
  const char* texts[] = {
      "Russian President Vladimir Putin held talks with Chinese leader Xi Jinping in Beijing on "
      "Tuesday, the Kremlin said.",
      "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds "
      "trashed its embassy.",
      "The United States imposed new sanctions on Iran's oil exports, which Tehran condemned as "
      "“economic terrorism”.",
      "Israeli forces shelled targets in Gaza after militants fired rockets, and Egypt's foreign "
      "minister urged both sides to show restraint.",
      "The European Union's 27 members agreed to provide $1.5 billion in aid to Ukraine, "
      "officials said."};
  std::vector<std::vector<entente::Token>> out;
  entente::Tokenizer tokenizer;
  for (const char* text : texts) {
    out.emplace_back();
    tokenizer.Tokenize(text, out.back());
  }
  return out;
}

void BM_Tag(benchmark::State& state) {
  const entente::Tagger* tagger = TheTagger();
  if (tagger == nullptr) return state.SkipWithError("no tagger model");
  auto sentences = Sentences();
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      tagger->Tag(s);
      tokens += s.size();
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->ThreadRange(1, 4);

void BM_Lemmatize(benchmark::State& state) {
  const entente::Tagger* tagger = TheTagger();
  if (tagger == nullptr) return state.SkipWithError("no tagger model");
  auto sentences = Sentences();
  for (auto& s : sentences) tagger->Tag(s);
  std::string lemma;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& s : sentences) {
      for (const entente::Token& t : s) {
        tagger->lemmatizer().Lemmatize(t.form, t.pos, lemma);
        benchmark::DoNotOptimize(lemma.data());
      }
      tokens += s.size();
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Lemmatize);

}  // namespace

BENCHMARK_MAIN();
