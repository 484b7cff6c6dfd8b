#include "store/store.h"

#include <cinttypes>
#include <cstdio>

#include "core/json.h"
#include "store/actor_code.h"

namespace entente {
namespace {

std::string MetadataJson(const Document& doc) {
  std::string out = "{";
  for (const auto& [key, value] : doc.metadata) {
    if (out.size() > 1) out += ",";
    AppendJsonString(out, key);
    out += ":";
    AppendJsonString(out, value);
  }
  return out + "}";
}

std::string_view Meta(const Document& doc, const char* key) {
  auto it = doc.metadata.find(key);
  return it == doc.metadata.end() ? std::string_view() : std::string_view(it->second);
}

void BindOptional(Statement& stmt, int index, std::string_view text) {
  if (text.empty())
    stmt.BindNull(index);
  else
    stmt.Bind(index, text);
}

uint32_t U32(int64_t v) { return static_cast<uint32_t>(v); }

}  // namespace

std::string Store::ContentHash(const Document& doc) {
  // FNV-1a: not cryptographic; it only has to notice that a document's content changed.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // field separator: "ab"+"c" differs from "a"+"bc"
  };
  mix(doc.date.ToString());
  mix(doc.text);
  for (const auto& [key, value] : doc.metadata) {
    mix(key);
    mix(value);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "fnv1a64:%016" PRIx64, h);
  return buf;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  auto db = Database::Open(path);
  if (!db.ok()) return db.status();
  // WAL: readers never block the writer, and a killed writer leaves the last committed state.
  // synchronous=NORMAL keeps that guarantee for process crashes (only power loss may drop the
  // last transactions, never half of one).
  ENT_RETURN_IF_ERROR((*db)->Exec("PRAGMA journal_mode=WAL"));
  ENT_RETURN_IF_ERROR((*db)->Exec("PRAGMA synchronous=NORMAL"));
  auto version = MigrateSchema(**db);
  if (!version.ok()) return version.status();
  std::unique_ptr<Store> store(new Store(std::move(*db), *version));
  ENT_RETURN_IF_ERROR(store->PrepareWriters());
  return store;
}

Status Store::PrepareWriters() {
  struct {
    Statement* stmt;
    const char* sql;
  } const list[] = {
      {&find_, "SELECT id, content_hash FROM documents WHERE doc_id = ?1"},
      {&insert_doc_,
       "INSERT INTO documents (doc_id, date, title, source, url, metadata, text, content_hash, "
       "sentence_count, event_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
       "RETURNING id"},
      {&update_doc_,
       "UPDATE documents SET date = ?2, title = ?3, source = ?4, url = ?5, metadata = ?6, "
       "text = ?7, content_hash = ?8, sentence_count = ?9, event_count = ?10, "
       "ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"},
      {&delete_events_, "DELETE FROM events WHERE doc = ?1"},
      {&delete_sentences_, "DELETE FROM sentences WHERE doc = ?1"},
      {&insert_sentence_,
       "INSERT INTO sentences (doc, idx, span_begin, span_end) VALUES (?1, ?2, ?3, ?4)"},
      {&insert_event_,
       "INSERT INTO events (doc, seq, sentence, date, source, target, code, root, quad, "
       "goldstein, plover_type, plover_mode, confidence, mentions, source_begin, source_end, "
       "target_begin, target_end, trigger_begin, trigger_end, span_begin, span_end, rule) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
       "?18, ?19, ?20, ?21, ?22, ?23)"},
      {&insert_actor_, "INSERT OR IGNORE INTO actors (code, root) VALUES (?1, ?2)"},
  };
  for (const auto& item : list) {
    auto stmt = db_->Prepare(item.sql);
    if (!stmt.ok()) return stmt.status();
    *item.stmt = std::move(*stmt);
  }
  return Status::Ok();
}

Result<bool> Store::HasUnchanged(std::string_view doc_id, std::string_view hash) {
  Status status;
  find_.Bind(1, doc_id);
  const bool same = find_.Step(status) && find_.Text(1) == hash;
  find_.Reset();
  if (!status.ok()) return status;
  return same;
}

Status Store::Begin() { return db_->Exec("BEGIN IMMEDIATE"); }
Status Store::Commit() { return db_->Exec("COMMIT"); }
Status Store::Rollback() { return db_->Exec("ROLLBACK"); }

Result<PutOutcome> Store::Put(const Document& doc, std::string_view hash, bool force) {
  Status status;
  int64_t id = -1;
  find_.Bind(1, doc.id);
  if (find_.Step(status)) {
    id = find_.Int(0);
    if (find_.Text(1) == hash && !force) {
      find_.Reset();
      return PutOutcome::kUnchanged;
    }
  }
  find_.Reset();
  if (!status.ok()) return status;
  const bool existed = id >= 0;

  Statement& write = id < 0 ? insert_doc_ : update_doc_;
  if (id < 0)
    write.Bind(1, doc.id);
  else
    write.Bind(1, id);
  BindOptional(write, 2, doc.date.ToString());
  BindOptional(write, 3, Meta(doc, "title"));
  BindOptional(write, 4, Meta(doc, "source"));
  BindOptional(write, 5, Meta(doc, "url"));
  write.Bind(6, MetadataJson(doc)).Bind(7, doc.text).Bind(8, hash);
  write.Bind(9, static_cast<int64_t>(doc.sentences.size()));
  write.Bind(10, static_cast<int64_t>(doc.events.size()));
  if (id < 0) {
    if (write.Step(status)) id = write.Int(0);
    write.Reset();
    if (!status.ok()) return status;
  } else {
    ENT_RETURN_IF_ERROR(write.Run());
    ENT_RETURN_IF_ERROR(delete_events_.Bind(1, id).Run());
    ENT_RETURN_IF_ERROR(delete_sentences_.Bind(1, id).Run());
  }

  for (const Sentence& s : doc.sentences) {
    insert_sentence_.Bind(1, id).Bind(2, int64_t{s.index});
    insert_sentence_.Bind(3, int64_t{s.span.begin}).Bind(4, int64_t{s.span.end});
    ENT_RETURN_IF_ERROR(insert_sentence_.Run());
  }
  const std::string date = doc.date.ToString();
  int64_t seq = 0;
  for (const Event& e : doc.events) {
    Statement& st = insert_event_;
    st.Bind(1, id).Bind(2, seq++).Bind(3, int64_t{e.sentence});
    BindOptional(st, 4, date);
    st.Bind(5, e.source).Bind(6, e.target).Bind(7, e.code).Bind(8, e.root);
    st.Bind(9, int64_t{e.quad}).Bind(10, e.goldstein).Bind(11, e.plover_type);
    st.Bind(12, e.plover_mode).Bind(13, e.confidence).Bind(14, int64_t{e.mentions});
    st.Bind(15, int64_t{e.source_span.begin}).Bind(16, int64_t{e.source_span.end});
    st.Bind(17, int64_t{e.target_span.begin}).Bind(18, int64_t{e.target_span.end});
    st.Bind(19, int64_t{e.trigger_span.begin}).Bind(20, int64_t{e.trigger_span.end});
    st.Bind(21, int64_t{e.span.begin}).Bind(22, int64_t{e.span.end}).Bind(23, e.rule);
    ENT_RETURN_IF_ERROR(st.Run());
    for (const std::string* code : {&e.source, &e.target}) {
      if (code->empty()) continue;
      ENT_RETURN_IF_ERROR(insert_actor_.Bind(1, *code).Bind(2, RollUpActor(*code)).Run());
    }
  }
  return existed ? PutOutcome::kReplaced : PutOutcome::kInserted;
}

Status Store::ForEachDocument(const std::function<void(const Document&)>& fn) {
  auto docs =
      db_->Prepare("SELECT id, doc_id, date, title, source, url, text FROM documents ORDER BY id");
  auto sentences =
      db_->Prepare("SELECT idx, span_begin, span_end FROM sentences WHERE doc = ?1 ORDER BY idx");
  auto events = db_->Prepare(
      "SELECT sentence, source, target, code, root, quad, goldstein, plover_type, plover_mode, "
      "confidence, mentions, source_begin, source_end, target_begin, target_end, trigger_begin, "
      "trigger_end, span_begin, span_end, rule FROM events WHERE doc = ?1 ORDER BY seq");
  if (!docs.ok()) return docs.status();
  if (!sentences.ok()) return sentences.status();
  if (!events.ok()) return events.status();
  Status status;
  while (docs->Step(status)) {
    Document doc;
    const int64_t id = docs->Int(0);
    doc.id = docs->Text(1);
    if (auto date = ParseDate(docs->Text(2))) doc.date = *date;
    const char* keys[] = {"title", "source", "url"};
    for (int k = 0; k < 3; ++k) {
      if (!docs->IsNull(3 + k)) doc.metadata[keys[k]] = docs->Text(3 + k);
    }
    doc.text = docs->Text(6);
    sentences->Bind(1, id);
    while (sentences->Step(status)) {
      Sentence& s = doc.sentences.emplace_back();
      s.index = U32(sentences->Int(0));
      s.span = {U32(sentences->Int(1)), U32(sentences->Int(2))};
    }
    sentences->Reset();
    events->Bind(1, id);
    while (events->Step(status)) {
      const Statement& r = *events;
      Event& e = doc.events.emplace_back();
      e.sentence = U32(r.Int(0));
      e.source = r.Text(1);
      e.target = r.Text(2);
      e.code = r.Text(3);
      e.root = r.Text(4);
      e.quad = static_cast<int>(r.Int(5));
      e.goldstein = r.Real(6);
      e.plover_type = r.Text(7);
      e.plover_mode = r.Text(8);
      e.confidence = r.Real(9);
      e.mentions = U32(r.Int(10));
      e.source_span = {U32(r.Int(11)), U32(r.Int(12))};
      e.target_span = {U32(r.Int(13)), U32(r.Int(14))};
      e.trigger_span = {U32(r.Int(15)), U32(r.Int(16))};
      e.span = {U32(r.Int(17)), U32(r.Int(18))};
      e.rule = r.Text(19);
    }
    events->Reset();
    if (!status.ok()) return status;
    fn(doc);
  }
  return status;
}

Result<Store::Counts> Store::Count() {
  auto stmt = db_->Prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM actors)");
  if (!stmt.ok()) return stmt.status();
  Status status;
  Counts counts;
  if (stmt->Step(status)) {
    counts = {stmt->Int(0), stmt->Int(1), stmt->Int(2), stmt->Int(3)};
  }
  if (!status.ok()) return status;
  return counts;
}

}  // namespace entente
