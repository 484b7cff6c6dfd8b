#include "output/frame_text.h"

#include <utility>

namespace entente {
namespace {

std::string Words(const Sentence& s, TokenRange r) {
  std::string out;
  for (uint32_t i = r.begin; i < r.end && i < s.tokens.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += s.tokens[i].form;
  }
  return out;
}

}  // namespace

std::string ArgumentText(const Sentence& s, const Argument& a) {
  if (a.members.empty()) return Words(s, a.range);
  std::string out;
  for (const TokenRange& m : a.members) {
    if (!out.empty()) out += '+';
    out += Words(s, m);
  }
  return out;
}

std::string FrameText(const Sentence& s, const Frame& f) {
  std::string out = (f.kind == FrameKind::kNoun ? "N:" : "") + f.lemma;
  if (!f.particle.empty()) out += "_" + f.particle;
  static const std::pair<FrameFlag, const char*> kFlags[] = {
      {kNegated, "neg"},      {kPassive, "pass"},  {kModal, "modal"},     {kFuture, "fut"},
      {kHypothetical, "hyp"}, {kReported, "rep"},  {kInfinitive, "inf"},  {kRelative, "rel"},
      {kGerund, "ger"},       {kQuestion, "q"}};
  for (const auto& [flag, name] : kFlags) {
    if (f.Has(flag)) out += std::string(" ") + name;
  }
  if (f.subject.present()) out += " subj=" + ArgumentText(s, f.subject);
  if (f.object.present()) out += " obj=" + ArgumentText(s, f.object);
  if (f.object2.present()) out += " obj2=" + ArgumentText(s, f.object2);
  for (const Argument& p : f.pps) out += " " + p.prep + "=" + ArgumentText(s, p);
  if (f.parent != kNoIndex && f.parent < s.frames.size()) out += " parent=" + s.frames[f.parent].lemma;
  return out;
}

}  // namespace entente
