// ENT_ASSERT: programmer errors only, never user input. Active unless NDEBUG.
#pragma once

#include <cstdio>
#include <cstdlib>

#ifdef NDEBUG
#define ENT_ASSERT(cond) ((void)0)
#else
#define ENT_ASSERT(cond)                                                              \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)
#endif
