#include "treebank/petrarch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "treebank/tree.h"

namespace entente {
namespace {

const std::string kRecords = std::string(ENT_SOURCE_DIR) + "/tests/data/treebank/records.xml";

TEST(PetrarchRecords, ReadsRecordsAndSkipsMalformedOnes) {
  std::vector<Status> problems;
  Result<PetrarchFile> file = ReadPetrarchFile(kRecords, &problems);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  const std::vector<PetrarchRecord>& r = file->records;
  ASSERT_EQ(r.size(), 5u);

  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].date.ToString(), "1995-01-01");
  EXPECT_EQ(r[0].category, "DEMO");
  EXPECT_TRUE(r[0].sentence);
  EXPECT_EQ(r[0].text, "Arnor and Gondor restored ties.");
  EXPECT_EQ(r[0].parse.substr(0, 10), "(ROOT (S (");
  EXPECT_EQ(r[0].events,
            (std::vector<ExpectedEvent>{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}}));
  EXPECT_FALSE(r[0].expect_no_events);
  EXPECT_EQ(r[0].file, kRecords);
  EXPECT_EQ(r[0].line, 10u);
  EXPECT_EQ(r[0].config.at("require_dyad"), "True");
  EXPECT_TRUE(r[0].HasExpectation());

  EXPECT_EQ(r[1].id, "DEMO-02");
  EXPECT_EQ(r[1].date.ToString(), "1995-01-02");  // two-digit year
  EXPECT_TRUE(r[1].expect_no_events);
  EXPECT_TRUE(r[1].events.empty());
  EXPECT_TRUE(r[1].HasExpectation());
  EXPECT_EQ(r[1].attributes.at("valid"), "yes");
  EXPECT_EQ(r[1].config.at("require_dyad"),
            "false");  // a <Config> between records applies after it

  EXPECT_EQ(r[2].expected_error, "bad_input_parse");
  EXPECT_FALSE(ParseTree(r[2].parse).ok());

  EXPECT_EQ(r[3].id, "AGENT-01");
  EXPECT_FALSE(r[3].sentence);
  EXPECT_FALSE(file->environment.Runs(r[3]));

  EXPECT_EQ(r[4].id, "AFP-1");
  EXPECT_EQ(r[4].category, "");
  EXPECT_EQ(r[4].attributes.at("source"), "AFP");
  EXPECT_FALSE(r[4].HasExpectation());
  EXPECT_FALSE(file->environment.Runs(r[4]));  // not in <Include>
  EXPECT_TRUE(file->environment.Runs(r[0]));
  EXPECT_TRUE(file->environment.Runs(r[2]));

  EXPECT_EQ(file->environment.settings.at("Verbfile"), "test.verbs.txt");
  EXPECT_EQ(file->environment.include, (std::vector<std::string>{"DEMO", "PARSING"}));

  struct Problem {
    uint64_t line;
    std::string message;
  };
  const std::vector<Problem> want = {
      {34, "<Sentence> without an id"},
      {38, "bad date \"1995-13-40\""},
      {42, "record NO-PARSE has no <Parse>"},
      {46, "record BAD-CODING: <EventCoding> needs sourcecode"},
  };
  ASSERT_EQ(problems.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(problems[i].file(), kRecords);
    EXPECT_EQ(problems[i].line(), want[i].line) << problems[i].ToString();
    EXPECT_NE(problems[i].message().find(want[i].message), std::string::npos)
        << problems[i].ToString();
    EXPECT_NE(problems[i].message().find("record skipped"), std::string::npos);
  }
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(kRecords);
  ASSERT_TRUE(records.ok());
  EXPECT_EQ(records->size(), 5u);
}

TEST(PetrarchRecords, FileErrors) {
  Result<PetrarchFile> missing = ReadPetrarchFile("/nonexistent/records.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);

  Result<PetrarchFile> none = ParsePetrarchXml("<Sentences></Sentences>", "empty.xml");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().ToString(),
            "empty.xml:1: no <Sentence> records (is this a PETRARCH XML file?)");

  Result<PetrarchFile> garbage = ParsePetrarchXml("not xml <", "junk.xml");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().code(), StatusCode::kParseError);
}

TEST(PetrarchRecords, BrokenXmlKeepsTheRecordsBeforeTheBreak) {
  const std::string xml =
      "<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"A\"><Text>a</Text><Parse>(NN a)</Parse></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"B\"><Text>b</Text><Parse>(NN b)</Parse></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"C\"><Text>c</Parse>\n";
  std::vector<Status> problems;
  Result<PetrarchFile> file = ParsePetrarchXml(xml, "cut.xml", &problems);
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->records.size(), 2u);
  EXPECT_EQ(file->records[1].id, "B");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file(), "cut.xml");
  EXPECT_EQ(problems[0].line(), 4u);
}

// PETRARCH's own validation files, read in place from the shared folder (never copied here).
TEST(PetrarchRecords, PetrarchValidationFilesWhenPresent) {
  const std::filesystem::path dir =
      std::filesystem::path(ENT_SOURCE_DIR) / "../shared/peers/petrarch2";
  const std::filesystem::path unit = dir / "PETR.UnitTest.records.xml",
                              giga = dir / "GigaWord.sample.PETR.xml";
  if (!std::filesystem::exists(unit) || !std::filesystem::exists(giga)) {
    GTEST_SKIP() << "PETRARCH validation files not found under " << dir;
  }
  std::vector<Status> problems;
  Result<PetrarchFile> file = ReadPetrarchFile(unit.string(), &problems);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  size_t sentences = 0, runs = 0, events = 0, none = 0, bad_parse = 0;
  for (const PetrarchRecord& r : file->records) {
    sentences += r.sentence;
    runs += file->environment.Runs(r);
    events += r.events.size();
    none += r.expect_no_events;
    Result<Tree> tree = ParseTree(r.parse);
    if (r.expected_error == "bad_input_parse") {
      ++bad_parse;
      EXPECT_FALSE(tree.ok()) << r.id;  // PETRARCH's deliberately unbalanced parses
    } else {
      EXPECT_TRUE(tree.ok()) << r.id << ": " << tree.status().ToString();
    }
  }
  EXPECT_EQ(file->records.size(), 284u);
  EXPECT_EQ(sentences, 279u);  // sentence="true": the 279 records PETRARCH codes
  EXPECT_EQ(events, 359u);
  EXPECT_EQ(none, 19u);
  EXPECT_EQ(bad_parse, 2u);
  EXPECT_LT(runs, sentences);  // <Include> leaves out AGENTS and COMPOUNDx
  EXPECT_EQ(file->records.front().id, "DEMO-00");
  EXPECT_EQ(file->records.front().events, (std::vector<ExpectedEvent>{{"ARN", "GON", "064"}}));

  Result<std::vector<PetrarchRecord>> gw = ReadPetrarchRecords(giga.string(), &problems);
  ASSERT_TRUE(gw.ok()) << gw.status().ToString();
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  EXPECT_EQ(gw->size(), 76u);
  for (const PetrarchRecord& r : *gw) {
    Result<Tree> tree = ParseTree(r.parse);
    EXPECT_TRUE(tree.ok()) << r.id << ": " << tree.status().ToString();
    EXPECT_EQ(r.attributes.at("source"), "AFP");
  }
}

}  // namespace
}  // namespace entente
