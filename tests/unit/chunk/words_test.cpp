#include "chunk/words.h"

#include <gtest/gtest.h>

namespace entente::chunk_internal {
namespace {

Token Tok(std::string form, std::string lemma = "", Pos pos = Pos::NN) {
  Token t;
  t.form = std::move(form);
  t.lemma = std::move(lemma);
  t.pos = pos;
  return t;
}

TEST(ChunkWords, WordIsComparesTheWordAndTheFormIgnoringAsciiCase) {
  EXPECT_TRUE(WordIs(Tok("Was", "be", Pos::VBD), "be"));
  EXPECT_TRUE(WordIs(Tok("Was", "be", Pos::VBD), "was"));
  EXPECT_TRUE(WordIs(Tok("AFTER"), "after"));
  EXPECT_FALSE(WordIs(Tok("afters"), "after"));
  EXPECT_FALSE(WordIs(Tok(""), "a"));
}

TEST(ChunkWords, ListsMatchInAnyAsciiCaseAndOnlyWholeWords) {
  EXPECT_TRUE(IsSubordinator(Tok("While", "", Pos::IN)));
  EXPECT_TRUE(IsSubordinator(Tok("WHEREAS", "", Pos::IN)));
  EXPECT_FALSE(IsSubordinator(Tok("whilst", "", Pos::IN)));
  EXPECT_FALSE(IsSubordinator(Tok("", "", Pos::IN)));
  EXPECT_TRUE(IsAuxiliary(Tok("Has", "have", Pos::VBZ)));
  EXPECT_TRUE(IsAuxiliary(Tok("\u2019s", "", Pos::VBZ)));  // curly apostrophe
  EXPECT_TRUE(IsAuxiliary(Tok("gets", "get", Pos::VBZ)));
  EXPECT_FALSE(IsAuxiliary(Tok("hasten", "hasten", Pos::VB)));
  EXPECT_TRUE(IsQuantifier(Tok("Several", "", Pos::JJ)));
  EXPECT_FALSE(IsQuantifier(Tok("several", "", Pos::VB)));  // the tag must allow it
  EXPECT_TRUE(IsCollectiveNoun("thousands"));
  EXPECT_TRUE(IsCollectiveNoun("air force"));
  EXPECT_TRUE(IsCollectiveNoun("Thousands"));  // callers pass words unlowered
  EXPECT_FALSE(IsCollectiveNoun("Thousand-strong"));
  EXPECT_FALSE(IsCollectiveNoun(""));
  EXPECT_TRUE(IsReportingVerb("say"));
  EXPECT_TRUE(IsReportingVerb("Say"));
  EXPECT_TRUE(IsControllingNoun("EFFORT"));
  EXPECT_FALSE(IsObjectControlVerb("Urge"));  // this list still wants a lower-case lemma
  EXPECT_FALSE(IsReportingVerb("sayings"));
}

}  // namespace
}  // namespace entente::chunk_internal
