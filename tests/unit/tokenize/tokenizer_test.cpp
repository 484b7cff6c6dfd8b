#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

std::string Forms(std::string_view text) {
  std::vector<Token> tokens;
  Tokenizer().Tokenize(text, tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.form;
  }
  return out;
}

struct Case {
  const char* text;
  const char* tokens;
};

TEST(Tokenizer, TreebankConventions) {
  const Case cases[] = {
      {"", ""},
      {"   \n\t ", ""},
      {"Putin\u2019s visit", "Putin \u2019s visit"},
      {"Russia's troops", "Russia 's troops"},
      {"They don't, can't and won't.", "They do n't , ca n't and wo n't ."},
      {"I'm sure they're here; we've seen he'll go, she'd say", "I 'm sure they 're here ; we 've seen he 'll go , she 'd say"},
      {"the countries' leaders", "the countries ' leaders"},
      {"O'Brien met officials in Cote d'Ivoire.", "O'Brien met officials in Cote d'Ivoire ."},
      {"The U.S. and U.N. met at 3 p.m. Friday.", "The U.S. and U.N. met at 3 p.m. Friday ."},
      {"Gen. Smith and Lt. Col. Jones", "Gen. Smith and Lt. Col. Jones"},
      {"John F. Kennedy", "John F. Kennedy"},
      {"on Jan. 5 at No. 10", "on Jan. 5 at No. 10"},
      {"He said no.", "He said no ."},
      {"Acme Corp. rose", "Acme Corp. rose"},
      {"high-tech imports worth 40-billion", "high-tech imports worth 40-billion"},
      {"$50 and US$1.3 billion, 50% of 1,000,000", "$ 50 and US$ 1.3 billion , 50 % of 1,000,000"},
      {"\u20AC1.2bn", "\u20AC 1.2bn"},
      {"after 9/11 at 10:30 in the 1990s", "after 9/11 at 10:30 in the 1990s"},
      {"1,00 and 1,0000", "1 , 00 and 1 , 0000"},
      {"\u201CWe will win,\u201D he said.", "\u201C We will win , \u201D he said ."},
      {"Russia\u2014and China\u2013too -- now...", "Russia \u2014 and China \u2013 too -- now ..."},
      {"wait\u2026 (really) [yes]", "wait \u2026 ( really ) [ yes ]"},
      {"see https://example.org/a?b=1. Or www.x.com", "see https://example.org/a?b=1 . Or www.x.com"},
      {"mail press@un.org or @POTUS #Ukraine", "mail press@un.org or @POTUS #Ukraine"},
      {"Erdo\u011Fan and Zelenskyy", "Erdo\u011Fan and Zelenskyy"},
      {"\u5317\u4EAC\u5E02 and \u041C\u043E\u0441\u043A\u0432\u0430", "\u5317\u4EAC\u5E02 and \u041C\u043E\u0441\u043A\u0432\u0430"},
      {"a\u00A0b\u2009c\u200Bd", "a b c d"},
      {"\xF0\x9F\x94\xA5\xF0\x9F\x94\xA5", "\xF0\x9F\x94\xA5 \xF0\x9F\x94\xA5"},
      {"U.S.'s role", "U.S. 's role"},
      {"AT&T and S&P", "AT&T and S&P"},
  };
  for (const Case& c : cases) EXPECT_EQ(Forms(c.text), c.tokens) << c.text;
}

TEST(Tokenizer, SpansPointAtTheSurfaceText) {
  const std::string text = "  Putin\u2019s \u201Cvisit\u201D to the U.S. cost $5.\r\n";
  std::vector<Token> tokens;
  Tokenizer().Tokenize(text, tokens);
  uint32_t last_end = 0;
  for (const Token& t : tokens) {
    EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.form);
    EXPECT_GE(t.span.begin, last_end);
    last_end = t.span.end;
  }
  EXPECT_EQ(tokens[0].span.begin, 2u);
}

TEST(Tokenizer, FlagsDescribeWhitespaceAndCase) {
  std::vector<Token> tokens;
  Tokenizer().Tokenize("NATO met\nGen. Ali\n\nThe end", tokens);
  ASSERT_EQ(tokens.size(), 6u);  // NATO met Gen. Ali The end
  EXPECT_TRUE(tokens[0].Has(kAllUpper));
  EXPECT_TRUE(tokens[1].Has(kSpaceBefore));
  EXPECT_FALSE(tokens[1].Has(kUpperInitial));
  EXPECT_TRUE(tokens[2].Has(kNewlineBefore));
  EXPECT_TRUE(tokens[2].Has(kTitleAbbrev));
  EXPECT_EQ(tokens[2].kind, TokenKind::kAbbrev);
  EXPECT_TRUE(tokens[4].Has(kBlankLineBefore));
  EXPECT_FALSE(tokens[3].Has(kBlankLineBefore));
}

TEST(Tokenizer, InvalidBytesNeverLoopOrCrash) {
  std::string text = "a\xFF\xFE b\xC3";
  std::vector<Token> tokens;
  Tokenizer().Tokenize(text, tokens);
  EXPECT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().span.end, text.size());
}

}  // namespace
}  // namespace entente
