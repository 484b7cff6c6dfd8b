// Ingest: turns input files into Documents, and accounts for every input document.
//
// Consumes: paths ("-" = JSON Lines on stdin) of .txt (one document), .jsonl/.ndjson (one
// document per line: id, date, text, other string fields kept as metadata), .html/.htm (visible
// article text, title and date from the page), or a directory of such files (sorted, recursive).
// Produces: Documents with id, date (unknown unless stated), valid UTF-8 text and metadata.
// Never drops input silently: every document is either passed on or counted as skipped with a
// reason, and every problem is reported with file:line (Problem callback). Invalid UTF-8 is
// repaired (U+FFFD) and reported with the document id and byte offset; binary files are refused.
// Thread-safety: stateless functions; callers serialize callbacks.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/document.h"
#include "core/limits.h"
#include "core/status.h"

namespace entente {

enum class InputFormat : uint8_t { kAuto, kText, kJsonl, kHtml };

struct IngestOptions {
  Limits limits;
  std::optional<CivilDate> date;         // --date for .txt and .html documents without one
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension; "-" is JSON Lines
};

// Counts for the end-of-run account on stderr.
struct IngestAccount {
  uint64_t read = 0;      // documents found in the input (including skipped ones)
  uint64_t skipped = 0;   // documents not passed on
  uint64_t repaired = 0;  // documents passed on with invalid UTF-8 repaired
  std::map<std::string, uint64_t> skip_reasons;  // short reason -> count

  void Skip(const std::string& reason) {
    ++skipped;
    ++skip_reasons[reason];
  }
};

using DocumentFn = std::function<void(Document&&)>;
// Severity kWarning: the document goes on (repaired, date ignored); kError: it was skipped.
using ProblemFn = std::function<void(Severity, const Status&)>;

// Reads one input path (file, directory, or "-") and calls on_document for each document.
// Returns a non-OK Status only when the input as a whole cannot be read (missing file, I/O error,
// binary file); such inputs are also counted in the account.
Status ReadInput(const std::string& path, const IngestOptions& options, IngestAccount& account,
                 const DocumentFn& on_document, const ProblemFn& on_problem);

// Parsers for one input's bytes, exposed for tests and fuzzing. `name` is used for messages and
// for the document id of plain text.
void ReadTextBytes(std::string_view name, std::string bytes, const IngestOptions& options,
                   IngestAccount& account, const DocumentFn& on_document,
                   const ProblemFn& on_problem);
void ReadHtmlBytes(std::string_view name, std::string bytes, const IngestOptions& options,
                   IngestAccount& account, const DocumentFn& on_document,
                   const ProblemFn& on_problem);
// Parses one JSON line (line_no is 1-based) into a document, or reports why it cannot.
void ReadJsonLine(std::string_view name, uint64_t line_no, std::string line,
                  const IngestOptions& options, IngestAccount& account,
                  const DocumentFn& on_document, const ProblemFn& on_problem);

// Extracts visible text, title and date from an HTML page (gumbo). Exposed for tests.
struct HtmlContent {
  std::string text;   // paragraphs separated by blank lines
  std::string title;  // <title>, og:title or the first <h1>
  std::string date;   // article:published_time, <time datetime>, or meta date; raw
};
HtmlContent ExtractHtml(std::string_view html);

}  // namespace entente
