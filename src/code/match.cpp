#include "code/match.h"

#include <array>
#include <string_view>

#include "core/assert.h"
#include "core/utf8.h"
#include "dict/word_table.h"

namespace entente::code_internal {

TokenKey ComputeKey(const Token& t) {
  TokenKey key{};
  key.form_hash = key.first_hash = HashWord(t.form);
  bool fast = IsAscii(t.form) && t.form.find(' ') == std::string::npos;
  if (!t.lemma.empty()) {
    key.has_lemma = true;
    for (const char c : t.lemma) {
      fast = fast && static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z');
    }
    key.first_hash = HashWord(t.lemma);
  }
  key.fast = fast;
  return key;
}

namespace {

struct Slot {
  Slot(const Argument* a, std::string_view p) : arg(a), prep(p) {}
  const Argument* arg;
  std::string_view prep;  // "" for objects
  mutable int has_actor = -1;
};

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool TokenIs(const Token& t, const PatternElement& e) {
  const std::string& want = e.lemma.empty() ? e.text : e.lemma;
  if (!t.lemma.empty() && t.lemma == want) return true;
  return EqualsAsciiLower(t.form, want) || EqualsAsciiLower(t.form, e.text);
}

// Words of the longest synset member found ("humanitarian aid" = 2), or 1 / 0 for plain words.
int InRangeWords(const Sentence& s, TokenRange r, const PatternElement& e, const Dictionary& dict,
                 MatchScratch::TokenKeys& keys) {
  if (e.kind != ElementKind::kSynset) {
    for (uint32_t k = r.begin; k < r.end && k < s.tokens.size(); ++k) {
      if (TokenIs(s.tokens[k], e)) return 1;
    }
    return 0;
  }
  // The set was found when the dictionary was built (null: an undefined set).
  const Dictionary::Synset* set = e.synset != nullptr ? e.synset : dict.FindSynset(e.text);
  if (set == nullptr) return 0;
  for (uint32_t k = r.begin; k < r.end && k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    const TokenKey& key = keys.Get(t, k);
    // The lemma or the lowered form is a member. Lower-case ASCII words cannot change under
    // dict_text::Lower, so Synset::Contains and MayStartPhrase reduce to one probe of the set's
    // word table for each word.
    int best;
    bool may_start;
    if (key.fast && set->words_complete) {
      const uint8_t form_flags = set->words.FindAsciiLower(t.form, key.form_hash);
      const uint8_t first_flags =
          key.has_lemma ? set->words.Find(t.lemma, key.first_hash) : form_flags;
      best = ((form_flags | first_flags) & Synset::kMember) != 0 ? 1 : 0;
      may_start = (form_flags & Synset::kFirstWord) != 0;
    } else {
      const std::string form = Lower(t.form);
      const std::string& first = t.lemma.empty() ? form : t.lemma;
      best = set->Contains(first) || (first != form && set->Contains(form)) ? 1 : 0;
      may_start = set->MayStartPhrase(form);
    }
    // Multi-word members: "air defense system", "armored vehicles" - modifiers as written,
    // the last word as written or as its lemma. Phrases are only built when some member of
    // several words starts with this word.
    if (may_start) {
      std::string phrase = Lower(t.form);
      for (uint32_t j = k + 1; j < r.end && j < k + 4; ++j) {
        const Token& w = s.tokens[j];
        const std::string next = Lower(w.form);
        if (set->Contains(phrase + " " + next) ||
            (!w.lemma.empty() && set->Contains(phrase + " " + w.lemma))) {
          best = static_cast<int>(j - k + 1);
        }
        phrase += " " + next;
      }
    }
    if (best > 0) return best;
  }
  return 0;
}

bool InRange(const Sentence& s, TokenRange r, const PatternElement& e, const Dictionary& dict,
             MatchScratch::TokenKeys& keys) {
  return InRangeWords(s, r, e, dict, keys) > 0;
}

// What one match of a frame reads, shared by the patterns tried against it.
struct Context {
  const Sentence& s;
  const std::vector<Slot>& slots;
  const Dictionary& dict;
  const HasActorFn& has_actor;
  MatchScratch::Answers& answers;
  MatchScratch::TokenKeys& keys;
};

// The answer for (slot, question), from the element `element()` returns when it is not cached
// yet: a cached answer does not read the element.
template <typename ElementFn>
int CachedInRange(const Context& c, size_t slot, uint32_t question, ElementFn element) {
  bool found = false;
  int* cell = c.answers.Find(slot, question, found);
  if (found) return *cell;
  const int words = InRangeWords(c.s, c.slots[slot].arg->range, element(), c.dict, c.keys);
  if (cell != nullptr) *cell = words;
  return words;
}

int CachedInRange(const Context& c, size_t slot, const PatternElement& el) {
  return CachedInRange(c, slot, el.question, [&]() -> const PatternElement& { return el; });
}

// Matches elements[e..] from slot `cur`; returns the added score or -1. A preposition may occur
// in several slots ("imposed sanctions on Monday on senior officials"): each is tried in order.
int ScoreFrom(const Context& c, const Pattern& p, size_t e, size_t cur, bool any_prep,
              PatternMatch& m, std::string_view particle, size_t entered = SIZE_MAX) {
  const std::vector<Slot>& slots = c.slots;
  if (e == p.elements.size()) return 0;
  const PatternElement& el = p.elements[e];
  // A particle separated from its verb ("handed the pilot back to India") matches its word.
  if ((el.kind == ElementKind::kWord || el.kind == ElementKind::kPrep) && !particle.empty() &&
      (el.lemma == particle || el.text == particle)) {
    int rest = ScoreFrom(c, p, e + 1, cur, any_prep, m, particle);
    return rest < 0 ? -1 : rest + 2;
  }
  switch (el.kind) {
    case ElementKind::kPrep: {
      const std::string& prep = el.lemma.empty() ? el.text : el.lemma;
      // A second preposition opens a later phrase, never the one already entered.
      const size_t from = entered != SIZE_MAX && entered + 1 > cur ? entered + 1 : cur;
      for (size_t k = from; k < slots.size(); ++k) {
        if (slots[k].prep != prep) continue;
        PatternMatch trial = m;
        int rest = ScoreFrom(c, p, e + 1, k, true, trial, particle, k);
        if (rest >= 0) {
          m = trial;
          return rest + 2;
        }
      }
      return -1;
    }
    case ElementKind::kWord:
    case ElementKind::kSynset: {
      const int words = cur < slots.size() ? CachedInRange(c, cur, el) : 0;
      if (words == 0) return -1;
      int rest = ScoreFrom(c, p, e + 1, cur, any_prep, m, particle, entered);
      return rest < 0 ? -1 : rest + 1 + words;
    }
    case ElementKind::kTarget:
    case ElementKind::kSource: {
      // Without a preposition, `+` names an object, never a prepositional phrase.
      if (cur >= slots.size() || (!any_prep && !slots[cur].prep.empty())) return -1;
      if (slots[cur].has_actor < 0) slots[cur].has_actor = c.has_actor(*slots[cur].arg) ? 1 : 0;
      if (slots[cur].has_actor == 0) return -1;
      (el.kind == ElementKind::kTarget ? m.target : m.source) = slots[cur].arg;
      m.has_target_element = true;
      int rest = ScoreFrom(c, p, e + 1, cur + 1, any_prep, m, particle);
      return rest < 0 ? -1 : rest + 1;
    }
    case ElementKind::kAny: {
      // Like `+`: without a preposition, `*` is an object, not "in central Belgrade".
      if (cur >= slots.size() || (!any_prep && !slots[cur].prep.empty())) return -1;
      int rest = ScoreFrom(c, p, e + 1, cur + 1, any_prep, m, particle);
      return rest < 0 ? -1 : rest + 1;
    }
    case ElementKind::kCompound:
      return -1;  // PETRARCH compound-actor patterns are not supported
  }
  return -1;
}

// Returns the score of `p` against the slots, or -1 if it does not match.
int Score(const Context& c, const Pattern& p, TokenRange modifiers, PatternMatch& m,
          std::string_view particle) {
  int score = 0;
  m.target = m.source = nullptr;
  m.has_target_element = false;
  size_t e = 0;
  // Leading words of a noun pattern describe the event noun's own phrase.
  if (!modifiers.empty()) {
    while (e < p.elements.size() && (p.elements[e].kind == ElementKind::kWord ||
                                     p.elements[e].kind == ElementKind::kSynset)) {
      if (!InRange(c.s, modifiers, p.elements[e], c.dict, c.keys)) break;
      score += 2;
      ++e;
    }
  }
  int rest = ScoreFrom(c, p, e, 0, false, m, particle);
  return rest < 0 ? -1 : score + rest;
}

}  // namespace

PatternMatch MatchFrame(const PatternList& patterns, const Sentence& sentence, const Frame& frame,
                        TokenRange modifiers, const Dictionary& dict, const HasActorFn& has_actor,
                        MatchScratch* scratch) {
  if (scratch == nullptr) {
    // Not an optional<MatchScratch>: that zeroes all of its 5.7 KB on every call.
    MatchScratch own;
    return MatchFrame(patterns, sentence, frame, modifiers, dict, has_actor, &own);
  }
  std::vector<Slot> slots;
  slots.reserve(2 + frame.pps.size());
  if (frame.object.present()) slots.emplace_back(&frame.object, "");
  if (frame.object2.present()) slots.emplace_back(&frame.object2, "");
  for (const Argument& pp : frame.pps) slots.emplace_back(&pp, pp.prep);
  MatchScratch::TokenKeys& keys = scratch->keys;
  const Context context{sentence, slots, dict, has_actor, scratch->answers, keys};
  uint64_t frame_preps = 0;
  for (const Argument& pp : frame.pps) frame_preps |= PrepBit(pp.prep);
  if (!frame.particle.empty())
    frame_preps |= PrepBit(frame.particle);  // "hand over" written as a preposition
  PatternMatch best;
  ENT_ASSERT(patterns.headers.size() == patterns.patterns.size());  // set by the builder
  for (size_t i = 0; i < patterns.headers.size(); ++i) {
    const PatternHeader& h = patterns.headers[i];
    // Cheap filter first: every preposition the pattern names must open one of the frame's PPs.
    if ((h.prep_mask & ~frame_preps) != 0) continue;
    const Pattern& p = patterns.patterns[i];
    // Words before the head: a noun pattern's modifiers ("military aid to +") must be in the
    // event noun's own phrase; PETRARCH words before the verb constrain the subject side.
    if (h.has_before) {
      bool before_ok = true;
      for (const PatternElement& el : p.before) {
        if (el.kind != ElementKind::kWord && el.kind != ElementKind::kSynset) continue;
        const bool ok =
            !modifiers.empty()
                ? InRange(sentence, modifiers, el, dict, keys)
                : frame.subject.present() && InRange(sentence, frame.subject.range, el, dict, keys);
        if (!ok) before_ok = false;
      }
      if (!before_ok) continue;
    }
    // A verb list found under "lemma particle" already used the particle.
    const std::string_view particle = h.has_particle ? "" : std::string_view(frame.particle);
    // Most patterns fail on their first element, a word or set the first slot lacks: asked here,
    // from the cache, as ScoreFrom would ask it first (a plain word only when no particle
    // could stand for it). A cached answer needs only the pattern's header.
    if (modifiers.empty() && h.has_first &&
        (h.first_kind == ElementKind::kSynset ||
         (h.first_kind == ElementKind::kWord && particle.empty()))) {
      const auto first = [&]() -> const PatternElement& { return p.elements[0]; };
      if (slots.empty() || CachedInRange(context, 0, h.first_question, first) == 0) continue;
    }
    PatternMatch m;
    int score = Score(context, p, modifiers, m, particle);
    if (score < 0) continue;
    score += static_cast<int>(p.before.size()) * 2;
    if (score > best.score) {
      m.pattern = &p;
      m.score = score;
      best = m;
    }
  }
  if (best.pattern && !best.has_target_element) {
    // No `+`: the object if it is an actor, else the first prepositional phrase that is.
    for (const Slot& slot : slots) {
      // Places, times and company ("in Beijing", "between China and the EU") are not targets.
      static const std::string_view kTargetPreps[] = {
          "",     "to",  "with", "against", "toward", "towards", "into", "on",
          "upon", "for", "from", "over",    "about",  "at",      "of"};
      bool allowed = false;
      for (std::string_view p : kTargetPreps) allowed = allowed || slot.prep == p;
      if (allowed && has_actor(*slot.arg)) {
        best.target = slot.arg;
        break;
      }
    }
  }
  return best;
}

}  // namespace entente::code_internal
