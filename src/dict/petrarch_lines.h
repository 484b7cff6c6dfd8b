// Comment handling shared by the PETRARCH-2 readers, as PETRreader.read_FIN_line() defines it:
// lines starting with '#' and <!-- ... --> comments (also over several lines) are skipped, and
// anything after a '#' is dropped.
#pragma once

#include <string_view>

#include "dict/parsers.h"
#include "dict/text_util.h"

namespace entente {

template <typename Fn>
void ForEachPetrarchLine(std::string_view text, Fn fn) {
  bool in_comment = false;
  ForEachLine(text, [&](uint32_t n, std::string_view line) {
    if (in_comment) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) return;
      in_comment = false;
      line = line.substr(end + 3);
    }
    size_t open = line.find("<!--");
    if (open != std::string_view::npos) {
      size_t end = line.find("-->", open);
      if (end == std::string_view::npos) {
        in_comment = true;
        line = line.substr(0, open);
      } else {
        std::string_view rest = line.substr(end + 3);
        line = line.substr(0, open);
        if (dict_text::Trim(line).empty()) line = rest;
      }
    }
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = dict_text::Trim(line);
    if (!line.empty()) fn(n, line);
  });
}

}  // namespace entente
