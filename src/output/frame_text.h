// Compact one-line rendering of a predicate frame, as the parse golden tests write it
// (docs/testing.md): "provide neg subj=China obj=weapons to=Russia parent=deny".
#pragma once

#include <string>

#include "core/document.h"

namespace entente {

std::string FrameText(const Sentence& sentence, const Frame& frame);
std::string ArgumentText(const Sentence& sentence, const Argument& argument);

}  // namespace entente
