#include <gtest/gtest.h>

#include "dict/check.h"
#include "dict/dictionary.h"
#include "dict_test_util.h"

namespace entente {
namespace {

using testing::DictData;
using testing::HasProblem;
using testing::Tok;

class NativeDict : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    diags_ = new Diagnostics();
    auto r = LoadNativeDictionary(DictData("native"), *diags_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    dict_ = new std::shared_ptr<const Dictionary>(r.value());
  }
  static void TearDownTestSuite() {
    delete dict_;
    delete diags_;
  }
  const Dictionary& dict() { return **dict_; }
  static Diagnostics* diags_;
  static std::shared_ptr<const Dictionary>* dict_;
};
Diagnostics* NativeDict::diags_ = nullptr;
std::shared_ptr<const Dictionary>* NativeDict::dict_ = nullptr;

TEST_F(NativeDict, LoadsWithoutErrors) {
  for (const auto& p : testing::Problems(*diags_)) ADD_FAILURE() << p;
  EXPECT_EQ(diags_->errors(), 0u);
  EXPECT_EQ(dict().Counts().self_tests, 2u);
  EXPECT_EQ(dict().Counts().noun_patterns, 2u);
  EXPECT_EQ(dict().Counts().verb_patterns, 6u);
  EXPECT_EQ(dict().Counts().cameo_codes, 7u);
}

struct MatchCase {
  const char* text;
  uint32_t start;
  uint32_t length;   // 0 = no match
  const char* code;  // on 2024-05-01
};

TEST_F(NativeDict, ActorMatchingCaseAndLongestMatch) {
  const MatchCase cases[] = {
      {"South Korea said", 0, 2, "KOR"},  // longest match over "Korea"
      {"Korea said", 0, 1, "KXX"},
      {"SOUTH KOREA SAID", 0, 2, "KOR"},  // headline capitals
      {"south korea said", 0, 0, ""},     // capitalised words need their case
      {"the US said", 1, 1, "USA"},
      {"they told us", 2, 0, ""},  // "us" is not the US
      {"US AND US", 0, 1, "USA"},
      {"Us and them", 0, 0, ""},
      {"the U.S. said", 1, 1, "USA"},
      {"the Kremlin said", 0, 2, "RUSGOV"},   // leading "the" skipped, seat -> GOV
      {"the Pentagon said", 1, 1, "USAMIL"},  // a seat with its own role keeps it
      {"Russians and Ukrainians", 2, 1, "UKR"},
      {"Vladimir Putin said", 0, 2, "RUSGOV"},
      {"Republic of Korea", 0, 3, "KOR"},
  };
  const CivilDate date{2024, 5, 1};
  for (const MatchCase& c : cases) {
    auto tokens = Tok(c.text);
    ActorMatch m = dict().MatchActor(tokens, c.start);
    EXPECT_EQ(m.length, c.length) << c.text;
    if (c.length > 0 && m) {
      EXPECT_EQ(dict().CodeOn(*m.entry, date), c.code) << c.text;
    }
  }
}

struct DateCase {
  const char* text;
  CivilDate date;
  const char* code;
};

TEST_F(NativeDict, DatedCodes) {
  const DateCase cases[] = {
      {"Ban Ki-moon", {2005, 1, 1}, "KORGOV"},
      {"Ban Ki-moon", {2006, 12, 1}, "KORELI"},  // TO is exclusive; between roles -> ELI
      {"Ban Ki-moon", {2010, 1, 1}, "IGOUNO"},
      {"Ban Ki-moon", {2020, 1, 1}, "IGOUNOELI"},  // after all roles: the last one as ELI
      {"Ban Ki-moon", {2000, 1, 1}, ""},           // before any role: uncoded
      {"Ban Ki-moon", {}, "IGOUNO"},               // unknown date: the latest role
      {"Putin", {1999, 8, 9}, "RUSGOV"},
      {"Putin", {1999, 8, 8}, ""},
      {"Belgrade", {2001, 1, 1}, "YUGGOV"},
      {"Belgrade", {2010, 1, 1}, "SRBGOV"},
      {"Belgrade", {2004, 1, 1}, ""},  // neither range applies
      {"Belgrade", {}, "SRBGOV"},
      {"South Sudan", {2010, 1, 1}, ""},
      {"South Sudan", {2012, 1, 1}, "SSD"},
  };
  for (const DateCase& c : cases) {
    auto tokens = Tok(c.text);
    ActorMatch m = dict().MatchActor(tokens, 0);
    ASSERT_TRUE(m) << c.text;
    EXPECT_EQ(dict().CodeOn(*m.entry, c.date), c.code) << c.text << " " << c.date.ToString();
  }
}

TEST_F(NativeDict, AgentsWithPlurals) {
  const std::pair<const char*, const char*> cases[] = {
      {"troops", "MIL"},
      {"Troops", "MIL"},
      {"militias", "REB"},
      {"armies", "MIL"},
      {"foreign ministers", "GOV"},
      {"heads of state", "GOV"},
      {"President", "GOV"},
      {"opposition leader", "OPP"},
  };
  for (const auto& [text, code] : cases) {
    auto tokens = Tok(text);
    AgentMatch m = dict().MatchAgent(tokens, 0);
    ASSERT_TRUE(m) << text;
    EXPECT_EQ(m.length, tokens.size()) << text;
    EXPECT_EQ(m.entry->code, code) << text;
  }
  EXPECT_FALSE(dict().MatchAgent(Tok("tanks"), 0));
}

TEST_F(NativeDict, VerbAndNounPatterns) {
  const auto* visit = dict().VerbPatterns("visit");
  ASSERT_NE(visit, nullptr);
  ASSERT_EQ(visit->size(), 1u);
  EXPECT_EQ((*visit)[0].code, "042");
  ASSERT_EQ((*visit)[0].elements.size(), 1u);
  EXPECT_EQ((*visit)[0].elements[0].kind, ElementKind::kTarget);

  const auto* provide = dict().VerbPatterns("provide");
  ASSERT_NE(provide, nullptr);
  const auto& e = (*provide)[0].elements;
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].kind, ElementKind::kSynset);
  EXPECT_EQ(e[0].text, "&AID");
  EXPECT_EQ(e[1].kind, ElementKind::kPrep);
  EXPECT_EQ(e[1].text, "to");
  EXPECT_EQ(e[2].kind, ElementKind::kTarget);
  EXPECT_EQ((*provide)[0].line, 5u);

  const auto* call_off = dict().VerbPatterns("call off");
  ASSERT_NE(call_off, nullptr);
  EXPECT_EQ((*call_off)[0].particle, "off");
  EXPECT_EQ(dict().VerbPatterns("call"), nullptr);

  const auto* exercise = dict().NounPatterns("exercise");
  ASSERT_NE(exercise, nullptr);
  EXPECT_EQ((*exercise)[0].code, "062");
  ASSERT_EQ((*exercise)[0].before.size(), 1u);
  EXPECT_EQ((*exercise)[0].before[0].text, "military");
}

TEST_F(NativeDict, SynsetsDiscardsCameo) {
  EXPECT_TRUE(dict().InSynset("&AID", "assistance"));
  EXPECT_TRUE(dict().InSynset("&AID", "military aid"));
  EXPECT_TRUE(dict().InSynset("&WEAPON", "missiles"));  // plurals generated
  EXPECT_FALSE(dict().InSynset("&AID", "tank"));
  EXPECT_FALSE(dict().InSynset("&NOPE", "aid"));

  auto tokens = Tok("He watched the World Cup final.");
  auto d = dict().FindDiscard(tokens);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->entry->phrase, "World Cup");
  EXPECT_EQ(d->begin, 3u);
  EXPECT_FALSE(dict().FindDiscard(Tok("Russia attacked Ukraine.")).has_value());

  const CameoInfo* c = dict().Cameo("042");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, 1.9);
  EXPECT_EQ(c->quad, 1);
  EXPECT_EQ(c->plover_type, "CONSULT");
  EXPECT_EQ(dict().Cameo("999"), nullptr);
}

TEST_F(NativeDict, SelfTestsRunThroughACoder) {
  EXPECT_EQ(RunSelfTests(dict(), nullptr).not_run, 2u);
  CoderFn coder = [](std::string_view sentence) {
    std::vector<CodedEvent> events;
    if (sentence.starts_with("Putin")) events.push_back({"RUSGOV", "UKR", "042"});
    return events;
  };
  SelfTestReport r = RunSelfTests(dict(), coder);
  EXPECT_EQ(r.run, 2u);
  EXPECT_EQ(r.passed, 1u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_NE(r.failures[0].ToString().find("countries.txt:18: self-test failed"), std::string::npos)
      << r.failures[0].ToString();
}

TEST(NativeDictErrors, ReportsFileAndLine) {
  Diagnostics diags;
  auto r = LoadNativeDictionary(DictData("native-errors"), diags);
  ASSERT_TRUE(r.ok());
  const char* expected[] = {
      "countries.txt:3: unknown kind 'nmae'",
      "countries.txt:4: actor code 'fra' is not an upper-case code",
      "countries.txt:5: bad validity range '2020-13-01..'",
      "countries.txt:6: expected 'CODE KIND alias | alias ...'",
      "agents.txt:2: expected 'SUFFIX noun",
      "p.txt:1: role line outside a person block",
      "p.txt:2: 'Emmanuel Macron': date ranges of FRAGOV and FRAGOV overlap",
      "p.txt:5: person 'Nobody Known' has no role lines",
      "p.txt:7: bad date range '2020-01-01..2019-01-01'",
      "v.txt:3: pattern can never match: same pattern as",
      "v.txt:4: expected 'CODE LEMMA [ELEMENT ...]'",
      "v.txt:5: pattern can never match: undefined synonym set &NOSUCHSET",
      "v.txt:6: unexpected '(to)' in a pattern",
      "v.txt:7: self-test needs 'SENTENCE => SRC TGT CODE'",
      "v.txt:3: unknown CAMEO code 043",
      "cameo-codes.tsv:4: goldstein 'abc' is not a number",
  };
  for (const char* e : expected) EXPECT_TRUE(HasProblem(diags, e)) << e;
  EXPECT_GT(diags.errors(), 10u);
  // Loading went on: the good lines are there.
  auto tokens = Tok("France");
  EXPECT_TRUE((*r)->MatchActor(tokens, 0));
}

TEST(NativeDictErrors, MissingFolderIsNotFound) {
  Diagnostics diags;
  auto r = LoadNativeDictionary(DictData("no-such-folder"), diags);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace entente
