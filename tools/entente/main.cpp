// entente: command-line entry point. Parses flags and dispatches to the subcommands; all the work
// is done by the libraries under src/.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli_common.h"
#include "core/version.h"

int main(int argc, char** argv) {
  using namespace entente::cli;  // NOLINT: local to main
  CLI::App app{"entente: codes English news into CAMEO/PLOVER events and models the relations "
               "between the actors."};
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "Print the version and exit");
  app.footer(
      "Examples:\n"
      "  entente segment article.txt --date 2024-05-17   sentences and tokens as JSON Lines\n"
      "  entente segment news.jsonl                       one document per line: id, date, text\n"
      "  cat news.jsonl | entente segment -               JSON Lines from stdin\n"
      "  entente segment page.html                        the visible text of a web page\n"
      "\n"
      "Exit status: 0 all input processed, 1 some documents skipped (see stderr), 2 usage error,\n"
      "3 could not run. Run 'entente SUBCOMMAND --help' for a subcommand's options.");

  InputFlags segment_flags;
  CLI::App* segment =
      app.add_subcommand("segment", "Split documents into sentences and tokens (JSON Lines)");
  segment_flags.Register(*segment);
  segment->footer(
      "Output, one line per sentence:\n"
      "  {\"doc_id\",\"index\",\"date\",\"span\":[begin,end],\"text\",\"tokens\":[{\"form\",\"span\"}]}\n"
      "Spans are byte offsets into the document text. Example:\n"
      "  entente segment ../shared/examples/putin-xi-visit.txt --date 2024-05-17");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (version) {
    std::printf("entente %s\n", ENTENTE_VERSION);
    return kExitOk;
  }
  if (segment->parsed()) return RunSegment(segment_flags);
  std::fputs(app.help().c_str(), stdout);
  return kExitOk;
}
