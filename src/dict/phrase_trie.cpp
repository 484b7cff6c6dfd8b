#include "dict/phrase_trie.h"

#include "dict/text_util.h"

namespace entente {

namespace {

size_t Letters(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return n;
}

}  // namespace

uint32_t PhraseTrie::WordId(std::string_view lower) const {
  auto it = word_ids_.find(lower);
  return it == word_ids_.end() ? UINT32_MAX : it->second;
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t word) const {
  auto it = edges_.find((static_cast<uint64_t>(node) << 32) | word);
  return it == edges_.end() ? UINT32_MAX : it->second;
}

void PhraseTrie::Insert(const std::vector<std::string>& words, CaseMode mode, uint32_t value) {
  if (words.empty()) return;
  uint32_t node = 0;
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
    auto [wit, added] = word_ids_.try_emplace(dict_text::Lower(w), word_ids_.size());
    (void)added;
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | wit->second;
    auto [eit, new_edge] = edges_.try_emplace(key, static_cast<uint32_t>(node_head_.size()));
    if (new_edge) {
      node_head_.push_back(UINT32_MAX);
      node_tail_.push_back(UINT32_MAX);
    }
    node = eit->second;
  }
  Record r{value,
           UINT32_MAX,
           static_cast<uint32_t>(arena_.size()),
           static_cast<uint32_t>(joined.size()),
           static_cast<uint16_t>(words.size()),
           mode};
  arena_ += joined;
  const uint32_t index = static_cast<uint32_t>(records_.size());
  records_.push_back(r);
  // Appended at the tail so that the first inserted phrase wins among equals.
  if (node_tail_[node] == UINT32_MAX) {
    node_head_[node] = index;
  } else {
    records_[node_tail_[node]].next = index;
  }
  node_tail_[node] = index;
}

bool PhraseTrie::CaseOk(const Record& r, const std::vector<Token>& tokens, uint32_t start) const {
  std::string_view text(arena_.data() + r.text_begin, r.text_len);
  if (r.mode == CaseMode::kPetrarch) {
    if (r.words != 1 || Letters(text) > 4 || text.size() > 4) return true;
    // "us" is a pronoun, not the US: an all-lower token never matches a short entry.
    return dict_text::HasUpper(tokens[start].form);
  }
  size_t i = 0;
  for (uint16_t w = 0; w < r.words; ++w) {
    size_t sp = text.find(' ', i);
    std::string_view word = text.substr(i, sp == std::string_view::npos ? text.npos : sp - i);
    i = sp == std::string_view::npos ? text.size() : sp + 1;
    if (!dict_text::HasUpper(word)) continue;  // lower case matches any capitalisation
    const std::string& form = tokens[start + w].form;
    if (form == word) continue;
    if (dict_text::IsAllUpper(form)) continue;  // headlines in capitals
    return false;
  }
  return true;
}

PhraseTrie::Match PhraseTrie::Longest(const std::vector<Token>& tokens, uint32_t start,
                                      const std::function<bool(uint32_t)>& accept) const {
  Match best;
  ForEach(tokens, start, [&](uint32_t length, uint32_t value) {
    if (length > best.length && (!accept || accept(value))) best = {length, value};
  });
  return best;
}

void PhraseTrie::ForEach(const std::vector<Token>& tokens, uint32_t start,
                         const std::function<void(uint32_t, uint32_t)>& fn) const {
  uint32_t node = 0;
  for (uint32_t i = start; i < tokens.size(); ++i) {
    // Lower-case into a reused buffer: this runs for every token of every sentence.
    thread_local std::string lower;
    lower.assign(tokens[i].form);
    bool ascii = true;
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    if (!ascii) lower = dict_text::Lower(tokens[i].form);
    uint32_t word = WordId(lower);
    if (word == UINT32_MAX) return;
    node = Child(node, word);
    if (node == UINT32_MAX) return;
    for (uint32_t r = node_head_[node]; r != UINT32_MAX; r = records_[r].next) {
      if (CaseOk(records_[r], tokens, start)) fn(i - start + 1, records_[r].value);
    }
  }
}

std::vector<uint32_t> PhraseTrie::ValuesOf(const std::vector<std::string>& words) const {
  std::vector<uint32_t> out;
  uint32_t node = 0;
  for (const std::string& w : words) {
    uint32_t word = WordId(dict_text::Lower(w));
    if (word == UINT32_MAX) return out;
    node = Child(node, word);
    if (node == UINT32_MAX) return out;
  }
  for (uint32_t r = node_head_[node]; r != UINT32_MAX; r = records_[r].next) {
    out.push_back(records_[r].value);
  }
  return out;
}

}  // namespace entente
