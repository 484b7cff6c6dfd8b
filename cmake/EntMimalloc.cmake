# ent_link_mimalloc(TARGET): Debian's mimalloc replaces glibc's malloc in an executable (the
# entente binary and the pipeline benchmarks, so that they measure what users run; not the tests
# or the sanitizer and fuzz builds). The pipeline allocates many small strings and vectors per
# sentence, and with mimalloc a corpus run takes about 10% fewer instructions (bench/README.md).
# Linked first, so that its malloc is the one every library resolves to.
function(ent_link_mimalloc target)
  if(NOT ENT_MIMALLOC OR ENT_SANITIZE OR ENT_FUZZ)
    return()
  endif()
  find_package(mimalloc CONFIG QUIET)
  if(mimalloc_FOUND)
    target_link_libraries(${target} PRIVATE mimalloc)
  else()
    message(WARNING "mimalloc not found (libmimalloc-dev): ${target} uses glibc's malloc")
  endif()
endfunction()
