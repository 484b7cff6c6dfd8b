#include "output/parse_json.h"

#include <charconv>
#include <utility>

#include "core/json.h"
#include "output/frame_text.h"

namespace entente {
namespace {

const char* ChunkName(ChunkKind k) {
  switch (k) {
    case ChunkKind::kNP:
      return "NP";
    case ChunkKind::kVP:
      return "VP";
    case ChunkKind::kPP:
      return "PP";
    case ChunkKind::kADJP:
      return "ADJP";
    case ChunkKind::kADVP:
      return "ADVP";
    case ChunkKind::kSBAR:
      return "SBAR";
    case ChunkKind::kOther:
      return "O";
  }
  return "O";
}

// Numbers and [begin,end] pairs are written straight into `out`: this writer runs for every
// token of every sentence, and std::to_string plus string concatenation cost an allocation or
// two per number.
void AppendUint(std::string& out, uint64_t n) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

void AppendPair(std::string& out, uint64_t a, uint64_t b) {
  out += '[';
  AppendUint(out, a);
  out += ',';
  AppendUint(out, b);
  out += ']';
}

void AppendArgument(const Sentence& s, const Argument& a, std::string& out) {
  out += "{\"text\":";
  AppendJsonString(out, ArgumentText(s, a));
  out += ",\"tokens\":";
  AppendPair(out, a.range.begin, a.range.end);
  out += ",\"head\":";
  AppendUint(out, a.head);
  if (!a.members.empty()) {
    out += ",\"members\":[";
    for (size_t i = 0; i < a.members.size(); ++i) {
      if (i) out += ',';
      AppendPair(out, a.members[i].begin, a.members[i].end);
    }
    out += "]";
  }
  if (!a.prep.empty()) {
    out += ",\"prep\":";
    AppendJsonString(out, a.prep);
  }
  out += "}";
}

}  // namespace

void AppendParseJson(const Document& doc, const Sentence& s, std::string& out) {
  out += "{\"doc_id\":";
  AppendJsonString(out, doc.id);
  out += ",\"index\":";
  AppendUint(out, s.index);
  out += ",\"span\":";
  AppendPair(out, s.span.begin, s.span.end);
  out += ",\"text\":";
  AppendJsonString(out, doc.Text(s.span));
  out += ",\"tokens\":[";
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (i) out += ',';
    out += "{\"form\":";
    AppendJsonString(out, t.form);
    out += ",\"span\":";
    AppendPair(out, t.span.begin, t.span.end);
    // Tag names need no escaping.
    out += ",\"pos\":\"";
    out += PosName(t.pos);
    out += '"';
    out += ",\"lemma\":";
    AppendJsonString(out, t.lemma);
    out += '}';
  }
  out += "],\"chunks\":[";
  for (size_t i = 0; i < s.chunks.size(); ++i) {
    const Chunk& c = s.chunks[i];
    if (i) out += ',';
    out += "{\"kind\":\"";
    out += ChunkName(c.kind);
    out += "\",\"tokens\":";
    AppendPair(out, c.begin, c.end);
    out += ",\"head\":";
    AppendUint(out, c.head);
    out += '}';
  }
  out += "],\"frames\":[";
  static const std::pair<FrameFlag, const char*> kFlags[] = {
      {kNegated, "negated"},       {kPassive, "passive"},           {kModal, "modal"},
      {kFuture, "future"},         {kHypothetical, "hypothetical"}, {kReported, "reported"},
      {kInfinitive, "infinitive"}, {kRelative, "relative"},         {kGerund, "gerund"},
      {kQuestion, "question"}};
  for (size_t i = 0; i < s.frames.size(); ++i) {
    const Frame& f = s.frames[i];
    if (i) out += ',';
    out += "{\"kind\":";
    out += f.kind == FrameKind::kVerb ? "\"verb\"" : "\"noun\"";
    out += ",\"trigger\":";
    AppendJsonString(out, s.tokens[f.trigger].form);
    out += ",\"lemma\":";
    AppendJsonString(out, f.lemma);
    if (!f.particle.empty()) {
      out += ",\"particle\":";
      AppendJsonString(out, f.particle);
    }
    out += ",\"group\":";
    AppendPair(out, f.group.begin, f.group.end);
    if (f.subject.present()) {
      out += f.kind == FrameKind::kVerb ? ",\"subject\":" : ",\"agent\":";
      AppendArgument(s, f.subject, out);
    }
    if (f.object.present()) {
      out += ",\"object\":";
      AppendArgument(s, f.object, out);
    }
    if (f.object2.present()) {
      out += ",\"object2\":";
      AppendArgument(s, f.object2, out);
    }
    out += ",\"pps\":[";
    for (size_t k = 0; k < f.pps.size(); ++k) {
      if (k) out += ',';
      AppendArgument(s, f.pps[k], out);
    }
    out += "],\"flags\":[";
    bool first = true;
    for (const auto& [flag, name] : kFlags) {
      if (!f.Has(flag)) continue;
      if (!first) out += ',';
      first = false;
      out += '"';
      out += name;
      out += '"';
    }
    out += ']';
    if (!f.modal.empty()) {
      out += ",\"modal\":";
      AppendJsonString(out, f.modal);
    }
    if (f.parent != kNoIndex) {
      out += ",\"parent\":";
      AppendUint(out, f.parent);
    }
    out += ",\"text\":";
    AppendJsonString(out, FrameText(s, f));
    out += '}';
  }
  out += "]}\n";
}

}  // namespace entente
