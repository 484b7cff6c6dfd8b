// Status and Result: how every fallible function in entente reports failure.
//
// Library code never throws; it returns a Status (or a Result<T> holding a value or a Status).
// A Status carries a code (one enum for the whole project, so the CLI and the server map codes to
// exit codes and HTTP statuses with one table), a message, and where known the file and line of
// the offending input, so that a broken dictionary entry or JSON line can be found and fixed.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace entente {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,  // a bad option or parameter from the caller
  kNotFound,         // a file, actor or record that does not exist
  kIoError,          // reading or writing failed
  kParseError,       // malformed input: JSON, HTML, dictionary syntax, dates
  kUnsupported,      // input of a kind we refuse (binary files, UTF-16)
  kLimitExceeded,    // a documented limit (document bytes, tokens per sentence) was hit
  kInternal,         // a bug: an invariant did not hold
};

const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  uint64_t line() const { return line_; }  // 1-based; 0 = unknown

  // Attaches the location of the offending input ("actors.txt", 12).
  Status& At(std::string file, uint64_t line) {
    file_ = std::move(file);
    line_ = line;
    return *this;
  }

  // "file:line: message" (or just the message when no location is known).
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string file_;
  uint64_t line_ = 0;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status ParseError(std::string m) { return {StatusCode::kParseError, std::move(m)}; }
inline Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status LimitExceeded(std::string m) { return {StatusCode::kLimitExceeded, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// Result<T>: a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace entente

#define ENT_RETURN_IF_ERROR(expr)            \
  do {                                       \
    ::entente::Status ent_status_ = (expr);  \
    if (!ent_status_.ok()) return ent_status_; \
  } while (0)
