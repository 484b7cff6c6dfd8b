// Relations: how two actors treat each other over a date range, in numbers and in words
// ("China -> Russia: 14 events, mean Goldstein +5.2, mostly military cooperation (062) and
// economic cooperation (061); rising"), and actors ranked by activity.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "aggregate/dyads.h"
#include "core/status.h"
#include "store/sqlite.h"

namespace entente {

struct RelationOptions {
  std::string from, to;     // YYYY-MM-DD, inclusive; empty = open
  bool keep_roles = false;  // compare full codes (RUSGOV) instead of countries (RUS)
  Period trend_period = Period::kMonth;
};

struct CodeCount {
  std::string code;
  int64_t events = 0;
};

// One direction of a relation: everything `source` did to `target`.
struct DirectedRelation {
  std::string source, target;
  int64_t events = 0;
  std::array<int64_t, 5> quad{};  // quad[1..4]
  double goldstein_sum = 0, goldstein_mean = 0;
  double cc_index = 0;                                 // as in DyadRow
  std::vector<CodeCount> codes;                        // most frequent first
  std::vector<CodeCount> roots;                        // CAMEO roots, most frequent first
  std::vector<std::pair<std::string, double>> series;  // period -> mean Goldstein
  double slope = 0;   // least-squares change of the mean Goldstein per period
  std::string trend;  // "rising", "falling", "steady", or "one period only"
};

struct Relation {
  DirectedRelation forward, backward;  // A -> B and B -> A
};

Result<Relation> ComputeRelation(Database& db, const std::string& a, const std::string& b,
                                 const RelationOptions& options);
// The summary line, one line per direction, and the pair's counts.
std::string FormatRelation(const Relation& relation);
// One plain-language line for the pair: "China-Russia: close cooperation, mostly military
// cooperation and formal agreements, rising (14 events, mean Goldstein +5.2)".
std::string SummarizeRelation(const Relation& relation);
// {"a","b","summary","forward":{...},"backward":{...}}
std::string RelationJson(const Relation& relation);

struct ActorActivity {
  std::string actor;
  int64_t events = 0, as_source = 0, as_target = 0;
  double goldstein_mean = 0;
};
// Actors (rolled up unless keep_roles) by number of events they take part in, most first.
Result<std::vector<ActorActivity>> ComputeActors(Database& db, const RelationOptions& options);

}  // namespace entente
