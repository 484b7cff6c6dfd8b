#include "treebank/tree_document.h"

#include <utility>

#include "treebank/lemma.h"
#include "treebank/tree_frames.h"
#include "treebank/tree_view.h"

namespace entente {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

TokenKind KindOf(std::string_view word, Pos pos) {
  if (IsDigit(word[0])) return TokenKind::kNumber;
  if (pos == Pos::POS || (word[0] == '\'' && word.size() > 1) || word == "n't")
    return TokenKind::kClitic;
  bool letters = false, alnum = false;
  for (char c : word) {
    letters = letters || IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80;
    alnum = alnum || letters || IsDigit(c);
  }
  if (!alnum) {
    return pos == Pos::kDollar || pos == Pos::kHash || pos == Pos::SYM ? TokenKind::kSymbol
                                                                       : TokenKind::kPunct;
  }
  if (word.size() > 1 && word.back() == '.') return TokenKind::kAbbrev;
  return TokenKind::kWord;
}

uint16_t CaseFlags(std::string_view word) {
  uint16_t flags = 0;
  if (IsUpper(word[0])) flags |= kUpperInitial;
  bool any = false, all = true;
  for (char c : word) {
    any = any || IsUpper(c) || IsLower(c);
    all = all && !IsLower(c);
  }
  if (any && all) flags |= kAllUpper;
  return flags;
}

}  // namespace

Sentence SentenceFromTree(const Tree& tree, std::string& text) {
  Sentence sentence;
  const TreeView view(tree);
  sentence.tokens.reserve(tree.size());
  for (uint32_t i = 0; i < tree.size(); ++i) {
    const std::string_view word = tree.Word(i);
    Token& token = sentence.tokens.emplace_back();
    if (!text.empty()) {
      text.push_back(' ');
      token.flags |= kSpaceBefore;
    }
    token.span = {static_cast<uint32_t>(text.size()),
                  static_cast<uint32_t>(text.size() + word.size())};
    text += word;
    token.form = std::string(word);
    token.pos = view.pos(i);
    token.lemma = SimpleLemma(word, token.pos);
    token.kind = KindOf(word, token.pos);
    token.flags |= CaseFlags(word);
  }
  if (!sentence.tokens.empty()) {
    sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
  }
  sentence.frames = FramesFromTree(tree);
  return sentence;
}

Document DocumentFromTree(const Tree& tree, std::string id) {
  Document doc;
  doc.id = std::move(id);
  Sentence sentence = SentenceFromTree(tree, doc.text);
  if (!sentence.tokens.empty()) doc.sentences.push_back(std::move(sentence));
  return doc;
}

}  // namespace entente
