// The two loaders: which file of a folder holds what, then the parsers and Finish().
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/parsers.h"
#include "dict/text_util.h"

namespace entente {

namespace {

namespace fs = std::filesystem;

constexpr const char* kIsoCodesJson = "/usr/share/iso-codes/json/iso_3166-1.json";

bool ReadFile(const fs::path& path, std::string& out, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.Error(path.string(), 0, "cannot open the file");
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

std::vector<fs::path> FilesIn(const fs::path& dir, std::string_view ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec) && e.path().extension() == ext) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());  // a stable order makes "first one wins" reproducible
  return out;
}

void LoadCameo(const fs::path& dir, DictionaryBuilder& b) {
  fs::path path = dir / "cameo-codes.tsv";
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    b.diags().Warning(path.string(), 0, "no CAMEO table: codes are not checked, Cameo() is empty");
    return;
  }
  std::string text;
  if (ReadFile(path, text, b.diags()))
    ParseNativeText(NativeFileKind::kCameo, path.string(), text, b);
}

}  // namespace

Result<std::shared_ptr<const Dictionary>> LoadNativeDictionary(const std::string& dir,
                                                               Diagnostics& diags) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFound("dictionary folder not found: " + dir);
  DictionaryBuilder b(false, diags);
  LoadCameo(dir, b);
  std::string text;
  for (const fs::path& path : FilesIn(dir, ".txt")) {
    const std::string name = path.filename().string();
    NativeFileKind kind = NativeFileKind::kActors;
    if (name == "agents.txt")
      kind = NativeFileKind::kAgents;
    else if (name == "discards.txt")
      kind = NativeFileKind::kDiscards;
    else if (name == "synsets.txt")
      kind = NativeFileKind::kSynsets;
    if (ReadFile(path, text, diags)) ParseNativeText(kind, path.string(), text, b);
  }
  const std::pair<const char*, NativeFileKind> subdirs[] = {{"people", NativeFileKind::kPeople},
                                                            {"verbs", NativeFileKind::kVerbs},
                                                            {"nouns", NativeFileKind::kNouns}};
  for (const auto& [sub, kind] : subdirs) {
    for (const fs::path& path : FilesIn(fs::path(dir) / sub, ".txt")) {
      if (ReadFile(path, text, diags)) ParseNativeText(kind, path.string(), text, b);
    }
  }
  // After countries.txt, so that our own codes win over iso-codes where both name a phrase.
  if (fs::exists(kIsoCodesJson, ec)) {
    if (ReadFile(kIsoCodesJson, text, diags)) ParseIsoCodesJson(kIsoCodesJson, text, b);
  } else {
    diags.Warning(kIsoCodesJson, 0,
                  "iso-codes not installed: country names come from countries.txt only");
  }
  return b.Finish();
}

Result<std::shared_ptr<const Dictionary>> LoadPetrarchDictionary(const std::string& dir,
                                                                 Diagnostics& diags,
                                                                 const std::string& cameo_dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFound("dictionary folder not found: " + dir);
  DictionaryBuilder b(true, diags);
  if (!cameo_dir.empty()) LoadCameo(cameo_dir, b);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  // Verbs first: their synonym sets are used nowhere else, but the order of the other files
  // decides which of two conflicting actor lines wins, so keep it alphabetical.
  std::stable_partition(files.begin(), files.end(), [](const fs::path& p) {
    std::string n = dict_text::Lower(p.filename().string());
    return n.find("verbs") != std::string::npos || n.rfind("cameo", 0) == 0;
  });
  std::string text;
  size_t used = 0;
  for (const fs::path& path : files) {
    const std::string name = dict_text::Lower(path.filename().string());
    if (name.find("config") != std::string::npos || name.ends_with(".ini")) continue;
    PetrarchFileKind kind;
    if (name.find("verbs") != std::string::npos || name.rfind("cameo", 0) == 0)
      kind = PetrarchFileKind::kVerbs;
    else if (name.find("actors") != std::string::npos)
      kind = PetrarchFileKind::kActors;
    else if (name.find("agents") != std::string::npos)
      kind = PetrarchFileKind::kAgents;
    else if (name.find("discards") != std::string::npos)
      kind = PetrarchFileKind::kDiscards;
    else if (name.find("issue") != std::string::npos)
      kind = PetrarchFileKind::kIssues;
    else {
      diags.Warning(path.string(), 0, "not a PETRARCH dictionary by its name; skipped");
      continue;
    }
    ++used;
    if (ReadFile(path, text, diags)) ParsePetrarchText(kind, path.string(), text, b);
  }
  if (used == 0)
    return NotFound("no PETRARCH dictionary files (*verbs*, CAMEO*, *actors*...) in " + dir);
  return b.Finish();
}

}  // namespace entente
