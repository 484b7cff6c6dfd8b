// Minimal JSON string escaping for the writers: output is hot (one JSON line per sentence or
// event), and escaping is all they need; parsing uses simdjson.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// Appends s as a quoted JSON string. s must be valid UTF-8 (it is, after ingest).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace entente
