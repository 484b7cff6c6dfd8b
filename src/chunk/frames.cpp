// Pass 2: frames. Verb groups get a subject (walking left over noun-phrase chains, coordination
// and apposition, or shared with a coordinated or governing verb), objects and prepositional
// attachments (walking right), and flags. Noun phrases with a possessor, a proper adjective or a
// prepositional phrase become nominal frames.
// Heads and attachments follow treebank (CoreNLP) conventions, measured by `entente eval parse`:
// a participle modifies the nearest noun phrase; a quantifier heads "all of the X"; "whose N"
// clauses are about the antecedent; a gerund after an adverbial preposition ("by", "after") has
// the clause's subject; relative clauses, appositions and times between a subject and its verb
// are skipped; a verb like "hope" or "say" takes "NP + finite verb" as a clause, not an object.
#include <string>

#include "chunk/chunker.h"
#include "chunk/words.h"
#include "core/word_set.h"

namespace entente {
namespace {

using namespace chunk_internal;  // NOLINT: this file's vocabulary

class FrameBuilder {
 public:
  explicit FrameBuilder(Sentence& s) : s_(s), t_(s.tokens), c_(s.chunks) {}

  void Build(bool nominal) {
    vp_frame_.assign(c_.size(), kNoIndex);
    // At most one frame per verb group and per noun phrase: reserved, so that growing the
    // vector never moves frames (each move copies their short strings).
    size_t most = 0;
    for (const Chunk& c : c_) most += c.kind == ChunkKind::kVP || (nominal && MayHaveNounFrame(c));
    s_.frames.reserve(s_.frames.size() + most);
    for (size_t k = 0; k < c_.size(); ++k) {
      if (c_[k].kind == ChunkKind::kVP) BuildVerbFrame(k);
    }
    MarkClauses();
    if (nominal) {
      for (size_t k = 0; k < c_.size(); ++k) {
        if (c_[k].kind == ChunkKind::kNP) BuildNounFrame(k);
      }
    }
  }

 private:
  bool Is(size_t k, ChunkKind kind) const { return k < c_.size() && c_[k].kind == kind; }
  const Token& First(size_t k) const { return t_[c_[k].begin]; }
  bool IsCommaChunk(size_t k) const { return k < c_.size() && c_[k].kind == ChunkKind::kOther && IsComma(First(k)); }
  bool IsCcChunk(size_t k) const { return k < c_.size() && c_[k].kind == ChunkKind::kOther && IsCoordinator(First(k)); }

  static std::string Lower(std::string_view w) {
    std::string out(w);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    }
    return out;
  }

  bool ProperHead(size_t k) const { return IsProperNoun(t_[c_[k].head].pos); }

  // The argument starting at NP chunk k: the NP, its coordination ("Spain, Ireland and Norway")
  // or apposition ("Sergei Lavrov, Russia's foreign minister"). Sets next to the chunk after it.
  // Right of a verb, a conjunct with a finite verb of its own opens a new clause instead ("fought
  // on Friday, and Kyrgyzstan said").
  // A noun phrase whose nouns are all words of time: "last year", "the next day", "Tuesday".
  bool OnlyTime(size_t k) const {
    bool time = false;
    for (uint32_t i = c_[k].begin; i < c_[k].end; ++i) {
      if (!IsNounTag(t_[i].pos) || t_[i].pos == Pos::CD) continue;  // "15 months"
      if (!IsTemporalWord(t_[i])) return false;
      time = true;
    }
    return time;
  }

  Argument NpArgument(size_t k, size_t& next, bool allow_apposition,
                      bool right_of_verb = false) const {
    Argument arg;
    arg.range = {c_[k].begin, c_[k].end};
    arg.head = c_[k].head;
    next = k + 1;
    // "tens of thousands of Serbians", "the navies of India, Japan and Australia", "the
    // embassies of France and Belgium": the actors are in the of-phrase.
    if (Is(k + 1, ChunkKind::kPP) && Is(k + 2, ChunkKind::kNP) && WordIs(First(k + 1), "of") &&
        (IsCollectiveNoun(Word(t_[arg.head])) || IsQuantifier(t_[arg.head]))) {
      size_t after;
      Argument inner = NpArgument(k + 2, after, false, right_of_verb);
      arg.range.end = inner.range.end;
      arg.members = inner.members.empty() ? std::vector<TokenRange>{inner.range} : inner.members;
      next = after;
      return arg;
    }
    // Coordination: NP (, NP)* ,? CC NP
    std::vector<size_t> members{k};
    size_t j = k + 1;
    bool coordinated = false;
    while (j < c_.size()) {
      // A time before the comma ends the phrase: "on Saturday, defense officials said".
      if (IsCommaChunk(j) && Is(j + 1, ChunkKind::kNP) && !OnlyTime(members.back())) {
        members.push_back(j + 1);
        j += 2;
        continue;
      }
      size_t cc = IsCommaChunk(j) && IsCcChunk(j + 1) ? j + 1 : j;
      const bool new_clause = right_of_verb && cc != j && SubjectOfClause(cc + 1);
      if (IsCcChunk(cc) && Is(cc + 1, ChunkKind::kNP) && !new_clause) {
        members.push_back(cc + 1);
        j = cc + 2;
        coordinated = true;
      }
      break;
    }
    if (coordinated) {
      for (size_t m : members) arg.members.push_back({c_[m].begin, c_[m].end});
      arg.range.end = c_[members.back()].end;
      next = j;
      return arg;
    }
    // Apposition: NP , NP , where one names and the other describes.
    if (allow_apposition && IsCommaChunk(k + 1) && Is(k + 2, ChunkKind::kNP) && IsCommaChunk(k + 3) &&
        ProperHead(k) != ProperHead(k + 2)) {
      arg.range.end = c_[k + 2].end;
      next = k + 4;
    }
    return arg;
  }

  // Whether NP chunk k, with its prepositional phrases and conjuncts, is followed by a finite
  // verb group.
  bool SubjectOfClause(size_t k) const {
    size_t j = k + 1;
    while (true) {
      if (Is(j, ChunkKind::kADVP)) {
        ++j;
      } else if ((Is(j, ChunkKind::kPP) || IsCcChunk(j)) && Is(j + 1, ChunkKind::kNP)) {
        j += 2;
      } else if (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kPP) && Is(j + 2, ChunkKind::kNP)) {
        j += 3;  // "from across the spectrum"
      } else {
        break;
      }
    }
    if (!Is(j, ChunkKind::kVP)) return false;
    const Pos p = t_[c_[j].begin].pos;
    return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD;
  }

  // Walks left from NP chunk k over the conjuncts of a coordination only ("Spain and Ireland").
  size_t CoordinationStart(size_t k) const {
    size_t start = k;
    while (start >= 2) {
      if (Is(start - 2, ChunkKind::kNP) &&
          (IsCcChunk(start - 1) || (start != k && IsCommaChunk(start - 1)))) {
        start -= 2;
      } else if (start >= 3 && IsCcChunk(start - 1) && IsCommaChunk(start - 2) &&
                 Is(start - 3, ChunkKind::kNP)) {
        start -= 3;
      } else {
        break;
      }
    }
    return start;
  }

  // Walks left from chunk k (the last chunk of a subject candidate) to the start of its
  // noun-phrase chain: coordination members and PP attachments ("ties between China and Russia").
  size_t ChainStart(size_t k) const {
    size_t start = k;
    bool cc_seen = false;
    size_t clause_start = kNoIndex;  // the conjunct right of the last ", and" crossed
    while (start >= 2) {
      if (IsCcChunk(start - 1) && Is(start - 2, ChunkKind::kNP)) {
        // "China remained mum and Russia's envoy said": "and" after a verb's object joins clauses.
        if (start >= 3 && Is(start - 3, ChunkKind::kVP)) clause_start = start;
        start -= 2;
        cc_seen = true;
        continue;
      }
      if (start >= 3 && IsCcChunk(start - 1) && IsCommaChunk(start - 2) && Is(start - 3, ChunkKind::kNP)) {
        clause_start = start;
        start -= 3;  // Oxford comma: "Japan, South Korea, and Australia"
        cc_seen = true;
        continue;
      }
      // A time before the comma ends the list: "on Saturday, defense and military officials".
      if (cc_seen && IsCommaChunk(start - 1) && Is(start - 2, ChunkKind::kNP) &&
          !OnlyTime(start - 2)) {
        start -= 2;
        continue;
      }
      // "years after crowds burned", "as he opened": after, before, since, until and "as" open a
      // clause whose subject is the noun phrase right before the verb, not a chain through them.
      if (Is(start - 1, ChunkKind::kPP) && Is(start - 2, ChunkKind::kNP) &&
          !WordIs(First(start - 1), "that") && !OpensClause(start - 1)) {
        start -= 2;
        continue;
      }
      // "politicians from across the spectrum"
      if (start >= 3 && Is(start - 1, ChunkKind::kPP) && Is(start - 2, ChunkKind::kPP) &&
          Is(start - 3, ChunkKind::kNP)) {
        start -= 3;
        continue;
      }
      // "a report released Tuesday": a reduced relative with only a time after it.
      if (start >= 2 && Is(start - 2, ChunkKind::kNP) && Is(start - 1, ChunkKind::kVP) &&
          OnlyTime(start) && IsReducedRelative(start - 1)) {
        start -= 2;
        continue;
      }
      // A reduced relative: "the jets provided by Denmark", "officials accused of abuses".
      if (start >= 3 && Is(start - 1, ChunkKind::kPP) && IsReducedRelative(start - 2) &&
          Is(start - 3, ChunkKind::kNP)) {
        start -= 3;
        continue;
      }
      break;
    }
    // A chain that began as the object or complement of an earlier verb, other than a verb of
    // saying, was not coordinated with this subject: ", and" opened a new clause ("said on
    // Sunday, and al-Shabaab militants claimed").
    if (clause_start != kNoIndex && start > 0 &&
        ((Is(start - 1, ChunkKind::kVP) && !IsReportingVerb(Word(t_[c_[start - 1].head]))) ||
         Is(start - 1, ChunkKind::kPP))) {
      return clause_start;
    }
    return start;
  }

  // A preposition that can open a clause with a subject of its own: after, before, since,
  // until, and "as" ("as he opened a summit"; not "such as").
  bool OpensClause(size_t pp) const {
    const Token& w = First(pp);
    if (IsClauseOpener(w)) return true;
    return WordIs(w, "as") && !(c_[pp].begin > 0 && WordIs(t_[c_[pp].begin - 1], "such"));
  }

  // "close to Japan", "next to", "ahead of", "according to": the word before the preposition
  // makes a different preposition, which patterns for plain "to" must not match.
  std::string ComplexPreposition(size_t pp) const {
    std::string prep = Lower(First(pp).form);
    if (pp > 0 && c_[pp - 1].end == c_[pp].begin && c_[pp - 1].kind != ChunkKind::kVP) {
      const Token& before = t_[c_[pp - 1].end - 1];
      static constexpr WordSet<10> kFirstWords{std::array<std::string_view, 10>{
          "close", "next", "ahead", "according", "prior", "due", "near", "up", "instead",
          "because"}};
      if (kFirstWords.ContainsLower(before.form)) return Lower(before.form) + " " + prep;
    }
    return prep;
  }

  void SetFlags(Frame& f, const Chunk& vp) const {
    bool be_before = false;
    for (uint32_t i = vp.begin; i < vp.end; ++i) {
      const Token& tok = t_[i];
      if (IsNegation(tok)) f.flags |= kNegated;
      if (tok.pos == Pos::MD) {
        std::string m = Lower(tok.form);
        f.modal = m;
        if (m == "will" || m == "'ll" || m == "shall" || m == "wo") {
          f.flags |= kFuture;
        } else {
          f.flags |= kModal;
          if (m == "would" || m == "could" || m == "might" || m == "may") f.flags |= kHypothetical;
        }
      }
      if (i < f.trigger && (WordIs(tok, "be") || WordIs(tok, "get"))) be_before = true;
      if (i == f.trigger + 1 && (tok.pos == Pos::RP || tok.pos == Pos::IN || tok.pos == Pos::RB)) {
        f.particle = Lower(Word(tok));  // the chunker only keeps particles in the group
      }
    }
    if (be_before && t_[f.trigger].pos == Pos::VBN) f.flags |= kPassive;
    if (t_[vp.begin].pos == Pos::TO) f.flags |= kInfinitive;
    if (vp.end - vp.begin == 1 && t_[f.trigger].pos == Pos::VBG) f.flags |= kGerund;
  }

  // A lone past participle right after a noun phrase: "the jets provided by Denmark".
  // Only when a "by" agent follows, or the sentence's own verb comes after the participle's
  // phrases; else "Protesters gathered/VBN outside" is a mis-tagged main verb.
  // A past tense form counts when a time and a phrase follow it before the verb: "a report
  // released Tuesday in Kigali alleged" (taggers often read such participles as past tense).
  bool IsReducedRelative(size_t k) const {
    if (!(Is(k, ChunkKind::kVP) && c_[k].end - c_[k].begin == 1 && k > 0 &&
          Is(k - 1, ChunkKind::kNP))) {
      return false;
    }
    const Pos p = t_[c_[k].begin].pos;
    if (p != Pos::VBN && p != Pos::VBG && p != Pos::VBD) return false;
    // "firms whose vessels collided/VBN in May": the relative clause's own verb.
    if (k >= 2 && Is(k - 2, ChunkKind::kSBAR) && IsRelative(First(k - 2))) return false;
    if (p != Pos::VBD && Is(k + 1, ChunkKind::kPP) && WordIs(First(k + 1), "by")) return true;
    if (p == Pos::VBN && !Is(k + 1, ChunkKind::kNP) && InsideClause(k)) return true;
    // Past tense forms only before a phrase that a participle takes: "a missile believed/VBD to
    // be fired", "a trip aimed/VBD at".
    if (p == Pos::VBD &&
        (Is(k + 1, ChunkKind::kPP) || (Is(k + 1, ChunkKind::kVP) && First(k + 1).pos == Pos::TO)) &&
        InsideClause(k, true)) {
      return true;
    }
    const size_t after_time = SkipTime(k + 1);
    if (p == Pos::VBD && after_time == k + 1) return false;
    size_t j = after_time;
    while (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kNP)) j += 2;
    const size_t phrases_end = j;
    while (Is(j, ChunkKind::kADVP)) ++j;  // "troops fighting in Tigray systematically killed"
    return phrases_end > after_time && Is(j, ChunkKind::kVP);
  }

  // Whether a verb other than one of saying or thinking precedes chunk k in its clause, so that a
  // participle at k cannot be the clause's own verb: "issued warrants for two men sought in".
  // Looks back over a few phrases only: further away, the verb is less often the participle's
  // governor ("pledged to expel leaders of ... as one of the conditions of an agreement forced").
  // For a past tense form the test is stricter: no comma between ("Russia violated the truce,
  // Kyiv said on Monday"), and not after a relative clause's verb ("the drones that hit Kyiv
  // came from Iran"); else commas are crossed as in an apposition ("Nablus, a member of Hamas
  // jailed in 2007").
  bool InsideClause(size_t k, bool past_tense = false) const {
    constexpr size_t kMaxSteps = 8;
    size_t j = k;
    for (size_t steps = 0; j > 0 && steps < kMaxSteps; ++steps) {
      --j;
      if (Is(j, ChunkKind::kVP)) {
        // "be" alone is a verb of its own: "There were ten soldiers killed in Ukraine".
        if (vp_frame_[j] == kNoIndex ||
            (IsAuxiliary(t_[c_[j].head]) && !WordIs(t_[c_[j].head], "be"))) {
          return false;
        }
        if (past_tense && s_.frames[vp_frame_[j]].Has(kRelative)) return false;
        const std::string& lemma = s_.frames[vp_frame_[j]].lemma;
        return !IsReportingVerb(lemma) && !IsClauseVerb(lemma);
      }
      if (!(Is(j, ChunkKind::kNP) || Is(j, ChunkKind::kPP) || Is(j, ChunkKind::kADVP) ||
            (!past_tense && IsCommaChunk(j)))) {
        return false;
      }
      // "attacked Kyiv as Ukraine retaliated": a subordinating preposition opens a clause.
      if (Is(j, ChunkKind::kPP) && (IsClauseOpener(First(j)) || WordIs(First(j), "as"))) {
        return false;
      }
    }
    return false;
  }

  // The chunk after a time noun phrase at j ("Tuesday", "last week"), else j.
  size_t SkipTime(size_t j) const { return Is(j, ChunkKind::kNP) && OnlyTime(j) ? j + 1 : j; }

  // An auxiliary-only group before a noun phrase and a bare verb: "Did Iran supply the drones?"
  bool InvertedAuxiliary(size_t k) const {
    const Chunk& vp = c_[k];
    for (uint32_t i = vp.begin; i < vp.end; ++i) {
      if (!IsAuxiliary(t_[i]) && !IsNegation(t_[i])) return false;
    }
    return Is(k + 1, ChunkKind::kNP) && Is(k + 2, ChunkKind::kVP) &&
           (t_[c_[k + 2].begin].pos == Pos::VB || t_[c_[k + 2].begin].pos == Pos::VBP);
  }

  void BuildVerbFrame(size_t k) {
    if (InvertedAuxiliary(k)) {
      inverted_ = k;
      return;
    }
    const Chunk& vp = c_[k];
    // Built in place (moving a frame copies its short strings). Nothing below reaches it through
    // vp_frame_ until it is finished, and the vector cannot grow while `f` is in use.
    if (s_.frames.size() == s_.frames.capacity()) s_.frames.reserve(2 * s_.frames.size() + 1);
    Frame& f = s_.frames.emplace_back();
    f.kind = FrameKind::kVerb;
    f.trigger = vp.head;
    f.group = {vp.begin, vp.end};
    f.lemma = Lower(Word(t_[vp.head]));
    SetFlags(f, vp);
    // "China never recognized": a negating adverb just before the group.
    for (size_t a = k; a > 0 && Is(a - 1, ChunkKind::kADVP); --a) {
      if (IsNegation(First(a - 1))) f.flags |= kNegated;
    }
    // Right: objects, then prepositional attachments.
    size_t j = k + 1;
    while (Is(j, ChunkKind::kADVP)) ++j;
    // Not objects: a common-noun time ("comes a day before", "fought for days"), which is
    // adverbial, and an adjective after a copula ("remained mum", "was unaware"), a predicate.
    // A bare weekday stays ("said Wednesday"): treebanks attach it as the verb's noun phrase,
    // but "last June" is adverbial.
    // Nor a lone adjective after any verb: "went wrong", "was shot dead in".
    while (Is(j, ChunkKind::kNP) &&
           ((OnlyTime(j) && (!IsProperNoun(t_[c_[j].head].pos) || c_[j].end - c_[j].begin > 1)) ||
            (IsCopula(f.lemma) && IsAdjective(t_[c_[j].head].pos)) || LonePredicate(j))) {
      ++j;
    }
    // "filed on Thursday a lawsuit": a time phrase before the object.
    if (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kNP) && Is(j + 2, ChunkKind::kNP) &&
        !IsReportingVerb(f.lemma) && OnlyTime(j + 1) && !OnlyTime(j + 2)) {
      Argument when;
      when.range = {c_[j + 1].begin, c_[j + 1].end};
      when.head = c_[j + 1].head;
      when.prep = ComplexPreposition(j);
      f.pps.push_back(std::move(when));
      j += 2;
    }
    if (Is(j, ChunkKind::kNP)) {
      size_t after;
      // After a verb of saying, the noun phrase may be the reported clause's coordinated subject.
      Argument object = NpArgument(j, after, true, !IsReportingVerb(f.lemma));
      // "said Moscow would respond": the noun phrase is the subject of the reported clause.
      const bool clause_follows = Is(after, ChunkKind::kVP) && t_[c_[after].begin].pos != Pos::TO;
      // "hoped a raft of officials would be indicted", "indicated it would act": a finite verb
      // after the noun phrase makes it the subject of a that-less clause.
      const Pos after_pos = clause_follows ? t_[c_[after].begin].pos : Pos::kUnknown;
      const bool finite_follows = after_pos == Pos::MD || after_pos == Pos::VBZ ||
                                  after_pos == Pos::VBP || after_pos == Pos::VBD;
      if (!(IsReportingVerb(f.lemma) && clause_follows) &&
          !(finite_follows && IsClauseVerb(f.lemma))) {
        f.object = std::move(object);
        j = after;
        if (Is(j, ChunkKind::kNP)) f.object2 = NpArgument(j, j, false, true);
      }
    }
    // A particle after the object: "handed the pilot back to India", "called the talks off".
    if (f.object.present() && f.particle.empty() && Is(j, ChunkKind::kADVP)) {
      std::string w = Lower(First(j).form);
      if (w == "back" || w == "off" || w == "out" || w == "up" || w == "down" || w == "away" ||
          w == "over") {
        f.particle = w;
        ++j;
      }
    }
    while (j < c_.size()) {
      if (Is(j, ChunkKind::kADVP)) {
        ++j;
      } else if (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kNP)) {
        size_t next;
        Argument pp = NpArgument(j + 1, next, false, true);
        // "before the president heads to Beijing": the noun phrase is the subject of a clause.
        if (OpensClause(j) && Is(next, ChunkKind::kVP) && t_[c_[next].begin].pos != Pos::TO) {
          break;
        }
        pp.prep = ComplexPreposition(j);
        if (f.pps.empty()) f.pps.reserve(4);  // moving an Argument copies its strings
        f.pps.push_back(std::move(pp));
        j = next;
      } else {
        break;
      }
    }
    if (IsReducedRelative(k) && !(Is(k + 1, ChunkKind::kNP) && !OnlyTime(k + 1))) {
      // "the jets provided by Denmark" (passive), "troops fighting in Tigray" (active).
      f.flags |= t_[vp.head].pos != Pos::VBG ? (kPassive | kRelative) : kRelative;
      f.flags &= static_cast<uint16_t>(~kGerund);
      // The participle modifies the nearest noun phrase (with its conjuncts), as parsers
      // attach it: "a member of the Hamas movement jailed in 2007" -> movement.
      size_t next;
      f.subject = NpArgument(CoordinationStart(k - 1), next, false);
    } else if (inverted_ != kNoIndex && inverted_ + 2 == k) {
      // Take the fronted auxiliary's modality and negation, and the noun phrase between as subject.
      Frame aux;
      aux.trigger = c_[inverted_].head;
      SetFlags(aux, c_[inverted_]);
      f.flags |= aux.flags & (kNegated | kModal | kFuture | kHypothetical);
      f.modal = aux.modal;
      size_t next;
      f.subject = NpArgument(inverted_ + 1, next, false);
      inverted_ = kNoIndex;
    } else {
      FindSubject(k, f);
    }
    vp_frame_[k] = static_cast<uint32_t>(s_.frames.size() - 1);
  }

  static bool IsFiniteTag(Pos p) {
    return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD;
  }

  // The verb group nearest to the left of chunk k within a clause, skipping its complements.
  size_t PreviousVerb(size_t k, size_t max_steps) const {
    size_t j = k;
    for (size_t steps = 0; j > 0 && steps < max_steps; ++steps) {
      --j;
      if (Is(j, ChunkKind::kVP)) return j;
      if (Is(j, ChunkKind::kSBAR)) return kNoIndex;
      if (!(Is(j, ChunkKind::kNP) || Is(j, ChunkKind::kPP) || Is(j, ChunkKind::kADVP) ||
            IsCommaChunk(j) || IsCcChunk(j) || Is(j, ChunkKind::kADJP))) {
        return kNoIndex;
      }
    }
    return kNoIndex;
  }

  void ShareSubject(Frame& f, size_t vp_chunk) {
    uint32_t p = vp_frame_[vp_chunk];
    if (p == kNoIndex) return;
    f.subject_from = p;
    f.subject = s_.frames[p].subject;
  }

  // "The three leaders, joined by Iohannis, held talks", "The ministers, meeting in Brussels,
  // agreed": a participle clause between commas separates the subject from its verb. The agent
  // of a comitative participle ("joined by", "accompanied by") acts with the subject.
  bool ParentheticalSubject(size_t comma, Frame& f) const {
    size_t b = comma;
    while (b >= 2 && Is(b - 1, ChunkKind::kNP) && Is(b - 2, ChunkKind::kPP)) b -= 2;
    if (b == comma || b < 3 || !Is(b - 1, ChunkKind::kVP) || c_[b - 1].end - c_[b - 1].begin != 1 ||
        !IsCommaChunk(b - 2) || !Is(b - 3, ChunkKind::kNP)) {
      return false;
    }
    const Token& participle = t_[c_[b - 1].begin];
    const bool by = WordIs(First(b), "by");  // "joined/VBD by": a participle all the same
    if (participle.pos != Pos::VBN && participle.pos != Pos::VBG &&
        !(participle.pos == Pos::VBD && by)) {
      return false;
    }
    size_t next;
    f.subject = NpArgument(ChainStart(b - 3), next, false);
    if (participle.pos != Pos::VBG && by &&
        (WordIs(participle, "join") || WordIs(participle, "accompany"))) {
      if (f.subject.members.empty()) f.subject.members.push_back(f.subject.range);
      f.subject.members.push_back({c_[b + 1].begin, c_[b + 1].end});
      f.subject.range.end = c_[b + 1].end;
    }
    return true;
  }

  // A lone past participle between commas after a noun phrase, before the clause's verb:
  // "the girls, aged from eight to 16, were".
  bool ParentheticalParticiple(size_t k) const {
    if (!(k >= 2 && IsCommaChunk(k - 1) && Is(k - 2, ChunkKind::kNP) &&
          c_[k].end - c_[k].begin == 1 && t_[c_[k].begin].pos == Pos::VBN)) {
      return false;
    }
    size_t j = k + 1;
    while (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kNP)) j += 2;
    return j > k + 1 && IsCommaChunk(j) && Is(j + 1, ChunkKind::kVP);
  }

  // "Grahame Russell, who lost his son in the bombing, said", "The Observatory, a group that
  // tracks the war, said": a non-restrictive relative clause, alone or on an apposition, between
  // the subject and its verb; comma is the chunk right before the verb.
  bool RelativeParenthesis(size_t comma, Frame& f) const {
    constexpr size_t kMaxSpan = 30;
    size_t c = comma;
    for (size_t steps = 0; c > 0 && steps < kMaxSpan; ++steps) {
      --c;
      if (IsCommaChunk(c)) break;
    }
    if (c + 2 >= comma || !IsCommaChunk(c) || c == 0 || !Is(c - 1, ChunkKind::kNP)) return false;
    const size_t rel = Is(c + 1, ChunkKind::kNP) ? c + 2 : c + 1;
    if (!(Is(rel, ChunkKind::kSBAR) && IsRelative(First(rel)))) return false;
    size_t next;
    f.subject = NpArgument(ChainStart(c - 1), next, false);
    return true;
  }

  // When chunk start follows the verb of a relative clause without commas ("the man who
  // attacked | the police", "the drones that Iran supplied | to Russia"), the NP chunk the
  // clause modifies; else kNoIndex. Not past a verb that takes a clause ("the man who said
  // police attacked him"), whose complement may hold the verb being resolved.
  size_t RelativeAntecedent(size_t start) const {
    size_t v = start - 1;
    // "supplied | to Russia"; not "erupted | after the couple arrived", a clause of its own.
    if (start >= 2 && Is(v, ChunkKind::kPP) && !IsClauseOpener(First(v)) &&
        !WordIs(First(v), "as")) {
      --v;
    }
    if (v < 2 || !Is(v, ChunkKind::kVP) || vp_frame_[v] == kNoIndex) return kNoIndex;
    const std::string& lemma = s_.frames[vp_frame_[v]].lemma;
    if (IsReportingVerb(lemma) || IsClauseVerb(lemma)) return kNoIndex;
    size_t a = v;
    while (a > 0 && Is(a - 1, ChunkKind::kADVP)) --a;
    if (a >= 2 && Is(a - 1, ChunkKind::kNP) && Is(a - 2, ChunkKind::kSBAR)) --a;  // "that Iran"
    if (!(a >= 2 && Is(a - 1, ChunkKind::kSBAR) && IsRelative(First(a - 1)) &&
          Is(a - 2, ChunkKind::kNP))) {
      return kNoIndex;
    }
    return a - 2;
  }

  // A noun phrase that is one plain adjective: "went wrong", "was shot dead". Not a name's
  // adjective used as a noun ("spoke Italian"), a comparative ("received more than"), or an
  // adjective that goes on in a coordination or a noun phrase.
  bool LonePredicate(size_t k) const {
    const Token& w = t_[c_[k].head];
    return c_[k].end - c_[k].begin == 1 && w.pos == Pos::JJ && !w.Has(kUpperInitial) &&
           !IsCcChunk(k + 1) && !Is(k + 1, ChunkKind::kNP);
  }

  // Whether NP chunk k names its own agent: a possessor or a proper modifier ("Iran's offer",
  // "Western efforts", "its role").
  bool HasOwnAgent(size_t k) const {
    const Chunk& np = c_[k];
    for (uint32_t i = np.begin; i < np.head; ++i) {
      const Token& m = t_[i];
      if (m.pos == Pos::POS || m.pos == Pos::PRPS ||
          ((IsProperNoun(m.pos) || IsAdjective(m.pos)) && m.Has(kUpperInitial))) {
        return true;
      }
    }
    return false;
  }

  void FindSubject(size_t k, Frame& f) {
    if (f.Has(kInfinitive)) {
      // A noun of intention or effort right before "to" governs it: "Western efforts to isolate".
      if (k > 0 && Is(k - 1, ChunkKind::kNP) && IsControllingNoun(Word(t_[c_[k - 1].head]))) {
        // The noun's own agent if it has one ("Western efforts to isolate", "Iran's offer to
        // mediate"); else the subject of the verb it is the object of ("Israel signed
        // agreements to normalise relations").
        size_t p = k >= 2 && Is(k - 2, ChunkKind::kVP) ? k - 2 : kNoIndex;
        if (!HasOwnAgent(k - 1) && p != kNoIndex && vp_frame_[p] != kNoIndex) {
          f.parent = vp_frame_[p];
          ShareSubject(f, p);
          return;
        }
        size_t next;
        f.subject = NpArgument(k - 1, next, false);
        return;
      }
      size_t p = PreviousVerb(k, 8);
      if (p != kNoIndex && vp_frame_[p] != kNoIndex) {
        const Frame& parent = s_.frames[vp_frame_[p]];
        f.parent = vp_frame_[p];
        if (parent.object.present() && IsObjectControlVerb(parent.lemma)) {
          f.subject = parent.object;  // "urged Germany to send": Germany sends
        } else {
          ShareSubject(f, p);
        }
        return;
      }
      if (k > 0 && Is(k - 1, ChunkKind::kNP)) {  // "Western efforts to spread democracy"
        size_t next;
        f.subject = NpArgument(ChainStart(k - 1), next, false);
      }
      return;
    }
    if (k == 0) return;
    size_t j = k - 1;
    while (j > 0 && Is(j, ChunkKind::kADVP)) --j;
    // "Ukrainian lawmakers Tuesday endorsed": a time between subject and verb.
    if (j > 0 && Is(j, ChunkKind::kNP) && Is(j - 1, ChunkKind::kNP) && OnlyTime(j)) --j;
    if (Is(j, ChunkKind::kNP)) {
      size_t next;
      size_t start = ChainStart(j);
      // "firms whose vessels collided": the clause is about the antecedent, as treebank
      // conversions read it.
      if (start > 0 && Is(start - 1, ChunkKind::kSBAR) && WordIs(First(start - 1), "whose")) {
        // Only the verb right after "whose N" is the relative clause's; a later one is the
        // main clause's ("Two firms whose vessels collided in May caused a spill").
        if (start == CoordinationStart(j)) f.flags |= kRelative;
        size_t a = start - 1;
        if (a > 0 && IsCommaChunk(a - 1)) --a;
        if (a > 0 && Is(a - 1, ChunkKind::kNP)) {
          f.subject = NpArgument(a - 1, next, false);
          return;
        }
      }
      // "The man who attacked the police was arrested": a restrictive relative clause between
      // the subject and a finite verb.
      if (const size_t a = RelativeAntecedent(start);
          a != kNoIndex && IsFiniteTag(t_[c_[k].begin].pos)) {
        const size_t subject = ChainStart(a);
        f.subject = NpArgument(subject, next, false);
        // "Russia said the drones that hit Kyiv came from Iran": the noun phrase is the reported
        // clause's subject, not the object of "said".
        if (subject > 0 && Is(subject - 1, ChunkKind::kVP) && vp_frame_[subject - 1] != kNoIndex) {
          Frame& say = s_.frames[vp_frame_[subject - 1]];
          if (IsReportingVerb(say.lemma) && say.object.present() &&
              say.object.range.begin == c_[subject].begin) {
            say.object = Argument();
          }
        }
        return;
      }
      // Apposition before the verb: "Lavrov, Russia's foreign minister, said".
      f.subject = NpArgument(start, next, false);
      return;
    }
    if (IsCommaChunk(j) && j >= 3 && Is(j - 1, ChunkKind::kNP) && IsCommaChunk(j - 2) &&
        Is(j - 3, ChunkKind::kNP)) {
      size_t next;
      f.subject = NpArgument(ChainStart(j - 3), next, true);
      return;
    }
    if (IsCommaChunk(j) && ParentheticalParticiple(k)) {
      // "the girls, aged from eight to 16, were": the participle describes the noun phrase.
      f.flags |= kPassive | kRelative;
      size_t next;
      f.subject = NpArgument(ChainStart(j - 1), next, false);
      return;
    }
    if (IsCommaChunk(j) && ParentheticalSubject(j, f)) return;
    if (IsCommaChunk(j) && RelativeParenthesis(j, f)) return;
    if (IsCcChunk(j) || IsCommaChunk(j)) {
      // "supported Moscow and condemned sanctions", "stormed the parliament, looted the offices".
      // A finite verb is coordinated with a finite verb, not with an infinitive or gerund
      // between them: "rejected the offer to end the war and agreed to talks".
      size_t p = PreviousVerb(j, 12);
      const bool finite = IsFiniteTag(t_[c_[k].begin].pos);
      for (int steps = 0; finite && p != kNoIndex && !IsFiniteTag(t_[c_[p].begin].pos) &&
                          t_[c_[p].begin].pos != Pos::VBN && steps < 4;
           ++steps) {
        const size_t before = PreviousVerb(p, 12);
        if (before == kNoIndex) break;
        p = before;
      }
      // "Kuleba said Tehran bore responsibility and called on the EU": a verb of saying or
      // urging after a reported clause is coordinated with the verb of saying.
      if (p != kNoIndex && (IsReportingVerb(f.lemma) || IsObjectControlVerb(f.lemma))) {
        const size_t q = PreviousVerb(p, 4);
        if (q != kNoIndex && vp_frame_[q] != kNoIndex &&
            IsReportingVerb(s_.frames[vp_frame_[q]].lemma)) {
          p = q;
        }
      }
      if (p != kNoIndex) ShareSubject(f, p);
      return;
    }
    if (Is(j, ChunkKind::kSBAR) && IsRelative(First(j))) {
      f.flags |= kRelative;
      size_t a = j;
      if (a > 0 && IsCommaChunk(a - 1)) --a;
      if (a > 0 && Is(a - 1, ChunkKind::kNP)) {
        size_t next;
        f.subject = NpArgument(a - 1, next, false);
      }
      return;
    }
    // "help win a role": a bare verb after a lexical verb is its complement.
    if (Is(j, ChunkKind::kVP) && t_[c_[k].begin].pos == Pos::VB && !IsAuxiliary(t_[c_[j].head]) &&
        vp_frame_[j] != kNoIndex) {
      f.parent = vp_frame_[j];
      ShareSubject(f, j);
      return;
    }
    if (Is(j, ChunkKind::kVP) && (f.Has(kGerund) || t_[f.trigger].pos == Pos::VBG)) {
      f.flags |= kGerund;  // "denies providing"
      f.parent = vp_frame_[j];
      ShareSubject(f, j);
      return;
    }
    if (Is(j, ChunkKind::kPP) &&
        (t_[f.trigger].pos == Pos::VBG || t_[c_[k].begin].pos == Pos::VBG)) {
      f.flags |= kGerund;  // "its role in supplying technology", "extends to partnering with Iran"
      // After a preposition that opens an adverbial clause, the gerund's understood subject is
      // the clause's ("France accused Rwanda by alleging", "celebrated Eid with the leaders of
      // Gondor after leaving", ", in being drawn into"); after others it is the noun's ("China's
      // role in supplying", "no interest in discussing"), unless that noun is itself in a
      // prepositional phrase and has no agent ("are on the verge of completing").
      const Token& prep = First(j);
      const bool adverbial = IsClauseOpener(prep) || WordIs(prep, "by") ||
                             WordIs(prep, "without") || WordIs(prep, "upon") ||
                             WordIs(prep, "despite") || (j > 0 && IsCommaChunk(j - 1)) ||
                             (WordIs(prep, "of") && j >= 2 && Is(j - 1, ChunkKind::kNP) &&
                              Is(j - 2, ChunkKind::kPP) && !HasOwnAgent(j - 1));
      const bool own = !adverbial;
      if (j > 0 && Is(j - 1, ChunkKind::kVP)) {
        f.parent = vp_frame_[j - 1];
        ShareSubject(f, j - 1);
      } else if (size_t p = own ? kNoIndex : PreviousVerb(j, 12);
                 p != kNoIndex && vp_frame_[p] != kNoIndex) {
        ShareSubject(f, p);
      } else if (j > 0 && Is(j - 1, ChunkKind::kNP)) {
        size_t next;
        f.subject = NpArgument(j - 1, next, false);
      }
    }
  }

  // Clause-level flags: conditionals, reported speech, questions.
  void MarkClauses() {
    const bool question = !t_.empty() && t_.back().form == "?";
    for (Frame& f : s_.frames) {
      if (question) f.flags |= kQuestion;
    }
    // "If ..." up to the next comma: hypothetical.
    for (size_t k = 0; k < c_.size(); ++k) {
      if (!(Is(k, ChunkKind::kSBAR) && IsConditional(First(k)))) continue;
      size_t e = k + 1;
      while (e < c_.size() && !IsCommaChunk(e)) ++e;
      for (size_t j = k; j < e; ++j) {
        if (vp_frame_[j] != kNoIndex) s_.frames[vp_frame_[j]].flags |= kHypothetical;
      }
    }
    // Reported speech: "..., a spokesman said." marks what precedes; "X said (that) ..." what follows.
    for (size_t k = 0; k < c_.size(); ++k) {
      if (vp_frame_[k] == kNoIndex) continue;
      const uint32_t say = vp_frame_[k];
      if (!IsReportingVerb(s_.frames[say].lemma) || s_.frames[say].Has(kInfinitive)) continue;
      const Frame& sf = s_.frames[say];
      const bool trailing = sf.subject.present() && sf.subject.range.begin > 0 &&
                            IsComma(t_[sf.subject.range.begin - 1]) && !sf.object.present();
      // ", said the spokesman": the subject, if any, comes after the verb.
      const bool inverted = k > 0 && IsCommaChunk(k - 1) &&
                            !(sf.subject.present() && sf.subject.range.begin < sf.trigger);
      // "X said ..., and Y claimed ...": the new clause is not reported by X.
      size_t end = c_.size();
      // The reported clause's own verb comes first, unless there is no clause ("said on Sunday").
      bool verb_seen = !Is(k + 1, ChunkKind::kNP) && !Is(k + 1, ChunkKind::kSBAR);
      for (size_t e = k + 1; e + 2 < c_.size() && !trailing && !inverted; ++e) {
        verb_seen = verb_seen || Is(e, ChunkKind::kVP);
        if (verb_seen && IsCommaChunk(e) && IsCcChunk(e + 1) && Is(e + 2, ChunkKind::kNP) &&
            SubjectOfClause(e + 2)) {
          end = e;
          break;
        }
      }
      for (size_t j = 0; j < end; ++j) {
        uint32_t fi = vp_frame_[j];
        // A verb coordinated with the verb of saying is not what it reports.
        if (fi == kNoIndex || fi == say) continue;
        const Frame& g = s_.frames[fi];
        if (g.subject_from == say && !g.Has(kInfinitive) && !g.Has(kGerund)) continue;
        if (((trailing || inverted) && j < k) || (!trailing && !inverted && j > k)) {
          s_.frames[fi].flags |= kReported;
          if (s_.frames[fi].parent == kNoIndex && j > k) s_.frames[fi].parent = say;
        }
      }
    }
  }

  // Only a noun phrase headed by a common noun or a gerund can be an event ("the visit").
  bool MayHaveNounFrame(const Chunk& np) const {
    if (np.kind != ChunkKind::kNP || np.head >= t_.size()) return false;
    const Pos p = t_[np.head].pos;
    return p == Pos::NN || p == Pos::NNS || p == Pos::VBG;
  }

  void BuildNounFrame(size_t k) {
    const Chunk& np = c_[k];
    if (!MayHaveNounFrame(np)) return;
    const Token& head = t_[np.head];
    // Built in place, as a verb frame is, and dropped again if it names no participant.
    if (s_.frames.size() == s_.frames.capacity()) s_.frames.reserve(2 * s_.frames.size() + 1);
    const uint32_t index = static_cast<uint32_t>(s_.frames.size());
    Frame& f = s_.frames.emplace_back();
    f.kind = FrameKind::kNoun;
    f.trigger = np.head;
    f.group = {np.head, np.head + 1};
    // A gerund head is named as written ("shelling"), as noun patterns write it.
    f.lemma = Lower(head.pos == Pos::VBG ? std::string_view(head.form) : Word(head));
    // Agent: possessor ("Putin 's visit") or a proper adjective/noun modifier ("Western sanctions").
    for (uint32_t i = np.begin; i < np.head; ++i) {
      if (t_[i].pos == Pos::POS) {
        uint32_t b = np.begin;
        while (b < i && (t_[b].pos == Pos::DT || t_[b].pos == Pos::PDT)) ++b;
        f.subject.range = {b, i};
        f.subject.head = i - 1;
      }
    }
    if (!f.subject.present()) {
      uint32_t b = kNoIndex, e = kNoIndex;
      for (uint32_t i = np.begin; i < np.head; ++i) {
        const Token& m = t_[i];
        bool proper = (IsProperNoun(m.pos) || IsAdjective(m.pos)) && m.Has(kUpperInitial);
        if (proper && b == kNoIndex) b = i;
        if (proper) e = i + 1;
        if (!proper && b != kNoIndex) break;
      }
      if (b != kNoIndex) {
        f.subject.range = {b, e};
        f.subject.head = e - 1;
      }
    }
    // A possessive pronoun as agent: "its military actions", resolved by the coder.
    if (!f.subject.present()) {
      for (uint32_t i = np.begin; i < np.head; ++i) {
        if (t_[i].pos == Pos::PRPS) {
          f.subject.range = {i, i + 1};
          f.subject.head = i;
          break;
        }
      }
    }
    if (WordIs(t_[np.begin], "no")) f.flags |= kNegated;
    size_t j = k + 1;
    while (Is(j, ChunkKind::kPP) && Is(j + 1, ChunkKind::kNP)) {
      size_t next;
      Argument pp = NpArgument(j + 1, next, false);
      if (OpensClause(j) && Is(next, ChunkKind::kVP) && t_[c_[next].begin].pos != Pos::TO) {
        break;  // "years after crowds burned": a clause, not the noun's phrase
      }
      pp.prep = Lower(First(j).form);
      f.pps.push_back(std::move(pp));
      j = next;
    }
    if (!f.subject.present() && f.pps.empty()) {
      s_.frames.pop_back();
      return;
    }
    // The verb frame whose argument contains this noun phrase governs it (negation, modality).
    for (uint32_t fi = 0; fi < index; ++fi) {
      const Frame& v = s_.frames[fi];
      if (v.kind != FrameKind::kVerb) continue;
      auto contains = [&](const Argument& a) {
        return a.present() && a.range.begin <= np.begin && np.end <= a.range.end;
      };
      bool inside = contains(v.object) || contains(v.object2);
      for (const Argument& a : v.pps) inside = inside || contains(a);
      if (inside) {
        f.parent = fi;
        break;
      }
    }
  }

  Sentence& s_;
  const std::vector<Token>& t_;
  const std::vector<Chunk>& c_;
  std::vector<uint32_t> vp_frame_;  // chunk index -> frame index of its verb group
  size_t inverted_ = kNoIndex;      // chunk of a fronted auxiliary awaiting its verb
};

}  // namespace

void Chunker::Chunk(Sentence& sentence) const {
  BuildChunks(sentence);
  sentence.frames.clear();
  FrameBuilder(sentence).Build(options_.nominal_frames);
}

}  // namespace entente
