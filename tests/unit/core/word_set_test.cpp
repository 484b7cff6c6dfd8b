#include "core/word_set.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

constexpr WordSet<4> kWords{
    std::array<std::string_view, 4>{"say", "tell", "n\u2019t", "air force"}};

TEST(WordSet, ContainsExactlyTheListedWords) {
  EXPECT_TRUE(kWords.Contains("say"));
  EXPECT_TRUE(kWords.Contains("air force"));
  EXPECT_TRUE(kWords.Contains("n\u2019t"));
  EXPECT_FALSE(kWords.Contains("Say"));  // Contains compares as given
  EXPECT_FALSE(kWords.Contains("sa"));
  EXPECT_FALSE(kWords.Contains("says"));
  EXPECT_FALSE(kWords.Contains(""));
}

TEST(WordSet, ContainsLowerFoldsAsciiCapitalsOnly) {
  EXPECT_TRUE(kWords.ContainsLower("Say"));
  EXPECT_TRUE(kWords.ContainsLower("TELL"));
  EXPECT_TRUE(kWords.ContainsLower("N\u2019T"));
  EXPECT_FALSE(kWords.ContainsLower("Tells"));
  EXPECT_FALSE(kWords.ContainsLower(""));
}

}  // namespace
}  // namespace entente
