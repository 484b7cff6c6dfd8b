// The schema and its migrations. Append a migration to change the schema; never edit a
// released one, since databases in the field have already applied it.
#include <string>
#include <vector>

#include "store/store.h"

namespace entente {
namespace {

// Migration N (1-based) brings a database from version N-1 to N.
std::vector<const char*> Migrations() {
  return {
      // 1: documents, sentences, events with evidence spans, actors.
      R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  date TEXT,                   -- YYYY-MM-DD; NULL when the input states none
  title TEXT, source TEXT, url TEXT,
  metadata TEXT NOT NULL,      -- every metadata field as a JSON object
  text TEXT NOT NULL,          -- the evidence spans point into these bytes
  content_hash TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE sentences (
  doc INTEGER NOT NULL,        -- documents.id
  idx INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,  -- byte offsets into documents.text
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,        -- documents.id
  seq INTEGER NOT NULL,        -- order within the document
  sentence INTEGER NOT NULL,
  date TEXT,                   -- the document's date, copied for aggregation
  source TEXT NOT NULL, target TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_type TEXT NOT NULL, plover_mode TEXT NOT NULL,
  confidence REAL NOT NULL, mentions INTEGER NOT NULL,
  source_begin INTEGER NOT NULL, source_end INTEGER NOT NULL,
  target_begin INTEGER NOT NULL, target_end INTEGER NOT NULL,
  trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX events_by_doc ON events (doc);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,       -- as coded: RUSGOV
  root TEXT NOT NULL           -- rolled up: RUS
) WITHOUT ROWID;
-- Evidence as text: byte offsets, so slice the text as a BLOB (substr on TEXT counts characters).
CREATE VIEW event_evidence AS
  SELECT e.id, d.doc_id, e.date, e.source, e.target, e.code, e.goldstein,
         CAST(substr(CAST(d.text AS BLOB), e.span_begin + 1, e.span_end - e.span_begin) AS TEXT)
           AS evidence
  FROM events e JOIN documents d ON d.id = e.doc;
)sql",
      // 2: indexes for the server: dates (ranged queries; min and max date without reading
      // every document row), actors (the events of an actor or a dyad), roll-ups.
      R"sql(
CREATE INDEX documents_by_date ON documents (date);
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_source ON events (source);
CREATE INDEX events_by_target ON events (target);
CREATE INDEX actors_by_root ON actors (root);
)sql",
  };
}

int UserVersion(Database& db) {
  auto stmt = db.Prepare("PRAGMA user_version");
  if (!stmt.ok()) return -1;
  Status status;
  return stmt->Step(status) ? static_cast<int>(stmt->Int(0)) : -1;
}

}  // namespace

Result<std::unique_ptr<Database>> OpenStoreReadOnly(const std::string& path) {
  auto db = Database::Open(path, OpenMode::kReadOnly);
  if (!db.ok()) return db.status();
  const int version = UserVersion(**db);
  const int expected = static_cast<int>(Migrations().size());
  if (version == 0) return InvalidArgument(path + ": not an entente database (no schema)");
  if (version != expected) {
    return Unsupported(path + ": schema version " + std::to_string(version) +
                       ", this entente reads " + std::to_string(expected) +
                       "; run 'entente ingest --db " + path + "' with this version to migrate it");
  }
  return std::move(*db);
}

Result<int> MigrateSchema(Database& db) {
  const std::vector<const char*> migrations = Migrations();
  int version = UserVersion(db);
  if (version < 0) return IoError("sqlite: " + db.path() + ": cannot read the schema version");
  if (version > static_cast<int>(migrations.size())) {
    return Unsupported(db.path() + ": schema version " + std::to_string(version) +
                       " is newer than this entente (" + std::to_string(migrations.size()) +
                       "); upgrade entente");
  }
  for (; version < static_cast<int>(migrations.size()); ++version) {
    ENT_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    Status status = db.Exec(migrations[version]);
    // The version is our own integer, not user data: PRAGMA takes no bound parameters.
    const std::string set_version = "PRAGMA user_version = " + std::to_string(version + 1);
    if (status.ok()) status = db.Exec(set_version.c_str());
    if (status.ok()) status = db.Exec("COMMIT");
    if (!status.ok()) {
      (void)db.Exec("ROLLBACK");
      return status;
    }
  }
  return version;
}

}  // namespace entente
