// GET /v1/events (stored events with their evidence) and POST /v1/code (a posted text coded
// on the spot, nothing stored): both write the same event objects.
#include <simdjson.h>

#include <algorithm>

#include "aggregate/dyads.h"
#include "aggregate/names.h"
#include "server/handlers.h"
#include "server/json_writer.h"

namespace entente::api_internal {
namespace {

// One event and the text its spans point into; spans are byte offsets in the document.
struct EventView {
  int64_t id = -1;  // -1: not stored (POST /v1/code)
  std::string_view doc_id, date;
  const Event* event = nullptr;
  std::string_view evidence;  // the bytes of event->span
  std::string_view source_text, target_text, trigger_text;
};

// The evidence cut at the actors and the trigger, so that a client highlights them without
// byte arithmetic (JavaScript strings count UTF-16 units, the spans count UTF-8 bytes).
void WriteSegments(const EventView& v, JsonWriter& json) {
  struct Mark {
    Span span;
    const char* role;
  };
  const Span whole = v.event->span;
  std::vector<Mark> marks;
  for (Mark m : {Mark{v.event->source_span, "source"}, Mark{v.event->target_span, "target"},
                 Mark{v.event->trigger_span, "trigger"}}) {
    // Spans outside the sentence (an antecedent in an earlier one) are not marked in it.
    if (m.span.size() > 0 && m.span.begin >= whole.begin && m.span.end <= whole.end) {
      marks.push_back(m);
    }
  }
  std::sort(marks.begin(), marks.end(),
            [](const Mark& x, const Mark& y) { return x.span.begin < y.span.begin; });
  json.BeginArray();
  uint32_t at = whole.begin;
  auto piece = [&](uint32_t begin, uint32_t end, const char* role) {
    if (end <= begin) return;
    json.BeginObject().Key("text").String(v.evidence.substr(begin - whole.begin, end - begin));
    json.Key("role").String(role).EndObject();
  };
  for (const Mark& m : marks) {
    if (m.span.begin < at) continue;  // overlaps the previous mark: keep the first
    piece(at, m.span.begin, "");
    piece(m.span.begin, m.span.end, m.role);
    at = m.span.end;
  }
  piece(at, whole.end, "");
  json.EndArray();
}

void WriteEvent(const EventView& v, JsonWriter& json) {
  const Event& e = *v.event;
  json.BeginObject();
  if (v.id >= 0) json.Key("id").Int(v.id);
  json.Key("doc_id").String(v.doc_id).Key("sentence").Int(e.sentence).Key("date").String(v.date);
  json.Key("source").String(e.source).Key("target").String(e.target);
  json.Key("source_name").String(e.source.empty() ? "" : ActorName(e.source));
  json.Key("target_name").String(e.target.empty() ? "" : ActorName(e.target));
  json.Key("code").String(e.code).Key("code_name").String(CameoCodeName(e.code));
  json.Key("root")
      .String(e.root)
      .Key("quad_class")
      .Int(e.quad)
      .Key("goldstein")
      .Number(e.goldstein);
  json.Key("plover").BeginObject().Key("type").String(e.plover_type);
  json.Key("mode").String(e.plover_mode).EndObject();
  json.Key("confidence").Number(e.confidence).Key("mentions").Int(e.mentions);
  json.Key("source_text").String(v.source_text).Key("target_text").String(v.target_text);
  json.Key("trigger_text").String(v.trigger_text);
  json.Key("span").BeginArray().Int(e.span.begin).Int(e.span.end).EndArray();
  json.Key("evidence").String(v.evidence).Key("segments");
  WriteSegments(v, json);
  json.EndObject();
}

// The filtered events, rolled-up actors s and t beside the stored codes. Parameters: ?1 from,
// ?2 to, ?3 keep roles (0), ?4 actor, ?5/?6 dyad, ?7 code, ?8 root, ?9 quad.
struct EventFilter {
  std::string from, to, actor, a, b, code, root;
  int64_t quad = 0;
};

// Reads the events table only: the documents (and their texts) are joined for the page alone.
// An actor matches its own code and, for a country, every role code under it: the store's
// actors table lists each code with its roll-up, so a filter is an index lookup on
// events(source) or events(target) rather than a roll-up computed for every event. Only the
// conditions of the filters given are written (SQLite cannot use an index under "?4 = '' OR"),
// each from constant text; the values are bound: ?1 from, ?2 to, ?4 actor, ?5 a, ?6 b, ?7 code,
// ?8 root, ?9 quad.
std::string FilteredEventsSql(std::string_view columns, const EventFilter& f) {
  std::string sql = "SELECT " + std::string(columns) + " FROM events e WHERE 1";
  if (!f.from.empty()) sql += " AND e.date >= ?1";
  if (!f.to.empty()) sql += " AND e.date <= ?2";
  if (!f.actor.empty()) {
    sql +=
        " AND (e.source IN " + ActorCodesSql("?4") + " OR e.target IN " + ActorCodesSql("?4") + ")";
  }
  if (!f.a.empty()) {
    sql += " AND ((e.source IN " + ActorCodesSql("?5") + " AND e.target IN " + ActorCodesSql("?6") +
           ") OR (e.source IN " + ActorCodesSql("?6") + " AND e.target IN " + ActorCodesSql("?5") +
           "))";
  }
  if (!f.code.empty()) sql += " AND e.code = ?7";
  if (!f.root.empty()) sql += " AND e.root = ?8";
  if (f.quad != 0) sql += " AND e.quad = ?9";
  return sql;
}

std::string SliceSql(const char* begin, const char* end) {
  return std::string("CAST(substr(CAST(d.text AS BLOB), e.") + begin + " + 1, e." + end + " - e." +
         begin + ") AS TEXT)";
}

}  // namespace

ApiResponse Events(Database& db, Params& params, const ApiOptions& options) {
  EventFilter f;
  f.from = params.Date("from");
  f.to = params.Date("to");
  f.actor = params.Actor("actor");
  f.a = params.Actor("a");
  f.b = params.Actor("b");
  f.code = params.Code("code");
  f.root = params.Code("root");
  f.quad = params.Int("quad", 0, 1, 4);
  const int64_t limit = params.Int("limit", 50, 1, options.max_page);
  const int64_t offset = params.Int("offset", 0, 0, INT64_MAX / 2);
  if (f.a.empty() != f.b.empty()) params.Fail("parameters 'a' and 'b' go together (a dyad)");
  if (f.root.size() > 2) params.Fail("parameter 'root': two digits, as 04");
  ApiResponse response;
  if (BadParams(params, response)) return response;
  auto bind = [&](Statement& s) {
    s.Bind(1, f.from).Bind(2, f.to).Bind(4, f.actor).Bind(5, f.a).Bind(6, f.b);
    s.Bind(7, f.code).Bind(8, f.root).Bind(9, f.quad);
  };

  auto count = db.Prepare(FilteredEventsSql("count(*)", f));
  if (!count.ok()) return StoreError(count.status());
  bind(*count);
  Status status;
  if (!count->Step(status)) return StoreError(status);
  const int64_t total = count->Int(0);

  const std::string columns =
      "e.id, d.doc_id, e.sentence, coalesce(e.date, ''), e.source, e.target, e.code, e.root, "
      "e.quad, e.goldstein, e.plover_type, e.plover_mode, e.confidence, e.mentions, "
      "e.source_begin, e.source_end, e.target_begin, e.target_end, e.trigger_begin, "
      "e.trigger_end, e.span_begin, e.span_end, " +
      SliceSql("span_begin", "span_end") + ", " + SliceSql("source_begin", "source_end") + ", " +
      SliceSql("target_begin", "target_end") + ", " + SliceSql("trigger_begin", "trigger_end");
  // Newest first; the id breaks ties so that pages never overlap. The page's ids are chosen
  // first, so that only its rows have their evidence cut out of the document texts.
  auto rows = db.Prepare("SELECT " + columns +
                         " FROM events e JOIN documents d ON d.id = e.doc WHERE e.id IN (" +
                         FilteredEventsSql("e.id", f) +
                         " ORDER BY e.date DESC, e.id LIMIT ?10 OFFSET ?11) "
                         "ORDER BY e.date DESC, e.id");
  if (!rows.ok()) return StoreError(rows.status());
  bind(*rows);
  rows->Bind(10, limit).Bind(11, offset);

  JsonWriter json;
  json.BeginObject().Key("total").Int(total).Key("limit").Int(limit).Key("offset").Int(offset);
  json.Key("events").BeginArray();
  while (rows->Step(status)) {
    Event e;
    e.sentence = static_cast<uint32_t>(rows->Int(2));
    e.source = rows->Text(4);
    e.target = rows->Text(5);
    e.code = rows->Text(6);
    e.root = rows->Text(7);
    e.quad = static_cast<int>(rows->Int(8));
    e.goldstein = rows->Real(9);
    e.plover_type = rows->Text(10);
    e.plover_mode = rows->Text(11);
    e.confidence = rows->Real(12);
    e.mentions = static_cast<uint32_t>(rows->Int(13));
    auto span = [&](int col) {
      return Span{static_cast<uint32_t>(rows->Int(col)), static_cast<uint32_t>(rows->Int(col + 1))};
    };
    e.source_span = span(14);
    e.target_span = span(16);
    e.trigger_span = span(18);
    e.span = span(20);
    EventView v;
    v.id = rows->Int(0);
    const std::string doc_id(rows->Text(1)), date(rows->Text(3));
    const std::string evidence(rows->Text(22)), source_text(rows->Text(23)),
        target_text(rows->Text(24)), trigger_text(rows->Text(25));
    v.doc_id = doc_id;
    v.date = date;
    v.event = &e;
    v.evidence = evidence;
    v.source_text = source_text;
    v.target_text = target_text;
    v.trigger_text = trigger_text;
    WriteEvent(v, json);
  }
  if (!status.ok()) return StoreError(status);
  json.EndArray();
  if (offset + limit < total) {
    json.Key("next_offset").Int(offset + limit);
  } else {
    json.Key("next_offset").Null();
  }
  json.EndObject();
  return {200, json.Take() + "\n"};
}

ApiResponse Code(const ApiRequest& request, Params& params, const CodeTextFn& code,
                 const ApiOptions& options) {
  if (request.content_type.starts_with("application/x-www-form-urlencoded") ||
      request.content_type.starts_with("multipart/form-data")) {
    // curl -d sends this by default; the body is then read as form fields, not as the text.
    return ErrorResponse(415,
                         "send the text as application/json {\"text\": ...} or text/plain, "
                         "not as a form (curl: -H 'Content-Type: application/json')");
  }
  std::string date_text = params.Date("date");
  ApiResponse response;
  if (BadParams(params, response)) return response;
  if (!code) return ErrorResponse(503, "this server was started without a coder");
  if (request.body.size() > options.max_code_bytes) {
    return ErrorResponse(413, "the text is " + std::to_string(request.body.size()) +
                                  " bytes; this server codes at most " +
                                  std::to_string(options.max_code_bytes));
  }
  std::string text;
  const bool is_json = request.content_type.starts_with("application/json");
  if (is_json) {
    // {"text": "...", "date": "YYYY-MM-DD"}; a date in the query wins over one in the body.
    simdjson::dom::parser parser;
    simdjson::padded_string padded(request.body);
    simdjson::dom::element root;
    if (parser.parse(padded).get(root) != simdjson::SUCCESS || !root.is_object()) {
      return ErrorResponse(400, "the body is not a JSON object: send {\"text\": \"...\"}");
    }
    std::string_view value;
    if (root["text"].get(value) != simdjson::SUCCESS) {
      return ErrorResponse(400, "the body has no string field \"text\"");
    }
    text = value;
    if (date_text.empty() && root["date"].get(value) == simdjson::SUCCESS && !value.empty()) {
      if (value.size() != 10 || !ParseDate(value)) {
        return ErrorResponse(400,
                             "\"date\": '" + std::string(value) + "' is not a date (YYYY-MM-DD)");
      }
      date_text = value;
    }
  } else if (request.content_type.empty() || request.content_type.starts_with("text/plain")) {
    text = request.body;
  } else {
    return ErrorResponse(415, "send the text as application/json {\"text\": ...} or text/plain");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return ErrorResponse(400, "the text is empty");
  }
  std::optional<CivilDate> date;
  if (!date_text.empty()) date = ParseDate(date_text);
  auto doc = code(std::move(text), date);
  if (!doc.ok()) {
    const int status = doc.status().code() == StatusCode::kInternal ? 500 : 422;
    return ErrorResponse(status, doc.status().message());
  }
  JsonWriter json;
  json.BeginObject().Key("sentences").Int(static_cast<int64_t>(doc->sentences.size()));
  json.Key("events").BeginArray();
  const std::string date_string = doc->date.ToString();
  for (const Event& e : doc->events) {
    EventView v;
    v.doc_id = doc->id;
    v.date = date_string;
    v.event = &e;
    v.evidence = doc->Text(e.span);
    v.source_text = doc->Text(e.source_span);
    v.target_text = doc->Text(e.target_span);
    v.trigger_text = doc->Text(e.trigger_span);
    WriteEvent(v, json);
  }
  json.EndArray().Key("diagnostics").BeginArray();
  for (const Diagnostic& d : doc->diagnostics) json.String(d.message);
  json.EndArray().EndObject();
  return {200, json.Take() + "\n"};
}

}  // namespace entente::api_internal
