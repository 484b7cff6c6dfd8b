// Load-time problems of a dictionary set: each one is a Status with the file:line of the
// offending entry and a severity. Loading never stops at a bad line (docs/dictionary-format.md):
// the line is skipped, the problem is recorded here, and `entente dict check` prints them all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace entente {

struct DictProblem {
  Severity severity = Severity::kError;
  Status status;  // code, message and file:line
  std::string ToString() const { return status.ToString(); }
};

// Collects problems in the order they are found. Not thread-safe (used while loading only).
class Diagnostics {
 public:
  void Add(Severity severity, std::string_view file, uint64_t line, std::string message) {
    DictProblem p;
    p.severity = severity;
    p.status = Status(StatusCode::kParseError, std::move(message));
    p.status.At(std::string(file), line);
    problems_.push_back(std::move(p));
  }
  void Error(std::string_view file, uint64_t line, std::string message) {
    Add(Severity::kError, file, line, std::move(message));
  }
  void Warning(std::string_view file, uint64_t line, std::string message) {
    Add(Severity::kWarning, file, line, std::move(message));
  }
  const std::vector<DictProblem>& problems() const { return problems_; }
  size_t Count(Severity severity) const {
    size_t n = 0;
    for (const DictProblem& p : problems_) n += p.severity == severity;
    return n;
  }
  size_t errors() const { return Count(Severity::kError); }

 private:
  std::vector<DictProblem> problems_;
};

}  // namespace entente
