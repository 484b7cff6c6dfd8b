// TreeView: a Tree with what frame extraction asks about it again and again, computed once:
// the part of speech of every leaf and the head word of every noun phrase (standard head rules,
// computed bottom-up in one reverse-preorder pass, so no walk recurses on the tree's depth).
// Internal to treebank/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame.h"
#include "core/pos.h"
#include "treebank/tree.h"

namespace entente {

// The Pos of a tree label, mapping the non-Penn tags some parsers write (Charniak's AUX, AUXZ...,
// OntoNotes' HYPH and NFP) onto the nearest Penn tag. kUnknown for phrase labels.
Pos PosFromTreeLabel(std::string_view label);

class TreeView {
 public:
  explicit TreeView(const Tree& tree);

  const Tree& tree() const { return tree_; }
  const TreeNode& node(uint32_t id) const { return tree_.nodes[id]; }
  std::string_view cat(uint32_t id) const { return tree_.nodes[id].category; }
  Pos pos(uint32_t leaf) const { return pos_[leaf]; }
  const std::vector<Pos>& all_pos() const { return pos_; }
  // Lower-cased word of a leaf.
  const std::string& lower(uint32_t leaf) const { return lower_[leaf]; }

  // The Pos of a preterminal node, kUnknown for anything else.
  Pos NodePos(uint32_t id) const;
  // The leaf of a preterminal node, kNoIndex for anything else.
  uint32_t NodeLeaf(uint32_t id) const;
  // Head leaf of a noun-like phrase (NP, NML, NX, WHNP, QP) or preterminal; kNoIndex otherwise.
  uint32_t Head(uint32_t id) const { return head_[id]; }
  // The phrase as an argument: range, head, and one member per conjunct of a coordination.
  Argument NounPhrase(uint32_t id) const;

  static bool IsNounPhrase(std::string_view cat) {
    return cat == "NP" || cat == "NML" || cat == "NX" || cat == "WHNP" || cat == "NAC";
  }

 private:
  struct Conjunct {
    TokenRange range;
    uint32_t head = kNoIndex;
  };
  // Conjuncts of "NP CC NP", "NNP CC NNP", "NP , NP , CC NP": empty unless every conjunct has a
  // nominal head (so "economic and military aid" is one phrase, not two).
  std::vector<Conjunct> Conjuncts(uint32_t id) const;
  uint32_t ComputeHead(uint32_t id) const;
  // Rightmost noun-like leaf among the children [from, to) of id; kNoIndex if none.
  uint32_t RightmostNominal(uint32_t id, size_t from, size_t to) const;

  const Tree& tree_;
  std::vector<Pos> pos_;
  std::vector<std::string> lower_;
  std::vector<uint32_t> head_;
};

}  // namespace entente
