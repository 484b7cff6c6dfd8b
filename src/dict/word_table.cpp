#include "dict/word_table.h"

namespace entente {

bool WordTable::Add(std::string_view word, uint8_t flags) {
  if (word.size() > UINT16_MAX) return false;
  if (flags == 0) return true;
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const uint32_t hash = HashWord(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.flags == 0) {
      s.hash = hash;
      s.begin = static_cast<uint32_t>(arena_.size());
      s.length = static_cast<uint16_t>(word.size());
      s.flags = flags;
      arena_ += word;
      ++size_;
      return true;
    }
    if (s.hash == hash && Word(s) == word) {
      s.flags |= flags;
      return true;
    }
  }
}

void WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.flags == 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].flags != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace entente
