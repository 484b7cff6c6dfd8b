// The pipeline's options: what it keeps of a document once coded.
#include <gtest/gtest.h>

#include <string>

#include "../petrarch_code_options.h"
#include "pipeline/pipeline.h"

namespace entente {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string skip;
    options_ = PetrarchCodeOptions(skip);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(options_.dictionary);
  }

  Document Process(bool keep_parse) {
    options_.keep_parse = keep_parse;
    Document doc;
    doc.id = "t";
    doc.text = "Freedonia sent tanks to Sylvania. Freedonia visited Sylvania.";
    EXPECT_TRUE(Pipeline(options_).Process(doc).ok());
    return doc;
  }

  PipelineOptions options_;
};

TEST_F(PipelineTest, DroppingTheParseKeepsEventsAndSentenceSpans) {
  const Document kept = Process(true);
  const Document dropped = Process(false);
  ASSERT_EQ(kept.sentences.size(), 2u);
  ASSERT_EQ(dropped.sentences.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_FALSE(kept.sentences[i].tokens.empty());
    EXPECT_FALSE(kept.sentences[i].frames.empty());
    EXPECT_TRUE(dropped.sentences[i].tokens.empty());
    EXPECT_TRUE(dropped.sentences[i].chunks.empty());
    EXPECT_TRUE(dropped.sentences[i].frames.empty());
    EXPECT_EQ(dropped.sentences[i].index, kept.sentences[i].index);
    EXPECT_EQ(dropped.sentences[i].span.begin, kept.sentences[i].span.begin);
    EXPECT_EQ(dropped.sentences[i].span.end, kept.sentences[i].span.end);
  }
  ASSERT_FALSE(kept.events.empty());
  ASSERT_EQ(dropped.events.size(), kept.events.size());
  for (size_t i = 0; i < kept.events.size(); ++i) {
    EXPECT_EQ(dropped.events[i].code, kept.events[i].code);
    EXPECT_EQ(dropped.events[i].source, kept.events[i].source);
    EXPECT_EQ(dropped.events[i].target, kept.events[i].target);
    EXPECT_EQ(dropped.events[i].span.begin, kept.events[i].span.begin);
  }
}

}  // namespace
}  // namespace entente
