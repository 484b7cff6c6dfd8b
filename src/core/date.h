// CivilDate: a calendar date without time zone, as news stories are dated. "Unknown" is a value:
// entente never invents a date for a document that has none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

struct CivilDate {
  int16_t year = 0;   // 0 = unknown
  int8_t month = 0;   // 1-12
  int8_t day = 0;     // 1-31

  bool known() const { return year != 0; }
  std::string ToString() const;  // "YYYY-MM-DD", or "" when unknown
  int32_t Ordinal() const;       // days since 1970-01-01 (for ranges and ordering)
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate& a, const CivilDate& b) { return a.Ordinal() <=> b.Ordinal(); }
};

// Parses "YYYY-MM-DD" (and the date part of an ISO 8601 date-time "YYYY-MM-DDThh:mm..."),
// checking that the day exists. Returns nullopt for anything else.
std::optional<CivilDate> ParseDate(std::string_view text);

// Also accepts "YYYYMMDD" and "YYMMDD" (PETRARCH/TABARI record dates).
std::optional<CivilDate> ParseCompactDate(std::string_view text);

}  // namespace entente
