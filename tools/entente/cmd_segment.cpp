#include "cli_common.h"
#include "output/sentence_json.h"

namespace entente::cli {

namespace {

int RunSegment(InputFlags& flags) {
  if (!flags.Resolve()) return kExitUsage;
  PipelineOptions options;
  options.segmenter = flags.segmenter;
  const Pipeline pipeline(options);
  return ProcessInputs(flags, pipeline, [](const Document& doc, std::string& out) {
    for (const Sentence& sentence : doc.sentences) AppendSentenceJson(doc, sentence, out);
  });
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
