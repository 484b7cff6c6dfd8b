// Penn Treebank trees: the bracketed constituency parses that Stanford CoreNLP and the Penn
// Treebank write, "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...)))".
//
// Consumes: one bracketed tree as text (whitespace and newlines anywhere between items).
// Produces: a Tree held as a flat node array in preorder, so that neither parsing nor destroying
//   nor walking a tree recurses on its depth (a hostile input may nest 100,000 levels).
// Errors: kParseError with the byte offset of the offending bracket or word; kInvalidArgument
//   for input that is not valid UTF-8.
// Thread-safety: free functions, no shared state.
//
// Example:
//   Result<Tree> tree = ParseTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
//   tree->Word(0) == "Arnor"; tree->Tag(0) == "NNP";
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame.h"
#include "core/status.h"

namespace entente {

struct TreeNode {
  std::string label;     // as written ("NP-SBJ-1", "-NONE-"); "" for terminals and "( (S ..))"
  std::string category;  // label without function tags and indexes ("NP"); "" for terminals
  std::string word;      // terminals only: the word with PTB escapes undone ("(" for -LRB-)
  uint32_t parent = kNoIndex;      // kNoIndex for the root
  std::vector<uint32_t> children;  // node indexes, in order
  uint32_t leaf = kNoIndex;  // terminals: index into Tree::leaves; kNoIndex for empty elements
  uint32_t leaf_begin = 0;   // first leaf covered
  uint32_t leaf_end = 0;     // one past the last leaf covered (== leaf_begin: covers no word)
  uint32_t offset = 0;       // byte offset of the '(' or of the word in the parsed text
  bool terminal() const { return category.empty() && !word.empty(); }
};

struct Tree {
  std::vector<TreeNode> nodes;   // preorder: nodes[0] is the root, parents precede children
  std::vector<uint32_t> leaves;  // terminal node of each word, in order (empty elements excluded)

  size_t size() const { return leaves.size(); }
  std::string_view Word(uint32_t leaf) const { return nodes[leaves[leaf]].word; }
  // The part-of-speech label of a leaf ("NNP"): its parent's label, "" if it has none.
  std::string_view Tag(uint32_t leaf) const;
  // The preterminal node ("(NNP Arnor)") of a leaf.
  uint32_t Preterminal(uint32_t leaf) const { return nodes[leaves[leaf]].parent; }
  // A node with exactly one child, a terminal: "(NNP Arnor)".
  bool IsPreterminal(uint32_t node) const;
};

// Parses one bracketed tree. A single unlabeled outer pair "( (S ...) )" is kept as a root node
// with an empty label. Empty elements (label -NONE-, as in the WSJ treebank) stay in the tree
// but are not leaves.
Result<Tree> ParseTree(std::string_view text);

// Undoes Penn Treebank escapes in a word: -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- (either case),
// `` and '' (to a plain double quote), \/ and \*.
std::string UnescapeWord(std::string_view word);

// "NP" for "NP-SBJ-1", "NP=2" or "NP-TMP"; labels that begin with '-' ("-NONE-", "-LRB-") and
// "PRP$" stay as they are.
std::string_view BaseCategory(std::string_view label);

// Writes the tree back as brackets on one line, words escaped again (for tests and messages).
std::string TreeToString(const Tree& tree);

}  // namespace entente
