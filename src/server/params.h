// Params: the query parameters of one request, checked as a handler reads them. Every reader
// names the parameter it accepts, so a misspelt or unknown parameter ("frm=2024-01-01") is an
// error rather than a silently ignored filter.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

class Params {
 public:
  explicit Params(const std::vector<std::pair<std::string, std::string>>& params)
      : params_(params) {}

  // Each reader returns the default when the parameter is absent or empty; a bad value records
  // an error and also returns the default.
  std::string Text(std::string_view name);
  std::string Date(std::string_view name);   // YYYY-MM-DD, a real day
  std::string Actor(std::string_view name);  // CAMEO actor code: A-Z, 0-9
  std::string Code(std::string_view name);   // CAMEO event code: digits
  int64_t Int(std::string_view name, int64_t fallback, int64_t min, int64_t max);
  bool Bool(std::string_view name, bool fallback);  // true/false/1/0
  std::string OneOf(std::string_view name, std::string fallback,
                    const std::vector<std::string>& allowed);

  // Records an error of the caller's (two parameters that do not go together).
  void Fail(std::string message);
  // The first error, or "unknown parameter 'x'" for one no reader asked for; "" when all is well.
  std::string Error() const;

 private:
  const std::string* Find(std::string_view name);

  const std::vector<std::pair<std::string, std::string>>& params_;
  std::set<std::string, std::less<>> read_;
  std::string error_;
};

}  // namespace entente
