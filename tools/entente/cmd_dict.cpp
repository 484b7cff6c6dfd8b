// `entente dict check`: load a dictionary set (native or PETRARCH-2), lint it, run its
// self-tests, print counts per kind and every problem as file:line: reason.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "cli_common.h"
#include "dict/check.h"
#include "pipeline/pipeline.h"
#include "dict/dictionary.h"

namespace entente::cli {

namespace {

struct DictFlags {
  std::string dict_dir;
  std::string petrarch_dir;
  std::string date;
  bool verbose = false;
};

int RunDictCheck(const DictFlags& flags) {
  CivilDate date;
  if (!flags.date.empty()) {
    auto d = ParseDate(flags.date);
    if (!d) {
      std::fprintf(stderr, "entente dict check: --date wants YYYY-MM-DD, got '%s'\n",
                   flags.date.c_str());
      return kExitUsage;
    }
    date = *d;
  }
  Diagnostics diags;
  const std::string native_dir = flags.dict_dir.empty() ? DefaultDictionaryDir() : flags.dict_dir;
  const auto start = std::chrono::steady_clock::now();
  auto dict = flags.petrarch_dir.empty()
                  ? LoadNativeDictionary(native_dir, diags)
                  : LoadPetrarchDictionary(flags.petrarch_dir, diags, DefaultDictionaryDir());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!dict.ok()) {
    std::fprintf(stderr, "entente dict check: %s\n", dict.status().ToString().c_str());
    return kExitFatal;
  }
  const Dictionary& d = **dict;
  std::printf("%s dictionary %s (loaded in %.3f s)\n", d.is_petrarch() ? "PETRARCH-2" : "native",
              (flags.petrarch_dir.empty() ? native_dir : flags.petrarch_dir).c_str(), seconds);
  std::fputs(FormatCounts(d.Counts()).c_str(), stdout);

  // dict/ cannot call the coder (layering): the command passes the whole pipeline in.
  CoderFn coder;
  std::unique_ptr<Pipeline> pipeline;
  if (auto tagger = LoadDefaultTagger(); tagger.ok()) {
    PipelineOptions options;
    options.tagger = tagger.value();
    options.dictionary = dict.value();
    pipeline = std::make_unique<Pipeline>(options);
    coder = [&pipeline](std::string_view sentence) {
      Document doc;
      doc.id = "self-test";
      doc.text = std::string(sentence);
      std::vector<CodedEvent> out;
      if (!pipeline->Process(doc).ok()) return out;
      for (const Event& e : doc.events) out.push_back({e.source, e.target, e.code});
      return out;
    };
  } else {
    std::printf("tagger model not found (%s): self-tests not run\n", tagger.status().ToString().c_str());
  }
  SelfTestReport tests = RunSelfTests(d, coder);
  if (tests.not_run > 0) {
    std::printf("%zu self-tests not run: no coder in this build\n", tests.not_run);
  } else {
    std::printf("self-tests: %zu run, %zu passed\n", tests.run, tests.passed);
  }
  if (flags.verbose && date.known()) {
    std::printf("codes on %s of the first actors:\n", date.ToString().c_str());
    for (size_t i = 0; i < d.Actors().size() && i < 10; ++i) {
      const ActorEntry& e = d.Actors()[i];
      std::printf("  %-30s %s\n", e.phrase.c_str(), d.CodeOn(e, date).c_str());
    }
  }

  std::vector<const DictProblem*> errors, warnings;
  for (const DictProblem& p : diags.problems()) {
    (p.severity == Severity::kError ? errors : warnings).push_back(&p);
  }
  for (const DictProblem& p : tests.failures) errors.push_back(&p);
  // Patterns are linted from hash maps: sort so that the listing reads file by file.
  auto by_place = [](const DictProblem* a, const DictProblem* b) {
    if (a->status.file() != b->status.file()) return a->status.file() < b->status.file();
    return a->status.line() < b->status.line();
  };
  std::stable_sort(errors.begin(), errors.end(), by_place);
  std::stable_sort(warnings.begin(), warnings.end(), by_place);
  std::printf("%zu errors, %zu warnings\n", errors.size(), warnings.size());
  if (!errors.empty()) std::printf("errors:\n");
  for (const DictProblem* p : errors) std::printf("  %s\n", p->ToString().c_str());
  if (!warnings.empty()) std::printf("warnings:\n");
  const size_t shown = flags.verbose ? warnings.size() : std::min<size_t>(warnings.size(), 50);
  for (size_t i = 0; i < shown; ++i) std::printf("  %s\n", warnings[i]->ToString().c_str());
  if (shown < warnings.size()) {
    std::printf("  ... %zu more warnings (-v lists them all)\n", warnings.size() - shown);
  }
  return errors.empty() ? kExitOk : 1;
}

}  // namespace

Command AddDictCommand(CLI::App& app) {
  auto flags = std::make_shared<DictFlags>();
  CLI::App* cmd = app.add_subcommand("dict", "Dictionary tools");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand("check", "Load, lint and self-test a dictionary set");
  auto* native =
      check->add_option("--dict", flags->dict_dir,
                        "Native dictionary folder (default: the installed data/dictionaries)");
  auto* petrarch =
      check->add_option("--petrarch-dict", flags->petrarch_dir,
                        "PETRARCH-2 dictionary folder (CAMEO*/*verbs*, *actors*, *agents*, "
                        "*discards*, *Issue* files)");
  native->excludes(petrarch);
  check->add_option("--date", flags->date, "Resolve dated codes on this date (YYYY-MM-DD) for -v");
  check->add_flag("-v,--verbose", flags->verbose, "List every warning");
  check->footer(
      "Exit status: 0 no errors (warnings allowed), 1 errors, 3 the folder could not be read.\n"
      "Example: entente dict check --petrarch-dict ../shared/peers/petrarch2/phoenix-dict");
  return {cmd, [flags] { return RunDictCheck(*flags); }};
}

}  // namespace entente::cli
