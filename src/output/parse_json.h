// Writer for `entente parse`: one JSON object per sentence with tokens (form, span, pos, lemma),
// chunks and frames (roles as token ranges and text, flags by name).
#pragma once

#include <string>

#include "core/document.h"

namespace entente {

void AppendParseJson(const Document& doc, const Sentence& sentence, std::string& out);

}  // namespace entente
