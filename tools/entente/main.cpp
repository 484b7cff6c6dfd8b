// entente: command-line entry point. Parses flags and dispatches to the subcommands; all the work
// is done by the libraries under src/.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <vector>

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

  // Every subcommand, in the order --help lists them.
  std::vector<Command> commands = {
      AddSegmentCommand(app),
      AddParseCommand(app),
      AddCodeCommand(app),
      AddEvalCommand(app),
      AddEvalPetrarchCommand(app),
      AddDictCommand(app),
      AddIngestCommand(app),
      AddRelationsCommand(app),
      AddActorsCommand(app),
      AddNetworkCommand(app),
      AddExportCommand(app),
      AddServeCommand(app),
  };

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
  for (Command& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  std::fputs(app.help().c_str(), stdout);
  return kExitOk;
}
