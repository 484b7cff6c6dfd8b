// PETRARCH-2 pattern semantics (src/code/petrarch_match.cpp) on a small dictionary written for
// these tests (tests/data/dict/petrarch-code): synsets and prepositional groups after the verb,
// joined words before and after it, the most specific pattern, paired codes and the verb block's
// default code. Sentences run through the whole pipeline, as `entente code --petrarch-dict`.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "../petrarch_code_options.h"
#include "pipeline/pipeline.h"

namespace entente {
namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

class PetrarchMatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string skip;
    const PipelineOptions options = PetrarchCodeOptions(skip);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(options.dictionary);
    pipeline_ = std::make_unique<Pipeline>(options);
  }

  std::set<Triple> Code(const std::string& text) const {
    Document doc;
    doc.id = "t";
    doc.text = text;
    EXPECT_TRUE(pipeline_->Process(doc).ok());
    std::set<Triple> out;
    for (const Event& e : doc.events) out.emplace(e.source, e.target, e.code);
    return out;
  }

  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(PetrarchMatchTest, SynsetAndPrepositionalGroupNameTheTarget) {
  EXPECT_EQ(Code("Freedonia sent tanks to Sylvania."), (std::set<Triple>{{"FRE", "SYL", "072"}}));
}

TEST_F(PetrarchMatchTest, WordInsideObjectBeforePrepositionalGroup) {
  EXPECT_EQ(Code("Freedonia sent an envoy to Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "042"}}));
}

TEST_F(PetrarchMatchTest, NoPatternFallsBackToTheBlockDefault) {
  EXPECT_EQ(Code("Freedonia sent food to Sylvania."), (std::set<Triple>{{"FRE", "SYL", "070"}}));
}

TEST_F(PetrarchMatchTest, PairedDefaultCodesBothDirections) {
  EXPECT_EQ(Code("Freedonia visited Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "042"}, {"SYL", "FRE", "043"}}));
}

TEST_F(PetrarchMatchTest, MostSpecificPatternWinsOverDefault) {
  EXPECT_EQ(Code("Freedonia met with Sylvania."), (std::set<Triple>{{"FRE", "SYL", "046"}}));
}

TEST_F(PetrarchMatchTest, JoinedWordsBeforeTheVerb) {
  EXPECT_EQ(Code("Freedonia failed to restore ties with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "111"}}));
}

TEST_F(PetrarchMatchTest, JoinedWordsAfterTheVerb) {
  EXPECT_EQ(Code("Freedonia restored diplomatic ties with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "0641"}}));
  // "ties" alone does not satisfy DIPLOMATIC_TIES: the default code.
  EXPECT_EQ(Code("Freedonia restored ties with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "064"}}));
}

TEST_F(PetrarchMatchTest, AgentAnywhereInThePhraseGivesItsRole) {
  EXPECT_EQ(Code("Freedonia President Rufus visited Sylvania."),
            (std::set<Triple>{{"FREGOV", "SYL", "042"}, {"SYL", "FREGOV", "043"}}));
}

// Transformations (`~ a (a b ATTACK) SAY = a b 015`): the upper verb and the event of its
// complement clause become one event, chosen by who acts in the lower clause.
TEST_F(PetrarchMatchTest, TransformationSpeakerClaimsOwnAttack) {
  EXPECT_EQ(Code("Freedonia said it attacked Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "015"}}));
}

TEST_F(PetrarchMatchTest, TransformationSpeakerAccusesAnother) {
  EXPECT_EQ(Code("Freedonia said that Ruritania attacked Sylvania."),
            (std::set<Triple>{{"FRE", "RUR", "112"}}));
}

TEST_F(PetrarchMatchTest, TransformationAnyLowerCodeKeptForTheSpeaker) {
  EXPECT_EQ(Code("Freedonia said that it visited Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "042"}}));
}

TEST_F(PetrarchMatchTest, TransformationControlledInfinitiveIsAThreat) {
  EXPECT_EQ(Code("Freedonia wants to attack Sylvania."), (std::set<Triple>{{"FRE", "SYL", "138"}}));
}

// "wants Ruritania to attack" also matches WANT's own "* ATTACK" pattern; the verb is still WANT.
TEST_F(PetrarchMatchTest, TransformationOtherActorInInfinitiveIsAnAppeal) {
  EXPECT_EQ(Code("Freedonia wants Ruritania to attack Sylvania."),
            (std::set<Triple>{{"FRE", "RUR", "021"}}));
}

TEST_F(PetrarchMatchTest, NoTransformationCodesBothVerbsAsBefore) {
  EXPECT_EQ(
      Code("Freedonia wants Ruritania to visit Sylvania."),
      (std::set<Triple>{{"FRE", "RUR", "030"}, {"RUR", "SYL", "042"}, {"SYL", "RUR", "043"}}));
}

// Without `+`, a complement clause's subject is among PETRARCH's lower actors, also for a verb
// that only has its block's default code.
TEST_F(PetrarchMatchTest, ComplementSubjectIsTheDefaultTarget) {
  EXPECT_EQ(Code("Freedonia believes Sylvania can cope with the drought."),
            (std::set<Triple>{{"FRE", "SYL", "023"}}));
}

// A negated verb is coded only by a pattern that names its negation, never as its positive.
TEST_F(PetrarchMatchTest, NegationNamedByAPatternIsCoded) {
  EXPECT_EQ(Code("Freedonia clashed with Sylvania."), (std::set<Triple>{{"FRE", "SYL", "191"}}));
  EXPECT_EQ(Code("Freedonia didn't clash with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "081"}}));
  EXPECT_EQ(Code("Freedonia will not clash with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "081"}}));
}

// A phrase member of a synset joined to the words around it ("MOST_CERTAINLY_&NEGAUX_EVER").
TEST_F(PetrarchMatchTest, JoinedSynsetPhraseBeforeTheVerb) {
  EXPECT_EQ(Code("Freedonia most certainly really did not ever clash with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "082"}}));
  // "even" breaks the joined chain: the shorter pattern.
  EXPECT_EQ(Code("Freedonia most certainly really did not even ever clash with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "081"}}));
}

TEST_F(PetrarchMatchTest, NegationNoPatternNamesIsNotCoded) {
  // "never" is in no pattern of CLASH: neither "* WITH +" (191) nor the block's default (190)
  // applies, and PETRARCH-2 has no negation of force.
  EXPECT_EQ(Code("Freedonia never clashed with Sylvania."), (std::set<Triple>{}));
  EXPECT_EQ(Code("Freedonia did not attack Sylvania."), (std::set<Triple>{}));
}

// Negated cooperation and concessions are rejections, as PETRARCH-2 negates codes.
TEST_F(PetrarchMatchTest, NegatedConcessionIsARejection) {
  EXPECT_EQ(Code("Freedonia did not ease sanctions on Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "1244"}}));
  EXPECT_EQ(Code("Freedonia will not cooperate with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "121"}}));
}

// Without `+`, a `by` phrase right after the object belongs to the object's noun and is the
// target; elsewhere it is the verb's agent.
TEST_F(PetrarchMatchTest, ByPhraseOfTheObjectIsTheDefaultTarget) {
  EXPECT_EQ(Code("Freedonia condemned an attack by Sylvania soldiers."),
            (std::set<Triple>{{"FRE", "SYLMIL", "122"}}));
}

// PETRARCH combines a noun phrase's agents with the actors of its prepositional phrases.
TEST_F(PetrarchMatchTest, RoleNounOfACoordinationGivesEachMemberItsRole) {
  EXPECT_EQ(Code("The ambassadors of Freedonia and Ruritania visited Sylvania."),
            (std::set<Triple>{{"FREGOV", "SYL", "042"},
                              {"RURGOV", "SYL", "042"},
                              {"SYL", "FREGOV", "043"},
                              {"SYL", "RURGOV", "043"}}));
}

TEST_F(PetrarchMatchTest, RoleNounsPlacedInSeveralCountries) {
  EXPECT_EQ(Code("Lawmakers and officials in Freedonia and Ruritania condemned Sylvania."),
            (std::set<Triple>{{"FRELEG", "SYL", "122"},
                              {"RURLEG", "SYL", "122"},
                              {"FREGOV", "SYL", "122"},
                              {"RURGOV", "SYL", "122"}}));
}

// PETRARCH resolves personal pronouns, not possessive ones: "their credentials" is no actor,
// so the group does not act on itself and the target is the next actor of the verb phrase.
TEST_F(PetrarchMatchTest, PossessivePronounNamesNoActor) {
  EXPECT_EQ(Code("Freedonia and Ruritania condemned their talks with Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "122"}, {"RUR", "SYL", "122"}}));
}

// PETRARCH-2 codes dyads only (require_dyad): no event without a source or a target.
TEST_F(PetrarchMatchTest, EventsNeedBothActors) {
  EXPECT_EQ(Code("Freedonia attacked Sylvania."), (std::set<Triple>{{"FRE", "SYL", "190"}}));
  EXPECT_EQ(Code("Sylvania was attacked."), (std::set<Triple>{}));
  EXPECT_EQ(Code("Freedonia attacked on Monday."), (std::set<Triple>{}));
}

// An intent verb known only by its default code (030) is coded through its infinitive: a verbal
// complement as it is, a material one as its intent; a group intending cooperation pairs up.
TEST_F(PetrarchMatchTest, IntentVerbCodedThroughItsComplement) {
  EXPECT_EQ(Code("Freedonia pledged to expel Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "174"}}));
  EXPECT_EQ(Code("Freedonia pledged to help Sylvania."), (std::set<Triple>{{"FRE", "SYL", "033"}}));
  EXPECT_EQ(Code("Freedonia and Ruritania pledged to cooperate."),
            (std::set<Triple>{{"FRE", "RUR", "031"}, {"RUR", "FRE", "031"}}));
  // A paired code's answer needs a subject inside the verb phrase: none in a controlled
  // infinitive.
  EXPECT_EQ(Code("Freedonia pledged to visit Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "042"}}));
  // Nothing to carry: the verb's own code.
  EXPECT_EQ(Code("Freedonia pledged support for Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "030"}}));
}

// A role with an of-phrase of its own ("Minister of Trade") takes the country before it.
TEST_F(PetrarchMatchTest, RoleWithAnOfPhraseTakesTheCountryBeforeIt) {
  EXPECT_EQ(Code("The Freedonia Minister of Trade condemned Sylvania."),
            (std::set<Triple>{{"FREGOV", "SYL", "122"}}));
  EXPECT_EQ(Code("The Freedonia Ministry of Trade condemned Sylvania."),
            (std::set<Triple>{{"FREGOV", "SYL", "122"}}));
}

// Compound verbs: a particle ("+CORDON_OFF") and a word before the verb ("WIRE_+TAP"), with the
// forms the dictionary lists; their block's default code.
TEST_F(PetrarchMatchTest, CompoundVerbsWithTheirOwnForms) {
  EXPECT_EQ(Code("Freedonia cordoned off Sylvania."), (std::set<Triple>{{"FRE", "SYL", "1721"}}));
  EXPECT_EQ(Code("Freedonia wire tapped Sylvania."), (std::set<Triple>{{"FRE", "SYL", "1711"}}));
}

// A participle right after the object modifies it: its actors are the verb phrase's too.
TEST_F(PetrarchMatchTest, ParticipleAfterTheObjectHoldsTheTarget) {
  EXPECT_EQ(Code("Freedonia cordoned off the roads leading into Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "1721"}}));
}

// A participle with its agent after the object ("memos sent by Sylvania") names the target.
TEST_F(PetrarchMatchTest, AgentOfAParticipleAfterTheObjectIsTheTarget) {
  EXPECT_EQ(Code("Freedonia condemned memos sent by Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "122"}}));
}

// A role with no actor is PETRARCH's unknown actor with the role ("---LEG"); a role noun takes
// the actor of its of-phrase.
TEST_F(PetrarchMatchTest, RoleWithoutAnActorIsUnknownWithTheRole) {
  EXPECT_EQ(Code("Lawmakers condemned Sylvania."), (std::set<Triple>{{"---LEG", "SYL", "122"}}));
  EXPECT_EQ(Code("Freedonia condemned the ambassador."),
            (std::set<Triple>{{"FRE", "---GOV", "122"}}));
  EXPECT_EQ(Code("Freedonia condemned the ambassador of the northern Sylvania region."),
            (std::set<Triple>{{"FRE", "SYLGOV", "122"}}));
  EXPECT_EQ(Code("Freedonia condemned the ambassador from the northern Sylvania region."),
            (std::set<Triple>{{"FRE", "SYLGOV", "122"}}));
}

// Dated codes with a bare country among them are a state, not a person: roles combine with it.
TEST_F(PetrarchMatchTest, StateWithDatedCodesTakesRoles) {
  EXPECT_EQ(Code("Valdorian soldiers condemned Sylvania."),
            (std::set<Triple>{{"VALMIL", "SYL", "122"}}));
  EXPECT_EQ(Code("Freedonia condemned the soldiers from Valdoria."),
            (std::set<Triple>{{"FRE", "VALMIL", "122"}}));
}

// PETRARCH-2 codes protesters' attacks as its dictionary says (no violent-protest 145).
TEST_F(PetrarchMatchTest, ProtestersAttacksKeepTheDictionaryCode) {
  EXPECT_EQ(Code("Valdorian protesters attacked Sylvania."),
            (std::set<Triple>{{"VALOPP", "SYL", "190"}}));
}

// An infinitive clause is read only when its upper verb phrase names no actor of its own, and
// never under a passive verb with a code or an agent.
TEST_F(PetrarchMatchTest, InfinitiveUnderAnUpperVerbWithItsOwnActors) {
  EXPECT_EQ(Code("Sylvania was pressured by Freedonia to help Ruritania."),
            (std::set<Triple>{{"FRE", "SYL", "170"}}));
  EXPECT_EQ(Code("Freedonia sent tanks to Sylvania to help Ruritania."),
            (std::set<Triple>{{"FRE", "SYL", "072"}}));
  EXPECT_EQ(Code("Freedonia sent tanks to help Ruritania."),
            (std::set<Triple>{{"FRE", "RUR", "070"}}));
  EXPECT_EQ(Code("Freedonia is scheduled to visit Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "042"}}));
  // The object as the infinitive's subject: a material lower event is folded into the upper
  // verb's, a verbal one kept apart.
  EXPECT_EQ(Code("Freedonia pressured Ruritania to help Sylvania."),
            (std::set<Triple>{{"FRE", "RUR", "170"}}));
  EXPECT_EQ(
      Code("Freedonia pressured Ruritania to visit Sylvania."),
      (std::set<Triple>{{"FRE", "RUR", "170"}, {"RUR", "SYL", "042"}, {"SYL", "RUR", "043"}}));
}

// A dictionary name covering the head may run past its noun chunk ("Secretary" | "of State").
TEST_F(PetrarchMatchTest, NameRunningPastItsChunk) {
  EXPECT_EQ(Code("Sylvania Secretary of State condemned Freedonia."),
            (std::set<Triple>{{"SYLGOV", "FRE", "122"}}));
}

// A pattern word is read in the verb's noun phrases, not as the verb of an infinitive clause:
// "pledged to help" is the complement's intent (033), not "- * HELP [023]".
TEST_F(PetrarchMatchTest, PatternWordIsNotTheInfinitiveVerb) {
  EXPECT_EQ(Code("Freedonia pledged to help Sylvania."), (std::set<Triple>{{"FRE", "SYL", "033"}}));
}

// A pattern written again later in the file replaces the earlier one (PETRARCH's pattern tree).
TEST_F(PetrarchMatchTest, RepeatedPatternTheLaterLineWins) {
  EXPECT_EQ(Code("Freedonia lifted the curfew on Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "0813"}}));
}

// An infinitive read as a "to" phrase starts with its verb ("agreed to ease the sanctions" is
// no "(TO SANCTIONS)"); under a cooperation default (050) the complement is coded as it is.
TEST_F(PetrarchMatchTest, InfinitiveUnderCooperationDefault) {
  EXPECT_EQ(Code("Freedonia agreed to ease the sanctions on Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "085"}}));
  EXPECT_EQ(Code("Freedonia agreed to sanctions against Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "163"}}));
}

// Nothing below a clause PETRARCH-2 does not read is read; a participle clause after a comma
// is a clause of the verb whose subject it shares.
TEST_F(PetrarchMatchTest, ClausesBelowAnUnreadClauseAndParticipleClauses) {
  EXPECT_EQ(Code("Freedonia met with Sylvania to discuss efforts to attack Ruritania."),
            (std::set<Triple>{{"FRE", "SYL", "046"}}));
  EXPECT_EQ(Code("Freedonia met with Sylvania, sending tanks to Ruritania."),
            (std::set<Triple>{{"FRE", "SYL", "046"}}));
  EXPECT_EQ(Code("Freedonia met, sending tanks to Ruritania."),
            (std::set<Triple>{{"FRE", "RUR", "072"}}));
}

// A clause opened by after, before, since or until is not read ("two weeks after gunmen
// seized ...", "a day before Sarkozy heads to Beijing"): the gsr gold codes only the main clause.
TEST_F(PetrarchMatchTest, TemporalClausesAreNotRead) {
  EXPECT_EQ(Code("Freedonia condemned Sylvania two weeks after Ruritania attacked Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "122"}}));
  EXPECT_EQ(Code("Ruritania attacked Sylvania."), (std::set<Triple>{{"RUR", "SYL", "190"}}));
}

// Discard phrases are PETRARCH-2's whitespace-separated words, with a word after them: "ago,"
// and "ago." are no "AGO".
TEST_F(PetrarchMatchTest, DiscardPhrasesAreWholeWordsBeforeAnother) {
  EXPECT_EQ(Code("Freedonia condemned Sylvania three years ago in a speech."),
            (std::set<Triple>{}));
  EXPECT_EQ(Code("Freedonia condemned Sylvania three years ago, an official said."),
            (std::set<Triple>{{"FRE", "SYL", "122"}}));
  EXPECT_EQ(Code("Freedonia condemned Sylvania three years ago."),
            (std::set<Triple>{{"FRE", "SYL", "122"}}));
}

// A participle right after any phrase of the verb phrase belongs to it, whatever subject the
// parse gave it ("the plan for an attack targeting civilians in Sylvania").
TEST_F(PetrarchMatchTest, ParticipleAfterAPrepositionalPhrase) {
  EXPECT_EQ(Code("Freedonia condemned the plan for an attack targeting civilians in Sylvania."),
            (std::set<Triple>{{"FRE", "SYL", "122"}}));
}

// A word before `*` names the actor: in the passive, the agent ("was expelled by soldiers").
TEST_F(PetrarchMatchTest, WordBeforeTheVerbMatchesThePassiveAgent) {
  EXPECT_EQ(Code("Sylvania was expelled by Freedonia soldiers."),
            (std::set<Triple>{{"FREMIL", "SYL", "175"}}));
  EXPECT_EQ(Code("Freedonia soldiers expelled Sylvania."),
            (std::set<Triple>{{"FREMIL", "SYL", "175"}}));
  EXPECT_EQ(Code("Sylvania was expelled by Freedonia."), (std::set<Triple>{{"FRE", "SYL", "174"}}));
}

}  // namespace
}  // namespace entente
