#include "dict/word_table.h"

#include <gtest/gtest.h>

#include <string>

namespace entente {
namespace {

TEST(WordTable, FindsFlagsOfAddedWordsOnly) {
  WordTable t;
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t.Find("tank", HashWord("tank")), 0);
  EXPECT_TRUE(t.Add("tank", 1));
  EXPECT_TRUE(t.Add("air defense system", 1));
  EXPECT_TRUE(t.Add("air", 2));
  EXPECT_TRUE(t.Add("tank", 2));  // flags accumulate
  EXPECT_FALSE(t.empty());
  EXPECT_EQ(t.Find("tank", HashWord("tank")), 3);
  EXPECT_EQ(t.Find("air", HashWord("air")), 2);
  EXPECT_EQ(t.Find("air defense system", HashWord("air defense system")), 1);
  EXPECT_EQ(t.Find("tanks", HashWord("tanks")), 0);
  EXPECT_EQ(t.Find("Tank", HashWord("Tank")), 0);  // words are stored as given
  // A wrong hash finds nothing: the caller's hash must be HashWord of the same bytes.
  EXPECT_EQ(t.Find("tank", HashWord("tanks")), 0);
}

TEST(WordTable, FindsAFormByItsAsciiLowerCase) {
  WordTable t;
  t.Add("tank", 1);
  EXPECT_EQ(t.FindAsciiLower("TANK", HashWord("tank")), 1);
  EXPECT_EQ(t.FindAsciiLower("Tank", HashWord("tank")), 1);
  EXPECT_EQ(t.FindAsciiLower("Tanks", HashWord("tanks")), 0);
  EXPECT_EQ(t.FindAsciiLower("TANK", HashWord("TANK")), 1);  // HashWord ignores ASCII case
  EXPECT_EQ(t.FindAsciiLower("TANKS", HashWord("TANKS")), 0);
}

TEST(WordTable, KeepsEveryWordAcrossGrowth) {
  WordTable t;
  for (int i = 0; i < 5000; ++i) ASSERT_TRUE(t.Add("w" + std::to_string(i), 1 + i % 3));
  for (int i = 0; i < 5000; ++i) {
    const std::string w = "w" + std::to_string(i);
    ASSERT_EQ(t.Find(w, HashWord(w)), 1 + i % 3) << w;
  }
  EXPECT_EQ(t.Find("w5000", HashWord("w5000")), 0);
}

TEST(WordTable, RefusesWordsTooLongForItsSlots) {
  WordTable t;
  const std::string huge(70000, 'a');
  EXPECT_FALSE(t.Add(huge, 1));
  EXPECT_EQ(t.Find(huge, HashWord(huge)), 0);
  EXPECT_TRUE(t.empty());
}

}  // namespace
}  // namespace entente
