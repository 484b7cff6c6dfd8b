// Shared command-line plumbing: input options, problem reporting, the end-of-run account.
#pragma once

#include <CLI/CLI.hpp>

#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/ingest.h"
#include "pipeline/pipeline.h"

namespace entente {
class Store;
}  // namespace entente

namespace entente::cli {

// Exit codes (one table for every subcommand).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // ran, but some input documents were skipped
inline constexpr int kExitUsage = 2;    // bad command line
inline constexpr int kExitFatal = 3;    // could not run (I/O, missing resources)

struct InputFlags {
  std::vector<std::string> inputs;
  std::string date;
  std::string format = "auto";
  bool wrapped = false;
  bool quiet = false;
  IngestOptions ingest;
  SegmenterOptions segmenter;

  void Register(CLI::App& app);
  // Validates flags and fills ingest/segmenter options; returns false after printing an error.
  bool Resolve();
};

// Prints problems as they happen and the account at the end.
class Reporter {
 public:
  explicit Reporter(bool quiet) : quiet_(quiet) {}
  void Problem(Severity severity, const Status& status);
  void Diagnostics(const Document& doc);
  // "entente: 3 documents read, 2 processed, 1 skipped (malformed JSON: 1)"
  void Account(const IngestAccount& account, uint64_t processed, uint64_t sentences) const;

 private:
  bool quiet_;
};

// Buffered stdout writer: output is large and line-oriented.
class Output {
 public:
  ~Output() { Flush(); }
  std::string& buffer() { return buffer_; }
  void MaybeFlush() {
    if (buffer_.size() >= (1u << 20)) Flush();
  }
  void Flush() {
    if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    buffer_.clear();
  }

 private:
  std::string buffer_;
};

// Reads every input, runs `pipeline` on each document and hands each processed one to `emit`,
// which appends its output; reports problems, undated documents and the final account. Returns
// the exit code. (`code` batches documents across threads and has its own loop.)
int ProcessInputs(const InputFlags& flags, const Pipeline& pipeline,
                  const std::function<void(const Document&, std::string&)>& emit);

// Threads that stay up for a whole run, so that what each keeps per thread (the tagger's memo of
// words) stays warm from one batch to the next.
class BatchWorkers {
 public:
  explicit BatchWorkers(unsigned threads);  // threads - 1 helpers; the caller is the last one
  ~BatchWorkers();
  BatchWorkers(const BatchWorkers&) = delete;
  BatchWorkers& operator=(const BatchWorkers&) = delete;
  // Runs `work` on every helper and on the calling thread; returns when all have finished.
  void Run(const std::function<void()>& work);

 private:
  void Loop();
  std::mutex mu_;
  std::condition_variable start_, done_;
  const std::function<void()>* work_ = nullptr;
  uint64_t generation_ = 0;
  size_t running_ = 0;
  bool stop_ = false;
  std::vector<std::thread> helpers_;
};

// Runs `pipeline` on every document of `batch` with the workers, statuses[i] for batch[i].
// Documents are taken one at a time from a shared counter, so a long document does not leave
// the other threads idle behind a fixed share.
void ProcessBatch(const Pipeline& pipeline, std::vector<Document>& batch,
                  std::vector<Status>& statuses, BatchWorkers& workers);

// A subcommand registers itself and its flags on the top-level app and returns the function that
// runs it (its flags live in that closure). Each lives in its own cmd_*.cpp; main.cpp lists them.
using RunFn = std::function<int()>;
struct Command {
  CLI::App* app;
  RunFn run;
};
Command AddSegmentCommand(CLI::App& app);
Command AddParseCommand(CLI::App& app);
Command AddCodeCommand(CLI::App& app);
Command AddEvalCommand(CLI::App& app);
Command AddEvalPetrarchCommand(CLI::App& app);  // `eval petrarch`, on the `eval` subcommand
Command AddDictCommand(CLI::App& app);
Command AddIngestCommand(CLI::App& app);
Command AddRelationsCommand(CLI::App& app);  // also defines the two store helpers below
Command AddActorsCommand(CLI::App& app);
Command AddNetworkCommand(CLI::App& app);
Command AddExportCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);
// For the commands that read a database: opens an existing one (null after printing why), and
// checks --from/--to dates (false after printing why).
std::unique_ptr<Store> OpenExistingStore(const std::string& path);
bool CheckDateRange(const std::string& from, const std::string& to);

}  // namespace entente::cli
