#include <gtest/gtest.h>

#include "code/match.h"

namespace entente::code_internal {
namespace {

TEST(MatchScratch, AnswersAreKeptPerSlotAndQuestion) {
  MatchScratch scratch;
  bool found = true;
  int* cell = scratch.answers.Find(0, 7, found);
  ASSERT_NE(cell, nullptr);
  EXPECT_FALSE(found);
  *cell = 2;
  int* again = scratch.answers.Find(0, 7, found);
  EXPECT_TRUE(found);
  EXPECT_EQ(again, cell);
  EXPECT_EQ(*again, 2);
  scratch.answers.Find(1, 7, found);  // another slot, the same question
  EXPECT_FALSE(found);
  scratch.answers.Find(0, 8, found);
  EXPECT_FALSE(found);
}

TEST(MatchScratch, AFullTableRefusesNewKeysButKeepsOldOnes) {
  MatchScratch scratch;
  bool found = false;
  uint32_t q = 0;
  for (; q < 10000; ++q) {
    int* cell = scratch.answers.Find(3, q, found);
    if (cell == nullptr) break;
    *cell = static_cast<int>(q % 5);
  }
  EXPECT_GT(q, 100u);    // room for a verb's worth of questions
  EXPECT_LT(q, 10000u);  // but bounded
  for (uint32_t k = 0; k < q; ++k) {
    int* cell = scratch.answers.Find(3, k, found);
    ASSERT_TRUE(found) << k;
    EXPECT_EQ(*cell, static_cast<int>(k % 5));
  }
  // Keys the table cannot encode are refused rather than confused.
  EXPECT_EQ(scratch.answers.Find(300, 1, found), nullptr);
  EXPECT_EQ(scratch.answers.Find(0, 1u << 24, found), nullptr);
}

TEST(MatchScratch, TokenKeysHashTheLowerCaseFormAndTheLemma) {
  Token t;
  t.form = "Tanks";
  t.lemma = "tank";
  MatchScratch scratch;
  const TokenKey& k = scratch.keys.Get(t, 3);
  EXPECT_TRUE(k.fast);
  EXPECT_TRUE(k.has_lemma);
  EXPECT_EQ(k.form_hash, HashWord("tanks"));
  EXPECT_EQ(k.first_hash, HashWord("tank"));
  Token accented;
  accented.form = "\xc3\x89lys\xc3\xa9\x65";  // not ASCII: the general path
  EXPECT_FALSE(scratch.keys.Get(accented, 200).fast);
  Token capital_lemma;
  capital_lemma.form = "Putin";
  capital_lemma.lemma = "Putin";
  EXPECT_FALSE(ComputeKey(capital_lemma).fast);
}

}  // namespace
}  // namespace entente::code_internal
