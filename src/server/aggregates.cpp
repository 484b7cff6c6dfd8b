// GET /v1/health, /v1/actors, /v1/network, /v1/dyads, /v1/relations: the aggregate library's
// results as JSON.
#include "aggregate/dyads.h"
#include "aggregate/names.h"
#include "aggregate/network.h"
#include "aggregate/relations.h"
#include "core/version.h"
#include "server/handlers.h"
#include "server/json_writer.h"
#include "store/actor_code.h"
#include "store/store.h"

namespace entente::api_internal {
namespace {

ApiResponse Ok(JsonWriter& json) { return {200, json.Take() + "\n"}; }

}  // namespace

ApiResponse Health(Database& db, Params& params) {
  ApiResponse response;
  if (BadParams(params, response)) return response;
  auto docs = db.Prepare("SELECT count(*), min(date), max(date) FROM documents");
  if (!docs.ok()) return StoreError(docs.status());
  Status status;
  if (!docs->Step(status)) return StoreError(status);
  auto events = db.Prepare("SELECT count(*) FROM events");
  if (!events.ok()) return StoreError(events.status());
  if (!events->Step(status)) return StoreError(status);
  JsonWriter json;
  json.BeginObject();
  json.Key("status").String("ok").Key("version").String(ENTENTE_VERSION);
  json.Key("schema_version").Int(kStoreSchemaVersion);
  json.Key("documents").Int(docs->Int(0)).Key("events").Int(events->Int(0));
  json.Key("first_date").String(docs->Text(1)).Key("last_date").String(docs->Text(2));
  json.EndObject();
  return Ok(json);
}

ApiResponse Actors(Database& db, Params& params, const ApiOptions& options) {
  RelationOptions ro;
  ro.from = params.Date("from");
  ro.to = params.Date("to");
  ro.keep_roles = params.Bool("keep_roles", false);
  const int64_t limit = params.Int("limit", 100, 1, options.max_page);
  ApiResponse response;
  if (BadParams(params, response)) return response;
  auto actors = ComputeActors(db, ro);
  if (!actors.ok()) return StoreError(actors.status());
  JsonWriter json;
  json.BeginObject().Key("actors").BeginArray();
  for (size_t i = 0; i < actors->size() && static_cast<int64_t>(i) < limit; ++i) {
    const ActorActivity& a = (*actors)[i];
    json.BeginObject().Key("actor").String(a.actor).Key("name").String(ActorName(a.actor));
    json.Key("events").Int(a.events).Key("as_source").Int(a.as_source);
    json.Key("as_target").Int(a.as_target).Key("goldstein_mean").Number(a.goldstein_mean);
    json.EndObject();
  }
  json.EndArray().Key("total").Int(static_cast<int64_t>(actors->size())).EndObject();
  return Ok(json);
}

ApiResponse Network(Database& db, Params& params) {
  NetworkOptions no;
  no.from = params.Date("from");
  no.to = params.Date("to");
  no.keep_roles = params.Bool("keep_roles", false);
  no.min_events = params.Int("min_events", 1, 1, 1000000);
  ApiResponse response;
  if (BadParams(params, response)) return response;
  auto network = BuildNetwork(db, no);
  if (!network.ok()) return StoreError(network.status());
  JsonWriter json;
  json.BeginObject().Key("from").String(no.from).Key("to").String(no.to);
  json.Key("nodes").BeginArray();
  for (const NetworkNode& n : network->nodes) {
    json.BeginObject().Key("actor").String(n.actor).Key("name").String(ActorName(n.actor));
    json.Key("events").Int(n.events).Key("bloc").Int(n.bloc).EndObject();
  }
  json.EndArray().Key("edges").BeginArray();
  for (const NetworkEdge& e : network->edges) {
    json.BeginObject();
    json.Key("source").String(network->nodes[e.a].actor);
    json.Key("target").String(network->nodes[e.b].actor);
    json.Key("events").Int(e.events).Key("weight").Number(e.weight);
    json.Key("goldstein_mean").Number(e.goldstein_mean).EndObject();
  }
  json.EndArray().Key("blocs").Int(network->blocs).EndObject();
  return Ok(json);
}

ApiResponse Dyads(Database& db, Params& params) {
  DyadOptions dopt;
  const std::string a = params.Actor("a"), b = params.Actor("b");
  dopt.period =
      *ParsePeriod(params.OneOf("period", "month", {"day", "week", "month", "year", "all"}));
  dopt.from = params.Date("from");
  dopt.to = params.Date("to");
  dopt.ordered = params.Bool("ordered", true);
  dopt.keep_roles = params.Bool("keep_roles", false);
  if (!b.empty() && a.empty()) params.Fail("parameter 'b' needs 'a'");
  ApiResponse response;
  if (BadParams(params, response)) return response;
  dopt.actor = RollUpActor(a, dopt.keep_roles);
  const std::string rb = RollUpActor(b, dopt.keep_roles);
  auto rows = ComputeDyads(db, dopt);
  if (!rows.ok()) return StoreError(rows.status());
  JsonWriter json;
  json.BeginObject().Key("period").String(PeriodName(dopt.period)).Key("dyads").BeginArray();
  for (const DyadRow& r : *rows) {
    // With both actors, only their pair (either direction).
    if (!rb.empty() && !((r.source == dopt.actor && r.target == rb) ||
                         (r.source == rb && r.target == dopt.actor))) {
      continue;
    }
    json.BeginObject().Key("period").String(r.period);
    json.Key("source").String(r.source).Key("target").String(r.target);
    json.Key("events").Int(r.events).Key("quad").BeginArray();
    for (int64_t q : r.quad) json.Int(q);
    json.EndArray().Key("roots").BeginObject();
    for (const auto& [root, n] : r.roots) json.Key(root).Int(n);
    json.EndObject();
    json.Key("goldstein_sum")
        .Number(r.goldstein_sum)
        .Key("goldstein_mean")
        .Number(r.goldstein_mean);
    json.Key("cc_index").Number(r.cc_index).Key("trend").Number(r.trend).EndObject();
  }
  json.EndArray().EndObject();
  return Ok(json);
}

ApiResponse Relations(Database& db, Params& params) {
  RelationOptions ro;
  const std::string a = params.Actor("a"), b = params.Actor("b");
  ro.from = params.Date("from");
  ro.to = params.Date("to");
  ro.keep_roles = params.Bool("keep_roles", false);
  ro.trend_period = *ParsePeriod(params.OneOf("period", "month", {"day", "week", "month", "year"}));
  if (a.empty() || b.empty()) params.Fail("parameters 'a' and 'b' (two actor codes) are required");
  ApiResponse response;
  if (BadParams(params, response)) return response;
  auto relation = ComputeRelation(db, a, b, ro);
  if (!relation.ok()) return StoreError(relation.status());
  return {200, RelationJson(*relation)};
}

}  // namespace entente::api_internal
