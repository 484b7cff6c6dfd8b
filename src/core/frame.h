// Shallow-parse results: chunks and predicate frames (who did what to whom, as the sentence says
// it). Filled by the chunker (or by the treebank reader from given parses); read by the coder.
// All indexes are token indexes into Sentence::tokens.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace entente {

inline constexpr uint32_t kNoIndex = UINT32_MAX;

enum class ChunkKind : uint8_t { kNP, kVP, kPP, kADJP, kADVP, kSBAR, kOther };

struct Chunk {
  ChunkKind kind = ChunkKind::kOther;
  uint32_t begin = 0;         // first token
  uint32_t end = 0;           // one past the last token
  uint32_t head = kNoIndex;   // head token (noun of an NP, main verb of a VP)
};

struct TokenRange {
  uint32_t begin = 0, end = 0;  // [begin, end) token indexes
  bool empty() const { return begin >= end; }
  friend bool operator==(const TokenRange&, const TokenRange&) = default;
};

// A noun phrase in a role: subject, object, or the object of a preposition.
struct Argument {
  TokenRange range;                  // the whole phrase ("Sergei Lavrov, Russia's foreign minister")
  uint32_t head = kNoIndex;          // head noun (or pronoun) token
  std::vector<TokenRange> members;   // conjuncts of "China and Russia"; empty = the phrase itself
  std::string prep;                  // preposition of a PP argument ("to", "with"); empty otherwise
  bool present() const { return head != kNoIndex; }
};

enum FrameFlag : uint16_t {
  kNegated = 1 << 0,       // "has not provided", "denies providing", "never"
  kPassive = 1 << 1,       // "was attacked by": subject is the patient, the `by` PP the agent
  kModal = 1 << 2,         // "could", "may", "should", "would"
  kFuture = 1 << 3,        // "will", "is to", "plans to"
  kHypothetical = 1 << 4,  // conditional or irrealis: "if", "would have", "could"
  kReported = 1 << 5,      // inside reported speech ("..., a spokesman said")
  kInfinitive = 1 << 6,    // infinitive complement of another frame ("agreed to resume")
  kQuestion = 1 << 7,      // interrogative clause
  kRelative = 1 << 8,      // relative clause ("which is used in ...")
  kGerund = 1 << 9,        // "-ing" complement ("denies providing")
};

enum class FrameKind : uint8_t { kVerb, kNoun };

struct Frame {
  FrameKind kind = FrameKind::kVerb;
  uint32_t trigger = kNoIndex;  // main verb, or head noun of a nominal event ("visit")
  TokenRange group;             // the verb group with auxiliaries and particles ("has not directly provided")
  std::string lemma;            // trigger lemma ("provide", "visit")
  std::string particle;         // verb particle ("up" in "step up"); empty if none
  Argument subject;             // verb: grammatical subject; noun: agent (possessor, adjective, by-phrase)
  Argument object;              // direct object
  Argument object2;             // second object of ditransitives ("gave Ukraine weapons": weapons)
  std::vector<Argument> pps;    // prepositional attachments, in order
  uint16_t flags = 0;           // FrameFlag bits
  std::string modal;            // the modal or intent word when flagged ("would", "plan")
  uint32_t parent = kNoIndex;   // frame index this one is a complement of ("agreed to resume")
  uint32_t subject_from = kNoIndex;  // frame whose subject this one shares (control, coordination)
  bool Has(FrameFlag f) const { return (flags & f) != 0; }
};

}  // namespace entente
