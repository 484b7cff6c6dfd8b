// Writers for the segment command: one JSON object per sentence (JSON Lines).
//   {"doc_id","index","date","span":[b,e],"text","tokens":[{"form","span"}],"dateline"?}
// `date` is null when the document has none; `dateline` appears on the first sentence only.
#pragma once

#include <string>

#include "core/document.h"

namespace entente {

void AppendSentenceJson(const Document& doc, const Sentence& sentence, std::string& out);

}  // namespace entente
