// Api: the /v1 JSON API as a plain function from request to response, without sockets, so the
// handlers are tested directly and http_server.cpp only moves bytes. docs/api/openapi.yaml is
// the contract: every path, parameter and field below is specified there.
//
// Consumes: a store opened read-only (a pool of connections, one per concurrent request) and,
// for POST /v1/code, a function that codes a text (the pipeline, supplied by the caller so that
// this stage does not run the others). Produces: JSON bodies with HTTP status codes; every error
// is {"error":{"status":N,"message":"..."}}.
// Thread-safety: Handle may run on many threads at once.
#pragma once

#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"
#include "store/sqlite.h"

namespace entente {

class Params;
class ResponseCache;

struct ApiRequest {
  std::string method;                                       // "GET", "POST", ...
  std::string path;                                         // "/v1/events", without the query
  std::vector<std::pair<std::string, std::string>> params;  // decoded query parameters
  std::string body;
  std::string content_type;
};

struct ApiResponse {
  int status = 200;
  std::string body;
  // With its charset: also keeps httplib from Brotli-compressing each response at the
  // slowest setting (it compresses only the bare "application/json").
  std::string content_type = "application/json; charset=utf-8";
  // For cacheable endpoints (X-Entente-Cache header): "hit", "miss", or "shared" (computed once
  // for this and identical concurrent requests).
  const char* cache = "";
};

// Codes one posted text (already checked for size): the pipeline over a Document whose
// events, sentences and text the response is built from.
using CodeTextFn = std::function<Result<Document>(std::string text, std::optional<CivilDate> date)>;

struct ApiOptions {
  size_t max_code_bytes = 1 << 20;             // POST /v1/code: larger texts get 413
  int64_t max_page = 1000;                     // the largest `limit` of a page of events or actors
  std::chrono::milliseconds query_time{5000};  // SQL running longer is interrupted: 503
  size_t cache_bytes = 64 << 20;  // aggregate responses kept until the database changes
};

// Read-only connections to one store file, opened on demand and reused.
class DatabasePool {
 public:
  explicit DatabasePool(std::string path) : path_(std::move(path)) {}
  const std::string& path() const { return path_; }
  // Opens one connection now, so that a bad file is reported at start-up, not per request.
  Status Check();

  class Lease {
   public:
    Lease(DatabasePool* pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Database& operator*() { return *db_; }
    Database* operator->() { return db_.get(); }

   private:
    DatabasePool* pool_;
    std::unique_ptr<Database> db_;
  };
  Result<Lease> Acquire();

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Database>> idle_;
};

class Api {
 public:
  Api(DatabasePool& pool, CodeTextFn code, ApiOptions options = {});
  ~Api();
  ApiResponse Handle(const ApiRequest& request) const;

 private:
  enum class Route;
  ApiResponse Query(Route route, Params& params) const;

  DatabasePool& pool_;
  CodeTextFn code_;
  ApiOptions options_;
  std::unique_ptr<ResponseCache> cache_;
  // Cache misses being computed, by key: identical requests arriving meanwhile wait for the
  // one computation instead of running it again (a network's blocs can take seconds).
  mutable std::mutex inflight_mutex_;
  mutable std::map<std::string, std::shared_future<ApiResponse>> inflight_;
};

// {"error":{"status":N,"message":"..."}}
ApiResponse ErrorResponse(int status, std::string_view message);

}  // namespace entente
