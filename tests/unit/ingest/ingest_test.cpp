#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include <vector>

namespace entente {
namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<std::pair<Severity, std::string>> problems;
  IngestAccount account;
  DocumentFn on_doc() {
    return [this](Document&& d) { docs.push_back(std::move(d)); };
  }
  ProblemFn on_problem() {
    return [this](Severity s, const Status& st) { problems.emplace_back(s, st.ToString()); };
  }
};

TEST(Ingest, JsonLineKeepsFieldsAndMetadata) {
  Collected c;
  ReadJsonLine("in.jsonl", 1,
               R"({"id":"d1","date":"2024-05-17","text":"Putin visited China.","url":"https://x.org/a","title":"T","n":3})",
               {}, c.account, c.on_doc(), c.on_problem());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "d1");
  EXPECT_EQ(c.docs[0].date.ToString(), "2024-05-17");
  EXPECT_EQ(c.docs[0].text, "Putin visited China.");
  EXPECT_EQ(c.docs[0].metadata["url"], "https://x.org/a");
  EXPECT_EQ(c.docs[0].metadata["title"], "T");
  EXPECT_EQ(c.docs[0].metadata.count("n"), 0u);
  EXPECT_TRUE(c.problems.empty());
}

TEST(Ingest, JsonLineErrorsNameFileAndLine) {
  Collected c;
  ReadJsonLine("in.jsonl", 7, R"({"id":"d1")", {}, c.account, c.on_doc(), c.on_problem());
  ReadJsonLine("in.jsonl", 8, R"({"text":"x"})", {}, c.account, c.on_doc(), c.on_problem());
  ReadJsonLine("in.jsonl", 9, R"({"id":"d3","text":5})", {}, c.account, c.on_doc(), c.on_problem());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 3u);
  EXPECT_EQ(c.problems[0].second.rfind("in.jsonl:7: malformed JSON", 0), 0u) << c.problems[0].second;
  EXPECT_EQ(c.problems[1].second.rfind("in.jsonl:8: missing id", 0), 0u);
  EXPECT_EQ(c.problems[2].second.rfind("in.jsonl:9: missing text", 0), 0u);
  EXPECT_EQ(c.account.read, 3u);
  EXPECT_EQ(c.account.skipped, 3u);
}

TEST(Ingest, InvalidUtf8InJsonIsRepairedNotDropped) {
  Collected c;
  ReadJsonLine("in.jsonl", 1, "{\"id\":\"d\",\"text\":\"Kyiv \xff said.\"}", {}, c.account,
               c.on_doc(), c.on_problem());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Kyiv \xEF\xBF\xBD said.");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].first, Severity::kWarning);
  EXPECT_NE(c.problems[0].second.find("byte offset 23"), std::string::npos) << c.problems[0].second;
  EXPECT_EQ(c.account.repaired, 1u);
}

TEST(Ingest, TextUsesFileNameAndGivenDate) {
  Collected c;
  IngestOptions options;
  options.date = ParseDate("2024-05-17");
  ReadTextBytes("dir/putin-xi-visit.txt", "Putin visited China.", options, c.account, c.on_doc(),
                c.on_problem());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "putin-xi-visit");
  EXPECT_EQ(c.docs[0].date.ToString(), "2024-05-17");
}

TEST(Ingest, TextWithoutDateStaysUndated) {
  Collected c;
  ReadTextBytes("a.txt", "Putin visited China.", {}, c.account, c.on_doc(), c.on_problem());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].date.known());
}

TEST(Ingest, LimitsSkipWithReason) {
  Collected c;
  IngestOptions options;
  options.limits.max_document_bytes = 10;
  ReadTextBytes("big.txt", "Putin visited China in May.", options, c.account, c.on_doc(),
                c.on_problem());
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.account.skip_reasons["document too large"], 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].second.find("--max-doc-bytes 10"), std::string::npos);
}

TEST(Ingest, HtmlVisibleTextTitleAndDate) {
  HtmlContent page = ExtractHtml(
      "<html><head><title>Talks in Beijing</title>"
      "<meta name=\"date\" content=\"2024-05-16\"><style>.a{}</style></head><body>"
      "<nav>Menu</nav><div><p>Putin   met\nXi.</p><p>They signed a <b>deal</b>.</p></div>"
      "<script>alert(1)</script><aside>Ad</aside></body></html>");
  EXPECT_EQ(page.title, "Talks in Beijing");
  EXPECT_EQ(page.date, "2024-05-16");
  EXPECT_EQ(page.text, "Putin met Xi.\n\nThey signed a deal.");
}

TEST(Ingest, HtmlPrefersArticleAndTimeElement) {
  HtmlContent page = ExtractHtml(
      "<body><div>Related: other story</div><article><h1>Head</h1>"
      "<time datetime=\"2023-02-07T10:00\">Feb 7</time><p>Body text.</p></article></body>");
  EXPECT_EQ(page.date, "2023-02-07T10:00");
  EXPECT_EQ(page.title, "Head");
  EXPECT_EQ(page.text.find("Related"), std::string::npos);
  EXPECT_NE(page.text.find("Body text."), std::string::npos);
}

TEST(Ingest, DeeplyNestedHtmlDoesNotOverflowTheStack) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "deep";
  HtmlContent page = ExtractHtml(html);
  EXPECT_EQ(page.text, "deep");
}

}  // namespace
}  // namespace entente
