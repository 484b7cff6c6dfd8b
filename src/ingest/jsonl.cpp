#include <simdjson.h>

#include "core/utf8.h"
#include "ingest/finish.h"
#include "ingest/ingest.h"

namespace entente {
namespace {

using ingest_internal::SkipDocument;

// One parser per thread: simdjson parsers reuse their buffers across lines.
simdjson::dom::parser& Parser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

}  // namespace

void ReadJsonLine(std::string_view name, uint64_t line_no, std::string line,
                  const IngestOptions& options, IngestAccount& account,
                  const DocumentFn& on_document, const ProblemFn& on_problem) {
  ++account.read;
  const std::string where = std::string(name) + ":" + std::to_string(line_no);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  // Repair before parsing, so that one bad byte costs a replacement character, not the document.
  Utf8Report repair = ingest_internal::RepairInvalidUtf8(line);
  simdjson::dom::element root;
  auto error = Parser().parse(line).get(root);
  if (error) {
    SkipDocument(where, "malformed JSON", simdjson::error_message(error), StatusCode::kParseError,
                 account, on_problem);
    return;
  }
  simdjson::dom::object object;
  if (root.get(object)) {
    SkipDocument(where, "malformed JSON", "a line must be a JSON object", StatusCode::kParseError,
                 account, on_problem);
    return;
  }
  Document doc;
  bool has_text = false;
  for (auto field : object) {
    std::string_view key = field.key;
    simdjson::dom::element value = field.value;
    if (key == "id") {
      std::string_view s;
      int64_t i;
      if (!value.get(s)) doc.id = std::string(s);
      else if (!value.get(i)) doc.id = std::to_string(i);
    } else if (key == "text") {
      std::string_view s;
      if (!value.get(s)) {
        doc.text = std::string(s);
        has_text = true;
      }
    } else if (key == "date") {
      std::string_view s;
      if (!value.get(s)) {
        if (auto date = ParseCompactDate(s)) {
          doc.date = *date;
        } else {
          Status status = ParseError("bad date \"" + std::string(s) +
                                     "\" (want YYYY-MM-DD); date left unknown");
          on_problem(Severity::kWarning, status.At(where, 0));
        }
      }
    } else {
      std::string_view s;
      if (!value.get(s)) doc.metadata[std::string(key)] = std::string(s);
    }
  }
  if (doc.id.empty()) {
    SkipDocument(where, "missing id", "no string or integer \"id\" field", StatusCode::kParseError,
                 account, on_problem);
    return;
  }
  if (!has_text) {
    SkipDocument(where, "missing text", "document " + doc.id + " has no string \"text\" field",
                 StatusCode::kParseError, account, on_problem);
    return;
  }
  if (!doc.date.known() && options.date) doc.date = *options.date;
  doc.metadata["path"] = where;
  if (repair.invalid_sequences > 0) {
    // The repaired bytes were in the raw line; after JSON decoding they may sit anywhere.
    std::string msg = "document " + doc.id + ": invalid UTF-8 in the JSON line at byte offset " +
                      std::to_string(repair.first_offset) + " (" +
                      std::to_string(repair.invalid_sequences) +
                      " invalid sequence(s) replaced with U+FFFD)";
    ++account.repaired;
    doc.diagnostics.push_back({Severity::kWarning, "ingest", msg, {}});
    Status status = ParseError(msg);
    on_problem(Severity::kWarning, status.At(where, 0));
  }
  ingest_internal::FinishDocument(where, std::move(doc), options, account, on_document, on_problem);
}

}  // namespace entente
