// Verb frames from a constituency tree: who did what to whom, read off the brackets.
//
// Consumes: a Tree (tree.h). Produces: Frames (core/frame.h) whose token indexes are the tree's
//   leaf indexes, in order of their trigger. For every verb group:
//   - trigger = the main verb after the auxiliaries ("has not directly provided" -> provided),
//     group = auxiliaries + negation + verb (+ particle when adjacent), lemma by simple rules;
//   - subject = the NP subject of the clause (S -> NP VP; the NP after the verb in SINV); the
//     antecedent for relative clauses ("tanks which are used": kRelative) and reduced relatives;
//     conjoined VPs share their clause's subject and point at the first conjunct (subject_from);
//     a subjectless complement ("agreed to resume talks") leaves subject empty and sets
//     subject_from = parent = the governing frame (subject control);
//   - object / object2 = the first and second NP of the verb's own VP; pps = its PP children
//     (prep lower-cased, "out of" for nested PPs);
//   - flags: kNegated (not, n't, never in the verb group), kModal (+ modal; kFuture for
//     will/shall), kPassive (be/get + VBN, and reduced relatives "men sought in"),
//     kInfinitive (to + VP), kGerund (a bare -ing complement), kRelative, kReported (the clause
//     is, or lies under, the complement of a reporting verb: say, tell, announce...).
//   Nominal frames are not produced here.
// Limits: walks up the tree at most kMaxClimb levels per frame, so pathological nesting costs
//   linear time; real parses are far shallower.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/frame.h"
#include "treebank/tree.h"

namespace entente {

inline constexpr int kMaxClimb = 64;

std::vector<Frame> FramesFromTree(const Tree& tree);

// The subject a frame effectively has: its own, or the one it shares through subject_from
// (followed for a few steps). nullptr when none.
const Argument* EffectiveSubject(const std::vector<Frame>& frames, size_t index);

// Verbs that introduce reported speech ("say", "tell", "announce"...), by lemma.
bool IsReportingVerb(std::string_view lemma);

}  // namespace entente
