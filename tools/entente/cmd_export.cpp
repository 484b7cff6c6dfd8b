// `entente export --db FILE --what events|dyads --format csv|jsonl|gdelt`: stored events in the
// formats analysis tools load in one line (pandas.read_csv, R read.csv, DuckDB read_csv_auto),
// and dyad time series as CSV.
#include "aggregate/dyads.h"
#include "cli_common.h"
#include "output/event_writer.h"
#include "store/store.h"

namespace entente::cli {
namespace {

struct ExportFlags {
  std::string db, what = "events", format = "csv", period = "month";
  bool explain = false, unordered = false;
  DyadOptions dyads;
};

// CSV from the TSV writer's fields: it already turns tabs and line breaks into spaces, so each
// field only needs RFC 4180 quoting when it holds a comma or a quote.
void TsvToCsv(std::string_view tsv, std::string& out) {
  size_t begin = 0;
  while (begin <= tsv.size()) {
    size_t end = tsv.find_first_of("\t\n", begin);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view field = tsv.substr(begin, end - begin);
    if (field.find_first_of(",\"") == std::string_view::npos) {
      out += field;
    } else {
      out += '"';
      for (char c : field) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    if (end >= tsv.size()) break;
    out += tsv[end] == '\t' ? ',' : '\n';
    begin = end + 1;
  }
}

int RunExport(ExportFlags& flags) {
  if (!CheckDateRange(flags.dyads.from, flags.dyads.to)) return kExitUsage;
  auto store = OpenExistingStore(flags.db);
  if (!store) return kExitFatal;
  Output out;
  if (flags.what == "dyads") {
    if (flags.format != "csv") {
      std::fprintf(stderr, "entente: --what dyads is written as csv only\n");
      return kExitUsage;
    }
    flags.dyads.period = *ParsePeriod(flags.period);
    flags.dyads.ordered = !flags.unordered;
    auto rows = ComputeDyads(store->db(), flags.dyads);
    if (!rows.ok()) {
      std::fprintf(stderr, "entente: %s\n", rows.status().ToString().c_str());
      return kExitFatal;
    }
    out.buffer() += DyadCsvHeader();
    for (const DyadRow& row : *rows) {
      AppendDyadCsv(row, out.buffer());
      out.MaybeFlush();
    }
    return kExitOk;
  }
  uint64_t next_id = 1;
  std::string line;
  if (flags.format == "csv") TsvToCsv(EventTsvHeader(flags.explain), out.buffer());
  const std::string from = flags.dyads.from, to = flags.dyads.to;
  Status status = store->ForEachDocument([&](const Document& doc) {
    const std::string date = doc.date.ToString();
    if ((!from.empty() && (date.empty() || date < from)) ||
        (!to.empty() && (date.empty() || date > to))) {
      return;
    }
    for (const Event& e : doc.events) {
      if (flags.format == "jsonl") {
        AppendEventJson(doc, e, flags.explain, out.buffer());
      } else if (flags.format == "gdelt") {
        AppendEventGdelt(doc, e, next_id++, out.buffer());
      } else {
        line.clear();
        AppendEventTsv(doc, e, flags.explain, line);
        TsvToCsv(line, out.buffer());
      }
    }
    out.MaybeFlush();
  });
  if (!status.ok()) {
    std::fprintf(stderr, "entente: %s\n", status.ToString().c_str());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

Command AddExportCommand(CLI::App& app) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand("export", "Export stored events or dyad time series");
  cmd->add_option("--db", flags->db, "SQLite database written by entente ingest")->required();
  cmd->add_option("--what", flags->what, "events (default) or dyads")
      ->check(CLI::IsMember({"events", "dyads"}));
  cmd->add_option("--format", flags->format,
                  "events: csv (default), jsonl, gdelt (GDELT 2.0 event table); dyads: csv")
      ->check(CLI::IsMember({"csv", "jsonl", "gdelt"}));
  cmd->add_option("--from", flags->dyads.from, "First date (YYYY-MM-DD), inclusive");
  cmd->add_option("--to", flags->dyads.to, "Last date (YYYY-MM-DD), inclusive");
  cmd->add_flag("--explain", flags->explain, "Events: add the dictionary rule of each event");
  cmd->add_option("--period", flags->period, "Dyads: day, week, month (default), year, all")
      ->check(CLI::IsMember({"day", "week", "month", "year", "all"}));
  cmd->add_flag("--unordered", flags->unordered, "Dyads: A-B and B-A as one dyad");
  cmd->add_flag("--keep-roles", flags->dyads.keep_roles,
                "Dyads: keep actor roles apart (RUSGOV, RUSMIL) instead of rolling up to RUS");
  cmd->footer(
      "Examples:\n"
      "  entente export --db news.db > events.csv        pandas.read_csv('events.csv')\n"
      "  entente export --db news.db --what dyads --period week > dyads.csv\n"
      "  entente export --db news.db --format gdelt > events.tsv");
  return {cmd, [flags] { return RunExport(*flags); }};
}

}  // namespace entente::cli
