// Pipeline options over the default tagger and the small PETRARCH dictionary written for the
// tests (tests/data/dict/petrarch-code), for unit tests that run sentences end to end.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "pipeline/pipeline.h"

namespace entente {

// `skip` says why when the tagger model is not built (the caller skips); a dictionary that does
// not load fails the test and leaves options.dictionary null.
inline PipelineOptions PetrarchCodeOptions(std::string& skip) {
  PipelineOptions options;
  auto tagger = LoadDefaultTagger();
  if (!tagger.ok()) {
    skip = "no tagger model: " + tagger.status().ToString();
    return options;
  }
  Diagnostics diags;
  auto dict = LoadPetrarchDictionary(std::string(ENT_SOURCE_DIR) + "/tests/data/dict/petrarch-code",
                                     diags, "");
  if (!dict.ok()) {
    ADD_FAILURE() << dict.status().ToString();
    return options;
  }
  options.tagger = tagger.value();
  options.dictionary = dict.value();
  return options;
}

}  // namespace entente
