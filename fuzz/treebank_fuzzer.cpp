// Fuzz target: bytes -> ParseTree -> document and frames. Checks the invariants the coder and
// `entente eval parse` rely on: spans quote the words, frame indexes stay inside the sentence.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "treebank/tree.h"
#include "treebank/tree_document.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool InRange(uint32_t index, size_t size) { return index == entente::kNoIndex || index < size; }

void CheckArgument(const entente::Argument& a, size_t n) {
  Check(InRange(a.head, n));
  if (a.present()) Check(a.range.begin <= a.head && a.head < a.range.end && a.range.end <= n);
  for (const entente::TokenRange& m : a.members) Check(m.begin < m.end && m.end <= n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  entente::Result<entente::Tree> tree = entente::ParseTree(text);
  if (!tree.ok()) {
    Check(!tree.status().message().empty());
    return 0;
  }
  for (size_t i = 1; i < tree->nodes.size(); ++i) Check(tree->nodes[i].parent < i);
  const entente::Document doc = entente::DocumentFromTree(*tree);
  if (tree->size() == 0) return 0;
  Check(doc.sentences.size() == 1);
  const entente::Sentence& s = doc.sentences[0];
  const size_t n = s.tokens.size();
  Check(n == tree->size());
  for (const entente::Token& t : s.tokens) Check(doc.Text(t.span) == t.form && !t.form.empty());
  for (const entente::Frame& f : s.frames) {
    Check(f.trigger < n && f.group.begin <= f.trigger && f.trigger < f.group.end &&
          f.group.end <= n);
    CheckArgument(f.subject, n);
    CheckArgument(f.object, n);
    CheckArgument(f.object2, n);
    for (const entente::Argument& pp : f.pps) CheckArgument(pp, n);
    Check(InRange(f.parent, s.frames.size()) && InRange(f.subject_from, s.frames.size()));
  }
  return 0;
}
