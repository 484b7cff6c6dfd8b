#include "aggregate/dyads.h"

#include <cstdio>

namespace entente {
namespace {

// SQL for each period key; dates are stored as YYYY-MM-DD text.
const char* PeriodSql(Period period) {
  switch (period) {
    case Period::kDay:
      return "date";
    case Period::kWeek:
      return "date(date, '-6 days', 'weekday 1')";  // the Monday on or before
    case Period::kMonth:
      return "substr(date, 1, 7)";
    case Period::kYear:
      return "substr(date, 1, 4)";
    case Period::kAll:
      return "'all'";
  }
  return "'all'";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

std::string ActorRollUpSql(std::string_view column, int keep_roles_param) {
  const std::string c(column), keep = "?" + std::to_string(keep_roles_param);
  return "CASE WHEN " + keep + " OR length(" + c + ") <= 3 OR substr(" + c +
         ", 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC', 'UIS') THEN " + c + " ELSE substr(" + c +
         ", 1, 3) END";
}

std::string ActorCodesSql(std::string_view param) {
  const std::string p(param);
  return "(SELECT code FROM actors WHERE root = " + p + " OR code = " + p + ")";
}

std::string RolledUpEventsSql(std::string_view columns) {
  return "SELECT " + std::string(columns) + ", " + ActorRollUpSql("source", 3) + " AS s, " +
         ActorRollUpSql("target", 3) +
         " AS t FROM events WHERE source <> '' AND target <> '' "
         "AND (?1 = '' OR date >= ?1) AND (?2 = '' OR date <= ?2)";
}

std::optional<Period> ParsePeriod(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  if (name == "year") return Period::kYear;
  if (name == "all") return Period::kAll;
  return std::nullopt;
}

const char* PeriodName(Period period) {
  switch (period) {
    case Period::kDay:
      return "day";
    case Period::kWeek:
      return "week";
    case Period::kMonth:
      return "month";
    case Period::kYear:
      return "year";
    case Period::kAll:
      return "all";
  }
  return "all";
}

Result<std::vector<DyadRow>> ComputeDyads(Database& db, const DyadOptions& options) {
  const std::string pair = options.ordered ? "s AS a, t AS b" : "min(s, t) AS a, max(s, t) AS b";
  // Only constant SQL fragments are spliced in; every value is a bound parameter.
  const std::string sql =
      "SELECT p, a, b, root, quad, count(*), sum(goldstein) FROM (SELECT p, " + pair +
      ", root, quad, goldstein FROM (" +
      RolledUpEventsSql(std::string(PeriodSql(options.period)) + " AS p, root, quad, goldstein") +
      // With an actor, first narrow to the events whose codes roll up to it (a superset with
      // keep_roles; the exact test follows), rather than rolling up every event of the table.
      (options.actor.empty() ? std::string()
                             : " AND (source IN " + ActorCodesSql("?4") + " OR target IN " +
                                   ActorCodesSql("?4") + ")") +
      ") WHERE p IS NOT NULL "
      "AND (?4 = '' OR s = ?4 OR t = ?4)) GROUP BY a, b, p, root, quad ORDER BY a, b, p";
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, options.from).Bind(2, options.to);
  stmt->Bind(3, int64_t{options.keep_roles ? 1 : 0}).Bind(4, options.actor);
  std::vector<DyadRow> rows;
  Status status;
  while (stmt->Step(status)) {
    const std::string_view p = stmt->Text(0), a = stmt->Text(1), b = stmt->Text(2);
    if (rows.empty() || rows.back().period != p || rows.back().source != a ||
        rows.back().target != b) {
      DyadRow& row = rows.emplace_back();
      row.period = p;
      row.source = a;
      row.target = b;
    }
    DyadRow& row = rows.back();
    const int64_t n = stmt->Int(5);
    const int64_t quad = stmt->Int(4);
    row.events += n;
    if (quad >= 1 && quad <= 4) row.quad[quad] += n;
    row.roots[std::string(stmt->Text(3))] += n;
    row.goldstein_sum += stmt->Real(6);
  }
  if (!status.ok()) return status;
  for (size_t i = 0; i < rows.size(); ++i) {
    DyadRow& row = rows[i];
    row.goldstein_mean = row.goldstein_sum / static_cast<double>(row.events);
    row.cc_index = static_cast<double>(row.quad[1] + row.quad[2] - row.quad[3] - row.quad[4]) /
                   static_cast<double>(row.events);
    const bool same_dyad =
        i > 0 && rows[i - 1].source == row.source && rows[i - 1].target == row.target;
    row.trend = same_dyad ? row.cc_index - rows[i - 1].cc_index : 0;
  }
  return rows;
}

std::string DyadCsvHeader() {
  std::string h = "period,source,target,events,quad1,quad2,quad3,quad4";
  char buf[16];
  for (int r = 1; r <= 20; ++r) {
    std::snprintf(buf, sizeof buf, ",root%02d", r);
    h += buf;
  }
  return h + ",goldstein_sum,goldstein_mean,cc_index,trend\n";
}

void AppendDyadCsv(const DyadRow& row, std::string& out) {
  // Actor codes and periods never contain commas or quotes: no CSV quoting needed.
  out += row.period + "," + row.source + "," + row.target + "," + std::to_string(row.events);
  for (int q = 1; q <= 4; ++q) out += "," + std::to_string(row.quad[q]);
  char key[8];
  for (int r = 1; r <= 20; ++r) {
    std::snprintf(key, sizeof key, "%02d", r);
    auto it = row.roots.find(key);
    out += "," + std::to_string(it == row.roots.end() ? 0 : it->second);
  }
  out += "," + Number(row.goldstein_sum) + "," + Number(row.goldstein_mean) + "," +
         Number(row.cc_index) + "," + Number(row.trend) + "\n";
}

}  // namespace entente
