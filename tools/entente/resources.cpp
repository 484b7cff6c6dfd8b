#include "resources.h"

#include <CLI/CLI.hpp>

#include <future>

#include "cli_common.h"

namespace entente::cli {

void DictionaryFlags::Register(CLI::App& app) {
  auto* native = app.add_option("--dict", dict_dir,
                                "Native dictionary folder (default: the installed data/dictionaries)");
  auto* petrarch = app.add_option("--petrarch-dict", petrarch_dir,
                                  "PETRARCH-2 dictionary folder (verbs, actors, agents, discards)");
  native->excludes(petrarch);
  petrarch->excludes(native);
}

bool LoadCodingResources(const DictionaryFlags& flags, bool quiet, PipelineOptions& options) {
  // The tagger model and the dictionaries are independent: the model loads on a second thread
  // while this one reads the dictionaries (a third of start-up each on a machine with two cores).
  std::future<Result<std::shared_ptr<const Tagger>>> tagger_load =
      std::async(std::launch::async, LoadDefaultTagger);
  Diagnostics diags;
  const std::string native = flags.dict_dir.empty() ? DefaultDictionaryDir() : flags.dict_dir;
  auto dict = flags.petrarch_dir.empty()
                  ? LoadNativeDictionary(native, diags)
                  : LoadPetrarchDictionary(flags.petrarch_dir, diags, DefaultDictionaryDir());
  if (!dict.ok()) {
    std::fprintf(stderr, "entente: %s\n", dict.status().ToString().c_str());
    return false;
  }
  size_t errors = 0;
  for (const DictProblem& p : diags.problems()) errors += p.severity == Severity::kError;
  if (!quiet && !diags.problems().empty()) {
    std::fprintf(stderr,
                 "entente: dictionary %s: %zu problem(s), %zu of them errors; entries in error "
                 "were skipped (details: entente dict check)\n",
                 (flags.petrarch_dir.empty() ? native : flags.petrarch_dir).c_str(),
                 diags.problems().size(), errors);
  }
  options.dictionary = dict.value();
  auto tagger = tagger_load.get();
  if (!tagger.ok()) {
    std::fprintf(stderr, "entente: %s\n", tagger.status().ToString().c_str());
    return false;
  }
  options.tagger = tagger.value();
  return true;
}

}  // namespace entente::cli
