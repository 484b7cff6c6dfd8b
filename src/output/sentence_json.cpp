#include "output/sentence_json.h"

#include "core/json.h"

namespace entente {
namespace {

void AppendSpan(const Span& s, std::string& out) {
  out += '[';
  out += std::to_string(s.begin);
  out += ',';
  out += std::to_string(s.end);
  out += ']';
}

}  // namespace

void AppendSentenceJson(const Document& doc, const Sentence& sentence, std::string& out) {
  out += "{\"doc_id\":";
  AppendJsonString(out, doc.id);
  out += ",\"index\":";
  out += std::to_string(sentence.index);
  out += ",\"date\":";
  if (doc.date.known()) {
    AppendJsonString(out, doc.date.ToString());
  } else {
    out += "null";
  }
  out += ",\"span\":";
  AppendSpan(sentence.span, out);
  out += ",\"text\":";
  AppendJsonString(out, doc.Text(sentence.span));
  out += ",\"tokens\":[";
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    if (i) out += ',';
    out += "{\"form\":";
    AppendJsonString(out, t.form);
    out += ",\"span\":";
    AppendSpan(t.span, out);
    out += '}';
  }
  out += ']';
  if (sentence.index == 0 && !doc.dateline.empty()) {
    out += ",\"dateline\":{\"text\":";
    AppendJsonString(out, doc.Text(doc.dateline));
    out += ",\"span\":";
    AppendSpan(doc.dateline, out);
    out += '}';
  }
  out += "}\n";
}

}  // namespace entente
