// Span: a byte range in a document's text; every derived result points back into the text.
#pragma once

#include <cstdint>

namespace entente {

struct Span {
  uint32_t begin = 0;  // byte offset into Document::text, inclusive
  uint32_t end = 0;    // byte offset, exclusive; begin == end means empty / unset
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace entente
