#include "output/parse_json.h"

#include <utility>

#include "core/json.h"
#include "output/frame_text.h"

namespace entente {
namespace {

const char* ChunkName(ChunkKind k) {
  switch (k) {
    case ChunkKind::kNP: return "NP";
    case ChunkKind::kVP: return "VP";
    case ChunkKind::kPP: return "PP";
    case ChunkKind::kADJP: return "ADJP";
    case ChunkKind::kADVP: return "ADVP";
    case ChunkKind::kSBAR: return "SBAR";
    case ChunkKind::kOther: return "O";
  }
  return "O";
}

void AppendArgument(const Sentence& s, const Argument& a, std::string& out) {
  out += "{\"text\":";
  AppendJsonString(out, ArgumentText(s, a));
  out += ",\"tokens\":[" + std::to_string(a.range.begin) + "," + std::to_string(a.range.end) + "]";
  out += ",\"head\":" + std::to_string(a.head);
  if (!a.members.empty()) {
    out += ",\"members\":[";
    for (size_t i = 0; i < a.members.size(); ++i) {
      if (i) out += ',';
      out += "[" + std::to_string(a.members[i].begin) + "," + std::to_string(a.members[i].end) + "]";
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
  out += ",\"index\":" + std::to_string(s.index);
  out += ",\"span\":[" + std::to_string(s.span.begin) + "," + std::to_string(s.span.end) + "]";
  out += ",\"text\":";
  AppendJsonString(out, doc.Text(s.span));
  out += ",\"tokens\":[";
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (i) out += ',';
    out += "{\"form\":";
    AppendJsonString(out, t.form);
    out += ",\"span\":[" + std::to_string(t.span.begin) + "," + std::to_string(t.span.end) + "]";
    out += ",\"pos\":";
    AppendJsonString(out, PosName(t.pos));
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
    out += "\",\"tokens\":[" + std::to_string(c.begin) + "," + std::to_string(c.end) + "]";
    out += ",\"head\":" + std::to_string(c.head) + "}";
  }
  out += "],\"frames\":[";
  static const std::pair<FrameFlag, const char*> kFlags[] = {
      {kNegated, "negated"},   {kPassive, "passive"},       {kModal, "modal"},
      {kFuture, "future"},     {kHypothetical, "hypothetical"}, {kReported, "reported"},
      {kInfinitive, "infinitive"}, {kRelative, "relative"}, {kGerund, "gerund"},
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
    out += ",\"group\":[" + std::to_string(f.group.begin) + "," + std::to_string(f.group.end) + "]";
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
    if (f.parent != kNoIndex) out += ",\"parent\":" + std::to_string(f.parent);
    out += ",\"text\":";
    AppendJsonString(out, FrameText(s, f));
    out += '}';
  }
  out += "]}\n";
}

}  // namespace entente
