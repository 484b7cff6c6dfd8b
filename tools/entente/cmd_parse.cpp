#include "cli_common.h"
#include "output/frame_text.h"
#include "output/parse_json.h"

namespace entente::cli {
namespace {

struct ParseFlags {
  InputFlags input;
  bool text = false;
};

int RunParse(ParseFlags& flags) {
  if (!flags.input.Resolve()) return kExitUsage;
  auto tagger = LoadDefaultTagger();
  if (!tagger.ok()) {
    std::fprintf(stderr, "entente: %s\n", tagger.status().ToString().c_str());
    return kExitFatal;
  }
  PipelineOptions options;
  options.segmenter = flags.input.segmenter;
  options.tagger = tagger.value();
  Pipeline pipeline(options);
  Reporter reporter(flags.input.quiet);
  IngestAccount account;
  Output out;
  uint64_t processed = 0, sentences = 0;
  bool input_failed = false;
  auto on_document = [&](Document&& doc) {
    Status s = pipeline.Process(doc);
    if (!s.ok()) {
      account.Skip("processing failed");
      reporter.Problem(Severity::kError, s);
      return;
    }
    ++processed;
    reporter.Diagnostics(doc);
    for (const Sentence& sentence : doc.sentences) {
      if (flags.text) {
        out.buffer() += doc.id + ":" + std::to_string(sentence.index) + "  " +
                        std::string(doc.Text(sentence.span)) + "\n";
        for (const Token& t : sentence.tokens) {
          out.buffer() += "  " + t.form + "/" + std::string(PosName(t.pos));
        }
        out.buffer() += "\n";
        for (const Frame& f : sentence.frames) out.buffer() += "    " + FrameText(sentence, f) + "\n";
      } else {
        AppendParseJson(doc, sentence, out.buffer());
      }
      out.MaybeFlush();
    }
    sentences += doc.sentences.size();
  };
  auto on_problem = [&](Severity severity, const Status& status) { reporter.Problem(severity, status); };
  for (const std::string& input : flags.input.inputs) {
    if (!ReadInput(input, flags.input.ingest, account, on_document, on_problem).ok()) input_failed = true;
  }
  out.Flush();
  reporter.Account(account, processed, sentences);
  return account.skipped > 0 || input_failed ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddParseCommand(CLI::App& app) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Tag and shallow-parse documents: tokens with POS and lemma, chunks, frames");
  flags->input.Register(*cmd);
  cmd->add_flag("--text", flags->text, "Readable text instead of JSON Lines");
  cmd->footer(
      "Output, one JSON object per sentence: tokens [{form, span, pos, lemma}], chunks\n"
      "[{kind, tokens, head}], frames [{kind, trigger, lemma, subject|agent, object, object2,\n"
      "pps, flags, parent, text}]. Token ranges are [begin, end) token indexes. Example:\n"
      "  entente parse ../shared/examples/putin-xi-visit.txt --text");
  return {cmd, [flags] { return RunParse(*flags); }};
}

}  // namespace entente::cli
