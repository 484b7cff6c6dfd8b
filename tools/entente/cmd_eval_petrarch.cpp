// entente eval petrarch: codes PETRARCH-2 validation records (PETR.UnitTest.records.xml) with a
// PETRARCH dictionary set and compares the coded events with the records' expected events.
// Registered on the existing `eval` subcommand so that cmd_eval.cpp stays untouched.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli_common.h"
#include "resources.h"
#include "treebank/petrarch.h"
#include "treebank/tree.h"
#include "treebank/tree_document.h"

namespace entente::cli {
namespace {

struct EvalPetrarchFlags {
  std::string records;
  DictionaryFlags dict;
  bool given_parse = false;
  bool verbose = false;
  bool quiet = false;
};

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

// PETRARCH writes an actor it cannot code as "---" (with an agent: "---GOV"); entente leaves
// the code empty, so both spellings meet at PETRARCH's.
std::string PetrarchActor(const std::string& code) {
  if (code.empty()) return "---";
  return code;
}

std::string Show(const std::set<Triple>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const Triple& t : events) {
    if (!out.empty()) out += "; ";
    out += std::get<0>(t) + "," + std::get<1>(t) + "," + std::get<2>(t);
  }
  return out;
}

// Codes one record: from its text with our pipeline, or from its tree (--given-parse).
std::set<Triple> CodeRecord(const PetrarchRecord& record, const EvalPetrarchFlags& flags,
                            const Pipeline& pipeline, const Coder& coder, std::string* error) {
  Document doc;
  if (flags.given_parse) {
    Result<Tree> tree = ParseTree(record.parse);
    if (!tree.ok()) {
      *error = tree.status().message();
      return {};
    }
    doc = DocumentFromTree(*tree, record.id);
    doc.date = record.date;
    coder.Code(doc);
  } else {
    doc.id = record.id;
    doc.date = record.date;
    doc.text = record.text;
    if (doc.text.empty()) {
      // A record with only a parse: code the tree's words.
      if (Result<Tree> tree = ParseTree(record.parse); tree.ok()) {
        doc.text = DocumentFromTree(*tree, record.id).text;
      }
    }
    if (Status s = pipeline.Process(doc); !s.ok()) {
      *error = s.message();
      return {};
    }
  }
  std::set<Triple> out;
  for (const Event& e : doc.events) {
    out.emplace(PetrarchActor(e.source), PetrarchActor(e.target), e.code);
  }
  return out;
}

int RunEvalPetrarch(const EvalPetrarchFlags& flags) {
  if (flags.dict.petrarch_dir.empty()) {
    std::fprintf(stderr, "entente: eval petrarch needs --petrarch-dict DIR\n");
    return kExitUsage;
  }
  PipelineOptions options;
  if (!LoadCodingResources(flags.dict, true, options)) return kExitFatal;
  const Coder coder(options.dictionary, options.coder);
  const Pipeline pipeline(options);
  std::vector<Status> skipped;
  Result<PetrarchFile> file = ReadPetrarchFile(flags.records, &skipped);
  if (!flags.quiet) {
    for (const Status& s : skipped) std::fprintf(stderr, "entente: %s\n", s.ToString().c_str());
  }
  if (!file.ok()) {
    std::fprintf(stderr, "entente: %s\n", file.status().ToString().c_str());
    return kExitFatal;
  }
  uint64_t total = 0, matched = 0, listed = 0;
  for (const PetrarchRecord& record : file->records) {
    if (!file->environment.Runs(record) || !record.HasExpectation()) continue;
    ++total;
    std::set<Triple> want;
    for (const ExpectedEvent& e : record.events) want.emplace(e.source, e.target, e.code);
    std::string error;
    const std::set<Triple> got = CodeRecord(record, flags, pipeline, coder, &error);
    // A record PETRARCH must reject (bad parse) expects no events.
    if (want == got) {
      ++matched;
      continue;
    }
    if (!flags.verbose && listed >= 30) continue;
    ++listed;
    std::printf("%s:%llu %s [%s]\n  text:     %s\n  expected: %s\n  coded:    %s%s\n",
                record.file.c_str(), static_cast<unsigned long long>(record.line),
                record.id.c_str(), record.category.c_str(), record.text.c_str(), Show(want).c_str(),
                Show(got).c_str(), error.empty() ? "" : ("\n  error:    " + error).c_str());
  }
  const double pct = total == 0 ? 0.0 : 100.0 * static_cast<double>(matched) / total;
  std::printf("validation: %llu of %llu records match (%.1f%%)\n",
              static_cast<unsigned long long>(matched), static_cast<unsigned long long>(total),
              pct);
  return total == 0 ? kExitFatal : kExitOk;
}

}  // namespace

Command AddEvalPetrarchCommand(CLI::App& app) {
  CLI::App* eval = app.get_subcommand("eval");
  auto flags = std::make_shared<EvalPetrarchFlags>();
  CLI::App* cmd = eval->add_subcommand(
      "petrarch", "Code PETRARCH-2 validation records and compare with their expected events");
  cmd->add_option("records", flags->records, "PETRARCH validation XML (PETR.UnitTest.records.xml)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--petrarch-dict", flags->dict.petrarch_dir,
                  "PETRARCH-2 dictionary folder the records were written for (validation-dict)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--given-parse", flags->given_parse,
                "Build the sentence and its frames from the record's <Parse> tree instead of "
                "running our tagger and chunker on its <Text>");
  cmd->add_flag("-v,--verbose", flags->verbose, "List every mismatching record (default: 30)");
  cmd->add_flag("-q,--quiet", flags->quiet, "Do not report malformed records on stderr");
  cmd->footer(
      "Runs the records PETRARCH would run (sentence=\"true\", category in <Include>) that state\n"
      "an expectation, each with its own date. A record matches when the set of coded\n"
      "(source, target, code) triples equals the set of its <EventCoding> triples exactly, as\n"
      "PETRARCH's own validation compares them: actor codes as PETRARCH writes them (ARN is not\n"
      "ARNGOV; an uncoded actor is \"---\", with an agent \"---GOV\"), event codes as strings\n"
      "(\"0874\" is not \"087\"). A noevents=\"True\" record, or one PETRARCH must reject\n"
      "(error=\"bad_input_parse\"), matches only when nothing is coded.\n"
      "Example:\n"
      "  entente eval petrarch ../shared/peers/petrarch2/PETR.UnitTest.records.xml \\\n"
      "      --petrarch-dict ../shared/peers/petrarch2/validation-dict -v");
  // main.cpp dispatches to the first parsed command, and `eval` (whose run only knows its own
  // modes) comes before this one; so the evaluation runs from CLI11's callback, right after
  // parsing, and exits with its status. Objects that matter are flushed before exiting.
  cmd->callback([flags] {
    const int code = RunEvalPetrarch(*flags);
    std::fflush(stdout);
    std::exit(code);
  });
  return {cmd, [flags] { return RunEvalPetrarch(*flags); }};
}

}  // namespace entente::cli
