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
  const Pipeline pipeline(options);
  const bool text = flags.text;
  return ProcessInputs(flags.input, pipeline, [text](const Document& doc, std::string& out) {
    for (const Sentence& sentence : doc.sentences) {
      if (!text) {
        AppendParseJson(doc, sentence, out);
        continue;
      }
      out += doc.id + ":" + std::to_string(sentence.index) + "  " +
             std::string(doc.Text(sentence.span)) + "\n";
      for (const Token& t : sentence.tokens) out += "  " + t.form + "/" + std::string(PosName(t.pos));
      out += "\n";
      for (const Frame& f : sentence.frames) out += "    " + FrameText(sentence, f) + "\n";
    }
  });
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
