# Warnings as errors on our own targets only; sanitizers from ENT_SANITIZE.
add_library(ent_warnings INTERFACE)
# -Wno-restrict: GCC 12 reports false positives inside libstdc++ string concatenation at -O2+.
target_compile_options(ent_warnings INTERFACE -Wall -Wextra -Werror -Wno-missing-field-initializers
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(ENT_SANITIZE)
  add_compile_options(-fsanitize=${ENT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${ENT_SANITIZE})
endif()
