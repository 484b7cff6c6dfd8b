#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tokenize/tokenizer.h"

namespace entente {
namespace {

const Tagger& TheTagger() {
  static const std::unique_ptr<Tagger> tagger = [] {
    auto t = Tagger::Load(DefaultTaggerModelPath());
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::move(t).value() : nullptr;
  }();
  return *tagger;
}

std::vector<Token> TagText(const std::string& text) {
  std::vector<Token> tokens;
  Tokenizer().Tokenize(text, tokens);
  TheTagger().Tag(tokens);
  return tokens;
}

std::string Tagged(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) out += t.form + "/" + std::string(PosName(t.pos)) + " ";
  return out;
}

struct Case {
  const char* text;
  const char* expect;  // "word/TAG ..." in order; other tokens are not checked
};

// Key tokens of news sentences: verbs, nouns, possessives, particles, "to", modals.
constexpr Case kCases[] = {
    {"Russia shelled Kharkiv on Tuesday.", "Russia/NNP shelled/VBD Kharkiv/NNP Tuesday/NNP"},
    {"Russia's army shelled the city.", "Russia/NNP 's/POS army/NN shelled/VBD city/NN"},
    {"Russia’s army shelled the city.", "’s/POS army/NN shelled/VBD"},
    {"It's a deal, he said.", "It/PRP 's/VBZ deal/NN said/VBD"},
    {"He's leaving Moscow.", "He/PRP 's/VBZ leaving/VBG Moscow/NNP"},
    {"The talks ended without a deal.", "talks/NNS ended/VBD deal/NN"},
    {"Iran wants to talk with the U.S.", "Iran/NNP wants/VBZ to/TO talk/VB U.S./NNP"},
    {"The U.S. imposed sanctions on Iran.", "U.S./NNP imposed/VBD sanctions/NNS Iran/NNP"},
    {"China will not accept the decision.", "will/MD not/RB accept/VB decision/NN"},
    {"Israel can't accept that.", "ca/MD n't/RB accept/VB"},
    {"Israel won't accept that.", "wo/MD n't/RB accept/VB"},
    {"Israel won’t accept that.", "wo/MD n’t/RB accept/VB"},
    {"Rebels set up checkpoints near the border.",
     "Rebels/NNS set/VBD up/RP checkpoints/NNS border/NN"},
    {"The government called off the talks.", "government/NN called/VBD off/RP talks/NNS"},
    {"Protesters gave up after two days.", "Protesters/NNS gave/VBD up/RP two/CD days/NNS"},
    {"President Putin met Chinese leader Xi Jinping.",
     "President/NNP Putin/NNP met/VBD Chinese/JJ leader/NN Xi/NNP"},
    {"Prime Minister Modi visited Japan.", "Prime/NNP Minister/NNP Modi/NNP visited/VBD Japan/NNP"},
    {"Gen. Milley warned of risks.", "Gen./NNP Milley/NNP warned/VBD risks/NNS"},
    {"Foreign Minister Sergei Lavrov said talks would resume.",
     "Foreign/NNP Minister/NNP Lavrov/NNP said/VBD talks/NNS would/MD resume/VB"},
    {"The president said the army would withdraw.", "president/NN said/VBD army/NN withdraw/VB"},
    {"Russian troops entered Ukraine.", "Russian/JJ troops/NNS entered/VBD Ukraine/NNP"},
    {"Russians voted in March.", "Russians/NNPS voted/VBD March/NNP"},
    {"Israelis and Palestinians met in Cairo.",
     "Israelis/NNPS Palestinians/NNPS met/VBD Cairo/NNP"},
    {"The West imposed new sanctions.", "West/NNP imposed/VBD sanctions/NNS"},
    {"The vote is set for May 5.", "vote/NN is/VBZ set/VBN May/NNP 5/CD"},
    {"Talks resumed in January.", "Talks/NNS resumed/VBD January/NNP"},
    {"The minister may resign.", "minister/NN may/MD resign/VB"},
    {"Arnor is about to restore full diplomatic ties with Gondor.",
     "Arnor/NNP is/VBZ about/IN to/TO restore/VB ties/NNS Gondor/NNP"},
    {"Gondor accused Arnor of shelling the border.",
     "Gondor/NNP accused/VBD Arnor/NNP of/IN shelling/VBG border/NN"},
    {"Officials in Mordor condemned the attack.",
     "Officials/NNS Mordor/NNP condemned/VBD attack/NN"},
    {"The Gondorian army fired rockets.", "Gondorian/JJ army/NN fired/VBD rockets/NNS"},
    {"Crowds trashed the embassy.", "Crowds/NNS trashed/VBD embassy/NN"},
    {"The high-tech weapons arrived.", "high-tech/JJ weapons/NNS arrived/VBD"},
    {"Iran spent 40-billion rials on arms.", "spent/VBD 40-billion/CD arms/NNS"},
    {"A 500-page report was released.", "500-page/JJ report/NN was/VBD released/VBN"},
    {"The agency reported 1,200 deaths in 2014.", "reported/VBD 1,200/CD deaths/NNS 2014/CD"},
    {"Inflation rose 3.5% in the 1990s.", "rose/VBD 3.5/CD %/NN"},
    {"“We will fight,” he said.", "“/`` We/PRP will/MD fight/VB ”/'' he/PRP said/VBD"},
    {"\"We will fight,\" he said.", "\"/`` will/MD fight/VB \"/'' said/VBD"},
    {"The talks (in Geneva) failed.", "(/-LRB- Geneva/NNP )/-RRB- failed/VBD"},
    {"Iran has been enriching uranium.", "has/VBZ been/VBN enriching/VBG uranium/NN"},
    {"The troops were withdrawn from the area.", "troops/NNS were/VBD withdrawn/VBN area/NN"},
    {"Sanctions have hurt the economy.", "Sanctions/NNS have/VBP hurt/VBN economy/NN"},
    {"They provided aid to refugees.", "They/PRP provided/VBD aid/NN to/TO refugees/NNS"},
    {"The envoy held talks with rebels.", "envoy/NN held/VBD talks/NNS rebels/NNS"},
    {"He urged both sides to show restraint.", "urged/VBD sides/NNS to/TO show/VB restraint/NN"},
    {"The forces that attacked the town withdrew.",
     "forces/NNS that/WDT attacked/VBD withdrew/VBD"},
    {"Who attacked the convoy?", "Who/WP attacked/VBD convoy/NN"},
    {"Demonstrators were arrested, police said.", "were/VBD arrested/VBN police/NN said/VBD"},
    {"NATO condemned the missile test.", "NATO/NNP condemned/VBD missile/NN test/NN"},
    {"The UN Security Council met on Friday.",
     "UN/NNP Security/NNP Council/NNP met/VBD Friday/NNP"},
    {"The European Union imposed sanctions.", "European/NNP Union/NNP imposed/VBD"},
    {"Syria's president visited Tehran.", "Syria/NNP 's/POS president/NN visited/VBD Tehran/NNP"},
    {"The country's leaders met.", "country/NN 's/POS leaders/NNS met/VBD"},
    {"Saudi Arabia and Iran restored ties.", "Arabia/NNP Iran/NNP restored/VBD ties/NNS"},
    {"Fighting continued in the north.", "continued/VBD north/NN"},
    {"Kim Jong Un threatened to attack.", "threatened/VBD to/TO attack/VB"},
    {"Turkey is expected to veto the bid.", "is/VBZ expected/VBN to/TO veto/VB bid/NN"},
    {"The ministers are visiting Beijing.", "ministers/NNS are/VBP visiting/VBG Beijing/NNP"},
    {"They are considering new measures.", "are/VBP considering/VBG measures/NNS"},
    {"She does not support the plan.", "does/VBZ not/RB support/VB plan/NN"},
    {"The army did not respond.", "did/VBD not/RB respond/VB"},
    {"Hamas fired rockets into Israel.", "Hamas/NNP fired/VBD rockets/NNS into/IN Israel/NNP"},
    {"Britain's prime minister spoke.", "Britain/NNP 's/POS minister/NN spoke/VBD"},
    {"PUTIN VISITS CHINA", "PUTIN/NNP VISITS/VBZ CHINA/NNP"},
    {"The talks could collapse.", "could/MD collapse/VB"},
    {"Washington sought to reassure its allies.",
     "sought/VBD to/TO reassure/VB its/PRP$ allies/NNS"},
    {"Whose forces crossed the border?", "Whose/WP$ forces/NNS crossed/VBD"},
};

TEST(Tagger, NewsSentences) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    std::vector<Token> tokens = TagText(c.text);
    std::istringstream expect(c.expect);
    size_t next = 0;
    for (std::string item; expect >> item;) {
      size_t slash = item.rfind('/');
      std::string word = item.substr(0, slash), tag = item.substr(slash + 1);
      while (next < tokens.size() && tokens[next].form != word) ++next;
      ASSERT_LT(next, tokens.size()) << "no token " << word << " in " << Tagged(tokens);
      EXPECT_EQ(PosName(tokens[next].pos), tag) << word << " in " << Tagged(tokens);
      ++next;
    }
  }
}

TEST(Tagger, EveryTokenGetsATagAndALemma) {
  std::vector<Token> tokens = TagText("Gondor’s forces — 3,000 strong — crossed @hq #peace € ¶ x.");
  for (const Token& t : tokens) {
    EXPECT_NE(t.pos, Pos::kUnknown) << t.form;
    EXPECT_FALSE(t.lemma.empty()) << t.form;
  }
}

TEST(Tagger, EmptyAndLongSentences) {
  std::vector<Token> none;
  TheTagger().Tag(none);
  EXPECT_TRUE(none.empty());
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Gondor shelled Arnor and ";
  std::vector<Token> tokens = TagText(text + "fled.");
  EXPECT_EQ(tokens[1].pos, Pos::VBD);
  EXPECT_EQ(tokens[1].lemma, "shell");
}

TEST(Tagger, FillsLemmas) {
  std::vector<Token> tokens =
      TagText("Russia's forces shelled the countries' borders and held talks.");
  std::string lemmas;
  for (const Token& t : tokens) lemmas += t.lemma + " ";
  EXPECT_EQ(lemmas, "russia 's force shell the country 's border and hold talk . ");
}

TEST(Tagger, ModelPathFromEnvironment) {
  setenv("ENTENTE_TAGGER_MODEL", "/nonexistent/tagger.bin", 1);
  EXPECT_EQ(DefaultTaggerModelPath(), "/nonexistent/tagger.bin");
  auto missing = Tagger::Load(DefaultTaggerModelPath());
  unsetenv("ENTENTE_TAGGER_MODEL");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace entente
