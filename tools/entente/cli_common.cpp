#include "cli_common.h"

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

}  // namespace entente::cli
