#include "golden_file.h"

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace entente::golden {

Result<std::string> Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case '\\': out += '\\'; break;
      case 'x': {
        if (i + 2 >= s.size() + 0 && i + 2 > s.size()) return ParseError("bad \\x escape");
        out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
        i += 2;
        break;
      }
      case 'u': {
        size_t close = s.find('}', i);
        if (i + 1 >= s.size() || s[i + 1] != '{' || close == std::string::npos) {
          return ParseError("bad \\u{...} escape");
        }
        AppendUtf8(static_cast<char32_t>(std::stoul(s.substr(i + 2, close - i - 2), nullptr, 16)),
                   out);
        i = close;
        break;
      }
      default:
        return ParseError(std::string("unknown escape \\") + c);
    }
  }
  return out;
}

Result<std::vector<Case>> ParseFile(const std::string& path, std::string* dict) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open " + path);
  std::vector<Case> cases;
  std::string line, header;
  size_t line_no = 0;
  enum { kOutside, kText, kExpect } state = kOutside;
  while (std::getline(in, line)) {
    ++line_no;
    if (state == kText) {
      if (line == "----") {
        Case& c = cases.back();
        std::string joined;
        for (size_t i = 0; i < c.raw_text.size(); ++i) {
          if (i) joined += '\n';
          joined += c.raw_text[i];
        }
        if (c.text_directive == "text-escaped") {
          Result<std::string> text = Unescape(joined);
          if (!text.ok()) return Status(text.status()).At(path, c.line);
          c.text = text.value();
        } else {
          c.text = joined;
        }
        state = kExpect;
      } else {
        cases.back().raw_text.push_back(line);
      }
      continue;
    }
    const std::string directive = line.substr(0, line.find(' '));
    if (directive == "text" || directive == "text-escaped") {
      Case c;
      c.line = line_no;
      c.text_directive = directive;
      if (line.size() > directive.size()) c.date = line.substr(directive.size() + 1);
      c.header = header;
      header.clear();
      cases.push_back(std::move(c));
      state = kText;
      continue;
    }
    if (line.empty()) {
      if (state == kOutside && !header.empty()) header += "\n";
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# dict:", 0) == 0 && dict) {
        std::string rel = line.substr(7);
        rel.erase(0, rel.find_first_not_of(' '));
        size_t slash = path.find_last_of('/');
        *dict = slash == std::string::npos ? rel : path.substr(0, slash + 1) + rel;
      }
      header += line + "\n";
      continue;
    }
    if (state != kExpect) return ParseError("expectation outside a case: " + line).At(path, line_no);
    if (!header.empty()) {
      return ParseError("comment between expectations; put it before the next `text`")
          .At(path, line_no);
    }
    cases.back().expected.push_back(line);
  }
  if (state == kText) return ParseError("text block without ----").At(path, cases.back().line);
  return cases;
}

std::string Render(const std::vector<Case>& cases) {
  std::ostringstream out;
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    if (i) out << "\n";
    out << c.header << c.text_directive << (c.date.empty() ? "" : " " + c.date) << "\n";
    for (const std::string& l : c.raw_text) out << l << "\n";
    out << "----\n";
    for (const std::string& e : c.expected) out << e << "\n";
  }
  return out.str();
}

}  // namespace entente::golden
