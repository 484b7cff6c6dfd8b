#include "server/api.h"

#include <algorithm>
#include <map>

#include "server/cache.h"
#include "server/handlers.h"
#include "server/json_writer.h"
#include "store/store.h"

namespace entente {

using namespace api_internal;  // NOLINT: this file's own handlers

Status DatabasePool::Check() {
  auto lease = Acquire();
  return lease.ok() ? Status::Ok() : lease.status();
}

DatabasePool::Lease::~Lease() {
  if (!db_) return;
  db_->SetDeadline(std::chrono::steady_clock::time_point::max());
  std::lock_guard lock(pool_->mutex_);
  pool_->idle_.push_back(std::move(db_));
}

Result<DatabasePool::Lease> DatabasePool::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Database> db = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(db));
    }
  }
  auto db = OpenStoreReadOnly(path_);
  if (!db.ok()) return db.status();
  return Lease(this, std::move(*db));
}

Api::Api(DatabasePool& pool, CodeTextFn code, ApiOptions options)
    : pool_(pool),
      code_(std::move(code)),
      options_(options),
      cache_(std::make_unique<ResponseCache>(options.cache_bytes)) {}

Api::~Api() = default;

ApiResponse ErrorResponse(int status, std::string_view message) {
  JsonWriter json;
  json.BeginObject().Key("error").BeginObject();
  json.Key("status").Int(status).Key("message").String(message);
  json.EndObject().EndObject();
  return {status, json.Take() + "\n"};
}

namespace api_internal {

ApiResponse StoreError(const Status& status) {
  if (status.message().find("interrupted") != std::string::npos) {
    return ErrorResponse(503, "the query took too long and was stopped; narrow the date range");
  }
  return ErrorResponse(500, status.message());
}

bool BadParams(const Params& params, ApiResponse& response) {
  const std::string error = params.Error();
  if (error.empty()) return false;
  response = ErrorResponse(400, error);
  return true;
}

}  // namespace api_internal

enum class Api::Route { kHealth, kActors, kNetwork, kDyads, kRelations, kEvents, kCode };

ApiResponse Api::Handle(const ApiRequest& request) const {
  static const std::map<std::string, std::pair<Route, const char*>, std::less<>> routes = {
      {"/v1/health", {Route::kHealth, "GET"}},       {"/v1/actors", {Route::kActors, "GET"}},
      {"/v1/network", {Route::kNetwork, "GET"}},     {"/v1/dyads", {Route::kDyads, "GET"}},
      {"/v1/relations", {Route::kRelations, "GET"}}, {"/v1/events", {Route::kEvents, "GET"}},
      {"/v1/code", {Route::kCode, "POST"}},
  };
  std::string_view path = request.path;
  if (path.size() > 4 && path.back() == '/') path.remove_suffix(1);
  auto it = routes.find(path);
  if (it == routes.end()) {
    return ErrorResponse(404, "no such endpoint: " + request.path +
                                  " (see /v1/health and "
                                  "docs/api/openapi.yaml)");
  }
  const auto [route, method] = it->second;
  // HEAD is GET without the body; the HTTP layer drops the body.
  const bool method_ok =
      request.method == method || (request.method == "HEAD" && std::string_view(method) == "GET");
  if (!method_ok) {
    ApiResponse response =
        ErrorResponse(405, request.path + " takes " + method + ", not " + request.method);
    return response;
  }

  Params params(request.params);
  if (route == Route::kCode) return Code(request, params, code_, options_);

  // Aggregates are cached until the database file changes; events pages and health are cheap
  // and always read fresh.
  const bool cacheable =
      options_.cache_bytes > 0 && (route == Route::kNetwork || route == Route::kDyads ||
                                   route == Route::kRelations || route == Route::kActors);
  std::string key, version;
  if (cacheable) {
    auto sorted = request.params;
    std::sort(sorted.begin(), sorted.end());
    key = std::string(path);
    for (const auto& [name, value] : sorted) key += "\n" + name + "=" + value;
    version = FileVersion(pool_.path());
    if (auto hit = cache_->Get(key, version)) {
      hit->cache = "hit";
      return *hit;
    }
  }
  if (!cacheable) return Query(route, params);
  std::promise<ApiResponse> promise;
  {
    std::unique_lock lock(inflight_mutex_);
    // Again under the lock: a computation may have finished since the first look.
    if (auto hit = cache_->Get(key, version)) {
      hit->cache = "hit";
      return *hit;
    }
    auto it = inflight_.find(key);
    if (it != inflight_.end()) {
      std::shared_future<ApiResponse> pending = it->second;
      lock.unlock();
      ApiResponse shared = pending.get();
      shared.cache = "shared";
      return shared;
    }
    inflight_.emplace(key, promise.get_future().share());
  }
  ApiResponse response = Query(route, params);
  if (response.status == 200) cache_->Put(key, version, response);
  response.cache = "miss";
  promise.set_value(response);
  std::lock_guard lock(inflight_mutex_);
  inflight_.erase(key);
  return response;
}

ApiResponse Api::Query(Route route, Params& params) const {
  auto db = pool_.Acquire();
  if (!db.ok())
    return ErrorResponse(503, "the database cannot be opened: " + db.status().message());
  (*db)->SetDeadline(std::chrono::steady_clock::now() + options_.query_time);
  switch (route) {
    case Route::kHealth:
      return Health(**db, params);
    case Route::kActors:
      return Actors(**db, params, options_);
    case Route::kNetwork:
      return Network(**db, params);
    case Route::kDyads:
      return Dyads(**db, params);
    case Route::kRelations:
      return Relations(**db, params);
    case Route::kEvents:
      return Events(**db, params, options_);
    case Route::kCode:
      break;
  }
  return ErrorResponse(500, "unrouted request");
}

}  // namespace entente
