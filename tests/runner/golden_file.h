// Golden test files (docs/testing.md): parsing cases and rewriting expectations.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace entente::golden {

struct Case {
  size_t line = 0;                    // line of the `text` directive
  std::string header;                 // comment lines before the case, verbatim
  std::string text_directive;         // "text" or "text-escaped"
  std::string date;                   // "text 2024-05-17": the document date, empty = none
  std::vector<std::string> raw_text;  // lines as written
  std::string text;                   // the document text, escapes decoded
  std::vector<std::string> expected;  // expectation lines, verbatim, blank lines dropped
};

// `dict` receives the file's `# dict: PATH` header (relative to the file), if any.
Result<std::vector<Case>> ParseFile(const std::string& path, std::string* dict = nullptr);
Result<std::string> Unescape(const std::string& s);
std::string Render(const std::vector<Case>& cases);  // for --rewrite

}  // namespace entente::golden
