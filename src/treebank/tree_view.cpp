#include "treebank/tree_view.h"

#include <array>
#include <utility>

#include "treebank/lemma.h"

namespace entente {

Pos PosFromTreeLabel(std::string_view label) {
  const Pos p = PosFromName(label);
  if (p != Pos::kUnknown) return p;
  static constexpr std::array<std::pair<std::string_view, Pos>, 13> kOther = {{
      {"AUX", Pos::VB},
      {"AUXB", Pos::VB},
      {"AUXD", Pos::VBD},
      {"AUXG", Pos::VBG},
      {"AUXN", Pos::VBN},
      {"AUXP", Pos::VBP},
      {"AUXZ", Pos::VBZ},
      {"HYPH", Pos::kColon},
      {"NFP", Pos::SYM},
      {"-LCB-", Pos::kLrb},
      {"-RCB-", Pos::kRrb},
      {"ADD", Pos::NN},
      {"GW", Pos::FW},
  }};
  for (const auto& [name, pos] : kOther) {
    if (label == name) return pos;
  }
  return Pos::kUnknown;
}

TreeView::TreeView(const Tree& tree) : tree_(tree) {
  pos_.resize(tree.leaves.size());
  lower_.resize(tree.leaves.size());
  for (uint32_t i = 0; i < tree.leaves.size(); ++i) {
    pos_[i] = PosFromTreeLabel(tree.Tag(i));
    lower_[i] = AsciiLower(tree.Word(i));
  }
  head_.assign(tree.nodes.size(), kNoIndex);
  // Preorder puts children after their parents, so a reverse pass sees children first.
  for (size_t i = tree.nodes.size(); i-- > 0;) head_[i] = ComputeHead(static_cast<uint32_t>(i));
}

Pos TreeView::NodePos(uint32_t id) const {
  const uint32_t leaf = NodeLeaf(id);
  return leaf == kNoIndex ? Pos::kUnknown : pos_[leaf];
}

uint32_t TreeView::NodeLeaf(uint32_t id) const {
  if (!tree_.IsPreterminal(id)) return kNoIndex;
  return tree_.nodes[tree_.nodes[id].children[0]].leaf;
}

uint32_t TreeView::RightmostNominal(uint32_t id, size_t from, size_t to) const {
  const TreeNode& n = node(id);
  for (size_t i = to; i-- > from;) {
    const uint32_t c = n.children[i];
    if (IsNoun(NodePos(c))) return NodeLeaf(c);
    if ((cat(c) == "NML" || cat(c) == "NX") && head_[c] != kNoIndex) return head_[c];
  }
  return kNoIndex;
}

std::vector<TreeView::Conjunct> TreeView::Conjuncts(uint32_t id) const {
  const TreeNode& n = node(id);
  bool has_cc = false;
  for (uint32_t c : n.children) has_cc = has_cc || cat(c) == "CC" || cat(c) == "CONJP";
  if (!has_cc) return {};
  std::vector<Conjunct> out;
  size_t start = 0;
  for (size_t i = 0; i <= n.children.size(); ++i) {
    const bool at_end = i == n.children.size();
    if (!at_end) {
      const std::string_view c = cat(n.children[i]);
      if (c != "CC" && c != "CONJP" && c != "," && c != ":") continue;
    }
    if (i > start) {
      Conjunct conj;
      const uint32_t first = n.children[start], last = n.children[i - 1];
      conj.range = {node(first).leaf_begin, node(last).leaf_end};
      if (i - start == 1 && IsNounPhrase(cat(first))) {
        conj.head = head_[first];
      } else {
        conj.head = RightmostNominal(id, start, i);
        if (conj.head == kNoIndex && i - start == 1 && NodePos(first) == Pos::PRP) {
          conj.head = NodeLeaf(first);
        }
      }
      if (conj.head == kNoIndex) return {};
      out.push_back(conj);
    }
    start = i + 1;
  }
  if (out.size() < 2) return {};
  return out;
}

uint32_t TreeView::ComputeHead(uint32_t id) const {
  const TreeNode& n = node(id);
  if (n.terminal()) return n.leaf;
  if (tree_.IsPreterminal(id)) return NodeLeaf(id);
  const std::string_view c = n.category;
  if (!IsNounPhrase(c) && c != "QP") return kNoIndex;
  if (std::vector<Conjunct> conj = Conjuncts(id); !conj.empty()) return conj.front().head;
  // Base NP: the rightmost noun ("its embassy", "Russia 's foreign minister").
  if (uint32_t h = RightmostNominal(id, 0, n.children.size()); h != kNoIndex) return h;
  // NP -> NP PP, NP -> NP , NP , (apposition), NP -> NP SBAR: the first NP's head.
  for (uint32_t child : n.children) {
    if (IsNounPhrase(cat(child)) && head_[child] != kNoIndex) return head_[child];
  }
  // No noun: a pronoun, then a number, then the last word ("the two", "those").
  for (Pos want : {Pos::PRP, Pos::CD}) {
    for (size_t i = n.children.size(); i-- > 0;) {
      if (NodePos(n.children[i]) == want) return NodeLeaf(n.children[i]);
    }
  }
  for (size_t i = n.children.size(); i-- > 0;) {
    const uint32_t child = n.children[i];
    if (cat(child) == "QP" && head_[child] != kNoIndex) return head_[child];
  }
  for (size_t i = n.children.size(); i-- > 0;) {
    if (const uint32_t leaf = NodeLeaf(n.children[i]); leaf != kNoIndex) return leaf;
  }
  return kNoIndex;
}

Argument TreeView::NounPhrase(uint32_t id) const {
  Argument arg;
  const TreeNode& n = node(id);
  if (n.leaf_begin >= n.leaf_end) return arg;
  arg.range = {n.leaf_begin, n.leaf_end};
  arg.head = head_[id];
  if (arg.head == kNoIndex) arg.head = n.leaf_end - 1;
  for (const Conjunct& c : Conjuncts(id)) arg.members.push_back(c.range);
  return arg;
}

}  // namespace entente
