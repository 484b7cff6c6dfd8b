// Pass 1: chunks. Base noun phrases (with possessors inside: "China 's role"), verb groups
// (auxiliaries, negation and adverbs, main verb, particle), prepositions, subordinators,
// adverbs. Infinitives ("to resume") start their own verb group. Participles used as
// prepositions ("according to", "following") are prepositions, as treebanks bracket them.
#include "chunk/chunker.h"
#include "chunk/words.h"

namespace entente {
namespace {

using chunk_internal::IsAuxiliary;
using chunk_internal::IsNounTag;
using chunk_internal::IsRelative;
using chunk_internal::IsSubordinator;
using chunk_internal::WordIs;

Pos PosAt(const std::vector<Token>& t, size_t i) { return i < t.size() ? t[i].pos : Pos::kUnknown; }

// "according to", "following the talks", "including Russia", "starting on Sunday": participles
// used as prepositions, as treebanks bracket them. Not after a verb or "to" ("began following").
bool IsParticiplePreposition(const std::vector<Token>& t, size_t i) {
  if (t[i].pos != Pos::VBG || !chunk_internal::IsParticiplePreposition(t[i])) return false;
  if (i > 0 && (IsVerb(t[i - 1].pos) || t[i - 1].pos == Pos::MD || t[i - 1].pos == Pos::TO)) {
    return false;
  }
  return !WordIs(t[i], "according") || PosAt(t, i + 1) == Pos::TO;
}

bool IsWeekday(const Token& t) {
  return WordIs(t, "monday") || WordIs(t, "tuesday") || WordIs(t, "wednesday") ||
         WordIs(t, "thursday") || WordIs(t, "friday") || WordIs(t, "saturday") ||
         WordIs(t, "sunday");
}

// "over 150 prisoners", "about 70 percent": an approximator before a number.
bool IsApproximator(const std::vector<Token>& t, size_t i) {
  return t[i].pos == Pos::IN && PosAt(t, i + 1) == Pos::CD &&
         (WordIs(t[i], "over") || WordIs(t[i], "about") || WordIs(t[i], "around"));
}

bool StartsNp(const std::vector<Token>& t, size_t i) {
  const Pos p = t[i].pos;
  if (p == Pos::PRP || p == Pos::PRPS || p == Pos::PDT || IsNoun(p) || p == Pos::CD ||
      IsAdjective(p)) {
    return true;
  }
  if (p == Pos::kDollar || p == Pos::kHash) return PosAt(t, i + 1) == Pos::CD;  // "$ 500 million"
  if (p == Pos::EX) return true;  // existential "there" is the clause's subject
  if (IsApproximator(t, i)) return true;
  if (p == Pos::DT) {
    // A determiner opens an NP when a nominal follows; alone ("this is", "both say") it is
    // pronominal only before a verb.
    // A quantifier before "of" is a phrase of its own: "all of the tests", "some of them"; so
    // is a plural demonstrative before anything but a nominal: "replace those it fires".
    const Pos next = PosAt(t, i + 1);
    return chunk_internal::IsNpModifierTag(next) || next == Pos::VBG || next == Pos::VBN ||
           IsVerb(next) || next == Pos::MD ||
           (IsAdverb(next) && (IsAdjective(PosAt(t, i + 2)) ||  // "a really pleasant place"
                               PosAt(t, i + 2) == Pos::VBN)) ||
           (i + 1 < t.size() && WordIs(t[i + 1], "of")) || WordIs(t[i], "those") ||
           WordIs(t[i], "these");
  }
  return false;
}

// Returns the end of the base NP starting at i.
size_t ScanNp(const std::vector<Token>& t, size_t i) {
  const size_t n = t.size();
  if (t[i].pos == Pos::PRP || t[i].pos == Pos::EX) return i + 1;
  // The reciprocal "one another" is one phrase, like "each other".
  if (i + 1 < n && WordIs(t[i], "one") && WordIs(t[i + 1], "another")) return i + 2;
  size_t j = i;
  // After an article or a possessive determiner a base-form verb is a noun the tagger missed:
  // "with an embrace", "halted his march" ("her" may be an object: "let her go").
  if (i + 1 < n && (t[i + 1].pos == Pos::VB || t[i + 1].pos == Pos::VBP) &&
      (WordIs(t[i], "a") || WordIs(t[i], "an") || WordIs(t[i], "the") ||
       (t[i].pos == Pos::PRPS && !WordIs(t[i], "her")))) {
    j = i + 2;
  }
  if (t[i].pos == Pos::kDollar || t[i].pos == Pos::kHash || IsApproximator(t, i)) ++j;
  while (j < n) {
    const Pos p = t[j].pos;
    const Pos next = PosAt(t, j + 1);
    if (p == Pos::DT || p == Pos::PDT || p == Pos::PRPS) {
      // Determiners only at the start, right after a possessive, or after a predeterminer
      // ("such a step", "quite a few", "half a million").
      if (j == i || t[j - 1].pos == Pos::POS ||
          (j == i + 1 && (WordIs(t[i], "such") || WordIs(t[i], "quite") || WordIs(t[i], "half")))) {
        ++j;
        continue;
      }
      break;
    }
    // "Ukrainian lawmakers Tuesday endorsed": a weekday after a common noun is an adverbial
    // of its own, unless it is a possessor or a name goes on.
    if (IsProperNoun(p) && j > i && (t[j - 1].pos == Pos::NN || t[j - 1].pos == Pos::NNS) &&
        IsWeekday(t[j]) && next != Pos::POS && !IsNoun(next)) {
      break;
    }
    if (IsNoun(p) || p == Pos::CD || IsAdjective(p)) {
      ++j;
      continue;
    }
    // "more than 10 soldiers", "fewer than 100 people": a comparison before a number.
    if (p == Pos::IN && j == i + 1 && next == Pos::CD && WordIs(t[j], "than") &&
        (WordIs(t[i], "more") || WordIs(t[i], "less") || WordIs(t[i], "fewer"))) {
      ++j;
      continue;
    }
    // An adverb grading an adjective or participle: "a really pleasant place", "a heavily armed
    // group".
    if (IsAdverb(p) && j > i && (IsAdjective(next) || next == Pos::VBN || next == Pos::VBG) &&
        j + 2 < n && (IsNoun(t[j + 2].pos) || IsAdjective(t[j + 2].pos)) &&
        (IsAdjective(t[j - 1].pos) || t[j - 1].pos == Pos::DT || t[j - 1].pos == Pos::PRPS)) {
      ++j;
      continue;
    }
    // A name's acronym in parentheses: "the National Liberation Army (ELN) rebel group".
    if (p == Pos::kLrb && j > i && IsProperNoun(t[j - 1].pos) && j + 2 < n &&
        IsProperNoun(t[j + 1].pos) && t[j + 2].pos == Pos::kRrb) {
      j += 3;
      continue;
    }
    // A gerund heading an event noun phrase: "Azerbaijani shelling of Armenia".
    if (p == Pos::VBG && j > i && t[j - 1].pos != Pos::VBG && j + 1 < n && t[j + 1].form == "of" &&
        (IsAdjective(t[j - 1].pos) || t[j - 1].pos == Pos::DT || t[j - 1].pos == Pos::PRPS ||
         t[j - 1].pos == Pos::POS)) {
      ++j;
      break;
    }
    if ((p == Pos::VBG || p == Pos::VBN) && j > i &&
        (IsNoun(next) || IsAdjective(next) || next == Pos::CD)) {
      // "the deepening ties", "Russia 's continued support" - but not "The army deployed Patriot".
      // Also after a number or a grading adverb ("the two exiled dissidents"), and before a
      // number ("his threatened 25 percent tariffs").
      const Pos prev = t[j - 1].pos;
      if (prev == Pos::DT || prev == Pos::PRPS || prev == Pos::POS || IsAdjective(prev) ||
          prev == Pos::CD || (IsAdverb(prev) && j - 1 > i)) {
        ++j;
        continue;
      }
      break;
    }
    if (p == Pos::POS && j > i && (IsNounTag(t[j - 1].pos)) &&
        (chunk_internal::IsNpModifierTag(next) || next == Pos::VBG || next == Pos::VBN)) {
      ++j;  // possessor inside the NP: "Russia 's military capabilities"
      continue;
    }
    // Coordinated modifiers: "economic and defense issues", "economic, military, and political cooperation".
    if ((p == Pos::CC || t[j].form == ",") && j > i && IsAdjective(t[j - 1].pos)) {
      size_t k = j + 1;
      if (t[j].form == "," && k < n && t[k].pos == Pos::CC) ++k;
      if (k < n && IsAdjective(t[k].pos)) {
        j = k;
        continue;
      }
    }
    break;
  }
  // A trailing participle or adjective without a noun is not a noun phrase head.
  while (j > i + 1 && (t[j - 1].pos == Pos::VBG || t[j - 1].pos == Pos::VBN) &&
         !(t[j - 1].pos == Pos::VBG && j < n && t[j].form == "of")) {
    --j;
  }
  if (j == i) return i + 1;  // lone determiner
  return j;
}

uint32_t NpHead(const std::vector<Token>& t, size_t b, size_t e) {
  for (size_t k = e; k-- > b;) {
    if (IsNounTag(t[k].pos)) return static_cast<uint32_t>(k);
  }
  return static_cast<uint32_t>(e - 1);
}

// "Arnor has celebrated/JJ Eid": after a form of "have" an -ed word read as an adjective is the
// participle when a determiner or a name follows (not "has limited resources").
bool IsPerfectParticiple(const std::vector<Token>& t, uint32_t main, size_t j) {
  if (main == kNoIndex || t[j].pos != Pos::JJ || !WordIs(t[main], "have")) return false;
  const std::string_view w = t[j].form;
  const Pos next = PosAt(t, j + 1);
  return w.size() > 3 && w.substr(w.size() - 2) == "ed" &&
         (next == Pos::DT || next == Pos::PRPS || IsProperNoun(next));
}

// Returns the end of the verb group starting at i (MD, VB*, TO+VB), and its main verb.
size_t ScanVerbGroup(const std::vector<Token>& t, size_t i, uint32_t& main) {
  const size_t n = t.size();
  size_t j = i;
  main = kNoIndex;
  if (t[j].pos == Pos::TO) ++j;  // infinitive marker
  while (j < n) {
    const Token& tok = t[j];
    if (tok.pos == Pos::MD) {
      if (main != kNoIndex && !IsAuxiliary(t[main])) break;
      ++j;
      continue;
    }
    if (IsVerb(tok.pos) || IsPerfectParticiple(t, main, j)) {
      if (main != kNoIndex && !IsAuxiliary(t[main])) break;
      if (main != kNoIndex && t[main].pos == Pos::MD) {
        // fine: modal + verb
      }
      main = static_cast<uint32_t>(j);
      ++j;
      continue;
    }
    if (IsAdverb(tok.pos) || chunk_internal::IsNegation(tok)) {
      // Adverbs join the group only between an auxiliary and its verb: "has not directly provided".
      size_t k = j;
      while (k < n && (IsAdverb(t[k].pos) || chunk_internal::IsNegation(t[k]))) ++k;
      bool aux_before = main == kNoIndex ? j > i : IsAuxiliary(t[main]);
      if (aux_before && k < n && (IsVerb(t[k].pos) || t[k].pos == Pos::MD)) {
        j = k;
        continue;
      }
      // Negation right after an auxiliary with no verb following ("is not") still belongs here.
      if (main != kNoIndex && IsAuxiliary(t[main]) && chunk_internal::IsNegation(tok)) {
        ++j;
        continue;
      }
      break;
    }
    if (tok.pos == Pos::RP && main != kNoIndex) {
      ++j;  // particle: "step up", "call off"
      break;
    }
    // Particles the tagger reads as prepositions or adverbs: "shot down 30 drones",
    // "handed over four bodies" (an object must follow, or it is a preposition after all).
    if (main != kNoIndex && j == main + 1 && !IsAuxiliary(t[main]) && j + 1 < n &&
        (tok.pos == Pos::IN || tok.pos == Pos::RB) &&
        (t[j + 1].pos == Pos::DT || t[j + 1].pos == Pos::CD || t[j + 1].pos == Pos::PRPS ||
         IsNoun(t[j + 1].pos) || IsAdjective(t[j + 1].pos))) {
      const bool always = WordIs(tok, "down") || WordIs(tok, "up") || WordIs(tok, "off") ||
                          WordIs(tok, "out") || WordIs(tok, "back") || WordIs(tok, "away");
      const bool over = WordIs(tok, "over") &&
                        (WordIs(t[main], "hand") || WordIs(t[main], "take") || WordIs(t[main], "turn"));
      if (always || over) {
        ++j;
        break;
      }
    }
    break;
  }
  if (main == kNoIndex) {
    // A modal alone ("China will.") still forms a group.
    if (j > i) main = static_cast<uint32_t>(j - 1);
    else {
      main = static_cast<uint32_t>(i);
      j = i + 1;
    }
  }
  return j;
}

}  // namespace

void BuildChunks(Sentence& sentence) {
  const std::vector<Token>& t = sentence.tokens;
  std::vector<Chunk>& chunks = sentence.chunks;
  chunks.clear();
  const size_t n = t.size();
  chunks.reserve(n);  // at most one chunk per token
  size_t i = 0;
  auto add = [&](ChunkKind kind, size_t b, size_t e, uint32_t head) {
    chunks.push_back({kind, static_cast<uint32_t>(b), static_cast<uint32_t>(e), head});
  };
  while (i < n) {
    const Token& tok = t[i];
    const Pos p = tok.pos;
    const bool complementizer = p == Pos::IN && WordIs(tok, "that");
    if (IsRelative(tok) || complementizer ||
        ((p == Pos::IN || p == Pos::WRB || p == Pos::RB) && IsSubordinator(tok))) {
      add(ChunkKind::kSBAR, i, i + 1, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    // A participle right after a main verb and before a noun is an adjective of the object:
    // "handed captured/VBN Indian pilot ... back".
    if (p == Pos::VBN && !chunks.empty() && chunks.back().kind == ChunkKind::kVP &&
        chunks.back().end == i && !IsAuxiliary(t[chunks.back().head]) && i + 1 < n &&
        (IsNoun(t[i + 1].pos) || IsAdjective(t[i + 1].pos))) {
      size_t e = ScanNp(t, i + 1);
      add(ChunkKind::kNP, i, e, NpHead(t, i + 1, e));
      i = e;
      continue;
    }
    // A gerund with nothing after it, right after a preposition, names the activity: "six
    // days of fighting.", "after shelling,".
    if (p == Pos::VBG && i > 0 && t[i - 1].pos == Pos::IN && i + 1 < n &&
        (t[i + 1].pos == Pos::kPeriod || t[i + 1].pos == Pos::kComma)) {
      add(ChunkKind::kNP, i, i + 1, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    if (IsParticiplePreposition(t, i)) {
      add(ChunkKind::kPP, i, i + 1, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    if (p == Pos::MD || IsVerb(p) || (p == Pos::TO && i + 1 < n && (t[i + 1].pos == Pos::VB ||
                                                                    IsAdverb(t[i + 1].pos)))) {
      // A participle or gerund between a determiner/adjective and a noun is part of an NP.
      uint32_t main;
      size_t e = ScanVerbGroup(t, i, main);
      add(ChunkKind::kVP, i, e, main);
      i = e;
      continue;
    }
    if (StartsNp(t, i)) {
      size_t e = ScanNp(t, i);
      add(ChunkKind::kNP, i, e, NpHead(t, i, e));
      i = e;
      continue;
    }
    if (p == Pos::IN || p == Pos::TO) {
      add(ChunkKind::kPP, i, i + 1, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    if (IsAdverb(p) || chunk_internal::IsNegation(tok)) {
      add(ChunkKind::kADVP, i, i + 1, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    add(ChunkKind::kOther, i, i + 1, static_cast<uint32_t>(i));
    ++i;
  }
  (void)WordIs;
}

}  // namespace entente
