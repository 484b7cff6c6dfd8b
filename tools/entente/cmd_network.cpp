// `entente network --db FILE`: the signed actor graph and its blocs, as text, JSON, GraphML,
// Graphviz dot, or a PNG drawn by Graphviz.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "aggregate/network.h"
#include "cli_common.h"
#include "store/store.h"

namespace entente::cli {
namespace {

struct NetworkFlags {
  std::string db, format = "text", output;
  NetworkOptions options;
};

// Pipes the dot text into `dot -Tpng -o PATH`, without a shell (the path is user input).
Status DrawPng(const std::string& dot, const std::string& path) {
  int fds[2];
  if (pipe(fds) != 0) return IoError("cannot create a pipe for graphviz");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::string program = "dot", type = "-Tpng", flag = "-o", target = path;
  char* argv[] = {program.data(), type.data(), flag.data(), target.data(), nullptr};
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  if (rc != 0) {
    close(fds[1]);
    return NotFound("cannot run graphviz 'dot' (install the graphviz package)");
  }
  size_t written = 0;
  while (written < dot.size()) {
    const ssize_t n = write(fds[1], dot.data() + written, dot.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  close(fds[1]);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return IoError("graphviz 'dot' failed to draw " + path);
  }
  return Status::Ok();
}

int RunNetwork(NetworkFlags& flags) {
  if (!CheckDateRange(flags.options.from, flags.options.to)) return kExitUsage;
  if (flags.format == "png" && flags.output.empty()) {
    std::fprintf(stderr, "entente: --format png needs -o FILE.png\n");
    return kExitUsage;
  }
  auto store = OpenExistingStore(flags.db);
  if (!store) return kExitFatal;
  auto net = BuildNetwork(store->db(), flags.options);
  if (!net.ok()) {
    std::fprintf(stderr, "entente: %s\n", net.status().ToString().c_str());
    return kExitFatal;
  }
  std::string text;
  if (flags.format == "json")
    text = NetworkJson(*net);
  else if (flags.format == "graphml")
    text = NetworkGraphml(*net);
  else if (flags.format == "dot" || flags.format == "png")
    text = NetworkDot(*net);
  else
    text = FormatBlocs(*net);
  if (flags.format == "png") {
    Status status = DrawPng(text, flags.output);
    if (!status.ok()) {
      std::fprintf(stderr, "entente: %s\n", status.ToString().c_str());
      return kExitFatal;
    }
    return kExitOk;
  }
  if (flags.output.empty()) {
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }
  std::ofstream file(flags.output, std::ios::binary);
  file << text;
  if (!file.flush()) {
    std::fprintf(stderr, "entente: cannot write %s\n", flags.output.c_str());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

Command AddNetworkCommand(CLI::App& app) {
  auto flags = std::make_shared<NetworkFlags>();
  CLI::App* cmd = app.add_subcommand("network", "Build the signed actor network and find blocs");
  cmd->add_option("--db", flags->db, "SQLite database written by entente ingest")->required();
  cmd->add_option("--from", flags->options.from, "First date (YYYY-MM-DD), inclusive");
  cmd->add_option("--to", flags->options.to, "Last date (YYYY-MM-DD), inclusive");
  cmd->add_option("--format", flags->format,
                  "Output: text (blocs, default), json, graphml, dot, png (needs -o)")
      ->check(CLI::IsMember({"text", "json", "graphml", "dot", "png"}));
  cmd->add_option("-o,--output", flags->output, "Write to this file instead of stdout");
  cmd->add_flag("--keep-roles", flags->options.keep_roles,
                "Keep actor roles apart (RUSGOV, RUSMIL) instead of rolling up to RUS");
  cmd->add_option("--min-events", flags->options.min_events,
                  "Leave out pairs with fewer events (default 1)");
  cmd->add_option("--seed", flags->options.seed, "Random seed of the community detection");
  cmd->footer(
      "Edges are weighted by the Goldstein sum of the events between two actors (both\n"
      "directions); blocs come from igraph's spinglass community detection with negative weights.\n"
      "Example: entente network --db news.db --format png -o network.png");
  return {cmd, [flags] { return RunNetwork(*flags); }};
}

}  // namespace entente::cli
