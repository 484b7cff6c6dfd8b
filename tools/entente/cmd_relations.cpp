// `entente relations --db FILE A B` and `entente actors --db FILE`: what the stored events say
// about a pair of actors, and who is most active.
#include <filesystem>

#include "aggregate/names.h"
#include "aggregate/relations.h"
#include "cli_common.h"
#include "core/json.h"
#include "store/store.h"

namespace entente::cli {

// Opens an existing database (reading commands must not create an empty one by mistake).
std::unique_ptr<Store> OpenExistingStore(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::fprintf(stderr, "entente: %s: no such database (create it with entente ingest)\n",
                 path.c_str());
    return nullptr;
  }
  auto store = Store::Open(path);
  if (!store.ok()) {
    std::fprintf(stderr, "entente: %s\n", store.status().ToString().c_str());
    return nullptr;
  }
  return std::move(store.value());
}

bool CheckDateRange(const std::string& from, const std::string& to) {
  for (const std::string* d : {&from, &to}) {
    if (!d->empty() && !ParseDate(*d)) {
      std::fprintf(stderr, "entente: date %s: want YYYY-MM-DD\n", d->c_str());
      return false;
    }
  }
  return true;
}

namespace {

struct RelationFlags {
  std::string db, a, b, period = "month";
  RelationOptions options;
  bool json = false;
  size_t limit = 50;
};

int RunRelations(RelationFlags& flags) {
  if (!CheckDateRange(flags.options.from, flags.options.to)) return kExitUsage;
  flags.options.trend_period = *ParsePeriod(flags.period);
  auto store = OpenExistingStore(flags.db);
  if (!store) return kExitFatal;
  auto relation = ComputeRelation(store->db(), flags.a, flags.b, flags.options);
  if (!relation.ok()) {
    std::fprintf(stderr, "entente: %s\n", relation.status().ToString().c_str());
    return kExitFatal;
  }
  const std::string text = flags.json ? RelationJson(*relation) : FormatRelation(*relation);
  std::fputs(text.c_str(), stdout);
  return kExitOk;
}

int RunActors(RelationFlags& flags) {
  if (!CheckDateRange(flags.options.from, flags.options.to)) return kExitUsage;
  auto store = OpenExistingStore(flags.db);
  if (!store) return kExitFatal;
  auto actors = ComputeActors(store->db(), flags.options);
  if (!actors.ok()) {
    std::fprintf(stderr, "entente: %s\n", actors.status().ToString().c_str());
    return kExitFatal;
  }
  Output out;
  if (!flags.json)
    out.buffer() += "actor       events  as_source  as_target  mean_goldstein  name\n";
  for (size_t i = 0; i < actors->size() && i < flags.limit; ++i) {
    const ActorActivity& a = (*actors)[i];
    char line[256];
    if (flags.json) {
      out.buffer() += "{\"actor\":";
      AppendJsonString(out.buffer(), a.actor);
      out.buffer() += ",\"name\":";
      AppendJsonString(out.buffer(), ActorName(a.actor));
      std::snprintf(line, sizeof line,
                    ",\"events\":%lld,\"as_source\":%lld,\"as_target\":%lld,"
                    "\"goldstein_mean\":%.4f}\n",
                    static_cast<long long>(a.events), static_cast<long long>(a.as_source),
                    static_cast<long long>(a.as_target), a.goldstein_mean);
    } else {
      std::snprintf(line, sizeof line, "%-10s %7lld %10lld %10lld %15.2f  %s\n", a.actor.c_str(),
                    static_cast<long long>(a.events), static_cast<long long>(a.as_source),
                    static_cast<long long>(a.as_target), a.goldstein_mean,
                    ActorName(a.actor).c_str());
    }
    out.buffer() += line;
  }
  return kExitOk;
}

void RegisterCommon(CLI::App& cmd, RelationFlags& flags) {
  cmd.add_option("--db", flags.db, "SQLite database written by entente ingest")->required();
  cmd.add_option("--from", flags.options.from, "First date (YYYY-MM-DD), inclusive");
  cmd.add_option("--to", flags.options.to, "Last date (YYYY-MM-DD), inclusive");
  cmd.add_flag("--keep-roles", flags.options.keep_roles,
               "Keep actor roles apart (RUSGOV, RUSMIL) instead of rolling up to RUS");
  cmd.add_flag("--json", flags.json, "Machine-readable output");
}

}  // namespace

Command AddRelationsCommand(CLI::App& app) {
  auto flags = std::make_shared<RelationFlags>();
  CLI::App* cmd = app.add_subcommand("relations", "Summarize how two actors treat each other");
  RegisterCommon(*cmd, *flags);
  cmd->add_option("a", flags->a, "First actor code (CHN)")->required();
  cmd->add_option("b", flags->b, "Second actor code (RUS)")->required();
  cmd->add_option("--period", flags->period,
                  "Periods for the trend: day, week, month (default), year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  cmd->footer(
      "Prints one line per direction: events, mean Goldstein, the most frequent CAMEO codes and\n"
      "the trend of the mean Goldstein per period (rising, falling, steady), then the overall\n"
      "verdict. Example: entente relations --db news.db CHN RUS --from 2024-01-01");
  return {cmd, [flags] { return RunRelations(*flags); }};
}

Command AddActorsCommand(CLI::App& app) {
  auto flags = std::make_shared<RelationFlags>();
  CLI::App* cmd = app.add_subcommand("actors", "List actors by activity in the stored events");
  RegisterCommon(*cmd, *flags);
  cmd->add_option("--limit", flags->limit, "Show at most this many actors (default 50)");
  return {cmd, [flags] { return RunActors(*flags); }};
}

}  // namespace entente::cli
