// Minimal JSON output for the writers: output is hot (one JSON line per sentence or event), and
// escaping strings and writing numbers is all they need; parsing uses simdjson.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// Appends s as a quoted JSON string. s must be valid UTF-8 (it is, after ingest).
void AppendJsonString(std::string& out, std::string_view s);

// Appends v rounded to 4 decimals in its shortest form ("1.9", not "1.9000"; no "-0");
// non-finite values, which JSON cannot hold, as null.
void AppendJsonNumber(std::string& out, double v);

}  // namespace entente
