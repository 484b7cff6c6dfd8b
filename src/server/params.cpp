#include "server/params.h"

#include <charconv>

#include "core/date.h"

namespace entente {

const std::string* Params::Find(std::string_view name) {
  read_.emplace(name);
  const std::string* found = nullptr;
  for (const auto& [key, value] : params_) {
    if (key != name) continue;
    if (found) Fail("parameter '" + std::string(name) + "' given more than once");
    found = &value;
  }
  return found && !found->empty() ? found : nullptr;
}

void Params::Fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

std::string Params::Error() const {
  if (!error_.empty()) return error_;
  for (const auto& [key, value] : params_) {
    if (!read_.contains(key)) return "unknown parameter '" + key + "'";
  }
  return {};
}

std::string Params::Text(std::string_view name) {
  const std::string* v = Find(name);
  return v ? *v : std::string();
}

std::string Params::Date(std::string_view name) {
  const std::string* v = Find(name);
  if (!v) return {};
  if (v->size() != 10 || !ParseDate(*v)) {
    Fail("parameter '" + std::string(name) + "': '" + *v + "' is not a date (YYYY-MM-DD)");
    return {};
  }
  return *v;
}

std::string Params::Actor(std::string_view name) {
  const std::string* v = Find(name);
  if (!v) return {};
  bool ok = v->size() >= 3 && v->size() <= 32;
  for (char c : *v) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (!ok) {
    Fail("parameter '" + std::string(name) + "': '" + *v +
         "' is not an actor code (3 to 32 capitals or digits, as CHN or RUSGOV)");
    return {};
  }
  return *v;
}

std::string Params::Code(std::string_view name) {
  const std::string* v = Find(name);
  if (!v) return {};
  bool ok = v->size() >= 2 && v->size() <= 4;
  for (char c : *v) ok = ok && c >= '0' && c <= '9';
  if (!ok) {
    Fail("parameter '" + std::string(name) + "': '" + *v +
         "' is not a CAMEO code (2 to 4 digits, as 04 or 042)");
    return {};
  }
  return *v;
}

int64_t Params::Int(std::string_view name, int64_t fallback, int64_t min, int64_t max) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
    Fail("parameter '" + std::string(name) + "': '" + *v + "' is not a whole number from " +
         std::to_string(min) + " to " + std::to_string(max));
    return fallback;
  }
  return n;
}

bool Params::Bool(std::string_view name, bool fallback) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (*v == "true" || *v == "1") return true;
  if (*v == "false" || *v == "0") return false;
  Fail("parameter '" + std::string(name) + "': '" + *v + "' is not true or false");
  return fallback;
}

std::string Params::OneOf(std::string_view name, std::string fallback,
                          const std::vector<std::string>& allowed) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  for (const std::string& a : allowed) {
    if (a == *v) return a;
  }
  std::string list;
  for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
  Fail("parameter '" + std::string(name) + "': '" + *v + "' is not one of " + list);
  return fallback;
}

}  // namespace entente
