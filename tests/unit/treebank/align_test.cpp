#include "treebank/align.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace entente {
namespace {

std::vector<std::string_view> Words(const std::vector<std::string>& w) {
  return std::vector<std::string_view>(w.begin(), w.end());
}

struct AlignCase {
  std::vector<std::string> leaves, tokens;
  std::vector<uint32_t> want;  // token per leaf, kNoIndex = unaligned
};

TEST(AlignLeaves, MatchesInOrder) {
  constexpr uint32_t X = kNoIndex;
  const std::vector<AlignCase> cases = {
      {{"Arnor", "left", "."}, {"Arnor", "left", "."}, {0, 1, 2}},
      {{"``", "We", "won", ",", "''", "he", "said"},
       {"\u201C", "We", "won", ",", "\u201D", "he", "said"},
       {0, 1, 2, 3, 4, 5, 6}},
      {{"(", "aid", ")"}, {"(", "aid", ")"}, {0, 1, 2}},
      {{"-LRB-", "aid", "-RRB-"}, {"(", "aid", ")"}, {0, 1, 2}},
      {{"ARNOR", "Left"}, {"Arnor", "left"}, {0, 1}},
      {{"ca", "n't", "go"}, {"can't", "go"}, {X, X, 1}},  // split differently: reported
      {{"Arnor", "left"}, {"Yesterday", ",", "Arnor", "left", "early"}, {2, 3}},
      {{"it", "--", "ended"}, {"it", "\u2014", "ended"}, {0, 1, 2}},
      {{"don't"}, {"don\u2019t"}, {0}},
      {{}, {"a"}, {}},
      {{"a"}, {}, {X}},
      {{"the", "the", "end"}, {"the", "end"}, {0, X, 1}},
  };
  for (const AlignCase& c : cases) {
    const LeafAlignment a = AlignLeaves(Words(c.leaves), Words(c.tokens));
    EXPECT_EQ(a.token_of_leaf, c.want) << (c.leaves.empty() ? "" : c.leaves[0]);
    uint32_t unaligned = 0;
    for (uint32_t t : c.want) unaligned += t == X;
    EXPECT_EQ(a.unaligned.size(), unaligned);
    EXPECT_EQ(a.aligned, c.want.size() - unaligned);
  }
}

TEST(AlignLeaves, LongInputsUseTheGreedyMatch) {
  std::vector<std::string> leaves, tokens;
  for (int i = 0; i < 3000; ++i) {
    leaves.push_back("w" + std::to_string(i));
    if (i % 100 != 7) tokens.push_back("w" + std::to_string(i));
  }
  const LeafAlignment a = AlignLeaves(Words(leaves), Words(tokens));
  EXPECT_EQ(a.aligned, tokens.size());
  EXPECT_EQ(a.unaligned.size(), 30u);
  EXPECT_EQ(a.token_of_leaf[8], 7u);
}

}  // namespace
}  // namespace entente
