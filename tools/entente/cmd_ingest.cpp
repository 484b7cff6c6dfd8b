// `entente ingest --db FILE INPUT...`: code documents and store them in one pass.
//
// Crash safety comes from the store: each batch of whole documents (document row, sentences and
// events together) is one transaction, so a run killed at any moment leaves whole documents, and
// the next run skips them by content hash and codes the rest.
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "cli_common.h"
#include "resources.h"
#include "store/store.h"

namespace entente::cli {
namespace {

struct IngestFlags {
  InputFlags input;
  DictionaryFlags dict;
  std::string db;
  unsigned threads = 1;
  size_t batch = 256;
  bool recode = false;
};

using Clock = std::chrono::steady_clock;

// A progress bar with documents/s on a terminal; a plain line every 10 s otherwise, so that logs
// of long runs stay readable.
class Progress {
 public:
  Progress(bool quiet, uint64_t total_bytes)
      : enabled_(!quiet), tty_(isatty(STDERR_FILENO) == 1), total_bytes_(total_bytes) {}

  void Update(uint64_t documents, uint64_t bytes) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < (tty_ ? std::chrono::milliseconds(200) : std::chrono::seconds(10))) return;
    last_ = now;
    const double rate = documents / std::max(1e-9, Seconds(now));
    if (!tty_) {
      std::fprintf(stderr, "entente: ingest: %llu documents (%.0f documents/s)\n",
                   static_cast<unsigned long long>(documents), rate);
      return;
    }
    // Input bytes are estimated from the documents' text: JSON escapes and markup make the
    // real files larger, so the bar stops at 99% until the end.
    const double fraction =
        total_bytes_ ? std::min(0.99, static_cast<double>(bytes) / total_bytes_) : 0;
    const int width = 30, filled = static_cast<int>(fraction * width);
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    std::fprintf(stderr, "\r[%s] %3.0f%%  %llu documents  %.0f documents/s ", bar.c_str(),
                 fraction * 100, static_cast<unsigned long long>(documents), rate);
    drawn_ = true;
  }
  void Done() {
    if (drawn_) std::fputs("\n", stderr);
  }
  double Seconds(Clock::time_point now) const {
    return std::chrono::duration<double>(now - start_).count();
  }
  double Elapsed() const { return Seconds(Clock::now()); }

 private:
  bool enabled_, tty_, drawn_ = false;
  uint64_t total_bytes_;
  Clock::time_point start_ = Clock::now(), last_ = Clock::now();
};

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& path : inputs) {
    std::error_code ec;
    if (path == "-") return 0;  // stdin: no total, no percentage
    if (std::filesystem::is_regular_file(path, ec))
      total += std::filesystem::file_size(path, ec);
    else if (std::filesystem::is_directory(path, ec)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
      }
    }
  }
  return total;
}

int RunIngest(IngestFlags& flags) {
  if (!flags.input.Resolve()) return kExitUsage;
  auto store = Store::Open(flags.db);
  if (!store.ok()) {
    std::fprintf(stderr, "entente: %s\n", store.status().ToString().c_str());
    return kExitFatal;
  }
  PipelineOptions options;
  options.segmenter = flags.input.segmenter;
  options.keep_parse = false;  // only events and sentence spans are written
  if (!LoadCodingResources(flags.dict, flags.input.quiet, options)) return kExitFatal;
  const Pipeline pipeline(options);
  Reporter reporter(flags.input.quiet);
  IngestAccount account;
  Progress progress(flags.input.quiet, InputBytes(flags.input.inputs));
  uint64_t processed = 0, sentences = 0, events = 0, bytes = 0;
  uint64_t inserted = 0, replaced = 0, unchanged = 0;
  std::vector<Document> batch;
  std::vector<std::string> hashes;
  std::vector<Status> statuses;
  Status store_error;
  BatchWorkers workers(std::max(1u, flags.threads));

  auto flush_batch = [&]() {
    if (batch.empty() || !store_error.ok()) return;
    ProcessBatch(pipeline, batch, statuses, workers);
    // One transaction per batch: all of its documents are stored, or none.
    store_error = (*store)->Begin();
    for (size_t i = 0; i < batch.size() && store_error.ok(); ++i) {
      if (!statuses[i].ok()) {
        account.Skip("processing failed");
        reporter.Problem(Severity::kError, statuses[i]);
        continue;
      }
      auto outcome = (*store)->Put(batch[i], hashes[i], flags.recode);
      if (!outcome.ok()) {
        store_error = outcome.status();
        break;
      }
      ++processed;
      sentences += batch[i].sentences.size();
      reporter.Diagnostics(batch[i]);
      if (*outcome == PutOutcome::kUnchanged) {
        ++unchanged;
        continue;
      }
      ++(*outcome == PutOutcome::kInserted ? inserted : replaced);
      events += batch[i].events.size();
    }
    if (store_error.ok())
      store_error = (*store)->Commit();
    else
      (void)(*store)->Rollback();
    batch.clear();
    hashes.clear();
  };
  auto on_document = [&](Document&& doc) {
    bytes += doc.text.size() + 64;
    std::string hash = Store::ContentHash(doc);
    // Unchanged documents are skipped before coding: a rerun after a crash is fast.
    auto same = flags.recode ? Result<bool>(false) : (*store)->HasUnchanged(doc.id, hash);
    if (same.ok() && *same) {
      ++unchanged;
      ++processed;
    } else {
      batch.push_back(std::move(doc));
      hashes.push_back(std::move(hash));
      if (batch.size() >= flags.batch) flush_batch();
    }
    progress.Update(processed + batch.size(), bytes);
  };
  auto on_problem = [&](Severity severity, const Status& status) {
    reporter.Problem(severity, status);
  };
  bool input_failed = false;
  for (const std::string& input : flags.input.inputs) {
    if (!store_error.ok()) break;
    if (!ReadInput(input, flags.input.ingest, account, on_document, on_problem).ok()) {
      input_failed = true;
    }
  }
  flush_batch();
  progress.Done();
  if (!store_error.ok()) {
    std::fprintf(stderr, "entente: %s: %s\n", flags.db.c_str(), store_error.ToString().c_str());
    return kExitFatal;
  }
  reporter.Account(account, processed, sentences);
  const double seconds = progress.Elapsed();
  std::fprintf(stderr,
               "entente: %s: %llu new, %llu replaced, %llu unchanged document(s); %llu event(s) "
               "stored; %.1f s, %.0f documents/s\n",
               flags.db.c_str(), static_cast<unsigned long long>(inserted),
               static_cast<unsigned long long>(replaced),
               static_cast<unsigned long long>(unchanged), static_cast<unsigned long long>(events),
               seconds, processed / std::max(1e-9, seconds));
  return account.skipped > 0 || input_failed ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddIngestCommand(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents and store them in a database");
  cmd->add_option("--db", flags->db, "SQLite database file (created if missing)")->required();
  flags->input.Register(*cmd);
  flags->dict.Register(*cmd);
  cmd->add_option("--threads", flags->threads, "Worker threads (default 1)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--batch", flags->batch, "Documents per transaction (default 256)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->add_flag("--recode", flags->recode,
                "Code and replace documents even when unchanged (after a dictionary change)");
  cmd->footer(
      "Idempotent: documents are keyed by id; an unchanged one (same date, text and metadata) is\n"
      "skipped, a changed one has its events replaced. Crash-safe: each batch of whole documents\n"
      "is one transaction, so a killed run can simply be started again.\n"
      "Example:\n"
      "  entente ingest --db news.db examples/news.jsonl\n"
      "  entente relations --db news.db CHN RUS");
  return {cmd, [flags] { return RunIngest(*flags); }};
}

}  // namespace entente::cli
