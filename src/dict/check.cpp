#include "dict/check.h"

namespace entente {

namespace {

std::string Norm(const std::string& actor) { return actor.empty() ? "-" : actor; }

}  // namespace

SelfTestReport RunSelfTests(const Dictionary& dict, const CoderFn& coder) {
  SelfTestReport report;
  if (!coder) {
    report.not_run = dict.SelfTests().size();
    return report;
  }
  for (const SelfTest& t : dict.SelfTests()) {
    ++report.run;
    std::vector<CodedEvent> events = coder(t.sentence);
    bool found = false;
    std::string got;
    for (const CodedEvent& e : events) {
      // Actors compare as the evaluation does: "ISR" accepts ISRGOV; "-" only an empty actor.
      auto actor_ok = [](const std::string& got, const std::string& want) {
        return want == "-" ? got == "-" : got.rfind(want, 0) == 0;
      };
      found |= actor_ok(Norm(e.source), t.src) && actor_ok(Norm(e.target), t.tgt) &&
               e.code == t.code;
      got += (got.empty() ? "" : ", ") + Norm(e.source) + " " + Norm(e.target) + " " + e.code;
    }
    if (found) {
      ++report.passed;
      continue;
    }
    DictProblem p;
    p.status = Status(StatusCode::kParseError, "self-test failed: '" + t.sentence + "' expected " +
                                                   t.src + " " + t.tgt + " " + t.code + ", got " +
                                                   (got.empty() ? "no event" : got));
    p.status.At(t.file, t.line);
    report.failures.push_back(std::move(p));
  }
  return report;
}

std::string FormatCounts(const DictCounts& c) {
  const std::pair<const char*, size_t> rows[] = {{"actors", c.actors},
                                                 {"names", c.names},
                                                 {"people", c.people},
                                                 {"roles", c.roles},
                                                 {"agents", c.agents},
                                                 {"verbs", c.verbs},
                                                 {"verb patterns", c.verb_patterns},
                                                 {"noun patterns", c.noun_patterns},
                                                 {"synsets", c.synsets},
                                                 {"discards", c.discards},
                                                 {"issues", c.issues},
                                                 {"transformations", c.transformations},
                                                 {"cameo codes", c.cameo_codes},
                                                 {"self-tests", c.self_tests}};
  std::string out;
  for (const auto& [name, n] : rows) {
    std::string label = std::string(name) + ":";
    label.resize(18, ' ');
    out += "  " + label + std::to_string(n) + "\n";
  }
  return out;
}

}  // namespace entente
