// ent_golden: runs golden test files (docs/testing.md) through the pipeline and diffs the result
// against their expectations. Usage: ent_golden [--rewrite] FILE...
#include <algorithm>
#include <map>
#include <memory>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "golden_file.h"
#include "output/frame_text.h"
#include "pipeline/pipeline.h"

namespace {

using entente::golden::Case;

bool Wants(const std::vector<std::string>& kinds, const char* kind) {
  for (const std::string& k : kinds) {
    if (k == kind) return true;
  }
  return false;
}

// Frame cases need the tagger; it is loaded once, on first use.
const entente::Pipeline& ParsingPipeline() {
  static const entente::Pipeline pipeline = [] {
    entente::PipelineOptions options;
    auto tagger = entente::LoadDefaultTagger();
    if (!tagger.ok()) {
      std::fprintf(stderr, "ent_golden: %s\n", tagger.status().ToString().c_str());
      std::exit(2);
    }
    options.tagger = tagger.value();
    return entente::Pipeline(options);
  }();
  return pipeline;
}

// Event cases need a dictionary: the file's `# dict:` folder, loaded once per folder.
const entente::Pipeline* CodingPipeline(const std::string& dict_dir) {
  static std::map<std::string, std::unique_ptr<entente::Pipeline>> pipelines;
  auto it = pipelines.find(dict_dir);
  if (it != pipelines.end()) return it->second.get();
  entente::PipelineOptions options;
  auto tagger = entente::LoadDefaultTagger();
  if (!tagger.ok()) return nullptr;
  options.tagger = tagger.value();
  entente::Diagnostics diags;
  const bool petrarch = dict_dir.find("petrarch") != std::string::npos;
  auto dict = petrarch ? entente::LoadPetrarchDictionary(dict_dir, diags, entente::DefaultDictionaryDir())
                       : entente::LoadNativeDictionary(dict_dir, diags);
  if (!dict.ok()) {
    std::fprintf(stderr, "ent_golden: %s\n", dict.status().ToString().c_str());
    return nullptr;
  }
  for (const auto& p : diags.problems()) std::fprintf(stderr, "ent_golden: %s\n", p.ToString().c_str());
  options.dictionary = dict.value();
  auto pipeline = std::make_unique<entente::Pipeline>(options);
  return pipelines.emplace(dict_dir, std::move(pipeline)).first->second.get();
}

std::vector<std::string> Actual(const Case& c, const std::vector<std::string>& wanted_kinds,
                                const std::string& dict_dir) {
  entente::Document doc;
  doc.id = "golden";
  doc.text = c.text;
  if (auto date = entente::ParseDate(c.date)) doc.date = *date;
  if (Wants(wanted_kinds, "event") || Wants(wanted_kinds, "no-events")) {
    std::vector<std::string> out;
    const entente::Pipeline* pipeline = dict_dir.empty() ? nullptr : CodingPipeline(dict_dir);
    if (!pipeline) return {"error event cases need a `# dict:` header naming a dictionary folder"};
    entente::Status s = pipeline->Process(doc);
    if (!s.ok()) return {"error " + s.ToString()};
    for (const entente::Event& e : doc.events) {
      out.push_back("event " + (e.source.empty() ? std::string("-") : e.source) + " " +
                    (e.target.empty() ? std::string("-") : e.target) + " " + e.code);
    }
    std::sort(out.begin(), out.end());
    if (out.empty()) out.push_back("no-events");
    return out;
  }
  const bool frames = Wants(wanted_kinds, "frame") || Wants(wanted_kinds, "nominal");
  static const entente::Pipeline segmenting;
  entente::Status s = (frames ? ParsingPipeline() : segmenting).Process(doc);
  std::vector<std::string> out;
  if (!s.ok()) {
    out.push_back("error " + s.ToString());
    return out;
  }
  if (frames) {
    for (const entente::Sentence& sentence : doc.sentences) {
      for (const entente::Frame& f : sentence.frames) {
        if (f.kind == entente::FrameKind::kVerb) out.push_back("frame " + entente::FrameText(sentence, f));
      }
    }
    for (const entente::Sentence& sentence : doc.sentences) {
      for (const entente::Frame& f : sentence.frames) {
        if (f.kind == entente::FrameKind::kNoun) out.push_back("nominal " + entente::FrameText(sentence, f));
      }
    }
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

// Exact comparison, except that a `diagnostic X` expectation matches any diagnostic containing X,
// and `nominal` expectations need only be among the actual nominal frames.
bool Matches(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  bool frames = false;
  for (const std::string& e : expected) frames = frames || Kind(e) == "frame" || Kind(e) == "nominal";
  bool events = false;
  for (const std::string& e : expected) events = events || Kind(e) == "event" || Kind(e) == "no-events";
  if (events) {
    std::vector<std::string> want(expected);
    std::sort(want.begin(), want.end());
    return want == actual;
  }
  if (frames) {
    std::vector<std::string> want_frames, got_frames;
    for (const std::string& e : expected) {
      if (Kind(e) == "frame") want_frames.push_back(e);
      if (Kind(e) == "nominal" && std::find(actual.begin(), actual.end(), e) == actual.end()) return false;
    }
    for (const std::string& a : actual) {
      if (Kind(a) == "frame") got_frames.push_back(a);
    }
    return want_frames == got_frames;
  }
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
  int failed = 0, passed = 0, expected_failures = 0;
  for (const std::string& file : files) {
    std::string dict_dir;
    auto cases = entente::golden::ParseFile(file, &dict_dir);
    if (!cases.ok()) {
      std::fprintf(stderr, "%s\n", cases.status().ToString().c_str());
      ++failed;
      continue;
    }
    for (Case& c : cases.value()) {
      std::vector<std::string> kinds;
      for (const std::string& e : c.expected) kinds.push_back(Kind(e));
      std::vector<std::string> actual = Actual(c, kinds, dict_dir);
      const bool xfail = c.header.find("# xfail:") != std::string::npos;
      const bool ok = Matches(c.expected, actual);
      if (xfail && !ok && !rewrite) {
        ++expected_failures;  // a known gap, described in the case's header
        continue;
      }
      if (xfail && ok) {
        ++failed;
        std::fprintf(stderr, "%s:%zu: passes now; remove its `# xfail:` line\n", file.c_str(), c.line);
        continue;
      }
      if (ok) {
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
  if (expected_failures > 0) std::printf("(%d known gaps marked xfail)\n", expected_failures);
  return failed == 0 ? 0 : 1;
}
