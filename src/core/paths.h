// Where the running binary lives, so that installed data (dictionaries, the tagger model, the
// dashboard) is found beside it wherever the tree was built or installed.
#pragma once

#include <string>

namespace entente {

// The folder of the running executable (from /proc/self/exe); "" when it cannot be read.
std::string ExecutableDir();

}  // namespace entente
