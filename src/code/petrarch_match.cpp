#include "code/petrarch_match.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace entente::code_internal {
namespace {

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// What a pattern is matched against. PETRARCH-2 reads a pattern around the verb of a parse
// tree: the words before `*` against the words that precede the verb (the subject, the
// auxiliaries, an upper clause: "SAID * TO ATTEND", "FAILED_TO_*"), the words after it against
// the verb phrase below the verb in order, with its noun phrases and prepositional phrases as
// the places where `+`, `$`, `%`, `(` and `{` apply. Without a tree, the verb phrase is the
// frame's arguments plus the arguments of frames nested inside them ("condemned an attack by
// Osgiliath soldiers": the by-phrase of the noun "attack"), so the lower words are the tokens
// from the verb to the end of the last of those arguments.
class Matcher {
 public:
  Matcher(const Sentence& s, const Frame& f, const Dictionary& dict, const HasActorFn& has_actor,
          bool negated)
      : s_(s), f_(f), dict_(dict), has_actor_(has_actor), negated_(negated) {
    for (const Token& t : s.tokens) {
      forms_.push_back(Lower(t.form));
      lemmas_.push_back(t.lemma.empty() ? forms_.back() : t.lemma);
    }
    CollectArguments();
  }

  // Score of the pattern (-1 = no match); fills m with its target / source.
  int Score(const Pattern& p, PatternMatch& m) {
    m = PatternMatch();
    bool names_negation = false;
    int before = MatchBefore(p, m, names_negation);
    if (before < 0 || (negated_ && !names_negation)) return -1;
    int after = MatchAfter(p, m);
    if (after < 0) return -1;
    return before + after;
  }

  // No `+`: PETRARCH's target is the first actor of the verb phrase (its object first).
  const Argument* DefaultTarget(bool statement) {
    for (const Argument* a : {&f_.object, &f_.object2}) {
      if (a->present() && HasActor(*a)) return a;
    }
    // A `by` phrase is the verb's agent, except right after the object, whose noun it belongs
    // to: "condemned an attack by Osgiliath soldiers" is about the soldiers.
    for (const Argument* a : args_) {
      const bool of_object = f_.object.present() && a->range.begin == f_.object.range.end + 1;
      bool own = false;  // the verb's own `by` phrase, not one of a phrase below it
      for (const Argument& pp : f_.pps) own = own || &pp == a;
      if ((a->prep != "by" || of_object || !own) && HasActor(*a)) return a;
    }
    // PETRARCH's lower actors include a complement clause's subject: "Arnor believes Dagolath
    // can cope" is about Dagolath, "hopes that Osgiliath could be drawn in" about Osgiliath.
    // What a statement reports ("Washington said Moscow supported it") is its content, not
    // its addressee: that is left to the transformations.
    if (statement) return nullptr;
    for (size_t k = 0; k < s_.frames.size(); ++k) {
      if (s_.frames[k].trigger != f_.trigger || s_.frames[k].kind != FrameKind::kVerb) continue;
      for (const Frame& g : s_.frames) {
        if (g.parent == k && g.kind == FrameKind::kVerb && !g.Has(kInfinitive) &&
            g.subject.present() && g.subject.range.begin > f_.trigger && HasActor(g.subject)) {
          return &g.subject;
        }
      }
    }
    return nullptr;
  }

 private:
  bool HasActor(const Argument& a) {
    auto it = actor_cache_.find(&a);
    if (it != actor_cache_.end()) return it->second;
    bool yes = has_actor_(a);
    actor_cache_.emplace(&a, yes);
    return yes;
  }

  void CollectArguments() {
    auto add = [this](const Argument& a) {
      if (!a.present() || a.range.empty() || a.range.begin <= f_.trigger) return;
      for (const Argument* b : args_) {
        if (b->range == a.range && b->prep == a.prep) return;
      }
      args_.push_back(&a);
      end_ = std::max(end_, a.range.end);
    };
    add(f_.object);
    add(f_.object2);
    for (const Argument& pp : f_.pps) add(pp);
    // Frames whose trigger lies inside what we have so far are part of this verb phrase.
    for (bool grew = true; grew;) {
      grew = false;
      const uint32_t before = end_;
      for (const Frame& g : s_.frames) {
        if (g.trigger == f_.trigger || g.trigger <= f_.trigger) continue;
        // A participle right after one of our phrases modifies it: "the roads leading into
        // Mordor" (PETRARCH's noun phrase holds that verb phrase).
        // Its subject may be another phrase than the one it follows ("responsibility for a
        // deadly attack targeting non-Muslims": the attack targets them).
        bool modifier = false;
        for (const Argument* a : args_) {
          modifier = modifier || (g.kind == FrameKind::kVerb && g.subject.present() &&
                                  g.trigger == a->range.end && IsParticiple(g.trigger));
        }
        if (g.trigger >= end_ && !modifier) continue;
        if (g.kind == FrameKind::kNoun) add(g.subject);
        add(g.object);
        add(g.object2);
        for (const Argument& pp : g.pps) add(pp);
      }
      grew = end_ > before;
    }
    std::stable_sort(args_.begin(), args_.end(), [](const Argument* a, const Argument* b) {
      return a->range.begin < b->range.begin;
    });
    if (end_ == 0) end_ = f_.trigger + 1;
  }

  // "leading", "seized", and a past form with its agent ("memos sent by Bree").
  bool IsParticiple(uint32_t k) const {
    const Pos pos = s_.tokens[k].pos;
    if (pos == Pos::VBG || pos == Pos::VBN) return true;
    return pos == Pos::VBD && k + 1 < forms_.size() && forms_[k + 1] == "by";
  }

  bool TokenIs(uint32_t k, const PatternElement& e) const {
    if (k >= forms_.size()) return false;
    if (e.kind == ElementKind::kSynset) return SynsetLength(k, e) > 0;
    const std::string& want = e.lemma.empty() ? e.text : e.lemma;
    return forms_[k] == e.text || forms_[k] == want || lemmas_[k] == want || lemmas_[k] == e.text;
  }

  // Tokens a synset member covers from k (members may be phrases: "air defense system").
  uint32_t SynsetLength(uint32_t k, const PatternElement& e) const {
    if (dict_.InSynset(e.text, forms_[k]) || dict_.InSynset(e.text, lemmas_[k])) return 1;
    std::string phrase = forms_[k];
    for (uint32_t j = k + 1; j < forms_.size() && j < k + 4; ++j) {
      phrase += " " + forms_[j];
      if (dict_.InSynset(e.text, phrase)) return j - k + 1;
    }
    return 0;
  }

  static bool IsNegationWord(std::string_view w) {
    return w == "not" || w == "n't" || w == "never" || w == "no" || w == "neither" || w == "nor";
  }

  // Tokens [k, k + n) of the element when it matches there, 0 otherwise; `end` set: it must
  // end exactly there (a synset member may be a phrase: "really did not").
  uint32_t LengthAt(uint32_t k, const PatternElement& el, uint32_t end) const {
    if (el.kind != ElementKind::kSynset) {
      return TokenIs(k, el) && (end == kNoIndex || k + 1 == end) ? 1 : 0;
    }
    if (end == kNoIndex) return SynsetLength(k, el);
    std::string phrase;
    for (uint32_t j = k; j < end && j < forms_.size(); ++j) {
      if (!phrase.empty()) phrase += ' ';
      phrase += forms_[j];
    }
    return dict_.InSynset(el.text, phrase) ? end - k : 0;
  }

  // Words before `*`, matched right to left from the verb: the nearest occurrence wins, and a
  // word joined by `_` to the next one must directly precede it. `names_negation`: one of them
  // is the frame's negation ("NOT *", "&NEGATVAUXVRB *" with "did n't" among its members).
  int MatchBefore(const Pattern& p, PatternMatch& m, bool& names_negation) {
    int score = 0;
    // A passive verb's agent is its subject: "PROTESTOR * [145]" reads "was demolished by a
    // protestor".
    if (f_.subject.present() && f_.subject.range.begin > f_.trigger && p.before.size() == 1 &&
        (p.before[0].kind == ElementKind::kWord || p.before[0].kind == ElementKind::kSynset)) {
      for (uint32_t k = f_.subject.range.begin; k < f_.subject.range.end; ++k) {
        if (TokenIs(k, p.before[0])) return 2;
      }
    }
    uint32_t limit = f_.trigger;
    for (size_t e = p.before.size(); e-- > 0;) {
      const PatternElement& el = p.before[e];
      const bool next_joined = e + 1 < p.before.size() && p.before[e + 1].joined;
      switch (el.kind) {
        case ElementKind::kCompound:
          if (f_.subject.members.size() < 2) return -1;
          score += 1;
          continue;
        case ElementKind::kTarget:
        case ElementKind::kSource:
          // An actor on the subject side names the other party ("SUGGESTED_+ *"): the subject.
          if (!f_.subject.present() || !HasActor(f_.subject)) return -1;
          m.has_target_element = true;
          score += 1;
          continue;
        case ElementKind::kAny:
          continue;
        default:
          break;
      }
      // Joined: the element ends where the next one begins (a phrase member at most 4 tokens).
      const uint32_t lowest = next_joined ? (limit > 4 ? limit - 4 : 0) : 0;
      uint32_t found = 0;
      uint32_t k = limit;
      while (k-- > lowest) {
        found = LengthAt(k, el, next_joined ? limit : kNoIndex);
        if (found > 0 && k + found <= limit) break;
        found = 0;
      }
      if (found == 0) return -1;
      for (uint32_t j = k; j < k + found; ++j) {
        if (IsNegationWord(forms_[j]) || lemmas_[j] == "not") names_negation = true;
      }
      limit = k;
      score += 2;
    }
    return score;
  }

  // The argument at or after token `cur` that holds an actor and starts first.
  const Argument* NextActor(uint32_t cur, std::string_view prep) {
    for (const Argument* a : args_) {
      if (a->range.end <= cur) continue;
      if (!prep.empty() && a->prep != prep) continue;
      if (HasActor(*a)) return a;
    }
    return nullptr;
  }

  int MatchAfter(const Pattern& p, PatternMatch& m) {
    int score = 0;
    uint32_t cur = f_.trigger + 1;
    const auto& els = p.elements;
    for (size_t e = 0; e < els.size(); ++e) {
      const PatternElement& el = els[e];
      if (el.kind == ElementKind::kPrep) {
        // "(TO + )": a prepositional phrase of the verb phrase opened by this preposition; the
        // rest of the group is read inside it.
        const Argument* pp = nullptr;
        for (const Argument* a : args_) {
          if (a->range.end > cur && a->prep == el.text) {
            pp = a;
            break;
          }
        }
        if (!pp) {
          // A preposition that opens no phrase we know of is still a word ("TO_LET_ESCAPE").
          uint32_t k = FindWord(cur, el, e > 0 && el.joined);
          if (k == kNoIndex) return -1;
          cur = k + 1;
          score += 2;
          continue;
        }
        score += 2;
        size_t g = e + 1;
        uint32_t inner = pp->range.begin;
        for (; g < els.size() && els[g].group == el.group && el.group >= 0; ++g) {
          const PatternElement& ge = els[g];
          if (ge.kind == ElementKind::kTarget || ge.kind == ElementKind::kSource ||
              ge.kind == ElementKind::kCompound) {
            if (!HasActor(*pp)) return -1;
            if (ge.kind == ElementKind::kCompound && pp->members.size() < 2) return -1;
            (ge.kind == ElementKind::kSource ? m.source : m.target) = pp;
            m.has_target_element = true;
            score += 1;
          } else if (ge.kind == ElementKind::kWord || ge.kind == ElementKind::kSynset) {
            uint32_t k = inner;
            while (k < pp->range.end && !TokenIs(k, ge)) ++k;
            if (k >= pp->range.end) return -1;
            // An infinitive read as a "to" phrase ("ask + to mediate") starts with its verb:
            // "agreed to lift the sanctions" is no "(TO SANCTIONS)".
            if (inner == pp->range.begin && InfinitiveVerb(pp->head) && k != pp->head) return -1;
            inner = k + 1;
            score += 2;
          }
        }
        cur = pp->range.end;
        e = g - 1;
        continue;
      }
      switch (el.kind) {
        case ElementKind::kTarget:
        case ElementKind::kSource:
        case ElementKind::kCompound: {
          const Argument* a = NextActor(cur, "");
          if (!a) return -1;
          if (el.kind == ElementKind::kCompound && a->members.size() < 2) return -1;
          (el.kind == ElementKind::kSource ? m.source : m.target) = a;
          m.has_target_element = true;
          cur = std::max(cur, a->range.end);
          score += 1;
          break;
        }
        case ElementKind::kAny:
          break;
        case ElementKind::kWord:
        case ElementKind::kSynset: {
          const bool after_to =
              e > 0 && els[e - 1].kind == ElementKind::kPrep && els[e - 1].text == "to";
          uint32_t k = FindWord(cur, el, e > 0 && el.joined, !after_to);
          if (k == kNoIndex) return -1;
          cur = k + (el.kind == ElementKind::kSynset ? SynsetLength(k, el) : 1);
          score += 2;
          break;
        }
        case ElementKind::kPrep:
          break;
      }
    }
    return score;
  }

  // The first token from `cur` inside the verb phrase matching el; a joined element must be at
  // `cur` itself (it directly follows the previous one).
  // With `nominal`, not the verb of an infinitive clause below the verb: PETRARCH-2 reads such
  // words in noun phrases only ("wants help", not "wants to help"), unless after TO.
  uint32_t FindWord(uint32_t cur, const PatternElement& el, bool joined,
                    bool nominal = false) const {
    for (uint32_t k = cur; k < end_ && k < forms_.size(); ++k) {
      if (TokenIs(k, el) && !(nominal && InfinitiveVerb(k))) return k;
      if (joined) break;
    }
    return kNoIndex;
  }

  bool InfinitiveVerb(uint32_t k) const {
    for (const Frame& g : s_.frames) {
      if (g.kind == FrameKind::kVerb && g.trigger == k && g.Has(kInfinitive) &&
          g.parent != kNoIndex && g.parent < s_.frames.size() &&
          s_.frames[g.parent].trigger == f_.trigger) {
        return true;
      }
    }
    return false;
  }

  const Sentence& s_;
  const Frame& f_;
  const Dictionary& dict_;
  const HasActorFn& has_actor_;
  const bool negated_;  // only patterns that name the frame's negation match
  std::vector<std::string> forms_, lemmas_;
  std::vector<const Argument*> args_;  // the verb phrase's noun and prepositional phrases
  uint32_t end_ = 0;                   // one past the verb phrase's last token
  std::unordered_map<const Argument*, bool> actor_cache_;
};

bool SameElements(const std::vector<PatternElement>& a, const std::vector<PatternElement>& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k].kind != b[k].kind || a[k].lemma != b[k].lemma || a[k].text != b[k].text ||
        a[k].joined != b[k].joined || a[k].group != b[k].group) {
      return false;
    }
  }
  return true;
}

bool SamePattern(const Pattern& a, const Pattern& b) {
  return a.particle == b.particle && SameElements(a.before, b.before) &&
         SameElements(a.elements, b.elements);
}

}  // namespace

PatternMatch MatchPetrarchFrame(const std::vector<Pattern>& patterns, const Sentence& sentence,
                                const Frame& frame, const Dictionary& dict,
                                const HasActorFn& has_actor, bool negated) {
  Matcher matcher(sentence, frame, dict, has_actor, negated);
  PatternMatch best;
  for (const Pattern& p : patterns) {
    PatternMatch m;
    int score = matcher.Score(p, m);
    // The most specific pattern wins; among equals, the first in the file (PETRARCH's order),
    // but a pattern written again later replaces the earlier one, as in PETRARCH's pattern tree
    // ("- * SANCTION [0351]" ... "- * SANCTION [085]": 085).
    if (score < 0 || score < best.score) continue;
    if (score == best.score && !SamePattern(p, *best.pattern)) continue;
    m.pattern = &p;
    m.score = score;
    best = m;
  }
  if (best.pattern && !best.target && !best.source) {
    best.target = matcher.DefaultTarget(best.pattern->code.starts_with("01"));
  }
  return best;
}

}  // namespace entente::code_internal
