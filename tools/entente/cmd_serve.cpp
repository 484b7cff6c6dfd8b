// `entente serve --db FILE`: the /v1 JSON API over a stored database, read-only, and the
// dashboard (web/dist) at /. POST /v1/code codes posted text with the same dictionaries as
// `entente code`.
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "cli_common.h"
#include "core/paths.h"
#include "ingest/ingest.h"
#include "resources.h"
#include "server/api.h"
#include "server/http_server.h"

namespace entente::cli {
namespace {

struct ServeFlags {
  std::string db;
  ServerOptions server;
  ApiOptions api;
  int64_t query_ms = 5000;
  size_t cache_mb = 64;
  bool no_code = false;
  bool quiet = false;
  DictionaryFlags dict;
};

// The built dashboard: $ENTENTE_WEB, else web/dist beside the build folder or the installed
// binary, as DefaultDictionaryDir finds data/.
std::string DefaultWebDir() {
  if (const char* env = std::getenv("ENTENTE_WEB"); env && *env) return env;
  const std::string exe_dir = ExecutableDir();
  if (exe_dir.empty()) return "web/dist";
  const std::filesystem::path dir = exe_dir;
  std::error_code ec;
  for (const auto& c :
       {dir / ".." / "web" / "dist", dir / "web" / "dist", dir / ".." / ".." / "web" / "dist"}) {
    if (std::filesystem::is_regular_file(c / "index.html", ec)) return c.lexically_normal();
  }
  return "";
}

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.starts_with("127.");
}

int RunServe(ServeFlags& flags) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(flags.db, ec)) {
    std::fprintf(stderr, "entente: %s: no such database (create it with entente ingest)\n",
                 flags.db.c_str());
    return kExitFatal;
  }
  DatabasePool pool(flags.db);
  if (Status s = pool.Check(); !s.ok()) {
    std::fprintf(stderr, "entente: %s\n", s.ToString().c_str());
    return kExitFatal;
  }
  flags.api.query_time = std::chrono::milliseconds(flags.query_ms);
  flags.api.cache_bytes = flags.cache_mb << 20;

  // The coder for POST /v1/code: loaded once, shared by every request thread.
  std::shared_ptr<Pipeline> pipeline;
  IngestOptions ingest;
  ingest.limits.max_document_bytes = flags.api.max_code_bytes;
  if (!flags.no_code) {
    PipelineOptions options;
    if (!LoadCodingResources(flags.dict, flags.quiet, options)) return kExitFatal;
    pipeline = std::make_shared<Pipeline>(std::move(options));
  }
  CodeTextFn code;
  if (pipeline) {
    code = [pipeline, ingest](std::string text, std::optional<CivilDate> date) -> Result<Document> {
      IngestOptions opts = ingest;
      opts.date = date;
      IngestAccount account;
      std::optional<Document> doc;
      Status problem;
      ReadTextBytes(
          "posted", std::move(text), opts, account, [&](Document&& d) { doc = std::move(d); },
          [&](Severity severity, const Status& s) {
            if (severity == Severity::kError) problem = s;
          });
      if (!doc) {
        return problem.ok() ? InvalidArgument("the text could not be read") : problem;
      }
      ENT_RETURN_IF_ERROR(pipeline->Process(*doc));
      return std::move(*doc);
    };
  }
  Api api(pool, code, flags.api);

  if (flags.server.web_dir.empty()) flags.server.web_dir = DefaultWebDir();
  if (!IsLoopback(flags.server.host)) {
    std::fprintf(stderr,
                 "entente serve: warning: listening on %s, beyond this machine; the API has no "
                 "authentication\n",
                 flags.server.host.c_str());
  }
  if (flags.server.web_dir.empty() && !flags.quiet) {
    std::fprintf(stderr,
                 "entente serve: no dashboard (web/dist not built); serving the API only\n");
  }
  flags.server.access_log = !flags.quiet;
  Status status = RunServer(flags.server, api, [&](int port) {
    std::fprintf(stderr, "entente serve: listening on http://%s:%d\n", flags.server.host.c_str(),
                 port);
    std::fflush(stderr);
  });
  if (!status.ok()) {
    std::fprintf(stderr, "entente: %s\n", status.ToString().c_str());
    return kExitFatal;
  }
  if (!flags.quiet) std::fprintf(stderr, "entente serve: stopped\n");
  return kExitOk;
}

}  // namespace

Command AddServeCommand(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve a database over the /v1 JSON API and the dashboard (read-only)");
  cmd->add_option("--db", flags->db, "SQLite database written by entente ingest")->required();
  cmd->add_option("--host", flags->server.host, "Address to listen on (default: loopback only)")
      ->capture_default_str();
  cmd->add_option("--port", flags->server.port, "TCP port; 0 picks a free one")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--web", flags->server.web_dir,
                  "The built dashboard (default: web/dist of this installation)");
  cmd->add_option("--threads", flags->server.threads, "Requests handled at once")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-code-bytes", flags->api.max_code_bytes,
                  "Largest text POST /v1/code accepts (413 above)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64 << 20));
  cmd->add_option("--query-timeout-ms", flags->query_ms,
                  "SQL running longer than this is stopped (503)")
      ->capture_default_str()
      ->check(CLI::Range(10, 600000));
  cmd->add_option("--io-timeout", flags->server.io_timeout_s,
                  "Seconds a connection may take per read or write")
      ->capture_default_str()
      ->check(CLI::Range(1, 600));
  cmd->add_option("--cache-mb", flags->cache_mb,
                  "Memory for aggregate responses, kept until the database changes (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1 << 16));
  cmd->add_flag("--no-code", flags->no_code,
                "Do not load the coder: POST /v1/code answers 503 (less memory, faster start)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No access log");
  flags->dict.Register(*cmd);
  cmd->footer(
      "Stops on SIGINT or SIGTERM. API reference: docs/api/openapi.yaml.\n"
      "Example: entente ingest --db news.db examples/news.jsonl && entente serve --db news.db");
  return {cmd, [flags] {
            flags->server.max_body_bytes = flags->api.max_code_bytes + 4096;
            return RunServe(*flags);
          }};
}

}  // namespace entente::cli
