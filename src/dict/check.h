// What `entente dict check` does besides loading: run the self-tests through a coder and
// format the counts. The coder is a callback so that dict/ does not depend on code/ (layering).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"

namespace entente {

struct CodedEvent {
  std::string source, target, code;  // "" or "-" = no actor
};
using CoderFn = std::function<std::vector<CodedEvent>(std::string_view sentence)>;

struct SelfTestReport {
  size_t run = 0, passed = 0, not_run = 0;
  std::vector<DictProblem> failures;  // errors at the test's file:line
};

// Runs every self-test through `coder`; with no coder, counts them as not run.
SelfTestReport RunSelfTests(const Dictionary& dict, const CoderFn& coder);

// "actors 250, names 1800, ..." one "kind: count" per line.
std::string FormatCounts(const DictCounts& counts);

}  // namespace entente
