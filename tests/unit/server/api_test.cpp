#include "server/api.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "store/store.h"

namespace entente {
namespace {

// A fixture store on disk (the API opens it read-only by path): three documents with events
// whose spans point at real words, so that evidence and highlights can be checked.
class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ =
        std::filesystem::temp_directory_path() / ("entente-api-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "fixture.db").string();
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->Begin().ok());
    Put(**store, "d1", "2024-05-16", "Putin visited China. Xi welcomed him.", "RUSGOV", "CHN",
        "042", 1, 1.9, "Putin", "China", "visited");
    Put(**store, "d2", "2024-06-02", "China and Russia held naval drills.", "CHNMIL", "RUSMIL",
        "062", 2, 7.4, "China", "Russia", "held");
    Put(**store, "d3", "2024-07-09", "The United States sanctioned Russia.", "USA", "RUS", "163", 4,
        -8.0, "The United States", "Russia", "sanctioned");
    ASSERT_TRUE((*store)->Commit().ok());
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }

  static void Put(Store& store, const char* id, const char* date, const std::string& text,
                  const char* source, const char* target, const char* code, int quad,
                  double goldstein, const char* source_words, const char* target_words,
                  const char* trigger_words) {
    Document doc;
    doc.id = id;
    doc.date = *ParseDate(date);
    doc.text = text;
    const auto first_stop = static_cast<uint32_t>(text.find('.') + 1);
    Sentence& s = doc.sentences.emplace_back();
    s.span = {0, first_stop};
    Event& e = doc.events.emplace_back();
    e.source = source;
    e.target = target;
    e.code = code;
    e.root = e.code.substr(0, 2);
    e.quad = quad;
    e.goldstein = goldstein;
    e.plover_type = "CONSULT";
    e.confidence = 0.9;
    auto span = [&](const char* words) {
      const auto b = static_cast<uint32_t>(text.find(words));
      return Span{b, b + static_cast<uint32_t>(std::string_view(words).size())};
    };
    e.source_span = span(source_words);
    e.target_span = span(target_words);
    e.trigger_span = span(trigger_words);
    e.span = s.span;
    ASSERT_TRUE(store.Put(doc, Store::ContentHash(doc)).ok());
  }

  ApiResponse Get(const std::string& path,
                  std::vector<std::pair<std::string, std::string>> params = {}) {
    return api_.Handle({"GET", path, std::move(params), "", ""});
  }

  simdjson::dom::element Parse(const ApiResponse& r) {
    simdjson::dom::element root;
    EXPECT_EQ(parser_.parse(r.body).get(root), simdjson::SUCCESS) << r.body;
    return root;
  }

  static inline std::filesystem::path dir_;
  static inline std::string path_;
  DatabasePool pool_{path_};
  std::vector<std::string> coded_;  // texts the fake coder was given
  Api api_{pool_, [this](std::string text, std::optional<CivilDate> date) -> Result<Document> {
             coded_.push_back(text);
             Document doc;
             doc.id = "posted";
             if (date) doc.date = *date;
             doc.text = std::move(text);
             doc.sentences.emplace_back().span = {0, static_cast<uint32_t>(doc.text.size())};
             Event& e = doc.events.emplace_back();
             e.source = "RUS";
             e.target = "UKR";
             e.code = "190";
             e.root = "19";
             e.quad = 4;
             e.goldstein = -10;
             e.trigger_span = {7, 15};
             e.span = {0, static_cast<uint32_t>(doc.text.size())};
             return doc;
           }};
  simdjson::dom::parser parser_;
};

TEST_F(ApiTest, HealthCountsTheStore) {
  ApiResponse r = Get("/v1/health");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Parse(r);
  EXPECT_EQ(int64_t(j["documents"]), 3);
  EXPECT_EQ(int64_t(j["events"]), 3);
  EXPECT_EQ(std::string_view(j["first_date"]), "2024-05-16");
  EXPECT_EQ(std::string_view(j["last_date"]), "2024-07-09");
}

TEST_F(ApiTest, ActorsRankedAndLimited) {
  ApiResponse r = Get("/v1/actors", {{"limit", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Parse(r);
  EXPECT_EQ(j["actors"].get_array().size(), 1u);
  EXPECT_EQ(std::string_view(j["actors"].at(0)["actor"]), "RUS");  // in all three events
  EXPECT_EQ(int64_t(j["actors"].at(0)["events"]), 3);
  EXPECT_EQ(int64_t(j["total"]), 3);
}

TEST_F(ApiTest, NetworkNamesNodesAndSignsEdges) {
  auto j = Parse(Get("/v1/network"));
  EXPECT_EQ(j["nodes"].get_array().size(), 3u);
  bool saw_conflict = false;
  for (auto e : j["edges"].get_array()) {
    if (std::string_view(e["source"]) == "RUS" && std::string_view(e["target"]) == "USA") {
      saw_conflict = double(e["weight"]) < 0;
    }
  }
  EXPECT_TRUE(saw_conflict);
  // A date range drops the sanction.
  auto k = Parse(Get("/v1/network", {{"to", "2024-06-30"}}));
  EXPECT_EQ(k["edges"].get_array().size(), 1u);
}

TEST_F(ApiTest, DyadsOfOnePairInEitherDirection) {
  auto j = Parse(Get("/v1/dyads", {{"a", "RUS"}, {"b", "CHN"}, {"ordered", "false"}}));
  auto rows = j["dyads"].get_array();
  ASSERT_EQ(rows.size(), 2u);  // May and June
  EXPECT_EQ(std::string_view(rows.at(0)["period"]), "2024-05");
  EXPECT_EQ(std::string_view(rows.at(0)["source"]), "CHN");
  EXPECT_EQ(int64_t(rows.at(1)["quad"].at(2)), 1);
  EXPECT_EQ(int64_t(rows.at(1)["roots"]["06"]), 1);
}

TEST_F(ApiTest, RelationsSummarise) {
  auto j = Parse(Get("/v1/relations", {{"a", "CHN"}, {"b", "RUS"}}));
  const std::string_view summary = j["summary"];
  EXPECT_EQ(summary.substr(0, 14), "China-Russia: ") << summary;
  EXPECT_EQ(int64_t(j["forward"]["events"]), 1);
  EXPECT_EQ(int64_t(j["backward"]["events"]), 1);
}

TEST_F(ApiTest, EventsCarryEvidenceCutIntoHighlights) {
  ApiResponse r = Get("/v1/events", {{"actor", "USA"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Parse(r);
  EXPECT_EQ(int64_t(j["total"]), 1);
  auto e = j["events"].at(0);
  EXPECT_EQ(std::string_view(e["evidence"]), "The United States sanctioned Russia.");
  EXPECT_EQ(std::string_view(e["source_text"]), "The United States");
  std::string joined, marked;
  for (auto s : e["segments"].get_array()) {
    joined += std::string_view(s["text"]);
    if (!std::string_view(s["role"]).empty()) {
      marked += std::string(std::string_view(s["role"])) + ":" +
                std::string(std::string_view(s["text"])) + ";";
    }
  }
  EXPECT_EQ(joined, "The United States sanctioned Russia.");
  EXPECT_EQ(marked, "source:The United States;trigger:sanctioned;target:Russia;");
}

TEST_F(ApiTest, EventsFilterAndPage) {
  // The country code matches the roles under it (CHNMIL, RUSGOV...).
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"actor", "CHN"}}))["total"]), 2);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"actor", "RUSMIL"}}))["total"]), 1);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"a", "CHN"}, {"b", "RUS"}}))["total"]), 2);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"quad", "4"}}))["total"]), 1);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"root", "06"}}))["total"]), 1);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"code", "042"}}))["total"]), 1);
  EXPECT_EQ(int64_t(Parse(Get("/v1/events", {{"from", "2024-06-01"}}))["total"]), 2);
  // Newest first, pages do not overlap, next_offset ends at null.
  auto p1 = Parse(Get("/v1/events", {{"limit", "2"}}));
  EXPECT_EQ(std::string_view(p1["events"].at(0)["date"]), "2024-07-09");
  EXPECT_EQ(int64_t(p1["next_offset"]), 2);
  auto p2 = Parse(Get("/v1/events", {{"limit", "2"}, {"offset", "2"}}));
  EXPECT_EQ(p2["events"].get_array().size(), 1u);
  EXPECT_EQ(std::string_view(p2["events"].at(0)["date"]), "2024-05-16");
  EXPECT_TRUE(p2["next_offset"].is_null());
}

TEST_F(ApiTest, BadParametersAre400WithTheReason) {
  struct Case {
    const char* path;
    std::vector<std::pair<std::string, std::string>> params;
    const char* message_part;
  } const cases[] = {
      {"/v1/events", {{"frm", "2024-01-01"}}, "unknown parameter 'frm'"},
      {"/v1/events", {{"from", "2024-02-30"}}, "not a date"},
      {"/v1/events", {{"limit", "0"}}, "from 1 to 1000"},
      {"/v1/events", {{"limit", "5000"}}, "from 1 to 1000"},
      {"/v1/events", {{"quad", "5"}}, "'quad'"},
      {"/v1/events", {{"a", "CHN"}}, "go together"},
      {"/v1/events", {{"actor", "chn"}}, "not an actor code"},
      {"/v1/events", {{"actor", "CHN' OR 1=1 --"}}, "not an actor code"},
      {"/v1/events", {{"code", "4a"}}, "not a CAMEO code"},
      {"/v1/events", {{"limit", "1"}, {"limit", "2"}}, "more than once"},
      {"/v1/dyads", {{"period", "decade"}}, "not one of"},
      {"/v1/dyads", {{"b", "RUS"}}, "needs 'a'"},
      {"/v1/relations", {{"a", "CHN"}}, "required"},
      {"/v1/network", {{"min_events", "-1"}}, "whole number"},
      {"/v1/actors", {{"keep_roles", "maybe"}}, "true or false"},
      {"/v1/health", {{"x", "1"}}, "unknown parameter"},
  };
  for (const Case& c : cases) {
    ApiResponse r = Get(c.path, c.params);
    EXPECT_EQ(r.status, 400) << c.path << " " << r.body;
    auto j = Parse(r);
    EXPECT_EQ(int64_t(j["error"]["status"]), 400);
    EXPECT_NE(std::string_view(j["error"]["message"]).find(c.message_part), std::string::npos)
        << r.body;
  }
}

TEST_F(ApiTest, UnknownPathsAndMethods) {
  EXPECT_EQ(Get("/v1/nothing").status, 404);
  EXPECT_EQ(Get("/v2/health").status, 404);
  EXPECT_EQ(Get("/v1/health/").status, 200);
  EXPECT_EQ(api_.Handle({"POST", "/v1/events", {}, "", ""}).status, 405);
  EXPECT_EQ(api_.Handle({"DELETE", "/v1/health", {}, "", ""}).status, 405);
  EXPECT_EQ(Get("/v1/code").status, 405);
}

TEST_F(ApiTest, CodePostedTextAsJsonOrPlainText) {
  ApiResponse r = api_.Handle({"POST",
                               "/v1/code",
                               {},
                               R"({"text":"Russia attacked Ukraine.","date":"2024-02-24"})",
                               "application/json"});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Parse(r);
  EXPECT_EQ(coded_.back(), "Russia attacked Ukraine.");
  auto e = j["events"].at(0);
  EXPECT_EQ(std::string_view(e["date"]), "2024-02-24");
  EXPECT_EQ(std::string_view(e["trigger_text"]), "attacked");
  EXPECT_TRUE(e["id"].error());  // not stored, so no id
  r = api_.Handle({"POST",
                   "/v1/code",
                   {{"date", "2024-02-25"}},
                   "Russia attacked Kyiv.",
                   "text/plain; charset=utf-8"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(std::string_view(Parse(r)["events"].at(0)["date"]), "2024-02-25");
}

TEST_F(ApiTest, CodeRefusesBadBodies) {
  auto post = [&](std::string body, std::string type) {
    return api_.Handle({"POST", "/v1/code", {}, std::move(body), std::move(type)}).status;
  };
  EXPECT_EQ(post("{not json", "application/json"), 400);
  EXPECT_EQ(post(R"({"txt":"x"})", "application/json"), 400);
  EXPECT_EQ(post(R"({"text":"x","date":"May 5"})", "application/json"), 400);
  EXPECT_EQ(post("  \n", "text/plain"), 400);
  EXPECT_EQ(post("x", "application/xml"), 415);
  EXPECT_EQ(post("text=x", "application/x-www-form-urlencoded"), 415);
  EXPECT_EQ(post(std::string((1 << 20) + 1, 'a'), "text/plain"), 413);
  EXPECT_TRUE(coded_.empty());  // none of them reached the coder
}

TEST_F(ApiTest, AggregatesAreCachedUntilTheDatabaseChanges) {
  const std::string copy = (dir_ / "cache.db").string();
  {
    auto source = Database::Open(path_, OpenMode::kReadOnly);
    ASSERT_TRUE(source.ok());
    auto vacuum = (*source)->Prepare("VACUUM INTO ?1");
    ASSERT_TRUE(vacuum.ok());
    vacuum->Bind(1, copy);
    ASSERT_TRUE(vacuum->Run().ok());
  }
  DatabasePool pool(copy);
  Api api(pool, nullptr);
  auto network = [&] {
    return api.Handle({"GET", "/v1/network", {{"from", "2024-01-01"}}, "", ""});
  };
  ApiResponse first = network();
  EXPECT_STREQ(first.cache, "miss");
  ApiResponse second = network();
  EXPECT_STREQ(second.cache, "hit");
  EXPECT_EQ(first.body, second.body);
  EXPECT_STREQ(api.Handle({"GET", "/v1/events", {}, "", ""}).cache, "");  // never cached
  {
    auto store = Store::Open(copy);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Begin().ok());
    Put(**store, "d4", "2024-08-01", "Iran met Russia.", "IRN", "RUS", "040", 1, 1.0, "Iran",
        "Russia", "met");
    ASSERT_TRUE((*store)->Commit().ok());
  }
  ApiResponse third = network();
  EXPECT_STREQ(third.cache, "miss");
  EXPECT_NE(third.body.find("\"IRN\""), std::string::npos);
}

TEST_F(ApiTest, ConcurrentIdenticalRequestsShareOneAnswer) {
  Api api(pool_, nullptr);
  std::vector<std::thread> threads;
  std::vector<ApiResponse> responses(8);
  for (size_t i = 0; i < responses.size(); ++i) {
    threads.emplace_back([&, i] {
      responses[i] = api.Handle({"GET", "/v1/network", {{"min_events", "1"}}, "", ""});
    });
  }
  for (auto& t : threads) t.join();
  int misses = 0;
  for (const ApiResponse& r : responses) {
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, responses[0].body);
    misses += std::string_view(r.cache) == "miss";
  }
  EXPECT_EQ(misses, 1);  // the others waited for it or found it in the cache
}

TEST(ApiPool, MissingOrForeignDatabaseIsReported) {
  DatabasePool missing("/nonexistent/entente.db");
  EXPECT_FALSE(missing.Check().ok());
  const auto path = std::filesystem::temp_directory_path() /
                    ("entente-api-empty-" + std::to_string(::getpid()) + ".db");
  { auto db = Database::Open(path.string()); }  // an empty SQLite file: no schema
  DatabasePool empty(path.string());
  Status s = empty.Check();
  EXPECT_NE(s.message().find("not an entente database"), std::string::npos) << s.ToString();
  std::filesystem::remove(path);
}

TEST(ApiPool, ReadOnlyConnectionsCannotWrite) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("entente-api-ro-" + std::to_string(::getpid()) + ".db");
  { ASSERT_TRUE(Store::Open(path.string()).ok()); }
  auto db = OpenStoreReadOnly(path.string());
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  EXPECT_FALSE((*db)->Exec("DELETE FROM events").ok());
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

TEST(ApiDeadline, LongQueriesAreInterrupted) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db.ok());
  (*db)->SetDeadline(std::chrono::steady_clock::now() + std::chrono::milliseconds(20));
  // A query that would run for minutes.
  auto stmt = (*db)->Prepare(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
  ASSERT_TRUE(stmt.ok());
  Status status;
  EXPECT_FALSE(stmt->Step(status));
  EXPECT_NE(status.message().find("interrupted"), std::string::npos) << status.ToString();
}

}  // namespace
}  // namespace entente
