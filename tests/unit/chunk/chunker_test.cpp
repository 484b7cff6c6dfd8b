#include "chunk/chunker.h"

#include <gtest/gtest.h>

#include <sstream>

namespace entente {
namespace {

// Builds a sentence from "word/TAG" or "word/TAG/lemma" items (lemma defaults to the lower-cased word).
Sentence Tagged(const std::string& spec) {
  Sentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t a = item.find('/', 1);
    size_t b = item.find('/', a + 1);
    Token t;
    t.form = item.substr(0, a);
    std::string tag = item.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    t.pos = PosFromName(tag);
    EXPECT_NE(t.pos, Pos::kUnknown) << tag;
    if (b != std::string::npos) {
      t.lemma = item.substr(b + 1);
    } else {
      for (char c : t.form) t.lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (!t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]))) t.flags |= kUpperInitial;
    s.tokens.push_back(t);
  }
  return s;
}

std::string Words(const Sentence& s, TokenRange r) {
  std::string out;
  for (uint32_t i = r.begin; i < r.end; ++i) {
    if (!out.empty()) out += ' ';
    out += s.tokens[i].form;
  }
  return out;
}

std::string Arg(const Sentence& s, const Argument& a) {
  if (a.members.empty()) return Words(s, a.range);
  std::string out;
  for (const TokenRange& m : a.members) out += (out.empty() ? "" : "+") + Words(s, m);
  return out;
}

// "provide neg subj=China obj=weapons to=Russia"
std::string Render(const Sentence& s, const Frame& f) {
  std::string out = (f.kind == FrameKind::kNoun ? "N:" : "") + f.lemma;
  if (!f.particle.empty()) out += "_" + f.particle;
  const std::pair<FrameFlag, const char*> flags[] = {
      {kNegated, "neg"}, {kPassive, "pass"}, {kModal, "modal"}, {kFuture, "fut"},
      {kHypothetical, "hyp"}, {kReported, "rep"}, {kInfinitive, "inf"}, {kRelative, "rel"},
      {kGerund, "ger"}, {kQuestion, "q"}};
  for (auto [flag, name] : flags) {
    if (f.Has(flag)) out += std::string(" ") + name;
  }
  if (f.subject.present()) out += " subj=" + Arg(s, f.subject);
  if (f.object.present()) out += " obj=" + Arg(s, f.object);
  if (f.object2.present()) out += " obj2=" + Arg(s, f.object2);
  for (const Argument& p : f.pps) out += " " + p.prep + "=" + Arg(s, p);
  if (f.parent != kNoIndex) out += " parent=" + s.frames[f.parent].lemma;
  return out;
}

std::vector<std::string> Frames(const std::string& spec) {
  Sentence s = Tagged(spec);
  Chunker().Chunk(s);
  std::vector<std::string> out;
  for (const Frame& f : s.frames) out.push_back(Render(s, f));
  return out;
}

using V = std::vector<std::string>;

TEST(Chunker, NegationCoordinationAndNominalFrames) {
  EXPECT_EQ(Frames("While/IN China/NNP has/VBZ/have not/RB directly/RB provided/VBN/provide "
                   "weapons/NNS/weapon to/TO Russia/NNP for/IN use/NN in/IN Ukraine/NNP ,/, it/PRP "
                   "has/VBZ/have supported/VBN/support Moscow/NNP diplomatically/RB and/CC "
                   "condemned/VBD/condemn Western/JJ sanctions/NNS/sanction ./."),
            (V{"provide neg subj=China obj=weapons to=Russia for=use in=Ukraine",
               "support subj=it obj=Moscow", "condemn subj=it obj=Western sanctions",
               "N:weapon to=Russia for=use in=Ukraine parent=provide", "N:use in=Ukraine parent=provide", "N:sanction subj=Western parent=condemn"}));
}

TEST(Chunker, PossessiveNominalVisit) {
  EXPECT_EQ(Frames("Russian/JJ President/NNP Vladimir/NNP Putin/NNP ’s/POS recent/JJ visit/NN to/TO "
                   "China/NNP has/VBZ/have raised/VBN/raise concerns/NNS/concern in/IN the/DT West/NNP ./."),
            (V{"raise subj=Russian President Vladimir Putin ’s recent visit obj=concerns in=the West",
               "N:visit subj=Russian President Vladimir Putin to=China",
               "N:concern in=the West parent=raise"}));
  EXPECT_EQ(Frames("The/DT visit/NN by/IN Putin/NNP to/TO China/NNP underscores/VBZ/underscore "
                   "the/DT alliance/NN ./."),
            (V{"underscore subj=The visit obj=the alliance", "N:visit by=Putin to=China"}));
}

TEST(Chunker, PassiveWithAgent) {
  EXPECT_EQ(Frames("Ukraine/NNP was/VBD/be attacked/VBN/attack by/IN Russian/JJ forces/NNS/force ./."),
            (V{"attack pass subj=Ukraine by=Russian forces", "N:force subj=Russian parent=attack"}));
}

TEST(Chunker, SubjectChainsSkipAttachedPhrases) {
  EXPECT_EQ(Frames("The/DT deepening/VBG ties/NNS/tie between/IN China/NNP and/CC Russia/NNP "
                   "extend/VBP beyond/IN political/JJ alliances/NNS/alliance ./."),
            (V{"extend subj=The deepening ties beyond=political alliances",
               "N:tie between=China+Russia"}));
  EXPECT_EQ(Frames("Both/DT Putin/NNP and/CC Xi/NNP view/VBP Western/JJ efforts/NNS/effort ./."),
            (V{"view subj=Both Putin+Xi obj=Western efforts", "N:effort subj=Western parent=view"}));
}

TEST(Chunker, InfinitiveAndGerundComplements) {
  EXPECT_EQ(Frames("Iran/NNP agreed/VBD/agree to/TO resume/VB talks/NNS/talk with/IN the/DT "
                   "agency/NN ./."),
            (V{"agree subj=Iran", "resume inf subj=Iran obj=talks with=the agency parent=agree",
               "N:talk with=the agency parent=resume"}));
  EXPECT_EQ(Frames("Zelenskyy/NNP urged/VBD/urge Germany/NNP to/TO send/VB tanks/NNS/tank ./."),
            (V{"urge subj=Zelenskyy obj=Germany", "send inf subj=Germany obj=tanks parent=urge"}));
  EXPECT_EQ(Frames("China/NNP denies/VBZ/deny providing/VBG/provide military/JJ aid/NN to/TO "
                   "Russia/NNP ./."),
            (V{"deny subj=China", "provide ger subj=China obj=military aid to=Russia parent=deny",
               "N:aid to=Russia parent=provide"}));
}

TEST(Chunker, ModalsFutureAndConditionals) {
  EXPECT_EQ(Frames("If/IN Russia/NNP attacks/VBZ/attack ,/, NATO/NNP would/MD respond/VB ./."),
            (V{"attack hyp subj=Russia", "respond modal hyp subj=NATO"}));
  EXPECT_EQ(Frames("China/NNP will/MD not/RB send/VB troops/NNS/troop ./."),
            (V{"send neg fut subj=China obj=troops"}));
}

TEST(Chunker, ReportedSpeechAndApposition) {
  EXPECT_EQ(Frames("Russian/JJ troops/NNS/troop shelled/VBD/shell Kharkiv/NNP ,/, officials/NNS/official "
                   "said/VBD/say ./."),
            (V{"shell rep subj=Russian troops obj=Kharkiv", "say subj=officials",
               "N:troop subj=Russian"}));
  EXPECT_EQ(Frames("Sergei/NNP Lavrov/NNP ,/, Russia/NNP 's/POS foreign/JJ minister/NN ,/, "
                   "criticized/VBD/criticize NATO/NNP ./."),
            (V{"criticize subj=Sergei Lavrov , Russia 's foreign minister obj=NATO",
               "N:minister subj=Russia"}));
}

TEST(Chunker, CoordinatedObjectsAndLists) {
  EXPECT_EQ(Frames("The/DT EU/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Spain/NNP ,/, "
                   "Ireland/NNP and/CC Norway/NNP ./."),
            (V{"impose subj=The EU obj=sanctions on=Spain+Ireland+Norway",
               "N:sanction on=Spain+Ireland+Norway parent=impose"}));
}

TEST(Chunker, ParticlesAndRelativeClauses) {
  EXPECT_EQ(Frames("Israel/NNP called/VBD/call off/RP the/DT talks/NNS/talk ./."),
            (V{"call_off subj=Israel obj=the talks"}));
  EXPECT_EQ(Frames("It/PRP sells/VBZ/sell technology/NN to/TO Russia/NNP ,/, which/WDT is/VBZ/be "
                   "used/VBN/use in/IN weapons/NNS/weapon ./."),
            (V{"sell subj=It obj=technology to=Russia", "use pass rel subj=Russia in=weapons",
               "N:technology to=Russia parent=sell"}));
}

TEST(Chunker, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Frames("").empty());
  EXPECT_TRUE(Frames("./. ,/,").empty());
}

}  // namespace
}  // namespace entente
