// Actor-code roll-up: RUSGOV, RUSMIL -> RUS. CAMEO actor codes start with a three-letter country
// or region code followed by role codes; international and non-state actors (IGO, NGO, IMG,
// MNC, UIS) start with their type instead, and are kept whole (IGOWSTNAT is NATO, not "IGO").
#pragma once

#include <string>
#include <string_view>

namespace entente {

inline bool IsNonStateActor(std::string_view code) {
  const std::string_view head = code.substr(0, 3);
  return head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "UIS";
}

// The code an actor aggregates under; `keep_roles` returns the code unchanged.
inline std::string RollUpActor(std::string_view code, bool keep_roles = false) {
  if (keep_roles || code.size() <= 3 || IsNonStateActor(code)) return std::string(code);
  return std::string(code.substr(0, 3));
}

}  // namespace entente
