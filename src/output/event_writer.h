// Event writers: JSON Lines (entente's own fields), TSV, and the GDELT 2.0 event table layout.
#pragma once

#include <string>

#include "core/document.h"

namespace entente {

// {"doc_id","sentence","date","source","target","code","root","quad_class","goldstein",
//  "plover":{"type","mode"},"source_text","target_text","trigger_text","span":[b,e],
//  "evidence","confidence","mentions","rule"?}
void AppendEventJson(const Document& doc, const Event& event, bool explain, std::string& out);

// Tab-separated, one line per event; EventTsvHeader() names the columns.
std::string EventTsvHeader(bool explain);
void AppendEventTsv(const Document& doc, const Event& event, bool explain, std::string& out);

// GDELT 2.0 event table (61 tab-separated columns, no header); fields entente does not have
// (tone, geography, source counts) are left empty. `id` is GLOBALEVENTID.
void AppendEventGdelt(const Document& doc, const Event& event, uint64_t id, std::string& out);

}  // namespace entente
