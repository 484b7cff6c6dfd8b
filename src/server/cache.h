// ResponseCache: finished responses of the aggregate endpoints, keyed by the request and the
// version of the database file, so that a repeated question (the dashboard asks for the same
// network on every visit) is not recomputed, and any committed change (an ingest running beside
// the server) makes every older entry stale. Bounded by total bytes; oldest entries go first.
// Thread-safety: all methods may be called concurrently.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "server/api.h"

namespace entente {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  std::optional<ApiResponse> Get(const std::string& key, const std::string& version);
  void Put(const std::string& key, const std::string& version, const ApiResponse& response);
  size_t bytes() const;

 private:
  struct Entry {
    std::string version;
    ApiResponse response;
    std::list<std::string>::iterator age;
  };
  mutable std::mutex mutex_;
  size_t max_bytes_;
  size_t bytes_ = 0;
  std::list<std::string> order_;  // oldest first
  std::unordered_map<std::string, Entry> entries_;
};

// A version of a SQLite file that changes with every commit: the size and modification time of
// the file and of its write-ahead log. Two stat calls, no query.
std::string FileVersion(const std::string& path);

}  // namespace entente
