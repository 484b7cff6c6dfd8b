#include "ingest/finish.h"

#include <simdjson.h>

namespace entente::ingest_internal {

void SkipDocument(const std::string& where, const std::string& reason, const std::string& detail,
                  StatusCode code, IngestAccount& account, const ProblemFn& on_problem) {
  account.Skip(reason);
  Status status(code, detail.empty() ? reason + "; skipped" : reason + " (" + detail + "); skipped");
  on_problem(Severity::kError, status.At(where, 0));
}

void FinishDocument(const std::string& where, Document doc, const IngestOptions& options,
                    IngestAccount& account, const DocumentFn& on_document,
                    const ProblemFn& on_problem) {
  if (doc.text.size() > options.limits.max_document_bytes) {
    SkipDocument(where, "document too large",
                 "document " + doc.id + " has " + std::to_string(doc.text.size()) +
                     " bytes, over --max-doc-bytes " +
                     std::to_string(options.limits.max_document_bytes),
                 StatusCode::kLimitExceeded, account, on_problem);
    return;
  }
  // A UTF-8 byte order mark is an encoding marker, not text.
  if (doc.text.starts_with("\xEF\xBB\xBF")) doc.text.erase(0, 3);
  if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    SkipDocument(where, "empty text", "document " + doc.id, StatusCode::kInvalidArgument, account,
                 on_problem);
    return;
  }
  Utf8Report repair = RepairInvalidUtf8(doc.text);
  if (repair.invalid_sequences > 0) {
    ++account.repaired;
    std::string msg = "document " + doc.id + ": invalid UTF-8 at byte offset " +
                      std::to_string(repair.first_offset) + " (" +
                      std::to_string(repair.invalid_sequences) +
                      " invalid sequence(s) replaced with U+FFFD)";
    doc.diagnostics.push_back({Severity::kWarning, "ingest", msg, {}});
    Status status = ParseError(msg);
    on_problem(Severity::kWarning, status.At(where, 0));
  }
  on_document(std::move(doc));
}

Utf8Report RepairInvalidUtf8(std::string& s) {
  if (simdjson::validate_utf8(s.data(), s.size())) return {};
  return RepairUtf8(s);
}

std::string BaseName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace entente::ingest_internal
