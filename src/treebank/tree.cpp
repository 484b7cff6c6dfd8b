#include "treebank/tree.h"

#include <array>
#include <utility>

#include "core/utf8.h"

namespace entente {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// An atom runs to the next bracket or whitespace: words never contain raw brackets in PTB text
// (they are escaped as -LRB- / -RRB-).
size_t AtomEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && !IsSpace(text[pos]) && text[pos] != '(' && text[pos] != ')') ++pos;
  return pos;
}

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos;
}

Status ErrorAt(size_t offset, const std::string& what) {
  return ParseError("tree: " + what + " at offset " + std::to_string(offset));
}

}  // namespace

std::string_view Tree::Tag(uint32_t leaf) const {
  const uint32_t pre = Preterminal(leaf);
  if (pre == kNoIndex || !IsPreterminal(pre)) return {};
  return nodes[pre].label;
}

bool Tree::IsPreterminal(uint32_t node) const {
  const TreeNode& n = nodes[node];
  return n.children.size() == 1 && nodes[n.children[0]].terminal();
}

std::string UnescapeWord(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kEscapes = {{
      {"-LRB-", "("},
      {"-RRB-", ")"},
      {"-LSB-", "["},
      {"-RSB-", "]"},
      {"-LCB-", "{"},
      {"-RCB-", "}"},
      {"-lrb-", "("},
      {"-rrb-", ")"},
      {"-lsb-", "["},
      {"-rsb-", "]"},
      {"-lcb-", "{"},
      {"-rcb-", "}"},
      {"``", "\""},
      {"''", "\""},
      {"\\/", "/"},
      {"\\*", "*"},
  }};
  for (const auto& [from, to] : kEscapes) {
    if (word == from) return std::string(to);
  }
  if (word.find('\\') == std::string_view::npos) return std::string(word);
  // Slashes and asterisks are escaped inside words too ("1\/2", "AT\&T" is not an escape).
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\\' && i + 1 < word.size() && (word[i + 1] == '/' || word[i + 1] == '*')) ++i;
    out.push_back(word[i]);
  }
  return out;
}

std::string_view BaseCategory(std::string_view label) {
  if (label.empty() || label[0] == '-') return label;
  const size_t cut = label.find_first_of("-=", 1);
  return cut == std::string_view::npos ? label : label.substr(0, cut);
}

Result<Tree> ParseTree(std::string_view text) {
  if (text.size() >= UINT32_MAX) return LimitExceeded("tree: text over 4 GiB");
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    return InvalidArgument("tree: invalid UTF-8 at offset " + std::to_string(bad));
  }
  Tree tree;
  std::vector<uint32_t> open;  // the stack of open brackets replaces recursion
  size_t pos = SkipSpace(text, 0);
  if (pos == text.size()) return ErrorAt(pos, "empty input, no tree");
  bool closed_root = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (closed_root) {
      return ErrorAt(pos, c == ')' ? "unbalanced ')' after the tree closed"
                                   : "text after the end of the tree (a second tree?)");
    }
    if (c == '(') {
      const uint32_t id = static_cast<uint32_t>(tree.nodes.size());
      TreeNode& node = tree.nodes.emplace_back();
      node.offset = static_cast<uint32_t>(pos);
      node.leaf_begin = static_cast<uint32_t>(tree.leaves.size());
      if (!open.empty()) {
        node.parent = open.back();
        tree.nodes[open.back()].children.push_back(id);
      }
      pos = SkipSpace(text, pos + 1);
      const size_t end = AtomEnd(text, pos);
      if (end > pos) {
        TreeNode& labeled = tree.nodes.back();
        labeled.label.assign(text.substr(pos, end - pos));
        labeled.category.assign(BaseCategory(labeled.label));
        pos = end;
      }
      open.push_back(id);
    } else if (c == ')') {
      if (open.empty()) return ErrorAt(pos, "unbalanced ')' with no '(' open");
      TreeNode& node = tree.nodes[open.back()];
      if (node.label.empty() && node.children.empty())
        return ErrorAt(node.offset, "empty brackets '()'");
      node.leaf_end = static_cast<uint32_t>(tree.leaves.size());
      open.pop_back();
      closed_root = open.empty();
      ++pos;
    } else {
      const size_t end = AtomEnd(text, pos);
      if (open.empty()) return ErrorAt(pos, "word outside brackets");
      const uint32_t id = static_cast<uint32_t>(tree.nodes.size());
      TreeNode& node = tree.nodes.emplace_back();
      node.offset = static_cast<uint32_t>(pos);
      node.word = UnescapeWord(text.substr(pos, end - pos));
      node.parent = open.back();
      tree.nodes[open.back()].children.push_back(id);
      node.leaf_begin = static_cast<uint32_t>(tree.leaves.size());
      if (tree.nodes[node.parent].label != "-NONE-") {
        node.leaf = static_cast<uint32_t>(tree.leaves.size());
        tree.leaves.push_back(id);
      }
      tree.nodes.back().leaf_end = static_cast<uint32_t>(tree.leaves.size());
      pos = end;
    }
    pos = SkipSpace(text, pos);
  }
  if (!open.empty()) {
    return ErrorAt(text.size(), "unbalanced '(': input ends with " + std::to_string(open.size()) +
                                    " bracket(s) open, the innermost opened at offset " +
                                    std::to_string(tree.nodes[open.back()].offset));
  }
  return tree;
}

std::string TreeToString(const Tree& tree) {
  std::string out;
  if (tree.nodes.empty()) return out;
  // (node, next child to visit) pairs: an explicit stack instead of recursion.
  std::vector<std::pair<uint32_t, size_t>> stack = {{0, 0}};
  while (!stack.empty()) {
    auto& [id, next] = stack.back();
    const TreeNode& node = tree.nodes[id];
    if (node.terminal()) {
      if (!out.empty() && out.back() != '(') out.push_back(' ');
      out += node.word == "(" ? "-LRB-" : node.word == ")" ? "-RRB-" : node.word;
      stack.pop_back();
      continue;
    }
    if (next == 0) {
      if (!out.empty() && out.back() != '(') out.push_back(' ');
      out.push_back('(');
      out += node.label;
    }
    if (next < node.children.size()) {
      const uint32_t child = node.children[next++];
      stack.emplace_back(child, 0);
    } else {
      out.push_back(')');
      stack.pop_back();
    }
  }
  return out;
}

}  // namespace entente
