#include "store/store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/actor_code.h"

namespace entente {
namespace {

Document MakeDoc(const std::string& id, const std::string& text, int events) {
  Document doc;
  doc.id = id;
  doc.date = *ParseDate("2024-05-17");
  doc.text = text;
  doc.metadata["title"] = "Title of " + id;
  doc.metadata["url"] = "https://example.org/" + id;
  Sentence& s = doc.sentences.emplace_back();
  s.span = {0, static_cast<uint32_t>(text.size())};
  for (int i = 0; i < events; ++i) {
    Event& e = doc.events.emplace_back();
    e.source = "CHNGOV";
    e.target = i % 2 ? "RUS" : "IGOWSTNAT";
    e.code = "062";
    e.root = "06";
    e.quad = 2;
    e.goldstein = 7.4;
    e.span = s.span;
    e.trigger_span = {0, 5};
    e.rule = "verbs/test.txt:" + std::to_string(i + 1);
  }
  return doc;
}

std::unique_ptr<Store> OpenMemory() {
  auto store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store.value());
}

TEST(Store, CreatesSchemaAtCurrentVersion) {
  auto store = OpenMemory();
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  auto counts = store->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 0);
}

TEST(Store, RefusesNewerSchemaAndKeepsVersionOnReopen) {
  const auto path = std::filesystem::temp_directory_path() / "entente_store_version_test.db";
  std::filesystem::remove(path);
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok());
  }
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->schema_version(), kStoreSchemaVersion);
    ASSERT_TRUE((*store)->db().Exec("PRAGMA user_version = 99").ok());
  }
  auto store = Store::Open(path.string());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

TEST(Store, MigratesAVersionOneDatabaseKeepingItsData) {
  const auto path = std::filesystem::temp_directory_path() / "entente_store_migrate_test.db";
  std::filesystem::remove(path);
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok());
    Document doc = MakeDoc("a", "China and Russia held drills.", 3);
    ASSERT_TRUE((*store)->Begin().ok());
    ASSERT_TRUE((*store)->Put(doc, Store::ContentHash(doc)).ok());
    ASSERT_TRUE((*store)->Commit().ok());
    // Back to what version 1 wrote: without the indexes of version 2.
    ASSERT_TRUE((*store)
                    ->db()
                    .Exec("DROP INDEX documents_by_date; DROP INDEX events_by_date; "
                          "DROP INDEX events_by_source; DROP INDEX events_by_target; "
                          "DROP INDEX actors_by_root; PRAGMA user_version = 1")
                    .ok());
  }
  // A reader cannot migrate, and says what to do.
  auto reader = OpenStoreReadOnly(path.string());
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("entente ingest"), std::string::npos);
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ((*store)->schema_version(), 2);
    auto index = (*store)->db().Prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_%'");
    ASSERT_TRUE(index.ok());
    Status status;
    ASSERT_TRUE(index->Step(status));
    EXPECT_EQ(index->Int(0), 6);  // events_by_doc of version 1 and the five of version 2
    auto counts = (*store)->Count();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->documents, 1);
  }
  EXPECT_TRUE(OpenStoreReadOnly(path.string()).ok());
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

TEST(Store, PutIsIdempotentAndReplacesChangedDocuments) {
  auto store = OpenMemory();
  Document doc = MakeDoc("a", "China and Russia held drills.", 3);
  const std::string hash = Store::ContentHash(doc);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->Put(doc, hash).value(), PutOutcome::kInserted);
  EXPECT_EQ(store->Put(doc, hash).value(), PutOutcome::kUnchanged);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_TRUE(store->HasUnchanged("a", hash).value());
  EXPECT_EQ(store->Count()->events, 3);

  Document changed = MakeDoc("a", "China and Russia held more drills.", 1);
  const std::string changed_hash = Store::ContentHash(changed);
  EXPECT_NE(hash, changed_hash);
  EXPECT_FALSE(store->HasUnchanged("a", changed_hash).value());
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->Put(changed, changed_hash).value(), PutOutcome::kReplaced);
  ASSERT_TRUE(store->Commit().ok());
  auto counts = store->Count();
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->events, 1);
  EXPECT_EQ(counts->sentences, 1);
  EXPECT_EQ(counts->actors, 3);  // the actors table only grows: CHNGOV, IGOWSTNAT, RUS
}

TEST(Store, RollbackLeavesNothing) {
  auto store = OpenMemory();
  Document doc = MakeDoc("a", "text", 2);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Put(doc, Store::ContentHash(doc)).ok());
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_EQ(store->Count()->documents, 0);
  EXPECT_EQ(store->Count()->events, 0);
}

TEST(Store, RebuildsDocumentsWithEvents) {
  auto store = OpenMemory();
  Document doc = MakeDoc("a", "Moscow welcomed the \xC3\xA9lan of Beijing.", 2);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Put(doc, Store::ContentHash(doc)).ok());
  ASSERT_TRUE(store->Commit().ok());
  int seen = 0;
  ASSERT_TRUE(store
                  ->ForEachDocument([&](const Document& got) {
                    ++seen;
                    EXPECT_EQ(got.id, doc.id);
                    EXPECT_EQ(got.date, doc.date);
                    EXPECT_EQ(got.text, doc.text);
                    EXPECT_EQ(got.metadata.at("title"), "Title of a");
                    ASSERT_EQ(got.events.size(), 2u);
                    EXPECT_EQ(got.events[1].target, "RUS");
                    EXPECT_EQ(got.events[1].rule, "verbs/test.txt:2");
                    EXPECT_EQ(got.events[0].trigger_span.end, 5u);
                    EXPECT_DOUBLE_EQ(got.events[0].goldstein, 7.4);
                  })
                  .ok());
  EXPECT_EQ(seen, 1);
  // The evidence view slices bytes, not characters (the text has a two-byte é).
  auto stmt = store->db().Prepare("SELECT evidence FROM event_evidence LIMIT 1");
  ASSERT_TRUE(stmt.ok());
  Status status;
  ASSERT_TRUE(stmt->Step(status));
  EXPECT_EQ(stmt->Text(0), doc.text);
}

TEST(Store, ContentHashCoversDateTextAndMetadata) {
  Document doc = MakeDoc("a", "text", 0);
  const std::string base = Store::ContentHash(doc);
  Document other = doc;
  other.date = *ParseDate("2024-05-18");
  EXPECT_NE(Store::ContentHash(other), base);
  other = doc;
  other.metadata["title"] = "new";
  EXPECT_NE(Store::ContentHash(other), base);
  other = doc;
  other.events.clear();  // events are derived, not content
  EXPECT_EQ(Store::ContentHash(other), base);
}

TEST(ActorCode, RollsUpCountriesAndKeepsNonStateActors) {
  EXPECT_EQ(RollUpActor("RUSGOV"), "RUS");
  EXPECT_EQ(RollUpActor("RUSMIL"), "RUS");
  EXPECT_EQ(RollUpActor("RUS"), "RUS");
  EXPECT_EQ(RollUpActor("IGOWSTNAT"), "IGOWSTNAT");
  EXPECT_EQ(RollUpActor("RUSGOV", true), "RUSGOV");
}

}  // namespace
}  // namespace entente
