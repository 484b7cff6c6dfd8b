// entente eval: measures entente against reference data. `eval parse` compares our tagger and
// shallow parser with given constituency parses (PETRARCH XML records with CoreNLP trees).
// More evaluations register as further sub-subcommands in AddEvalCommand.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "cli_common.h"
#include "treebank/align.h"
#include "treebank/lemma.h"
#include "treebank/petrarch.h"
#include "treebank/tree.h"
#include "treebank/tree_document.h"
#include "treebank/tree_frames.h"

namespace entente::cli {

namespace {

struct EvalParseFlags {
  std::vector<std::string> files;
  bool verbose = false;
  int worst = 10;
  bool quiet = false;
};

// (verb, subject head, object head), lower-cased forms; "-" for a missing argument.
using Triple = std::tuple<std::string, std::string, std::string>;

struct Counts {
  uint64_t records = 0, parsed = 0, parse_errors = 0, leaves = 0, aligned = 0, pos_agree = 0;
  uint64_t gold = 0, ours = 0, matched = 0;
  void Add(const Counts& o) {
    records += o.records, parsed += o.parsed, parse_errors += o.parse_errors, leaves += o.leaves;
    aligned += o.aligned, pos_agree += o.pos_agree, gold += o.gold, ours += o.ours;
    matched += o.matched;
  }
};

// One record's disagreements, kept for the -v listing.
struct RecordReport {
  std::string where;   // file:line id
  uint64_t score = 0;  // POS mismatches + missed + spurious triples + unaligned leaves
  std::vector<std::string> pos, missed, spurious, unaligned;
};

std::string ArgWord(const Argument* arg, const std::vector<Token>& tokens) {
  if (arg == nullptr || !arg->present() || arg->head >= tokens.size()) return "-";
  return AsciiLower(tokens[arg->head].form);
}

void AppendTriples(const Sentence& s, std::vector<Triple>& out) {
  for (size_t i = 0; i < s.frames.size(); ++i) {
    const Frame& f = s.frames[i];
    if (f.kind != FrameKind::kVerb || f.trigger >= s.tokens.size()) continue;
    out.emplace_back(AsciiLower(s.tokens[f.trigger].form),
                     ArgWord(EffectiveSubject(s.frames, i), s.tokens),
                     ArgWord(&f.object, s.tokens));
  }
}

std::string Show(const Triple& t) {
  return "(" + std::get<0>(t) + " " + std::get<1>(t) + " " + std::get<2>(t) + ")";
}

// Compares one record's tree with our pipeline's analysis of its text.
Counts EvalRecord(const PetrarchRecord& record, const Tree& tree, const Pipeline& pipeline,
                  RecordReport* report) {
  Counts c;
  c.parsed = 1;
  const Document gold = DocumentFromTree(tree, record.id);
  Document ours;
  ours.id = record.id;
  ours.date = record.date;
  // Some records carry only a parse: then our pipeline reads the tree's words.
  ours.text = record.text.empty() ? gold.text : record.text;
  if (Status s = pipeline.Process(ours); !s.ok()) ours.sentences.clear();

  std::vector<const Token*> our_tokens;
  std::vector<std::string_view> our_forms, leaf_forms;
  for (const Sentence& s : ours.sentences) {
    for (const Token& t : s.tokens) {
      our_tokens.push_back(&t);
      our_forms.push_back(t.form);
    }
  }
  static const std::vector<Token> kNoTokens;
  const std::vector<Token>& leaves = gold.sentences.empty() ? kNoTokens : gold.sentences[0].tokens;
  for (const Token& t : leaves) leaf_forms.push_back(t.form);
  const LeafAlignment align = AlignLeaves(leaf_forms, our_forms);
  c.leaves = leaves.size();
  c.aligned = align.aligned;
  for (size_t i = 0; i < leaves.size(); ++i) {
    const uint32_t j = align.token_of_leaf[i];
    if (j == kNoIndex) continue;
    if (our_tokens[j]->pos == leaves[i].pos) {
      ++c.pos_agree;
    } else if (report) {
      report->pos.push_back(
          leaves[i].form + " " + std::string(PosName(leaves[i].pos)) + "/" +
          (our_tokens[j]->pos == Pos::kUnknown ? "?" : std::string(PosName(our_tokens[j]->pos))));
    }
  }
  std::vector<Triple> want, got;
  if (!gold.sentences.empty()) AppendTriples(gold.sentences[0], want);
  for (const Sentence& s : ours.sentences) AppendTriples(s, got);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  std::vector<Triple> both;
  std::set_intersection(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(both));
  c.gold = want.size();
  c.ours = got.size();
  c.matched = both.size();
  if (report) {
    std::vector<Triple> diff;
    std::set_difference(want.begin(), want.end(), both.begin(), both.end(),
                        std::back_inserter(diff));
    for (const Triple& t : diff) report->missed.push_back(Show(t));
    diff.clear();
    std::set_difference(got.begin(), got.end(), both.begin(), both.end(), std::back_inserter(diff));
    for (const Triple& t : diff) report->spurious.push_back(Show(t));
    for (uint32_t leaf : align.unaligned) report->unaligned.push_back(leaves[leaf].form);
    report->score = report->pos.size() + report->missed.size() + report->spurious.size() +
                    report->unaligned.size();
  }
  return c;
}

double Pct(uint64_t part, uint64_t whole) { return whole == 0 ? 0.0 : 100.0 * part / whole; }

void PrintCounts(const std::string& name, const Counts& c) {
  const double p = Pct(c.matched, c.ours), r = Pct(c.matched, c.gold);
  const double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  std::printf("%s: %llu records, %llu parsed, %llu parse errors\n", name.c_str(),
              static_cast<unsigned long long>(c.records), static_cast<unsigned long long>(c.parsed),
              static_cast<unsigned long long>(c.parse_errors));
  std::printf("  alignment  %llu/%llu tree leaves aligned with our tokens (%.1f%%)\n",
              static_cast<unsigned long long>(c.aligned), static_cast<unsigned long long>(c.leaves),
              Pct(c.aligned, c.leaves));
  std::printf("  POS        %llu/%llu aligned tokens agree (%.1f%%)\n",
              static_cast<unsigned long long>(c.pos_agree),
              static_cast<unsigned long long>(c.aligned), Pct(c.pos_agree, c.aligned));
  std::printf(
      "  triples    (verb, subject head, object head): tree %llu, ours %llu, matched %llu: "
      "P %.1f%% R %.1f%% F1 %.1f%%\n",
      static_cast<unsigned long long>(c.gold), static_cast<unsigned long long>(c.ours),
      static_cast<unsigned long long>(c.matched), p, r, f1);
}

void PrintList(const char* label, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::printf("    %-9s", label);
  for (size_t i = 0; i < items.size() && i < 12; ++i)
    std::printf("%s%s", i ? "; " : " ", items[i].c_str());
  if (items.size() > 12) std::printf("; ... (%zu more)", items.size() - 12);
  std::printf("\n");
}

int RunEvalParse(const EvalParseFlags& flags) {
  // Without the tagger model the pipeline stops after segmenting: the evaluation still runs
  // (and reports 0% agreement), so a missing model is a note, not a failure.
  PipelineOptions options;
  if (Result<std::shared_ptr<const Tagger>> tagger = LoadDefaultTagger(); tagger.ok()) {
    options.tagger = std::move(tagger.value());
  } else if (!flags.quiet) {
    std::fprintf(stderr, "entente: note: no tagger (%s); tags and frames will not be compared\n",
                 tagger.status().ToString().c_str());
  }
  const Pipeline pipeline(std::move(options));
  Counts total;
  std::vector<RecordReport> reports;
  bool problems = false, any_file = false;
  auto problem = [&](const Status& s) {
    problems = true;
    if (!flags.quiet) std::fprintf(stderr, "entente: %s\n", s.ToString().c_str());
  };
  for (const std::string& path : flags.files) {
    std::vector<Status> skipped;
    Result<PetrarchFile> file = ReadPetrarchFile(path, &skipped);
    for (const Status& s : skipped) problem(s);
    if (!file.ok()) {
      problem(file.status());
      continue;
    }
    any_file = true;
    Counts counts;
    for (const PetrarchRecord& record : file->records) {
      ++counts.records;
      Result<Tree> tree = ParseTree(record.parse);
      if (!tree.ok()) {
        ++counts.parse_errors;
        Status s = tree.status();
        // Validation files hold deliberately broken parses: those are expected, not problems.
        if (record.expected_error.empty() && !flags.quiet) {
          std::fprintf(stderr, "entente: %s:%llu: record %s: %s\n", record.file.c_str(),
                       static_cast<unsigned long long>(record.line), record.id.c_str(),
                       s.message().c_str());
        }
        continue;
      }
      RecordReport report;
      report.where = record.file + ":" + std::to_string(record.line) + " " + record.id;
      counts.Add(EvalRecord(record, *tree, pipeline, flags.verbose ? &report : nullptr));
      if (flags.verbose && report.score > 0) reports.push_back(std::move(report));
    }
    PrintCounts(path, counts);
    total.Add(counts);
  }
  if (flags.files.size() > 1) PrintCounts("overall", total);
  if (total.aligned > 0 && total.pos_agree == 0) {
    std::printf(
        "note: our pipeline assigned no matching part-of-speech tags (is the tagger built?)\n");
  }
  if (total.parsed > 0 && total.ours == 0) {
    std::printf("note: our pipeline produced no verb frames (is the chunker built?)\n");
  }
  if (flags.verbose && !reports.empty()) {
    std::stable_sort(
        reports.begin(), reports.end(),
        [](const RecordReport& a, const RecordReport& b) { return a.score > b.score; });
    const size_t n = std::min(reports.size(), static_cast<size_t>(std::max(flags.worst, 0)));
    std::printf("\nworst %zu records (tree POS/ours; triples as (verb subject object)):\n", n);
    for (size_t i = 0; i < n; ++i) {
      const RecordReport& r = reports[i];
      std::printf("  %s: %llu disagreements\n", r.where.c_str(),
                  static_cast<unsigned long long>(r.score));
      PrintList("POS", r.pos);
      PrintList("missed", r.missed);
      PrintList("spurious", r.spurious);
      PrintList("unaligned", r.unaligned);
    }
  }
  if (!any_file) return kExitFatal;
  return problems ? kExitSkipped : kExitOk;
}

// A sub-subcommand of `eval`: its app and the function that runs it.
struct EvalMode {
  CLI::App* app;
  RunFn run;
};

EvalMode AddEvalParse(CLI::App& eval) {
  auto flags = std::make_shared<EvalParseFlags>();
  CLI::App* cmd = eval.add_subcommand(
      "parse", "Compare our tags and verb frames with given constituency parses (PETRARCH XML)");
  cmd->add_option("files", flags->files, "PETRARCH XML files with <Sentence><Text><Parse> records")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("-v,--verbose", flags->verbose, "List the records with the most disagreements");
  cmd->add_option("--worst", flags->worst, "How many records -v lists (default 10)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", flags->quiet, "Do not report malformed records on stderr");
  cmd->footer(
      "For each record, runs our pipeline (with the default tagger model) on its <Text>,\n"
      "aligns our tokens with the tree's leaves, and reports POS agreement over aligned tokens\n"
      "and precision/recall/F1 of "
      "(verb, subject head, object head) triples: tree-derived frames are the reference.\n"
      "Example:\n"
      "  entente eval parse ../shared/peers/petrarch2/PETR.UnitTest.records.xml -v");
  return {cmd, [flags] { return RunEvalParse(*flags); }};
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  CLI::App* eval = app.add_subcommand("eval", "Measure entente against reference data");
  eval->require_subcommand(1, 1);
  auto modes = std::make_shared<std::vector<EvalMode>>();
  modes->push_back(AddEvalParse(*eval));
  return {eval, [modes] {
            for (const EvalMode& mode : *modes) {
              if (mode.app->parsed()) return mode.run();
            }
            return kExitUsage;
          }};
}

}  // namespace entente::cli
