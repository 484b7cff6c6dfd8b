#include "cli_common.h"

#include <atomic>
#include <thread>

namespace entente::cli {

void InputFlags::Register(CLI::App& app) {
  app.add_option("inputs", inputs, "Input files: .txt, .jsonl, .html, folders of them, or - for "
                                   "JSON Lines on stdin")
      ->required();
  app.add_option("--date", date, "Date (YYYY-MM-DD) of .txt/.html documents that state none");
  app.add_option("--input-format", format, "Input format: auto (by extension), txt, jsonl, html")
      ->check(CLI::IsMember({"auto", "txt", "jsonl", "html"}));
  app.add_option("--max-doc-bytes", ingest.limits.max_document_bytes,
                 "Skip documents larger than this (default 16 MiB)");
  app.add_option("--max-sentence-bytes", ingest.limits.max_sentence_bytes,
                 "Cut sentences longer than this (default 8192)");
  app.add_option("--max-sentence-tokens", ingest.limits.max_sentence_tokens,
                 "Cut sentences with more tokens than this (default 400)");
  app.add_flag("--wrapped", wrapped, "Single line breaks are plain whitespace (hard-wrapped text)");
  app.add_flag("-q,--quiet", quiet, "Report only errors and the final account");
}

bool InputFlags::Resolve() {
  if (!date.empty()) {
    auto parsed = ParseDate(date);
    if (!parsed) {
      std::fprintf(stderr, "entente: --date %s: want YYYY-MM-DD\n", date.c_str());
      return false;
    }
    ingest.date = *parsed;
  }
  if (format == "txt") ingest.format = InputFormat::kText;
  if (format == "jsonl") ingest.format = InputFormat::kJsonl;
  if (format == "html") ingest.format = InputFormat::kHtml;
  segmenter.limits = ingest.limits;
  segmenter.wrapped_lines = wrapped;
  return true;
}

void Reporter::Problem(Severity severity, const Status& status) {
  if (quiet_ && severity != Severity::kError) return;
  std::fprintf(stderr, "entente: %s: %s\n", severity == Severity::kError ? "error" : "warning",
               status.ToString().c_str());
}

void Reporter::Diagnostics(const Document& doc) {
  if (quiet_) return;
  for (const Diagnostic& d : doc.diagnostics) {
    if (d.stage == "ingest") continue;  // already reported as a problem
    std::fprintf(stderr, "entente: warning: %s: %s\n", doc.id.c_str(), d.message.c_str());
  }
}

void Reporter::Account(const IngestAccount& account, uint64_t processed,
                       uint64_t sentences) const {
  std::string line = "entente: " + std::to_string(account.read) + " document(s) read, " +
                     std::to_string(processed) + " processed (" + std::to_string(sentences) +
                     " sentences), " + std::to_string(account.skipped) + " skipped";
  if (!account.skip_reasons.empty()) {
    line += " (";
    bool first = true;
    for (const auto& [reason, count] : account.skip_reasons) {
      if (!first) line += ", ";
      first = false;
      line += reason + ": " + std::to_string(count);
    }
    line += ")";
  }
  if (account.repaired > 0) {
    line += "; " + std::to_string(account.repaired) + " with invalid UTF-8 repaired";
  }
  std::fprintf(stderr, "%s\n", line.c_str());
}

int ProcessInputs(const InputFlags& flags, const Pipeline& pipeline,
                  const std::function<void(const Document&, std::string&)>& emit) {
  Reporter reporter(flags.quiet);
  IngestAccount account;
  Output out;
  uint64_t processed = 0, sentences = 0, undated = 0;
  bool input_failed = false;
  auto on_document = [&](Document&& doc) {
    Status s = pipeline.Process(doc);
    if (!s.ok()) {
      account.Skip("processing failed");
      reporter.Problem(Severity::kError, s);
      return;
    }
    ++processed;
    if (!doc.date.known()) ++undated;
    reporter.Diagnostics(doc);
    emit(doc, out.buffer());
    out.MaybeFlush();
    sentences += doc.sentences.size();
  };
  auto on_problem = [&](Severity severity, const Status& status) {
    reporter.Problem(severity, status);
  };
  for (const std::string& input : flags.inputs) {
    // Failures were already reported through on_problem; they only change the exit code.
    if (!ReadInput(input, flags.ingest, account, on_document, on_problem).ok()) input_failed = true;
  }
  out.Flush();
  if (undated > 0 && !flags.quiet) {
    std::fprintf(stderr,
                 "entente: note: %llu document(s) have no date (\"date\": null); give one with "
                 "--date YYYY-MM-DD or a \"date\" field\n",
                 static_cast<unsigned long long>(undated));
  }
  reporter.Account(account, processed, sentences);
  return account.skipped > 0 || input_failed ? kExitSkipped : kExitOk;
}

BatchWorkers::BatchWorkers(unsigned threads) {
  for (unsigned w = 1; w < threads; ++w) helpers_.emplace_back([this] { Loop(); });
}

BatchWorkers::~BatchWorkers() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  start_.notify_all();
  for (std::thread& t : helpers_) t.join();
}

void BatchWorkers::Loop() {
  uint64_t seen = 0;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    start_.wait(lock, [&] { return stop_ || generation_ != seen; });
    if (stop_) return;
    seen = generation_;
    const std::function<void()>* work = work_;
    lock.unlock();
    (*work)();
    lock.lock();
    if (--running_ == 0) done_.notify_one();
  }
}

void BatchWorkers::Run(const std::function<void()>& work) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    work_ = &work;
    running_ = helpers_.size();
    ++generation_;
  }
  start_.notify_all();
  work();
  std::unique_lock<std::mutex> lock(mu_);
  done_.wait(lock, [&] { return running_ == 0; });
}

void ProcessBatch(const Pipeline& pipeline, std::vector<Document>& batch,
                  std::vector<Status>& statuses, BatchWorkers& workers) {
  statuses.assign(batch.size(), Status::Ok());
  std::atomic<size_t> next{0};
  workers.Run([&] {
    for (size_t i = next.fetch_add(1); i < batch.size(); i = next.fetch_add(1)) {
      statuses[i] = pipeline.Process(batch[i]);
    }
  });
}

}  // namespace entente::cli
