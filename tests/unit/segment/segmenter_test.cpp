#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include "pipeline/pipeline.h"

namespace entente {
namespace {

std::vector<std::string> Sentences(const std::string& text, SegmenterOptions options = {}) {
  PipelineOptions po;
  po.segmenter = options;
  Document doc;
  doc.text = text;
  EXPECT_TRUE(Pipeline(po).Process(doc).ok());
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

using V = std::vector<std::string>;

TEST(Segmenter, SplitsAtTerminalsBeforeCapitals) {
  EXPECT_EQ(Sentences("Putin visited China. Xi welcomed him! Why? Nobody knows..."),
            (V{"Putin visited China.", "Xi welcomed him!", "Why?", "Nobody knows..."}));
}

TEST(Segmenter, AbbreviationsEndSentencesOnlyBeforeStarters) {
  EXPECT_EQ(Sentences("He met the U.S. Navy chief. Then he left."),
            (V{"He met the U.S. Navy chief.", "Then he left."}));
  EXPECT_EQ(Sentences("Sanctions came from the U.S. The talks ended."),
            (V{"Sanctions came from the U.S.", "The talks ended."}));
  EXPECT_EQ(Sentences("Gen. Mark Milley met Sen. Graham on Jan. 5 in Washington."),
            (V{"Gen. Mark Milley met Sen. Graham on Jan. 5 in Washington."}));
}

TEST(Segmenter, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("\u201CWe will win.\u201D Then he left."),
            (V{"\u201CWe will win.\u201D", "Then he left."}));
  EXPECT_EQ(Sentences("\"We will win,\" he said. She nodded."),
            (V{"\"We will win,\" he said.", "She nodded."}));
  EXPECT_EQ(Sentences("(Talks resumed in May.) Both sides agreed."),
            (V{"(Talks resumed in May.)", "Both sides agreed."}));
}

TEST(Segmenter, HeadlinesAndParagraphs) {
  EXPECT_EQ(Sentences("Putin visits China\nRussian President Vladimir Putin arrived."),
            (V{"Putin visits China", "Russian President Vladimir Putin arrived."}));
  EXPECT_EQ(Sentences("The talks, which began\nin May, ended."), (V{"The talks, which began\nin May, ended."}));
  EXPECT_EQ(Sentences("First part\n\nsecond part"), (V{"First part", "second part"}));
  SegmenterOptions wrapped;
  wrapped.wrapped_lines = true;
  EXPECT_EQ(Sentences("said Russian\nPresident Putin.", wrapped), (V{"said Russian\nPresident Putin."}));
}

TEST(Segmenter, DatelineIsKeptApart) {
  Document doc;
  doc.text = "MOSCOW (Reuters) - Russia said on Friday it would respond.";
  ASSERT_TRUE(Pipeline().Process(doc).ok());
  EXPECT_EQ(doc.Text(doc.dateline), "MOSCOW (Reuters) -");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.Text(doc.sentences[0].span), "Russia said on Friday it would respond.");

  Document no_dateline;
  no_dateline.text = "NATO said on Friday it would respond.";
  ASSERT_TRUE(Pipeline().Process(no_dateline).ok());
  EXPECT_TRUE(no_dateline.dateline.empty());
}

TEST(Segmenter, LongSentencesAreCutAndReported) {
  SegmenterOptions options;
  options.limits.max_sentence_tokens = 10;
  Document doc;
  for (int i = 0; i < 25; ++i) doc.text += "word ";
  PipelineOptions po;
  po.segmenter = options;
  ASSERT_TRUE(Pipeline(po).Process(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].tokens.size(), 10u);
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_NE(doc.diagnostics[0].message.find("2 over-long sentence(s) cut"), std::string::npos);
}

TEST(Segmenter, EveryTokenLandsInOneSentenceInOrder) {
  const std::string text =
      "WASHINGTON, Jan. 5 (AFP) -- The U.S. said it would act. \u201CNow,\u201D said Mr. Blinken."
      "\n\nIran's reply came at 3 p.m. It was short!";
  Document doc;
  doc.text = text;
  ASSERT_TRUE(Pipeline().Process(doc).ok());
  uint32_t last = doc.dateline.end;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      EXPECT_GE(t.span.begin, last);
      last = t.span.end;
    }
  }
  EXPECT_EQ(doc.sentences.size(), 4u);
}

}  // namespace
}  // namespace entente
