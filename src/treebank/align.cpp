#include "treebank/align.h"

#include <algorithm>

#include "treebank/lemma.h"
#include "treebank/tree.h"

namespace entente {

std::string AlignmentKey(std::string_view word) {
  std::string w = AsciiLower(UnescapeWord(word));
  if (w == "\u201C" || w == "\u201D" || w == "\u201E" || w == "\"") return "\"";
  if (w == "\u2018" || w == "\u2019" || w == "`" || w == "'") return "'";
  if (w == "\u2013" || w == "\u2014" ||
      (!w.empty() && w.find_first_not_of('-') == std::string::npos)) {
    return "-";
  }
  // Typographic apostrophes inside words ("don’t", "n’t") compare as ASCII ones.
  for (size_t at; (at = w.find("\u2019")) != std::string::npos;) w.replace(at, 3, "'");
  return w;
}

LeafAlignment AlignLeaves(const std::vector<std::string_view>& leaves,
                          const std::vector<std::string_view>& tokens) {
  LeafAlignment out;
  const size_t n = leaves.size(), m = tokens.size();
  out.token_of_leaf.assign(n, kNoIndex);
  std::vector<std::string> a(n), b(m);
  for (size_t i = 0; i < n; ++i) a[i] = AlignmentKey(leaves[i]);
  for (size_t j = 0; j < m; ++j) b[j] = AlignmentKey(tokens[j]);
  if (static_cast<uint64_t>(n + 1) * (m + 1) <= kMaxAlignCells) {
    // lcs[i][j] = LCS length of a[i..] and b[j..], filled backwards so the walk runs forwards.
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    for (size_t i = 0, j = 0; i < n && j < m;) {
      if (a[i] == b[j]) {
        out.token_of_leaf[i++] = static_cast<uint32_t>(j++);
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        ++i;
      } else {
        ++j;
      }
    }
  } else {
    constexpr size_t kWindow = 16;
    for (size_t i = 0, j = 0; i < n && j < m; ++i) {
      for (size_t k = j; k < std::min(m, j + kWindow); ++k) {
        if (a[i] == b[k]) {
          out.token_of_leaf[i] = static_cast<uint32_t>(k);
          j = k + 1;
          break;
        }
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (out.token_of_leaf[i] == kNoIndex) {
      out.unaligned.push_back(static_cast<uint32_t>(i));
    } else {
      ++out.aligned;
    }
  }
  return out;
}

}  // namespace entente
