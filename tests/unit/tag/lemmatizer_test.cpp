#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include "tag/tagger.h"

namespace entente {
namespace {

const Lemmatizer& TheLemmatizer() {
  static const std::unique_ptr<Tagger> tagger = [] {
    auto t = Tagger::Load(DefaultTaggerModelPath());
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::move(t).value() : nullptr;
  }();
  return tagger->lemmatizer();
}

struct Case {
  const char* form;
  Pos pos;
  const char* lemma;
};

constexpr Case kCases[] = {
    // Regular verbs: -ed, -ing, -s, -ies, -es.
    {"provided", Pos::VBD, "provide"},
    {"sanctioned", Pos::VBD, "sanction"},
    {"shelled", Pos::VBD, "shell"},
    {"visiting", Pos::VBG, "visit"},
    {"visited", Pos::VBN, "visit"},
    {"visits", Pos::VBZ, "visit"},
    {"accused", Pos::VBD, "accuse"},
    {"condemned", Pos::VBD, "condemn"},
    {"condemns", Pos::VBZ, "condemn"},
    {"threatening", Pos::VBG, "threaten"},
    {"threatened", Pos::VBN, "threaten"},
    {"tries", Pos::VBZ, "try"},
    {"tried", Pos::VBD, "try"},
    {"denied", Pos::VBD, "deny"},
    {"approves", Pos::VBZ, "approve"},
    {"pushes", Pos::VBZ, "push"},
    {"making", Pos::VBG, "make"},
    {"imposing", Pos::VBG, "impose"},
    {"attacked", Pos::VBD, "attack"},
    {"Attacked", Pos::VBN, "attack"},
    {"negotiated", Pos::VBD, "negotiate"},
    {"urged", Pos::VBD, "urge"},
    {"agreed", Pos::VBD, "agree"},
    {"agreeing", Pos::VBG, "agree"},
    {"released", Pos::VBN, "release"},
    {"arrested", Pos::VBN, "arrest"},
    {"killed", Pos::VBN, "kill"},
    {"fired", Pos::VBD, "fire"},
    {"criticizes", Pos::VBZ, "criticize"},
    {"expelled", Pos::VBD, "expel"},
    {"stopped", Pos::VBD, "stop"},
    {"planning", Pos::VBG, "plan"},
    {"vetted", Pos::VBN, "vet"},
    {"goes", Pos::VBZ, "go"},
    // Irregular verbs from WordNet's exception list.
    {"held", Pos::VBD, "hold"},
    {"met", Pos::VBD, "meet"},
    {"was", Pos::VBD, "be"},
    {"were", Pos::VBD, "be"},
    {"is", Pos::VBZ, "be"},
    {"are", Pos::VBP, "be"},
    {"been", Pos::VBN, "be"},
    {"had", Pos::VBD, "have"},
    {"has", Pos::VBZ, "have"},
    {"did", Pos::VBD, "do"},
    {"took", Pos::VBD, "take"},
    {"taken", Pos::VBN, "take"},
    {"fought", Pos::VBD, "fight"},
    {"sought", Pos::VBD, "seek"},
    {"fled", Pos::VBD, "flee"},
    {"struck", Pos::VBD, "strike"},
    {"said", Pos::VBD, "say"},
    {"went", Pos::VBD, "go"},
    {"began", Pos::VBD, "begin"},
    {"found", Pos::VBD, "find"},
    {"left", Pos::VBD, "leave"},
    // Base forms stay.
    {"found", Pos::VB, "found"},
    {"meet", Pos::VBP, "meet"},
    {"be", Pos::VB, "be"},
    // Nouns.
    {"sanctions", Pos::NNS, "sanction"},
    {"talks", Pos::NNS, "talk"},
    {"forces", Pos::NNS, "force"},
    {"countries", Pos::NNS, "country"},
    {"men", Pos::NNS, "man"},
    {"women", Pos::NNS, "woman"},
    {"children", Pos::NNS, "child"},
    {"crises", Pos::NNS, "crisis"},
    {"taxes", Pos::NNS, "tax"},
    {"churches", Pos::NNS, "church"},
    {"ties", Pos::NNS, "tie"},
    {"Ministers", Pos::NNS, "minister"},
    {"data", Pos::NN, "data"},
    {"police", Pos::NN, "police"},
    {"allies", Pos::NNS, "ally"},
    // Adjectives and adverbs.
    {"bigger", Pos::JJR, "big"},
    {"strongest", Pos::JJS, "strong"},
    {"closer", Pos::JJR, "close"},
    {"better", Pos::JJR, "good"},
    {"better", Pos::RBR, "well"},
    {"larger", Pos::JJR, "large"},
    {"diplomatic", Pos::JJ, "diplomatic"},
    {"quickly", Pos::RB, "quickly"},
    // Clitics, negation, closed classes, proper nouns.
    {"'s", Pos::POS, "'s"},
    {"’s", Pos::POS, "'s"},
    {"'s", Pos::VBZ, "be"},
    {"n't", Pos::RB, "not"},
    {"n’t", Pos::RB, "not"},
    {"'re", Pos::VBP, "be"},
    {"'ve", Pos::VBP, "have"},
    {"'ll", Pos::MD, "will"},
    {"ca", Pos::MD, "can"},
    {"wo", Pos::MD, "will"},
    {"The", Pos::DT, "the"},
    {"Russia", Pos::NNP, "russia"},
    {"U.S.", Pos::NNP, "u.s."},
    {"Russians", Pos::NNPS, "russian"},
    {"Gondorians", Pos::NNPS, "gondorians"},
    {"Gondorized", Pos::VBD, "gondorized"},
    {",", Pos::kComma, ","},
    {"", Pos::NN, ""},
};

TEST(Lemmatizer, WordNetMorphy) {
  for (const Case& c : kCases) {
    EXPECT_EQ(TheLemmatizer().Lemmatize(c.form, c.pos), c.lemma) << c.form << "/" << PosName(c.pos);
  }
}

TEST(Lemmatizer, ReusesTheOutputString) {
  std::string out = "previous content that is long enough to be on the heap";
  TheLemmatizer().Lemmatize("held", Pos::VBD, out);
  EXPECT_EQ(out, "hold");
  TheLemmatizer().Lemmatize("Talks", Pos::NNS, out);
  EXPECT_EQ(out, "talk");
}

}  // namespace
}  // namespace entente
