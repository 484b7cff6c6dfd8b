// ent_golden: runs golden test files (docs/testing.md) through the pipeline and diffs the result
// against their expectations. Usage: ent_golden [--rewrite] FILE...
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "golden_file.h"
#include "pipeline/pipeline.h"

namespace {

using entente::golden::Case;

std::vector<std::string> Actual(const Case& c, const std::vector<std::string>& wanted_kinds) {
  entente::Document doc;
  doc.id = "golden";
  doc.text = c.text;
  entente::Pipeline pipeline;
  entente::Status s = pipeline.Process(doc);
  std::vector<std::string> out;
  if (!s.ok()) {
    out.push_back("error " + s.ToString());
    return out;
  }
  if (!doc.dateline.empty()) out.push_back("dateline " + std::string(doc.Text(doc.dateline)));
  for (const entente::Sentence& sentence : doc.sentences) {
    std::string line = "sentence";
    for (const entente::Token& t : sentence.tokens) line += " " + t.form;
    out.push_back(line);
  }
  bool want_diag = false;
  for (const std::string& k : wanted_kinds) want_diag = want_diag || k == "diagnostic";
  if (want_diag) {
    for (const entente::Diagnostic& d : doc.diagnostics) out.push_back("diagnostic " + d.message);
  }
  return out;
}

std::string Kind(const std::string& line) { return line.substr(0, line.find(' ')); }

// Exact comparison, except that a `diagnostic X` expectation matches any diagnostic containing X.
bool Matches(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  if (expected.size() != actual.size()) return false;
  for (size_t i = 0; i < expected.size(); ++i) {
    if (Kind(expected[i]) == "diagnostic" && Kind(actual[i]) == "diagnostic") {
      if (actual[i].find(expected[i].substr(11)) == std::string::npos) return false;
    } else if (expected[i] != actual[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool rewrite = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--rewrite")) {
      rewrite = true;
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: ent_golden [--rewrite] FILE...\n");
    return 2;
  }
  int failed = 0, passed = 0;
  for (const std::string& file : files) {
    auto cases = entente::golden::ParseFile(file);
    if (!cases.ok()) {
      std::fprintf(stderr, "%s\n", cases.status().ToString().c_str());
      ++failed;
      continue;
    }
    for (Case& c : cases.value()) {
      std::vector<std::string> kinds;
      for (const std::string& e : c.expected) kinds.push_back(Kind(e));
      std::vector<std::string> actual = Actual(c, kinds);
      if (Matches(c.expected, actual)) {
        ++passed;
        continue;
      }
      if (rewrite) {
        c.expected = actual;
        continue;
      }
      ++failed;
      std::fprintf(stderr, "%s:%zu: FAILED\n%s  expected:\n", file.c_str(), c.line, c.header.c_str());
      for (const std::string& e : c.expected) std::fprintf(stderr, "    %s\n", e.c_str());
      std::fprintf(stderr, "  actual:\n");
      for (const std::string& a : actual) std::fprintf(stderr, "    %s\n", a.c_str());
    }
    if (rewrite) {
      std::ofstream(file, std::ios::binary) << entente::golden::Render(cases.value());
    }
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
