#include "treebank/petrarch.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <utility>

#include "treebank/lemma.h"

namespace entente {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Record texts are wrapped at ~80 columns in the files: the line breaks carry no meaning.
std::string FoldSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

bool IsTrue(std::string_view v) { return AsciiLower(Trim(v)) == "true"; }

// Maps byte offsets (pugixml's offset_debug) to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  uint64_t Line(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<size_t>(offset));
    return static_cast<uint64_t>(it - starts_.begin());
  }

 private:
  std::vector<size_t> starts_;
};

class Reader {
 public:
  Reader(const std::string& name, const LineIndex& lines, std::vector<Status>* problems)
      : name_(name), lines_(lines), problems_(problems) {}

  void Environment(const pugi::xml_node& env, PetrarchFile& file) {
    for (pugi::xml_node n : env.children()) {
      if (n.type() != pugi::node_element) continue;
      if (std::strcmp(n.name(), "Config") == 0) {
        Config(n);
        continue;
      }
      const std::string value = Trim(n.text().get());
      file.environment.settings[n.name()] = value;
      if (std::strcmp(n.name(), "Include") == 0) {
        std::istringstream words(value);
        for (std::string w; words >> w;) file.environment.include.push_back(w);
      }
    }
  }

  void Config(const pugi::xml_node& n) {
    const std::string option = n.attribute("option").value();
    if (option.empty()) {
      Problem(n, "<Config> without an option attribute; ignored");
      return;
    }
    config_[option] = n.attribute("value").value();
  }

  std::optional<PetrarchRecord> Record(const pugi::xml_node& s) {
    PetrarchRecord r;
    r.file = name_;
    r.line = lines_.Line(s.offset_debug());
    r.config = config_;
    bool has_date = false;
    for (pugi::xml_attribute a : s.attributes()) {
      const std::string_view key = a.name();
      if (key == "id") {
        r.id = Trim(a.value());
      } else if (key == "date") {
        std::optional<CivilDate> date = ParseCompactDate(Trim(a.value()));
        if (!date)
          return Skip(s, "bad date \"" + std::string(a.value()) + "\" (want YYYYMMDD or YYMMDD)");
        r.date = *date;
        has_date = true;
      } else if (key == "category") {
        r.category = Trim(a.value());
      } else if (key == "sentence") {
        r.sentence = IsTrue(a.value());
      } else {
        r.attributes[std::string(key)] = a.value();
      }
    }
    if (r.id.empty()) return Skip(s, "<Sentence> without an id");
    if (!has_date) return Skip(s, "record " + r.id + " has no date");
    const pugi::xml_node text = s.child("Text"), parse = s.child("Parse");
    if (!text) return Skip(s, "record " + r.id + " has no <Text>");
    if (!parse) return Skip(s, "record " + r.id + " has no <Parse>");
    r.text = FoldSpace(text.text().get());
    r.parse = Trim(parse.text().get());
    // An empty <Text> is allowed: PETRARCH codes from the parse (GigaWord's TEST_ records).
    if (r.parse.empty()) return Skip(s, "record " + r.id + " has an empty <Parse>");
    for (pugi::xml_node e : s.children("EventCoding")) {
      const pugi::xml_attribute src = e.attribute("sourcecode"), tgt = e.attribute("targetcode"),
                                code = e.attribute("eventcode");
      if (src && tgt && code) {
        r.events.push_back({Trim(src.value()), Trim(tgt.value()), Trim(code.value())});
      } else if (e.attribute("noevents")) {
        r.expect_no_events = IsTrue(e.attribute("noevents").value());
      } else if (e.attribute("error")) {
        r.expected_error = Trim(e.attribute("error").value());
      } else {
        return Skip(e,
                    "record " + r.id +
                        ": <EventCoding> needs sourcecode, targetcode and eventcode, or noevents, "
                        "or error");
      }
    }
    return r;
  }

  void Problem(const pugi::xml_node& n, const std::string& message) {
    if (problems_)
      problems_->push_back(ParseError(message).At(name_, lines_.Line(n.offset_debug())));
  }

 private:
  std::nullopt_t Skip(const pugi::xml_node& n, const std::string& why) {
    Problem(n, why + "; record skipped");
    return std::nullopt;
  }

  const std::string& name_;
  const LineIndex& lines_;
  std::vector<Status>* problems_;
  std::map<std::string, std::string> config_;
};

}  // namespace

bool PetrarchEnvironment::Runs(const PetrarchRecord& record) const {
  if (!record.sentence) return false;
  return include.empty() ||
         std::find(include.begin(), include.end(), record.category) != include.end();
}

Result<PetrarchFile> ParsePetrarchXml(std::string_view xml, const std::string& name,
                                      std::vector<Status>* problems) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default);
  const LineIndex lines(xml);
  Status broken;
  if (!parsed) {
    // pugixml keeps what it parsed before the error: use the records that closed before it.
    broken =
        ParseError(std::string("XML: ") + parsed.description()).At(name, lines.Line(parsed.offset));
  }
  PetrarchFile file;
  Reader reader(name, lines, problems);
  size_t sentences = 0;
  // Records sit at most a few levels down (Validation > Sentences > Sentence): an explicit
  // preorder walk with a depth cap, so a hostile file's nesting costs nothing.
  constexpr int kMaxDepth = 4;
  pugi::xml_node cur = doc.first_child();
  int depth = 0;
  while (cur) {
    bool descend = false;
    if (cur.type() == pugi::node_element) {
      const std::string_view tag = cur.name();
      if (tag == "Sentence") {
        ++sentences;
        const bool complete = parsed || cur.next_sibling();
        if (complete) {
          if (std::optional<PetrarchRecord> r = reader.Record(cur))
            file.records.push_back(std::move(*r));
        }
      } else if (tag == "Environment") {
        reader.Environment(cur, file);
      } else if (tag == "Config") {
        reader.Config(cur);
      } else {
        descend = depth < kMaxDepth;
      }
    }
    if (descend && cur.first_child()) {
      cur = cur.first_child();
      ++depth;
      continue;
    }
    while (cur && !cur.next_sibling() && depth > 0) {
      cur = cur.parent();
      --depth;
    }
    cur = cur ? cur.next_sibling() : cur;
  }
  if (!parsed) {
    if (file.records.empty()) return broken;
    if (problems) problems->push_back(broken);
  } else if (sentences == 0) {
    return ParseError("no <Sentence> records (is this a PETRARCH XML file?)").At(name, 1);
  }
  return file;
}

Result<PetrarchFile> ReadPetrarchFile(const std::string& path, std::vector<Status>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open " + path + ": " + std::strerror(errno));
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return IoError("cannot read " + path);
  return ParsePetrarchXml(xml, path, problems);
}

Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path,
                                                        std::vector<Status>* problems) {
  Result<PetrarchFile> file = ReadPetrarchFile(path, problems);
  if (!file.ok()) return file.status();
  return std::move(file->records);
}

}  // namespace entente
