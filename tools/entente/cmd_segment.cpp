#include "cli_common.h"
#include "output/sentence_json.h"

namespace entente::cli {

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

}  // namespace entente::cli
