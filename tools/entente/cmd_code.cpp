// `entente code`: documents in, events out (JSON Lines, TSV or GDELT 2.0), in input order.

#include "cli_common.h"
#include "output/event_writer.h"
#include "resources.h"

namespace entente::cli {
namespace {

struct CodeFlags {
  InputFlags input;
  DictionaryFlags dict;
  std::string format = "jsonl";
  bool explain = false;
  unsigned threads = 1;
  size_t batch = 256;
};

int RunCode(CodeFlags& flags) {
  if (!flags.input.Resolve()) return kExitUsage;
  PipelineOptions options;
  options.segmenter = flags.input.segmenter;
  options.keep_parse = false;  // only events and sentence spans are written
  options.coder.explain = flags.explain;
  if (!LoadCodingResources(flags.dict, flags.input.quiet, options)) return kExitFatal;
  const Pipeline pipeline(options);
  Reporter reporter(flags.input.quiet);
  IngestAccount account;
  Output out;
  uint64_t processed = 0, sentences = 0, events = 0, next_id = 1;
  if (flags.format == "tsv") out.buffer() += EventTsvHeader(flags.explain);
  std::vector<Document> batch;
  std::vector<Status> statuses;
  BatchWorkers workers(std::max(1u, flags.threads));

  // Documents are coded in batches across threads and written in input order.
  auto flush_batch = [&]() {
    ProcessBatch(pipeline, batch, statuses, workers);
    for (size_t i = 0; i < batch.size(); ++i) {
      Document& doc = batch[i];
      if (!statuses[i].ok()) {
        account.Skip("processing failed");
        reporter.Problem(Severity::kError, statuses[i]);
        continue;
      }
      ++processed;
      sentences += doc.sentences.size();
      reporter.Diagnostics(doc);
      for (const Event& e : doc.events) {
        if (flags.format == "tsv") AppendEventTsv(doc, e, flags.explain, out.buffer());
        else if (flags.format == "gdelt") AppendEventGdelt(doc, e, next_id++, out.buffer());
        else AppendEventJson(doc, e, flags.explain, out.buffer());
        ++events;
      }
      out.MaybeFlush();
    }
    batch.clear();
  };
  auto on_document = [&](Document&& doc) {
    batch.push_back(std::move(doc));
    if (batch.size() >= flags.batch) flush_batch();
  };
  auto on_problem = [&](Severity severity, const Status& status) { reporter.Problem(severity, status); };
  bool input_failed = false;
  for (const std::string& input : flags.input.inputs) {
    if (!ReadInput(input, flags.input.ingest, account, on_document, on_problem).ok()) input_failed = true;
  }
  flush_batch();
  out.Flush();
  reporter.Account(account, processed, sentences);
  if (!flags.input.quiet) std::fprintf(stderr, "entente: %llu event(s)\n", static_cast<unsigned long long>(events));
  return account.skipped > 0 || input_failed ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddCodeCommand(CLI::App& app) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app.add_subcommand("code", "Code documents into CAMEO/PLOVER events");
  flags->input.Register(*cmd);
  flags->dict.Register(*cmd);
  cmd->add_option("--format", flags->format, "Output: jsonl (default), tsv, gdelt (GDELT 2.0 events)")
      ->check(CLI::IsMember({"jsonl", "tsv", "gdelt"}));
  cmd->add_flag("--explain", flags->explain, "Add the dictionary rule that produced each event");
  cmd->add_option("--threads", flags->threads, "Worker threads (default 1)")->check(CLI::Range(1u, 256u));
  cmd->add_option("--batch", flags->batch, "Documents per batch across threads (default 256)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->footer(
      "Output (jsonl), one event per line: doc_id, sentence, date, source, target, code, root,\n"
      "quad_class, goldstein, plover {type, mode}, source_text, target_text, trigger_text, span\n"
      "(byte offsets of the evidence sentence), confidence, mentions, and rule with --explain.\n"
      "Examples:\n"
      "  entente code ../shared/examples/putin-xi-visit.txt --date 2024-05-17 --explain\n"
      "  entente code news.jsonl --format gdelt --threads 2 > events.tsv\n"
      "  entente code records.jsonl --petrarch-dict ../shared/peers/petrarch2/phoenix-dict");
  return {cmd, [flags] { return RunCode(*flags); }};
}

}  // namespace entente::cli
