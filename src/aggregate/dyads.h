// Dyads: events between two actors, aggregated by period. Computed in SQL over the store's
// events table (tests recount the same numbers in memory from generated events).
//
// Actor codes roll up to the country (store/actor_code.h) unless keep_roles is set; events
// with an unknown source or target are left out. Unordered dyads put the smaller code first.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/sqlite.h"

namespace entente {

enum class Period : uint8_t { kDay, kWeek, kMonth, kYear, kAll };
std::optional<Period> ParsePeriod(std::string_view name);  // day, week, month, year, all
const char* PeriodName(Period period);

struct DyadOptions {
  Period period = Period::kMonth;
  bool ordered = true;      // false: A-B and B-A are one dyad
  bool keep_roles = false;  // true: RUSGOV and RUSMIL stay apart
  std::string from, to;     // YYYY-MM-DD, inclusive; empty = open (set: undated events drop out)
  std::string actor;        // only dyads with this (rolled-up) actor on either side; empty = all
};

struct DyadRow {
  std::string period;          // day "2024-03-11", week (its Monday) "2024-03-11",
                               // month "2024-03", year "2024", all "all"
  std::string source, target;  // unordered: source < target
  int64_t events = 0;
  std::array<int64_t, 5> quad{};         // quad[1..4]: events per quad class (0 unused)
  std::map<std::string, int64_t> roots;  // CAMEO root code ("06") -> events
  double goldstein_sum = 0;
  double goldstein_mean = 0;
  // Cooperation-conflict index: (quad 1+2 events - quad 3+4 events) / events, in -1..+1.
  double cc_index = 0;
  // cc_index minus the same dyad's in its previous period with events; 0 for its first.
  double trend = 0;
};

// SQL for RollUpActor (store/actor_code.h) of `column`; parameter ?N (N = keep_roles_param)
// is 1 to keep roles. A constant fragment: callers splice it into SQL, values stay bound.
std::string ActorRollUpSql(std::string_view column, int keep_roles_param);

// SQL for the stored actor codes that are ?N itself or roll up to it (RUS: RUS, RUSGOV,
// RUSMIL...), from the store's actors table: `source IN (...)` then uses the actor indexes
// instead of rolling up every event. A constant fragment; `param` is "?N".
std::string ActorCodesSql(std::string_view param);

// The events with both actors, rolled up as s and t, dated within ?1..?2 (empty = open), roles
// kept when ?3 is 1, with `columns` (constant SQL) besides: the subquery every aggregate reads.
std::string RolledUpEventsSql(std::string_view columns);

// Rows ordered by source, target, period.
Result<std::vector<DyadRow>> ComputeDyads(Database& db, const DyadOptions& options);

// "period,source,target,events,quad1..quad4,root01..root20,goldstein_sum,goldstein_mean,
// cc_index,trend" with a header line: loads with pandas.read_csv, R read.csv, DuckDB.
std::string DyadCsvHeader();
void AppendDyadCsv(const DyadRow& row, std::string& out);

}  // namespace entente
