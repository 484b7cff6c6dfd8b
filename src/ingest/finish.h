// Shared last step of every reader: limits, empty text, UTF-8 repair, accounting.
#pragma once

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

}  // namespace entente::ingest_internal
