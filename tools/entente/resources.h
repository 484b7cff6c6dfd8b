// Loading what coding needs (tagger model, dictionary) for the commands that code.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "pipeline/pipeline.h"

namespace entente::cli {

struct DictionaryFlags {
  std::string dict_dir;      // --dict: native set; empty = the installed default
  std::string petrarch_dir;  // --petrarch-dict: a PETRARCH-2 set
  void Register(CLI::App& app);
};

// Fills options.tagger and options.dictionary; prints load problems (a summary unless verbose).
// Returns false after printing why coding cannot run.
bool LoadCodingResources(const DictionaryFlags& flags, bool quiet, PipelineOptions& options);

}  // namespace entente::cli
