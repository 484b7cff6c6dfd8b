// Shared last step of every reader: limits, empty text, UTF-8 repair, accounting.
#pragma once

#include <string>

#include "core/utf8.h"
#include "ingest/ingest.h"

namespace entente::ingest_internal {

// `where` is "file" or "file:line" for messages. Consumes doc.
void FinishDocument(const std::string& where, Document doc, const IngestOptions& options,
                    IngestAccount& account, const DocumentFn& on_document,
                    const ProblemFn& on_problem);

// Reports a skipped document: counts it under `reason` and tells the user where and why.
void SkipDocument(const std::string& where, const std::string& reason, const std::string& detail,
                  StatusCode code, IngestAccount& account, const ProblemFn& on_problem);

std::string BaseName(std::string_view path);  // file name without folders and extension

// RepairUtf8 after a vectorised validity check (simdjson's, which accepts exactly the sequences
// DecodeUtf8 does): nearly all input is valid, and RepairUtf8's byte-by-byte scan of every JSON
// line and every text cost more than a tenth of tokenizing it.
Utf8Report RepairInvalidUtf8(std::string& s);

}  // namespace entente::ingest_internal
