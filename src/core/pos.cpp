#include "core/pos.h"

#include <array>

namespace entente {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(Pos::kCount)> kNames = {
#define ENT_POS_NAME(name, text) text,
    ENT_POS_TAGS(ENT_POS_NAME)
#undef ENT_POS_NAME
};

}  // namespace

std::string_view PosName(Pos pos) { return kNames[static_cast<size_t>(pos)]; }

Pos PosFromName(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Pos>(i);
  }
  return Pos::kUnknown;
}

}  // namespace entente
