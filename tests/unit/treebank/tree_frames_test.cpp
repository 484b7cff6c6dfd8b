#include "treebank/tree_frames.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "treebank/lemma.h"

namespace entente {
namespace {

// One frame as a line: trigger g=group s=subject o=object o2=object2 pp=prep:head prt=particle
// +flags ^parent <-subject_from. Arguments show their head word, and {a|b} their conjuncts.
std::string Describe(const Tree& tree, const std::vector<Frame>& frames, const Frame& f) {
  auto word = [&](uint32_t leaf) { return std::string(tree.Word(leaf)); };
  auto range = [&](TokenRange r) {
    std::string out;
    for (uint32_t i = r.begin; i < r.end; ++i) out += (i > r.begin ? " " : "") + word(i);
    return out;
  };
  auto arg = [&](const char* name, const Argument& a) {
    if (!a.present()) return std::string();
    std::string out =
        std::string(" ") + name + "=" + (a.prep.empty() ? "" : a.prep + ":") + word(a.head);
    if (!a.members.empty()) {
      out += "{";
      for (size_t i = 0; i < a.members.size(); ++i) out += (i ? "|" : "") + range(a.members[i]);
      out += "}";
    }
    return out;
  };
  std::string out = word(f.trigger);
  if (f.group.end - f.group.begin > 1) {
    out += " g=";
    for (uint32_t i = f.group.begin; i < f.group.end; ++i)
      out += (i > f.group.begin ? "_" : "") + word(i);
  }
  out += arg("s", f.subject) + arg("o", f.object) + arg("o2", f.object2);
  for (const Argument& pp : f.pps) out += arg("pp", pp);
  if (!f.particle.empty()) out += " prt=" + f.particle;
  if (f.Has(kNegated)) out += " +neg";
  if (f.Has(kPassive)) out += " +pass";
  if (f.Has(kModal)) out += " +modal(" + f.modal + ")";
  if (f.Has(kFuture)) out += " +fut";
  if (f.Has(kInfinitive)) out += " +inf";
  if (f.Has(kGerund)) out += " +ger";
  if (f.Has(kRelative)) out += " +rel";
  if (f.Has(kReported)) out += " +rep";
  if (f.parent != kNoIndex) out += " ^" + word(frames[f.parent].trigger);
  if (f.subject_from != kNoIndex) out += " <-" + word(frames[f.subject_from].trigger);
  return out;
}

struct FrameCase {
  const char* name;
  const char* tree;
  std::vector<std::string> frames;
};

const std::vector<FrameCase>& Cases() {
  static const std::vector<FrameCase> kCases = {
      {"active",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
       {"attacked s=Arnor o=Gondor"}},
      {"negated perfect with adverb",
       "(ROOT (S (NP (NNP China)) (VP (VBZ has) (RB not) (ADVP (RB directly)) (VP (VBN provided) "
       "(NP (NNS weapons)) (PP (TO to) (NP (NNP Ukraine))))) (. .)))",
       {"provided g=has_not_directly_provided s=China o=weapons pp=to:Ukraine +neg"}},
      {"passive with by-agent",
       "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP "
       "Arnor))))) (. .)))",
       {"attacked g=was_attacked s=Gondor pp=by:Arnor +pass"}},
      {"passive perfect",
       "(ROOT (S (NP (NNP Gondor)) (VP (VBZ has) (VP (VBN been) (VP (VBN accused) (PP (IN of) "
       "(NP (NN genocide))) (PP (IN by) (NP (NNP Arnor)))))) (. .)))",
       {"accused g=has_been_accused s=Gondor pp=of:genocide pp=by:Arnor +pass"}},
      {"modal",
       "(ROOT (S (NP (NNP Arnor)) (VP (MD could) (VP (VB restore) (NP (NNS ties)) (PP (IN with) "
       "(NP (NNP Gondor))))) (. .)))",
       {"restore g=could_restore s=Arnor o=ties pp=with:Gondor +modal(could)"}},
      {"negated future",
       "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB sign) (NP (DT the) (NN treaty)))) "
       "(. .)))",
       {"sign g=will_not_sign s=Arnor o=treaty +neg +modal(will) +fut"}},
      {"contracted negation",
       "(ROOT (S (NP (NNP Gondor)) (VP (VBD did) (RB n't) (VP (VB accept) (NP (DT the) (NN "
       "offer)))) (. .)))",
       {"accept g=did_n't_accept s=Gondor o=offer +neg"}},
      {"never",
       "(ROOT (S (NP (NNP Arnor)) (VP (ADVP (RB never)) (VBD recognized) (NP (NNP Gondor))) (. "
       ".)))",
       {"recognized s=Arnor o=Gondor +neg"}},
      {"infinitive complement",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD agreed) (S (VP (TO to) (VP (VB resume) (NP (NNS "
       "talks)))))) (. .)))",
       {"agreed s=Arnor", "resume g=to_resume o=talks +inf ^agreed <-agreed"}},
      {"about to (PETRARCH DEMO-00 shape)",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore) "
       "(NP (NNS ties))))))) (. .)))",
       {"is s=Arnor", "restore g=to_restore o=ties +inf ^is <-is"}},
      {"gerund complement",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD denied) (S (VP (VBG providing) (NP (NNS weapons))))) (. "
       ".)))",
       {"denied s=Arnor", "providing o=weapons +ger ^denied <-denied"}},
      {"NP coordination subject",
       "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD signed) (NP (DT a) (NN "
       "treaty))) (. .)))",
       {"signed s=Arnor{Arnor|Gondor} o=treaty"}},
      {"flat NP coordination object",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD criticized) (NP (NNP Gondor) (, ,) (NNP Rohan) (CC and) "
       "(NNP Mordor))) (. .)))",
       {"criticized s=Arnor o=Gondor{Gondor|Rohan|Mordor}"}},
      {"adjective coordination is one phrase",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (JJ economic) (CC and) (JJ military) (NN "
       "aid))) (. .)))",
       {"sent s=Arnor o=aid"}},
      {"VP coordination",
       "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD met) (NP (NNP Gondor))) (CC and) (VP (VBD signed) "
       "(NP (DT a) (NN treaty)))) (. .)))",
       {"met s=Arnor o=Gondor", "signed s=Arnor o=treaty <-met"}},
      {"VP coordination under a modal",
       "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VP (VB meet) (NP (NNP Gondor))) (CC and) "
       "(VP (VB discuss) (NP (NN trade))))) (. .)))",
       {"meet s=Arnor o=Gondor +modal(will) +fut",
        "discuss s=Arnor o=trade +modal(will) +fut <-meet"}},
      {"passive VP coordination",
       "(ROOT (S (NP (NNS Protesters)) (VP (VBD were) (VP (VP (VBN arrested)) (CC and) (VP (VBN "
       "charged)))) (. .)))",
       {"arrested s=Protesters +pass", "charged s=Protesters +pass <-arrested"}},
      {"double object",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NNP Gondor)) (NP (NNS weapons))) (. .)))",
       {"gave s=Arnor o=Gondor o2=weapons"}},
      {"adjacent particle",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD stepped) (PRT (RP up)) (NP (NP (NNS attacks)) (PP (IN "
       "on) "
       "(NP (NNP Gondor))))) (. .)))",
       {"stepped g=stepped_up s=Arnor o=attacks prt=up"}},
      {"particle after the object",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (DT the) (NNS talks)) (PRT (RP off))) (. "
       ".)))",
       {"called s=Arnor o=talks prt=off"}},
      {"relative clause subject",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD bought) (NP (NP (NNS tanks)) (SBAR (WHNP (WDT which)) "
       "(S (VP (VBP are) (VP (VBN used) (PP (IN in) (NP (NNP Gondor))))))))) (. .)))",
       {"bought s=Arnor o=tanks", "used g=are_used s=tanks pp=in:Gondor +pass +rel"}},
      {"relative clause with its own subject",
       "(ROOT (S (NP (NP (DT The) (NN treaty)) (SBAR (WHNP (WDT that)) (S (NP (NNP Arnor)) "
       "(VP (VBD signed))))) (VP (VBD collapsed)) (. .)))",
       {"signed s=Arnor +rel", "collapsed s=treaty"}},
      {"reduced relative",
       "(ROOT (S (NP (NP (CD Two) (NNS men)) (VP (VBN sought) (PP (IN by) (NP (NNS police))))) "
       "(VP (VBD fled)) (. .)))",
       {"sought s=men pp=by:police +pass +rel", "fled s=men"}},
      {"reported with that",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBD "
       "attacked) "
       "(NP (NNP Rohan)))))) (. .)))",
       {"said s=Arnor", "attacked s=Gondor o=Rohan +rep ^said"}},
      {"reported without that, nested infinitive",
       "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD had) (VP "
       "(VBN agreed) "
       "(S (VP (TO to) (VP (VB resume) (NP (NNS talks)))))))))) (. .)))",
       {"said s=Officials", "agreed g=had_agreed s=Arnor +rep ^said",
        "resume g=to_resume o=talks +inf +rep ^agreed <-agreed"}},
      {"parenthetical report",
       "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (, ,) (NP (DT the) (NN "
       "minister)) "
       "(VP (VBD said)) (. .)))",
       {"attacked s=Arnor o=Gondor +rep ^said", "said s=minister"}},
      {"inverted report",
       "(ROOT (SINV (S (NP (NNP Arnor)) (VP (MD will) (VP (VB retaliate)))) (, ,) (VP (VBD said)) "
       "(NP (DT the) (NN minister)) (. .)))",
       {"retaliate g=will_retaliate s=Arnor +modal(will) +fut +rep ^said", "said s=minister"}},
      {"told",
       "(ROOT (S (NP (PRP He)) (VP (VBD told) (NP (NNS reporters)) (SBAR (S (NP (NNP Arnor)) "
       "(VP (VBD won))))) (. .)))",
       {"told s=He o=reporters", "won s=Arnor +rep ^told"}},
      {"adverbial clause is not a complement",
       "(ROOT (S (NP (NNS Crowds)) (VP (VBD gathered) (SBAR (IN after) (S (NP (NNS troops)) (VP "
       "(VBD fired))))) (. .)))",
       {"gathered s=Crowds", "fired s=troops"}},
      {"apposition head",
       "(ROOT (S (NP (NP (NNP Lavrov)) (, ,) (NP (NP (NNP Russia) (POS 's)) (JJ foreign) (NN "
       "minister)) (, ,)) "
       "(VP (VBD met) (NP (NNP Wang) (NNP Yi))) (. .)))",
       {"met s=Lavrov o=Yi"}},
      {"NP PP head",
       "(ROOT (S (NP (NP (DT The) (NN president)) (PP (IN of) (NP (NNP Arnor)))) (VP (VBD visited) "
       "(NP (NP (DT the) (NN capital)) (PP (IN of) (NP (NNP Gondor))))) (. .)))",
       {"visited s=president o=capital"}},
      {"copula",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (NP (DT a) (JJ nuclear) (NN power))) (. .)))",
       {"is s=Arnor o=power"}},
      {"temporal NP and function tags",
       "(ROOT (S (NP-SBJ (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (NP-TMP (NNP Tuesday))) "
       "(. .)))",
       {"attacked s=Arnor o=Gondor"}},
      {"nested PP",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD kept) (NP (NNS politics)) (PP (IN out) (PP (IN of) "
       "(NP (DT the) (NNPS Games))))) (. .)))",
       {"kept s=Arnor o=politics pp=out of:Games"}},
      {"empty elements",
       "(S (NP-SBJ-1 (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (NP (-NONE- *-1)))) (. .))",
       {"attacked g=was_attacked s=Gondor +pass"}},
      {"Charniak AUX tags",
       "( (S (NP (NNP Arnor)) (VP (AUXZ has) (VP (VBN issued) (NP (NNS warrants))))))",
       {"issued g=has_issued s=Arnor o=warrants"}},
      {"pronoun subject, no verb",
       "(ROOT (NP (NP (DT The) (NN talks)) (PP (IN in) (NP (NNP Minas)))))",
       {}},
  };
  return kCases;
}

TEST(TreeFrames, FromHandWrittenTrees) {
  ASSERT_GE(Cases().size(), 25u);
  for (const FrameCase& c : Cases()) {
    Result<Tree> tree = ParseTree(c.tree);
    ASSERT_TRUE(tree.ok()) << c.name << ": " << tree.status().ToString();
    const std::vector<Frame> frames = FramesFromTree(*tree);
    std::vector<std::string> got;
    for (const Frame& f : frames) got.push_back(Describe(*tree, frames, f));
    EXPECT_EQ(got, c.frames) << c.name;
  }
}

TEST(TreeFrames, GroupsRangesAndLemmas) {
  Result<Tree> tree = ParseTree(
      "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NNP United) (NNPS States))) (VP (VBP "
      "are) "
      "(VP (VBG seeking) (S (VP (TO to) (VP (VB deepen) (NP (DT a) (NN partnership))))))) (. .)))");
  ASSERT_TRUE(tree.ok());
  const std::vector<Frame> f = FramesFromTree(*tree);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].lemma, "seek");
  EXPECT_EQ(f[0].group, (TokenRange{5, 7}));
  EXPECT_EQ(f[0].subject.range, (TokenRange{0, 5}));
  EXPECT_EQ(f[0].subject.head, 0u);
  EXPECT_EQ(f[0].subject.members, (std::vector<TokenRange>{{0, 1}, {2, 5}}));
  EXPECT_EQ(f[1].lemma, "deepen");
  EXPECT_EQ(f[1].object.range, (TokenRange{9, 11}));
  EXPECT_EQ(EffectiveSubject(f, 1), &f[0].subject);
  EXPECT_EQ(EffectiveSubject(f, 0), &f[0].subject);
}

TEST(TreeFrames, SimpleLemmas) {
  struct Case {
    const char* word;
    Pos pos;
    const char* lemma;
  };
  const std::vector<Case> cases = {
      {"said", Pos::VBD, "say"},
      {"agreed", Pos::VBD, "agree"},
      {"stopped", Pos::VBD, "stop"},
      {"resumed", Pos::VBD, "resume"},
      {"provided", Pos::VBN, "provide"},
      {"attacked", Pos::VBD, "attack"},
      {"visited", Pos::VBD, "visit"},
      {"tries", Pos::VBZ, "try"},
      {"announces", Pos::VBZ, "announce"},
      {"meeting", Pos::VBG, "meet"},
      {"making", Pos::VBG, "make"},
      {"was", Pos::VBD, "be"},
      {"talks", Pos::NNS, "talk"},
      {"Gondor", Pos::NNP, "Gondor"},
      {"The", Pos::DT, "the"},
      {"restored", Pos::VBD, "restore"},
      {"opened", Pos::VBD, "open"},
      {"used", Pos::VBN, "use"},
      {"criticized", Pos::VBD, "criticize"},
      {"called", Pos::VBD, "call"},
  };
  for (const Case& c : cases) EXPECT_EQ(SimpleLemma(c.word, c.pos), c.lemma) << c.word;
  EXPECT_TRUE(IsReportingVerb("say"));
  EXPECT_FALSE(IsReportingVerb("attack"));
}

}  // namespace
}  // namespace entente
