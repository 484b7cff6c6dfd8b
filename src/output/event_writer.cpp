#include "output/event_writer.h"

#include <charconv>
#include <cstdio>
#include <system_error>

#include "core/json.h"

namespace entente {
namespace {

std::string Number(double v) {
  // As printf's "%.2f" (the standard defines it so), at a tenth of snprintf's cost.
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return std::string(buf, r.ec == std::errc() ? r.ptr : buf);
}

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

bool IsCountry(const std::string& code) {
  return code.size() >= 3 && code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0 &&
         code.compare(0, 3, "IMG") != 0 && code.compare(0, 3, "MNC") != 0;
}

// GDELT's ten actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
// Religion2Code, Type1Code, Type2Code, Type3Code.
void AppendActorColumns(const std::string& code, std::string_view name, std::string& out) {
  out += code + "\t" + Clean(name) + "\t";
  out += IsCountry(code) ? code.substr(0, 3) : "";
  out += "\t";
  out += code.size() >= 6 && !IsCountry(code) ? code.substr(3, 3) : "";
  out += "\t\t\t\t";
  out += code.size() >= 6 && IsCountry(code) ? code.substr(3, 3) : "";
  out += "\t";
  out += code.size() >= 9 && IsCountry(code) ? code.substr(6, 3) : "";
  out += "\t\t";
}

}  // namespace

void AppendEventJson(const Document& doc, const Event& e, bool explain, std::string& out) {
  out += "{\"doc_id\":";
  AppendJsonString(out, doc.id);
  out += ",\"sentence\":" + std::to_string(e.sentence);
  out += ",\"date\":";
  if (doc.date.known())
    AppendJsonString(out, doc.date.ToString());
  else
    out += "null";
  out += ",\"source\":";
  AppendJsonString(out, e.source);
  out += ",\"target\":";
  AppendJsonString(out, e.target);
  out += ",\"code\":";
  AppendJsonString(out, e.code);
  out += ",\"root\":";
  AppendJsonString(out, e.root);
  out += ",\"quad_class\":" + std::to_string(e.quad);
  out += ",\"goldstein\":" + Number(e.goldstein);
  out += ",\"plover\":{\"type\":";
  AppendJsonString(out, e.plover_type);
  out += ",\"mode\":";
  AppendJsonString(out, e.plover_mode);
  out += "},\"source_text\":";
  AppendJsonString(out, doc.Text(e.source_span));
  out += ",\"target_text\":";
  AppendJsonString(out, doc.Text(e.target_span));
  out += ",\"trigger_text\":";
  AppendJsonString(out, doc.Text(e.trigger_span));
  out += ",\"span\":[" + std::to_string(e.span.begin) + "," + std::to_string(e.span.end) + "]";
  out += ",\"source_span\":[" + std::to_string(e.source_span.begin) + "," +
         std::to_string(e.source_span.end) + "]";
  out += ",\"target_span\":[" + std::to_string(e.target_span.begin) + "," +
         std::to_string(e.target_span.end) + "]";
  out += ",\"trigger_span\":[" + std::to_string(e.trigger_span.begin) + "," +
         std::to_string(e.trigger_span.end) + "]";
  out += ",\"evidence\":";
  AppendJsonString(out, doc.Text(e.span));
  out += ",\"confidence\":" + Number(e.confidence);
  out += ",\"mentions\":" + std::to_string(e.mentions);
  if (explain) {
    out += ",\"rule\":";
    AppendJsonString(out, e.rule);
  }
  out += "}\n";
}

std::string EventTsvHeader(bool explain) {
  std::string h =
      "doc_id\tdate\tsentence\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tplover_type\t"
      "plover_mode\tconfidence\tmentions\tsource_text\ttarget_text\ttrigger_text\tspan_begin\t"
      "span_end";
  if (explain) h += "\trule";
  return h + "\n";
}

void AppendEventTsv(const Document& doc, const Event& e, bool explain, std::string& out) {
  out += Clean(doc.id) + "\t" + doc.date.ToString() + "\t" + std::to_string(e.sentence) + "\t" +
         e.source + "\t" + e.target + "\t" + e.code + "\t" + e.root + "\t" +
         std::to_string(e.quad) + "\t" + Number(e.goldstein) + "\t" + e.plover_type + "\t" +
         e.plover_mode + "\t" + Number(e.confidence) + "\t" + std::to_string(e.mentions) + "\t" +
         Clean(doc.Text(e.source_span)) + "\t" + Clean(doc.Text(e.target_span)) + "\t" +
         Clean(doc.Text(e.trigger_span)) + "\t" + std::to_string(e.span.begin) + "\t" +
         std::to_string(e.span.end);
  if (explain) out += "\t" + Clean(e.rule);
  out += "\n";
}

void AppendEventGdelt(const Document& doc, const Event& e, uint64_t id, std::string& out) {
  const CivilDate d = doc.date;
  char date[32] = "", month[32] = "", year[16] = "", fraction[32] = "";
  if (d.known()) {
    std::snprintf(date, sizeof date, "%04d%02d%02d", d.year, d.month, d.day);
    std::snprintf(month, sizeof month, "%04d%02d", d.year, d.month);
    std::snprintf(year, sizeof year, "%04d", d.year);
    std::snprintf(fraction, sizeof fraction, "%.4f",
                  d.year + (d.month - 1) / 12.0 + (d.day - 1) / 365.0);
  }
  out += std::to_string(id) + "\t" + date + "\t" + month + "\t" + year + "\t" + fraction + "\t";
  AppendActorColumns(e.source, doc.Text(e.source_span), out);
  AppendActorColumns(e.target, doc.Text(e.target_span), out);
  // IsRootEvent: the event is in the document's first sentence (GDELT: the lead paragraph).
  out += std::string(e.sentence == 0 ? "1" : "0") + "\t" + e.code + "\t" + e.code.substr(0, 3) +
         "\t" + e.root + "\t" + std::to_string(e.quad) + "\t" + Number(e.goldstein) + "\t" +
         std::to_string(e.mentions) + "\t1\t1\t";  // NumMentions, NumSources, NumArticles
  out += "\t";                                     // AvgTone: not computed
  for (int geo = 0; geo < 3; ++geo) out += "\t\t\t\t\t\t\t\t";  // Actor1Geo, Actor2Geo, ActionGeo
  out += date;  // DATEADDED (the story date, day resolution)
  out += "\t";
  auto url = doc.metadata.find("url");
  if (url != doc.metadata.end()) out += Clean(url->second);
  out += "\n";
}

}  // namespace entente
