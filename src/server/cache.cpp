#include "server/cache.h"

#include <sys/stat.h>

namespace entente {

std::optional<ApiResponse> ResponseCache::Get(const std::string& key, const std::string& version) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.version != version) return std::nullopt;
  return it->second.response;
}

void ResponseCache::Put(const std::string& key, const std::string& version,
                        const ApiResponse& response) {
  const size_t size = key.size() + response.body.size();
  if (size > max_bytes_) return;
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(key); it != entries_.end()) {
    bytes_ -= key.size() + it->second.response.body.size();
    order_.erase(it->second.age);
    entries_.erase(it);
  }
  while (bytes_ + size > max_bytes_ && !order_.empty()) {
    auto oldest = entries_.find(order_.front());
    bytes_ -= oldest->first.size() + oldest->second.response.body.size();
    entries_.erase(oldest);
    order_.pop_front();
  }
  order_.push_back(key);
  entries_.emplace(key, Entry{version, response, std::prev(order_.end())});
  bytes_ += size;
}

size_t ResponseCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

std::string FileVersion(const std::string& path) {
  std::string version;
  for (const std::string& p : {path, path + "-wal"}) {
    struct stat st {};
    // A missing log and an empty one hold the same data (the first reader creates it empty).
    if (::stat(p.c_str(), &st) != 0 || st.st_size == 0) {
      version += "-;";
      continue;
    }
    version += std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
               std::to_string(st.st_mtim.tv_nsec) + ";";
  }
  return version;
}

}  // namespace entente
