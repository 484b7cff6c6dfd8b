// Trees as documents: the leaves of a given parse become tokens and its verb groups frames, so
// that the coder can run on parses users already have (e.g. from Stanford CoreNLP), and so that
// our own tagger and chunker can be measured against them (entente eval parse).
//
// The words of a tree are not tied to any text: SentenceFromTree writes them into a text joined
// by single spaces and sets the spans to match. To compare with our own analysis of the original
// text, map the leaves onto our tokens with AlignLeaves (align.h).
//
// Token fields: form = the unescaped word ("(" for -LRB-, '"' for `` and ''), pos = the tree's tag
// (PosFromTreeLabel), lemma = SimpleLemma (lemma.h), kind and case flags from the characters.
// Sentence::frames = FramesFromTree (token index = leaf index). Chunks are not filled.
#pragma once

#include <string>

#include "core/document.h"
#include "treebank/tree.h"

namespace entente {

// Appends the tree's words to text (with a space before them when text is not empty) and
// returns the sentence over them. Sentence::index is left 0 for the caller to set.
Sentence SentenceFromTree(const Tree& tree, std::string& text);

// A one-sentence document holding the tree's words.
Document DocumentFromTree(const Tree& tree, std::string id = {});

}  // namespace entente
