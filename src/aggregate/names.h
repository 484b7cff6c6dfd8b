// Plain-language names for CAMEO event codes and actor codes, for summaries. Countries not in
// our own table are named from Debian's iso-codes when installed. Unknown codes fall back to
// their root's name, or to the code itself.
#pragma once

#include <string>
#include <string_view>

namespace entente {

std::string CameoCodeName(std::string_view code);  // "062" -> "military cooperation"
std::string ActorName(
    std::string_view code);  // "CHN" -> "China", "RUSGOV" -> "Russia (government)"

}  // namespace entente
