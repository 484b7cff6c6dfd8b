// Helpers shared by the dict unit tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "tokenize/tokenizer.h"

namespace entente::testing {

inline std::string DictData(const std::string& rel) {
  return std::string(ENT_SOURCE_DIR) + "/tests/data/dict/" + rel;
}

inline std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> tokens;
  Tokenizer().Tokenize(text, tokens);
  return tokens;
}

// Problems as "file-name:line: message" with the folder stripped, for readable assertions.
inline std::vector<std::string> Problems(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const DictProblem& p : d.problems()) {
    std::string s = p.ToString();
    size_t slash = s.rfind('/', s.find(':'));
    out.push_back(slash == std::string::npos ? s : s.substr(slash + 1));
  }
  return out;
}

inline bool HasProblem(const Diagnostics& d, const std::string& text) {
  auto all = Problems(d);
  return std::any_of(all.begin(), all.end(),
                     [&](const std::string& s) { return s.find(text) != std::string::npos; });
}

}  // namespace entente::testing
