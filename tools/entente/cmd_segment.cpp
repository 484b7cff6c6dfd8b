#include "cli_common.h"
#include "output/sentence_json.h"

namespace entente::cli {

namespace {

int RunSegment(InputFlags& flags) {
  if (!flags.Resolve()) return kExitUsage;
  PipelineOptions options;
  options.segmenter = flags.segmenter;
  Pipeline pipeline(options);
  Reporter reporter(flags.quiet);
  IngestAccount account;
  Output out;
  uint64_t processed = 0, sentences = 0, undated = 0;
  bool input_failed = false;
  auto on_document = [&](Document&& doc) {
    Status s = pipeline.Process(doc);
    if (!s.ok()) {
      account.Skip("processing failed");
      reporter.Problem(Severity::kError, s);
      return;
    }
    ++processed;
    if (!doc.date.known()) ++undated;
    reporter.Diagnostics(doc);
    for (const Sentence& sentence : doc.sentences) {
      AppendSentenceJson(doc, sentence, out.buffer());
      out.MaybeFlush();
    }
    sentences += doc.sentences.size();
  };
  auto on_problem = [&](Severity severity, const Status& status) {
    reporter.Problem(severity, status);
  };
  for (const std::string& input : flags.inputs) {
    Status s = ReadInput(input, flags.ingest, account, on_document, on_problem);
    if (!s.ok()) input_failed = true;  // already reported through on_problem
  }
  out.Flush();
  if (undated > 0 && !flags.quiet) {
    std::fprintf(stderr,
                 "entente: note: %llu document(s) have no date (\"date\": null); give one with "
                 "--date YYYY-MM-DD or a \"date\" field\n",
                 static_cast<unsigned long long>(undated));
  }
  reporter.Account(account, processed, sentences);
  return account.skipped > 0 || input_failed ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddSegmentCommand(CLI::App& app) {
  auto flags = std::make_shared<InputFlags>();
  CLI::App* cmd = app.add_subcommand("segment", "Split documents into sentences and tokens (JSON Lines)");
  flags->Register(*cmd);
  cmd->footer(
      "Output, one line per sentence:\n"
      "  {\"doc_id\",\"index\",\"date\",\"span\":[begin,end],\"text\",\"tokens\":[{\"form\",\"span\"}]}\n"
      "Spans are byte offsets into the document text. Example:\n"
      "  entente segment ../shared/examples/putin-xi-visit.txt --date 2024-05-17");
  return {cmd, [flags] { return RunSegment(*flags); }};
}

}  // namespace entente::cli
