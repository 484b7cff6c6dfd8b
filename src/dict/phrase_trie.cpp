#include "dict/phrase_trie.h"

#include "core/utf8.h"
#include "dict/text_util.h"
#include "dict/word_table.h"

namespace entente {

namespace {

size_t Letters(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return n;
}

}  // namespace

uint32_t PhraseTrie::HashWord(std::string_view w) { return entente::HashWord(w); }

std::string_view PhraseTrie::Word(uint32_t id) const {
  return std::string_view(word_arena_)
      .substr(word_begin_[id], word_begin_[id + 1] - word_begin_[id]);
}

uint32_t PhraseTrie::WordId(std::string_view lower) const { return WordId(lower, HashWord(lower)); }

template <typename Equal>
uint32_t PhraseTrie::ProbeWord(uint32_t h, Equal&& equal) const {
  if (word_slots_.empty()) return UINT32_MAX;
  const size_t mask = word_slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const WordSlot& s = word_slots_[i];
    if (s.id == UINT32_MAX) return UINT32_MAX;
    if (s.hash == h && equal(Word(s.id))) return s.id;
  }
}

uint32_t PhraseTrie::WordId(std::string_view lower, uint32_t h) const {
  return ProbeWord(h, [&](std::string_view word) { return word == lower; });
}

uint32_t PhraseTrie::AddWord(std::string_view lower) {
  if (uint32_t id = WordId(lower); id != UINT32_MAX) return id;
  const uint32_t id = static_cast<uint32_t>(word_begin_.size() - 1);
  word_arena_ += lower;
  word_begin_.push_back(static_cast<uint32_t>(word_arena_.size()));
  // Keep the table at most half full; grow by rehashing every word.
  if (word_slots_.size() < 2 * (static_cast<size_t>(id) + 1)) {
    std::vector<WordSlot> old = std::move(word_slots_);
    word_slots_.assign(old.empty() ? 64 : old.size() * 2, WordSlot{});
    for (const WordSlot& s : old) {
      if (s.id == UINT32_MAX) continue;
      size_t i = s.hash & (word_slots_.size() - 1);
      while (word_slots_[i].id != UINT32_MAX) i = (i + 1) & (word_slots_.size() - 1);
      word_slots_[i] = s;
    }
  }
  const uint32_t h = HashWord(lower);
  size_t i = h & (word_slots_.size() - 1);
  while (word_slots_[i].id != UINT32_MAX) i = (i + 1) & (word_slots_.size() - 1);
  word_slots_[i] = WordSlot{h, id};
  return id;
}

namespace {

size_t EdgeHash(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32); }

}  // namespace

uint32_t PhraseTrie::Child(uint32_t node, uint32_t word) const {
  if (edge_slots_.empty()) return UINT32_MAX;
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  const size_t mask = edge_slots_.size() - 1;
  for (size_t i = EdgeHash(key) & mask;; i = (i + 1) & mask) {
    const EdgeSlot& s = edge_slots_[i];
    if (s.key == key) return s.child;
    if (s.key == UINT64_MAX) return UINT32_MAX;
  }
}

uint32_t PhraseTrie::AddEdge(uint64_t key) {
  if (uint32_t child = Child(static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key));
      child != UINT32_MAX) {
    return child;
  }
  if (edge_slots_.size() < 2 * (edges_ + 1)) {
    std::vector<EdgeSlot> old = std::move(edge_slots_);
    edge_slots_.assign(old.empty() ? 64 : old.size() * 2, EdgeSlot{});
    for (const EdgeSlot& s : old) {
      if (s.key == UINT64_MAX) continue;
      size_t i = EdgeHash(s.key) & (edge_slots_.size() - 1);
      while (edge_slots_[i].key != UINT64_MAX) i = (i + 1) & (edge_slots_.size() - 1);
      edge_slots_[i] = s;
    }
  }
  const uint32_t child = static_cast<uint32_t>(node_head_.size());
  node_head_.push_back(UINT32_MAX);
  node_tail_.push_back(UINT32_MAX);
  size_t i = EdgeHash(key) & (edge_slots_.size() - 1);
  while (edge_slots_[i].key != UINT64_MAX) i = (i + 1) & (edge_slots_.size() - 1);
  edge_slots_[i] = EdgeSlot{key, child};
  ++edges_;
  return child;
}

void PhraseTrie::Insert(const std::vector<std::string>& words, CaseMode mode, uint32_t value) {
  if (words.empty()) return;
  uint32_t node = 0;
  std::string joined;
  for (const std::string& w : words) {
    const std::string lower = dict_text::Lower(w);
    if (joined.empty()) {
      if (first_words_.empty()) first_words_.assign(kFirstBits / 64, 0);
      const uint32_t h = HashWord(lower) & (kFirstBits - 1);
      first_words_[h >> 6] |= uint64_t{1} << (h & 63);
    } else {
      joined.push_back(' ');
    }
    joined += w;
    const uint32_t word = AddWord(lower);
    node = AddEdge((static_cast<uint64_t>(node) << 32) | word);
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

uint32_t PhraseTrie::FormId(const std::string& form, std::string& lower) const {
  // HashWord ignores ASCII case: an ASCII form is looked up without a lowered copy.
  if (IsAscii(form)) return AsciiFormId(form, HashWord(form));
  lower = dict_text::Lower(form);
  return WordId(lower);
}

PhraseTrie::Keys::Keys(const std::vector<Token>& tokens) {
  begin_.assign(tokens.size() + 1, 0);
  hash_.resize(tokens.size());
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    // An ASCII form hashes as its lower case; any other goes through dict_text::Lower (kept in
    // text_), which may lower more than ASCII.
    const std::string& form = tokens[i].form;
    if (IsAscii(form)) {
      hash_[i] = HashWord(form);
    } else {
      const size_t at = text_.size();
      text_ += dict_text::Lower(form);
      hash_[i] = HashWord(std::string_view(text_).substr(at));
    }
    begin_[i + 1] = static_cast<uint32_t>(text_.size());
  }
}

uint32_t PhraseTrie::AsciiFormId(std::string_view form, uint32_t h) const {
  return ProbeWord(h, [&](std::string_view word) { return EqualsAsciiLower(form, word); });
}

template <typename Key, typename Fn>
void PhraseTrie::Walk(const std::vector<Token>& tokens, uint32_t start, Key&& key, Fn&& fn) const {
  uint32_t node = 0;
  for (uint32_t i = start; i < tokens.size(); ++i) {
    const uint32_t word = key(i);
    if (word == UINT32_MAX) return;
    node = Child(node, word);
    if (node == UINT32_MAX) return;
    for (uint32_t r = node_head_[node]; r != UINT32_MAX; r = records_[r].next) {
      if (CaseOk(records_[r], tokens, start)) fn(i - start + 1, records_[r].value);
    }
  }
}

PhraseTrie::Match PhraseTrie::Longest(const std::vector<Token>& tokens, uint32_t start,
                                      const std::function<bool(uint32_t)>& accept) const {
  Match best;
  std::string lower;  // only for words that are long or not ASCII
  Walk(
      tokens, start, [&](uint32_t i) { return FormId(tokens[i].form, lower); },
      [&](uint32_t length, uint32_t value) {
        if (length > best.length && (!accept || accept(value))) best = {length, value};
      });
  return best;
}

PhraseTrie::Match PhraseTrie::LongestFrom(const std::vector<Token>& tokens, const Keys& keys,
                                          uint32_t start) const {
  Match best;
  Walk(
      tokens, start,
      [&](uint32_t i) {
        return keys.ascii(i) ? AsciiFormId(tokens[i].form, keys.hash(i))
                             : WordId(keys.lower(i), keys.hash(i));
      },
      [&](uint32_t length, uint32_t value) {
        if (length > best.length) best = {length, value};
      });
  return best;
}

void PhraseTrie::ForEach(const std::vector<Token>& tokens, uint32_t start,
                         const std::function<void(uint32_t, uint32_t)>& fn) const {
  std::string lower;
  Walk(
      tokens, start, [&](uint32_t i) { return FormId(tokens[i].form, lower); }, fn);
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
