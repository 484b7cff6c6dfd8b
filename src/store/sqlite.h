// A thin RAII layer over the SQLite C API: a connection and prepared statements, with every
// failure turned into a Status. Only prepared statements are offered (no string-built SQL with
// values in it), so user data never becomes SQL text.
// Thread-safety: one connection per thread; a Statement belongs to its connection's thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace entente {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
  Statement& BindNull(int index);

  // Returns true while a row is available; false when done. Errors go to `status`.
  bool Step(Status& status);
  // Runs a statement that returns no rows, then resets it for reuse.
  Status Run();
  // Clears bindings and rewinds so the statement can run again.
  void Reset();

  int64_t Int(int column) const;
  double Real(int column) const;
  std::string_view Text(int column) const;  // valid until the next Step or Reset
  bool IsNull(int column) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

enum class OpenMode : uint8_t { kReadWrite, kReadOnly };

class Database {
 public:
  // Opens (creating if needed) a database file; ":memory:" for an in-memory one. kReadOnly
  // neither creates nor writes the file: any write statement fails.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                OpenMode mode = OpenMode::kReadWrite);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // For schema and pragmas only: constant SQL text without user values.
  Status Exec(const char* sql);
  Result<Statement> Prepare(std::string_view sql);
  const std::string& path() const { return path_; }

  // Statements still running at `deadline` stop with an "interrupted" error: bounds the time a
  // request may spend in SQL. time_point::max() (the default) lifts the limit.
  void SetDeadline(std::chrono::steady_clock::time_point deadline);

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
};

}  // namespace entente
