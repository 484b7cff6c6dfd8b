#include "aggregate/relations.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "aggregate/names.h"
#include "core/json.h"
#include "store/actor_code.h"

namespace entente {
namespace {

std::string Signed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", v);
  return buf;
}

std::string Fixed(double v) {
  std::string out;
  AppendJsonNumber(out, v);
  return out;
}

std::vector<CodeCount> Ranked(const std::map<std::string, int64_t>& counts) {
  std::vector<CodeCount> out;
  for (const auto& [code, n] : counts) out.push_back({code, n});
  std::stable_sort(out.begin(), out.end(),
                   [](const CodeCount& x, const CodeCount& y) { return x.events > y.events; });
  return out;
}

// Least-squares slope of y over 0, 1, 2...: the mean change per period.
double Slope(const std::vector<std::pair<std::string, double>>& series) {
  const double n = static_cast<double>(series.size());
  if (series.size() < 2) return 0;
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (size_t i = 0; i < series.size(); ++i) {
    const double x = static_cast<double>(i), y = series[i].second;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

Status FillDirection(Database& db, const RelationOptions& options, DirectedRelation& rel) {
  const std::string sql = "SELECT code, root, quad, count(*), sum(goldstein) FROM (" +
                          RolledUpEventsSql("code, root, quad, goldstein") +
                          ") WHERE s = ?4 AND t = ?5 "
                          "GROUP BY code, root, quad";
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, options.from).Bind(2, options.to).Bind(3, int64_t{options.keep_roles});
  stmt->Bind(4, rel.source).Bind(5, rel.target);
  std::map<std::string, int64_t> codes, roots;
  Status status;
  while (stmt->Step(status)) {
    const int64_t n = stmt->Int(3), quad = stmt->Int(2);
    rel.events += n;
    if (quad >= 1 && quad <= 4) rel.quad[quad] += n;
    rel.goldstein_sum += stmt->Real(4);
    codes[std::string(stmt->Text(0))] += n;
    roots[std::string(stmt->Text(1))] += n;
  }
  ENT_RETURN_IF_ERROR(status);
  rel.codes = Ranked(codes);
  rel.roots = Ranked(roots);
  if (rel.events > 0) {
    rel.goldstein_mean = rel.goldstein_sum / static_cast<double>(rel.events);
    rel.cc_index = static_cast<double>(rel.quad[1] + rel.quad[2] - rel.quad[3] - rel.quad[4]) /
                   static_cast<double>(rel.events);
  }

  DyadOptions dyads;
  dyads.period = options.trend_period;
  dyads.keep_roles = options.keep_roles;
  dyads.from = options.from;
  dyads.to = options.to;
  dyads.actor = rel.source;
  auto rows = ComputeDyads(db, dyads);
  if (!rows.ok()) return rows.status();
  for (const DyadRow& row : *rows) {
    if (row.source == rel.source && row.target == rel.target) {
      rel.series.emplace_back(row.period, row.goldstein_mean);
    }
  }
  rel.slope = Slope(rel.series);
  // Half a Goldstein point per period separates a movement from noise in the mean.
  if (rel.series.size() < 2)
    rel.trend = "one period only";
  else if (rel.slope >= 0.5)
    rel.trend = "rising";
  else if (rel.slope <= -0.5)
    rel.trend = "falling";
  else
    rel.trend = "steady";
  return Status::Ok();
}

std::string FormatDirection(const DirectedRelation& rel) {
  std::string line = ActorName(rel.source) + " -> " + ActorName(rel.target) + ": ";
  if (rel.events == 0) return line + "no events";
  line += std::to_string(rel.events) + (rel.events == 1 ? " event" : " events") +
          ", mean Goldstein " + Signed(rel.goldstein_mean) + ", mostly ";
  for (size_t i = 0; i < rel.codes.size() && i < 2; ++i) {
    if (i > 0) line += " and ";
    line += CameoCodeName(rel.codes[i].code) + " (" + rel.codes[i].code + ")";
  }
  return line + "; " + rel.trend;
}

void AppendCounts(const std::vector<CodeCount>& list, std::string& out) {
  out += "[";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ",";
    out += "{\"code\":";
    AppendJsonString(out, list[i].code);
    out += ",\"name\":";
    AppendJsonString(out, CameoCodeName(list[i].code));
    out += ",\"events\":" + std::to_string(list[i].events) + "}";
  }
  out += "]";
}

void AppendDirectionJson(const DirectedRelation& rel, std::string& out) {
  out += "{\"source\":";
  AppendJsonString(out, rel.source);
  out += ",\"target\":";
  AppendJsonString(out, rel.target);
  // quad[0] is unused, as in the dyad rows: quad[k] counts quad class k.
  out += ",\"events\":" + std::to_string(rel.events) + ",\"quad\":[";
  for (int q = 0; q <= 4; ++q) out += (q > 0 ? "," : "") + std::to_string(rel.quad[q]);
  out += "],\"goldstein_sum\":" + Fixed(rel.goldstein_sum) +
         ",\"goldstein_mean\":" + Fixed(rel.goldstein_mean) +
         ",\"cc_index\":" + Fixed(rel.cc_index) + ",\"codes\":";
  AppendCounts(rel.codes, out);
  out += ",\"roots\":";
  AppendCounts(rel.roots, out);
  out += ",\"series\":[";
  for (size_t i = 0; i < rel.series.size(); ++i) {
    if (i > 0) out += ",";
    out += "{\"period\":";
    AppendJsonString(out, rel.series[i].first);
    out += ",\"goldstein_mean\":" + Fixed(rel.series[i].second) + "}";
  }
  out += "],\"slope\":" + Fixed(rel.slope) + ",\"trend\":";
  AppendJsonString(out, rel.trend);
  out += ",\"summary\":";
  AppendJsonString(out, FormatDirection(rel));
  out += "}";
}

}  // namespace

Result<Relation> ComputeRelation(Database& db, const std::string& a, const std::string& b,
                                 const RelationOptions& options) {
  Relation relation;
  relation.forward.source = relation.backward.target = RollUpActor(a, options.keep_roles);
  relation.forward.target = relation.backward.source = RollUpActor(b, options.keep_roles);
  ENT_RETURN_IF_ERROR(FillDirection(db, options, relation.forward));
  ENT_RETURN_IF_ERROR(FillDirection(db, options, relation.backward));
  return relation;
}

std::string FormatRelation(const Relation& relation) {
  const DirectedRelation &f = relation.forward, &b = relation.backward;
  std::string out =
      SummarizeRelation(relation) + "\n" + FormatDirection(f) + "\n" + FormatDirection(b) + "\n";
  const int64_t n = f.events + b.events;
  if (n == 0) return out;
  const double mean = (f.goldstein_sum + b.goldstein_sum) / static_cast<double>(n);
  const int64_t coop = f.quad[1] + f.quad[2] + b.quad[1] + b.quad[2];
  const int64_t conflict = n - coop;
  const char* verdict = mean >= 1 ? "cooperation" : mean <= -1 ? "conflict" : "mixed";
  out += "Overall: " + std::string(verdict) + " (" + std::to_string(n) + " events, " +
         std::to_string(coop) + " cooperative, " + std::to_string(conflict) +
         " conflictual, mean Goldstein " + Signed(mean) + ")\n";
  return out;
}

std::string SummarizeRelation(const Relation& relation) {
  const DirectedRelation &f = relation.forward, &b = relation.backward;
  std::string out = ActorName(f.source) + "-" + ActorName(f.target) + ": ";
  const int64_t n = f.events + b.events;
  if (n == 0) return out + "no events";
  const double mean = (f.goldstein_sum + b.goldstein_sum) / static_cast<double>(n);
  // Goldstein bands: +5 and above is the scale's alliance-building end (aid, military
  // cooperation); -5 and below its use-of-force end.
  out += mean >= 5   ? "close cooperation"
         : mean >= 1 ? "cooperation"
         : mean > -1 ? "mixed relations"
         : mean > -5 ? "tension"
                     : "hostility";
  std::map<std::string, int64_t> codes;
  for (const DirectedRelation* d : {&f, &b}) {
    for (const CodeCount& c : d->codes) codes[c.code] += c.events;
  }
  const std::vector<CodeCount> ranked = Ranked(codes);
  out += ", mostly " + CameoCodeName(ranked[0].code);
  if (ranked.size() > 1) out += " and " + CameoCodeName(ranked[1].code);
  // The trend of the busier direction speaks for the pair; one period has no trend.
  const std::string& trend = f.events >= b.events ? f.trend : b.trend;
  if (trend == "rising" || trend == "falling" || trend == "steady") out += ", " + trend;
  return out + " (" + std::to_string(n) + (n == 1 ? " event" : " events") + ", mean Goldstein " +
         Signed(mean) + ")";
}

std::string RelationJson(const Relation& relation) {
  std::string out = "{\"a\":";
  AppendJsonString(out, relation.forward.source);
  out += ",\"b\":";
  AppendJsonString(out, relation.forward.target);
  out += ",\"summary\":";
  AppendJsonString(out, SummarizeRelation(relation));
  out += ",\"forward\":";
  AppendDirectionJson(relation.forward, out);
  out += ",\"backward\":";
  AppendDirectionJson(relation.backward, out);
  return out + "}\n";
}

Result<std::vector<ActorActivity>> ComputeActors(Database& db, const RelationOptions& options) {
  const std::string filter = " AND (?1 = '' OR date >= ?1) AND (?2 = '' OR date <= ?2)";
  const std::string sql = "SELECT actor, count(*), sum(as_source), avg(goldstein) FROM (SELECT " +
                          ActorRollUpSql("source", 3) +
                          " AS actor, 1 AS as_source, goldstein FROM events WHERE "
                          "source <> ''" +
                          filter + " UNION ALL SELECT " + ActorRollUpSql("target", 3) +
                          ", 0, goldstein FROM events WHERE target <> ''" + filter +
                          ") GROUP BY actor ORDER BY count(*) DESC, actor";
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, options.from).Bind(2, options.to).Bind(3, int64_t{options.keep_roles});
  std::vector<ActorActivity> out;
  Status status;
  while (stmt->Step(status)) {
    ActorActivity& a = out.emplace_back();
    a.actor = stmt->Text(0);
    a.events = stmt->Int(1);
    a.as_source = stmt->Int(2);
    a.as_target = a.events - a.as_source;
    a.goldstein_mean = stmt->Real(3);
  }
  if (!status.ok()) return status;
  return out;
}

}  // namespace entente
