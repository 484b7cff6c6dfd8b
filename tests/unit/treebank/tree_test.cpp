#include "treebank/tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "treebank/tree_document.h"
#include "treebank/tree_frames.h"

namespace entente {
namespace {

std::string Leaves(const Tree& tree) {
  std::string out;
  for (uint32_t i = 0; i < tree.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += std::string(tree.Word(i)) + "/" + std::string(tree.Tag(i));
  }
  return out;
}

struct ParseCase {
  std::string input;
  std::string leaves;  // word/TAG ...
};

TEST(TreeParse, ReadsWordsTagsAndEscapes) {
  const std::vector<ParseCase> cases = {
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))", "Arnor/NNP left/VBD ./."},
      {"( (S (NP (PRP It)) (VP (VBD ended))))", "It/PRP ended/VBD"},  // unlabeled root
      {"(ROOT\n  (S\t(NP (NNP Arnor)\n  )\r\n (VP (VBD left) ) ) )", "Arnor/NNP left/VBD"},
      {"(NP (-LRB- -LRB-) (NN aid) (-RRB- -RRB-))", "(/-LRB- aid/NN )/-RRB-"},
      {"(NP (-LCB- -LCB-) (-RCB- -RCB-) (-LSB- -LSB-) (-RSB- -RSB-))",
       "{/-LCB- }/-RCB- [/-LSB- ]/-RSB-"},
      {"(S (`` ``) (NP (NNP X)) ('' ''))", "\"/`` X/NNP \"/''"},
      {"(NP (CD 1\\/2) (NN share) (SYM \\*))", "1/2/CD share/NN */SYM"},
      {"(S (NP-SBJ-1 (NNP Gondor)) (VP (VBD was) (VP (VBN hit) (NP (-NONE- *-1)))))",
       "Gondor/NNP was/VBD hit/VBN"},  // empty elements are not leaves
      {"(NP (NNP S\xC3\xA3o) (NNP Paulo))", "S\xC3\xA3o/NNP Paulo/NNP"},
      {"(NP Arnor Gondor)", "Arnor/ Gondor/"},  // words without preterminals have no tag
      {"(S (AUXZ has) (PRP$ its) (WP$ whose))", "has/AUXZ its/PRP$ whose/WP$"},
  };
  for (const ParseCase& c : cases) {
    Result<Tree> tree = ParseTree(c.input);
    ASSERT_TRUE(tree.ok()) << c.input << ": " << tree.status().ToString();
    EXPECT_EQ(Leaves(*tree), c.leaves) << c.input;
  }
}

TEST(TreeParse, NodesAreInPreorderWithLeafRanges) {
  Result<Tree> tree = ParseTree("(ROOT (S (NP-SBJ (DT The) (NN army)) (VP (VBD left))))");
  ASSERT_TRUE(tree.ok());
  ASSERT_EQ(tree->nodes.size(), 10u);
  EXPECT_EQ(tree->nodes[0].label, "ROOT");
  EXPECT_EQ(tree->nodes[2].label, "NP-SBJ");
  EXPECT_EQ(tree->nodes[2].category, "NP");
  EXPECT_EQ(tree->nodes[2].leaf_begin, 0u);
  EXPECT_EQ(tree->nodes[2].leaf_end, 2u);
  EXPECT_EQ(tree->nodes[2].offset, 9u);
  for (size_t i = 1; i < tree->nodes.size(); ++i) EXPECT_LT(tree->nodes[i].parent, i);
  EXPECT_TRUE(tree->IsPreterminal(tree->Preterminal(1)));
}

TEST(TreeParse, BaseCategoryStripsFunctionTags) {
  EXPECT_EQ(BaseCategory("NP-SBJ-1"), "NP");
  EXPECT_EQ(BaseCategory("NP=2"), "NP");
  EXPECT_EQ(BaseCategory("NP-TMP"), "NP");
  EXPECT_EQ(BaseCategory("-NONE-"), "-NONE-");
  EXPECT_EQ(BaseCategory("-LRB-"), "-LRB-");
  EXPECT_EQ(BaseCategory("PRP$"), "PRP$");
  EXPECT_EQ(BaseCategory(""), "");
}

TEST(TreeParse, RoundTripsThroughText) {
  const std::string text =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD cut) (NP (-LRB- -LRB-) (NN aid) (-RRB- -RRB-)))))";
  Result<Tree> tree = ParseTree(text);
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(TreeToString(*tree), text);
  EXPECT_EQ(TreeToString(ParseTree("( (S (NP (PRP It))))").value()), "((S (NP (PRP It))))");
}

struct ErrorCase {
  std::string input;
  StatusCode code;
  std::string message;  // expected substring
};

TEST(TreeParse, ReportsMalformedInputWithOffsets) {
  const std::vector<ErrorCase> cases = {
      {"", StatusCode::kParseError, "empty input, no tree at offset 0"},
      {"  \n ", StatusCode::kParseError, "empty input, no tree at offset 4"},
      {"(S (NP x)", StatusCode::kParseError,
       "input ends with 1 bracket(s) open, the innermost opened at offset 0 at offset 9"},
      {"(S (NP (NN x)", StatusCode::kParseError, "the innermost opened at offset 3"},
      {")", StatusCode::kParseError, "unbalanced ')' with no '(' open at offset 0"},
      {"(S x))", StatusCode::kParseError, "unbalanced ')' after the tree closed at offset 5"},
      {"(S (NP x)) (S y)", StatusCode::kParseError,
       "text after the end of the tree (a second tree?) at offset 11"},
      {"word", StatusCode::kParseError, "word outside brackets at offset 0"},
      {"(S (NP x) ( ))", StatusCode::kParseError, "empty brackets '()' at offset 10"},
      {"(S \xff)", StatusCode::kInvalidArgument, "invalid UTF-8 at offset 3"},
  };
  for (const ErrorCase& c : cases) {
    Result<Tree> tree = ParseTree(c.input);
    ASSERT_FALSE(tree.ok()) << c.input;
    EXPECT_EQ(tree.status().code(), c.code) << c.input;
    EXPECT_NE(tree.status().message().find(c.message), std::string::npos)
        << c.input << " -> " << tree.status().message();
  }
}

TEST(TreeParse, DeepNestingDoesNotRecurse) {
  constexpr int kDepth = 100000;
  std::string text;
  for (int i = 0; i < kDepth; ++i) text += "(VP ";
  text += "(VB go)";
  text.append(kDepth, ')');
  Result<Tree> tree = ParseTree(text);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ(tree->size(), 1u);
  EXPECT_EQ(tree->nodes.size(), kDepth + 2u);
  EXPECT_EQ(TreeToString(*tree).size(), text.size());
  // Frame extraction and document building walk the same tree without recursion either.
  Document doc = DocumentFromTree(*tree);
  ASSERT_EQ(doc.sentences.size(), 1u);
  ASSERT_EQ(doc.sentences[0].frames.size(), 1u);
  EXPECT_EQ(doc.sentences[0].frames[0].lemma, "go");

  std::string np;
  for (int i = 0; i < kDepth; ++i) np += "(NP (NP ";
  np += "(NN x)";
  for (int i = 0; i < kDepth; ++i) np += ") (PP (IN of) (NN y)))";
  tree = ParseTree("(S " + np + " (VP (VBD fell)))");
  ASSERT_TRUE(tree.ok());
  std::vector<Frame> frames = FramesFromTree(*tree);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].subject.head, 0u);  // heads computed bottom-up, not by descending

  Result<Tree> open = ParseTree(std::string(kDepth, '('));
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.status().message().find("100000 bracket(s) open"), std::string::npos);
}

TEST(TreeDocument, TokensCarryFormsTagsAndSpans) {
  Result<Tree> tree = ParseTree(
      "(ROOT (S (NP (NNP U.S.)) (VP (VBD cut) (NP (-LRB- -LRB-) (NNS ties) (-RRB- -RRB-))) (. "
      ".)))");
  ASSERT_TRUE(tree.ok());
  Document doc = DocumentFromTree(*tree, "t1");
  EXPECT_EQ(doc.id, "t1");
  EXPECT_EQ(doc.text, "U.S. cut ( ties ) .");
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Sentence& s = doc.sentences[0];
  ASSERT_EQ(s.tokens.size(), 6u);
  for (const Token& t : s.tokens) EXPECT_EQ(doc.Text(t.span), t.form);
  EXPECT_EQ(s.tokens[0].pos, Pos::NNP);
  EXPECT_EQ(s.tokens[0].kind, TokenKind::kAbbrev);
  EXPECT_TRUE(s.tokens[0].Has(kAllUpper));
  EXPECT_FALSE(s.tokens[0].Has(kSpaceBefore));
  EXPECT_TRUE(s.tokens[1].Has(kSpaceBefore));
  EXPECT_EQ(s.tokens[1].lemma, "cut");
  EXPECT_EQ(s.tokens[2].pos, Pos::kLrb);
  EXPECT_EQ(s.tokens[2].kind, TokenKind::kPunct);
  EXPECT_EQ(s.tokens[3].lemma, "tie");
  EXPECT_EQ(s.span.begin, 0u);
  EXPECT_EQ(s.span.end, doc.text.size());
  ASSERT_EQ(s.frames.size(), 1u);
  EXPECT_EQ(s.frames[0].trigger, 1u);
  EXPECT_EQ(s.frames[0].object.head, 3u);
}

}  // namespace
}  // namespace entente
