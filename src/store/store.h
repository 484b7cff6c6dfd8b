// Store: the embedded SQLite database that holds coded documents, their sentences, events (with
// the spans of their evidence) and actors, so that aggregation and exports need not re-code.
//
// Consumes: coded Documents (Document::events filled). Produces: rows, and Documents rebuilt
// from rows for the event writers. Guarantees:
// - WAL journal, one transaction per batch of whole documents (Begin/Commit around Put): a
//   process killed at any moment leaves only whole documents behind.
// - Idempotent: a document is keyed by its id; Put skips one whose content hash (date, text,
//   metadata) is unchanged and replaces the sentences and events of a changed one.
// - Schema migrations: PRAGMA user_version is the schema version; Open applies the missing
//   migrations (each in its own transaction) and refuses a database newer than this program.
// - Prepared statements only.
// Thread-safety: one Store per thread; separate Stores (connections) may share a file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "store/sqlite.h"

namespace entente {

inline constexpr int kStoreSchemaVersion = 2;

enum class PutOutcome : uint8_t { kInserted, kReplaced, kUnchanged };

class Store {
 public:
  // Opens or creates the database file and brings its schema up to date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);

  // "fnv1a64:0123456789abcdef" over the date, text and metadata (not the events: re-coding the
  // same text with another dictionary is a separate decision, see `ingest --recode`).
  static std::string ContentHash(const Document& doc);

  int schema_version() const { return version_; }
  Database& db() { return *db_; }

  // True when the store holds a document with this id and hash (cheap: one indexed lookup).
  Result<bool> HasUnchanged(std::string_view doc_id, std::string_view hash);

  Status Begin();  // BEGIN IMMEDIATE: the writer lock is taken now, not at the first write
  Status Commit();
  Status Rollback();

  // Stores one coded document; call between Begin and Commit. `hash` = ContentHash(doc).
  Result<PutOutcome> Put(const Document& doc, std::string_view hash, bool force = false);

  // Every stored document in storage order, rebuilt with id, date, metadata (title, source,
  // url), text, sentence spans and events: what the event writers need.
  Status ForEachDocument(const std::function<void(const Document&)>& fn);

  struct Counts {
    int64_t documents = 0, sentences = 0, events = 0, actors = 0;
  };
  Result<Counts> Count();

 private:
  Store(std::unique_ptr<Database> db, int version) : db_(std::move(db)), version_(version) {}
  Status PrepareWriters();

  std::unique_ptr<Database> db_;
  int version_ = 0;
  // Prepared once per connection (the write path runs them per document and per event).
  Statement find_, insert_doc_, update_doc_, delete_events_, delete_sentences_, insert_sentence_,
      insert_event_, insert_actor_;
};

// Applies the schema migrations to an open database; returns the resulting version.
Result<int> MigrateSchema(Database& db);

// Opens an existing store for reading only (a server, a report): never creates, migrates or
// writes the file. Refuses a missing file and a schema other than this program's, since a
// read-only connection cannot migrate (`entente ingest` on the file brings it up to date).
Result<std::unique_ptr<Database>> OpenStoreReadOnly(const std::string& path);

}  // namespace entente
