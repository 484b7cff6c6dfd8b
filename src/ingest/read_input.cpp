#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/utf8.h"
#include "ingest/finish.h"
#include "ingest/ingest.h"

namespace entente {
namespace {

using ingest_internal::SkipDocument;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

InputFormat FormatOf(const std::string& path, InputFormat forced) {
  if (forced != InputFormat::kAuto) return forced;
  if (path == "-") return InputFormat::kJsonl;
  std::string ext = Lower(std::filesystem::path(path).extension().string());
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  return InputFormat::kText;
}

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

// Streams lines without ever holding more than `limit` bytes of one line: a line over the limit
// is consumed to its end and reported, not loaded.
Status ReadJsonLines(const std::string& name, FILE* f, const IngestOptions& options,
                     IngestAccount& account, const DocumentFn& on_document,
                     const ProblemFn& on_problem) {
  std::vector<char> buf(1 << 20);
  std::string line;
  uint64_t line_no = 0;
  uint64_t line_bytes = 0;  // full length of the current line, including dropped bytes
  bool overflow = false;
  const uint64_t limit = options.limits.max_document_bytes + 4096;  // JSON framing slack
  auto end_line = [&]() {
    ++line_no;
    if (overflow) {
      ++account.read;
      SkipDocument(name + ":" + std::to_string(line_no), "document too large",
                   "JSON line of " + std::to_string(line_bytes) + " bytes, over --max-doc-bytes " +
                       std::to_string(options.limits.max_document_bytes),
                   StatusCode::kLimitExceeded, account, on_problem);
    } else if (line.find_first_not_of(" \t\r") != std::string::npos) {
      ReadJsonLine(name, line_no, std::move(line), options, account, on_document, on_problem);
    }
    line.clear();
    line_bytes = 0;
    overflow = false;
  };
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
    size_t start = 0;
    while (start < n) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + start, '\n', n - start));
      size_t stop = nl ? static_cast<size_t>(nl - buf.data()) : n;
      line_bytes += stop - start;
      if (!overflow) {
        if (line.size() + (stop - start) > limit) {
          overflow = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(buf.data() + start, stop - start);
        }
      }
      if (!nl) break;
      end_line();
      start = stop + 1;
    }
  }
  if (std::ferror(f)) return IoError(name + ": read error: " + std::strerror(errno));
  if (!line.empty() || overflow) end_line();
  return Status::Ok();
}

Result<std::string> Slurp(const std::string& path, uint64_t limit, uint64_t& size) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
  std::error_code ec;
  size = std::filesystem::file_size(path, ec);
  if (!ec && size > limit) return LimitExceeded("over limit");
  std::string data;
  if (!ec) data.reserve(size);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    data.append(buf, n);
    if (data.size() > limit) {
      size = data.size();
      return LimitExceeded("over limit");
    }
  }
  if (std::ferror(f.get())) return IoError(path + ": read error: " + std::strerror(errno));
  size = data.size();
  return data;
}

Status ReadFile(const std::string& path, const IngestOptions& options, IngestAccount& account,
                const DocumentFn& on_document, const ProblemFn& on_problem) {
  InputFormat format = FormatOf(path, options.format);
  if (path == "-") {
    return ReadJsonLines("<stdin>", stdin, options, account, on_document, on_problem);
  }
  if (format == InputFormat::kJsonl) {
    FilePtr f(std::fopen(path.c_str(), "rb"));
    if (!f) {
      ++account.read;
      Status s = IoError(std::string("cannot open: ") + std::strerror(errno));
      SkipDocument(path, "unreadable input", std::strerror(errno), StatusCode::kIoError, account,
                   on_problem);
      return s.At(path, 0);
    }
    return ReadJsonLines(path, f.get(), options, account, on_document, on_problem);
  }
  uint64_t size = 0;
  Result<std::string> bytes = Slurp(path, options.limits.max_document_bytes, size);
  if (!bytes.ok()) {
    ++account.read;
    if (bytes.status().code() == StatusCode::kLimitExceeded) {
      SkipDocument(path, "document too large",
                   "file of " + std::to_string(size) + " bytes, over --max-doc-bytes " +
                       std::to_string(options.limits.max_document_bytes),
                   StatusCode::kLimitExceeded, account, on_problem);
      return Status::Ok();
    }
    SkipDocument(path, "unreadable input", bytes.status().message(), StatusCode::kIoError, account,
                 on_problem);
    return bytes.status();
  }
  if (format == InputFormat::kHtml) {
    ReadHtmlBytes(path, std::move(bytes.value()), options, account, on_document, on_problem);
  } else {
    ReadTextBytes(path, std::move(bytes.value()), options, account, on_document, on_problem);
  }
  return Status::Ok();
}

}  // namespace

void ReadTextBytes(std::string_view name, std::string bytes, const IngestOptions& options,
                   IngestAccount& account, const DocumentFn& on_document,
                   const ProblemFn& on_problem) {
  ++account.read;
  const std::string where(name);
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    SkipDocument(where, "unsupported encoding", "UTF-16 byte order mark; convert to UTF-8",
                 StatusCode::kUnsupported, account, on_problem);
    return;
  }
  size_t offset = 0;
  if (LooksBinary(bytes, offset)) {
    SkipDocument(where, "binary file",
                 "control byte 0x" + [&] {
                   char hex[3];
                   std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(bytes[offset]));
                   return std::string(hex);
                 }() + " at byte offset " + std::to_string(offset) + "; not a text document",
                 StatusCode::kUnsupported, account, on_problem);
    return;
  }
  Document doc;
  doc.id = ingest_internal::BaseName(name);
  if (options.date) doc.date = *options.date;
  doc.metadata["path"] = where;
  doc.text = std::move(bytes);
  ingest_internal::FinishDocument(where, std::move(doc), options, account, on_document, on_problem);
}

Status ReadInput(const std::string& path, const IngestOptions& options, IngestAccount& account,
                 const DocumentFn& on_document, const ProblemFn& on_problem) {
  if (path == "-") return ReadFile(path, options, account, on_document, on_problem);
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    ++account.read;
    SkipDocument(path, "unreadable input", "no such file or directory", StatusCode::kNotFound,
                 account, on_problem);
    return NotFound("no such file or directory").At(path, 0);
  }
  if (!std::filesystem::is_directory(status)) {
    return ReadFile(path, options, account, on_document, on_problem);
  }
  std::vector<std::string> files;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string ext = Lower(it->path().extension().string());
    if (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson" || ext == ".html" || ext == ".htm") {
      files.push_back(it->path().string());
    }
  }
  if (ec) return IoError(ec.message()).At(path, 0);
  std::sort(files.begin(), files.end());
  Status first_error;
  for (const std::string& file : files) {
    Status s = ReadFile(file, options, account, on_document, on_problem);
    if (!s.ok() && first_error.ok()) first_error = s;
  }
  return first_error;
}

}  // namespace entente
