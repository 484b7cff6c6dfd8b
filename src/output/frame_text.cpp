#include "output/frame_text.h"

#include <utility>

namespace entente {
namespace {

// Both renderings append into one string: they run for every frame of `entente parse`, and
// building each part as its own std::string cost an allocation per word group.
void AppendWords(const Sentence& s, TokenRange r, std::string& out) {
  bool first = true;
  for (uint32_t i = r.begin; i < r.end && i < s.tokens.size(); ++i) {
    const std::string& form = s.tokens[i].form;
    // A separator only once something was written (an empty form writes nothing).
    if (!first) out += ' ';
    out += form;
    first = first && form.empty();
  }
}

void AppendArgumentText(const Sentence& s, const Argument& a, std::string& out) {
  if (a.members.empty()) return AppendWords(s, a.range, out);
  const size_t start = out.size();
  for (const TokenRange& m : a.members) {
    if (out.size() > start) out += '+';
    AppendWords(s, m, out);
  }
}

}  // namespace

std::string ArgumentText(const Sentence& s, const Argument& a) {
  std::string out;
  AppendArgumentText(s, a, out);
  return out;
}

std::string FrameText(const Sentence& s, const Frame& f) {
  std::string out;
  if (f.kind == FrameKind::kNoun) out += "N:";
  out += f.lemma;
  if (!f.particle.empty()) {
    out += '_';
    out += f.particle;
  }
  static const std::pair<FrameFlag, const char*> kFlags[] = {
      {kNegated, "neg"},      {kPassive, "pass"}, {kModal, "modal"},    {kFuture, "fut"},
      {kHypothetical, "hyp"}, {kReported, "rep"}, {kInfinitive, "inf"}, {kRelative, "rel"},
      {kGerund, "ger"},       {kQuestion, "q"}};
  for (const auto& [flag, name] : kFlags) {
    if (f.Has(flag)) {
      out += ' ';
      out += name;
    }
  }
  auto argument = [&](const char* label, const Argument& a) {
    out += label;
    AppendArgumentText(s, a, out);
  };
  if (f.subject.present()) argument(" subj=", f.subject);
  if (f.object.present()) argument(" obj=", f.object);
  if (f.object2.present()) argument(" obj2=", f.object2);
  for (const Argument& p : f.pps) {
    out += ' ';
    out += p.prep;
    out += '=';
    AppendArgumentText(s, p, out);
  }
  if (f.parent != kNoIndex && f.parent < s.frames.size()) {
    out += " parent=";
    out += s.frames[f.parent].lemma;
  }
  return out;
}

}  // namespace entente
