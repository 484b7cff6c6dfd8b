// tag_compile: builds the tagger model (tag/model.h) from Debian's packaged sources.
//
//   tag_compile --lingua DIR --wordnet DIR --news FILE --out FILE
//
// DIR of Lingua::EN::Tagger (liblingua-en-tagger-perl): words.yml (word -> tag counts, from the
// WSJ Treebank) and tags.yml (tag -> P(next tag)), with Lingua's own tag names mapped to Penn's.
// DIR of WordNet (wordnet-base): {noun,verb,adj,adv}.exc and index.{noun,verb,adj,adv}.
// FILE of news additions (src/tag/news_lexicon.tsv) replaces the entries of the words it lists.
// Run by CMake at build time (src/tag/CMakeLists.txt); the sources never enter the repository.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tag/model.h"

namespace entente {
namespace {

using Counts = std::array<double, kNumTags>;

// Lingua::EN::Tagger's tag names -> Penn Treebank.
Pos LinguaTag(std::string_view t) {
  if (t == "det") return Pos::DT;
  if (t == "pp") return Pos::kPeriod;
  if (t == "ppc") return Pos::kComma;
  if (t == "ppd") return Pos::kDollar;
  if (t == "ppl") return Pos::kOpenQuote;
  if (t == "ppr") return Pos::kCloseQuote;
  if (t == "pps") return Pos::kColon;
  if (t == "lrb") return Pos::kLrb;
  if (t == "rrb") return Pos::kRrb;
  if (t == "prps") return Pos::PRPS;
  if (t == "wps") return Pos::WPS;
  std::string upper(t);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return PosFromName(upper);
}

Status ReadLines(const std::string& path, std::vector<std::string>& lines) {
  std::ifstream in(path);
  if (!in) return NotFound("cannot open " + path);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return Status::Ok();
}

// One line of Lingua's YAML: `key: { tag: number, tag: number }` where the key may be quoted.
// Lingua writes nothing else, so a full YAML parser would only add a dependency.
Status ParseYamlLine(const std::string& line, std::string& key,
                     std::vector<std::pair<std::string, double>>& values) {
  size_t pos = 0;
  key.clear();
  values.clear();
  if (!line.empty() && line[0] == '"') {
    for (pos = 1; pos < line.size() && line[pos] != '"'; ++pos) {
      if (line[pos] == '\\' && pos + 1 < line.size()) ++pos;
      key += line[pos];
    }
    if (pos >= line.size()) return ParseError("unterminated quoted key");
    pos = line.find(':', pos);
  } else {
    pos = line.find(": {");
    if (pos != std::string::npos) key = line.substr(0, pos);
  }
  size_t open = pos == std::string::npos ? pos : line.find('{', pos);
  size_t close = line.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return ParseError("expected `key: { tag: value, ... }`");
  }
  std::stringstream body(line.substr(open + 1, close - open - 1));
  for (std::string item; std::getline(body, item, ',');) {
    size_t colon = item.find(':');
    if (colon == std::string::npos) return ParseError("expected `tag: value` in \"" + item + "\"");
    std::string tag = item.substr(0, colon);
    tag.erase(0, tag.find_first_not_of(' '));
    tag.erase(tag.find_last_not_of(' ') + 1);
    values.emplace_back(tag, std::strtod(item.c_str() + colon + 1, nullptr));
  }
  return Status::Ok();
}

template <typename Fn>
Status ForEachYamlEntry(const std::string& path, Fn fn) {
  std::vector<std::string> lines;
  ENT_RETURN_IF_ERROR(ReadLines(path, lines));
  std::string key;
  std::vector<std::pair<std::string, double>> values;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i].starts_with("---")) continue;
    Status s = ParseYamlLine(lines[i], key, values);
    for (const auto& [tag, value] : values) {
      if (s.ok() && LinguaTag(tag) == Pos::kUnknown) s = ParseError("unknown tag " + tag);
    }
    if (s.ok()) s = fn(key, values);
    if (!s.ok()) return s.At(path, i + 1);
  }
  return Status::Ok();
}

// news_lexicon.tsv: `word TAG:count [TAG:count...]`; # starts a comment.
Status ReadNewsLexicon(const std::string& path, std::map<std::string, Counts>& lexicon) {
  std::vector<std::string> lines;
  ENT_RETURN_IF_ERROR(ReadLines(path, lines));
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = lines[i].substr(0, lines[i].find('#'));
    std::stringstream fields(line);
    std::string word, item;
    if (!(fields >> word)) continue;
    Counts counts{};
    bool any = false;
    while (fields >> item) {
      size_t colon = item.rfind(':');
      Pos tag = colon == std::string::npos ? Pos::kUnknown : PosFromName(item.substr(0, colon));
      double count =
          colon == std::string::npos ? 0 : std::strtod(item.c_str() + colon + 1, nullptr);
      if (tag == Pos::kUnknown || count <= 0) {
        return ParseError("expected TAG:count, got \"" + item + "\"").At(path, i + 1);
      }
      counts[static_cast<size_t>(tag)] += count;
      any = true;
    }
    if (!any) return ParseError("no TAG:count for \"" + word + "\"").At(path, i + 1);
    lexicon[word] = counts;
  }
  return Status::Ok();
}

bool IsOpenClass(Pos p) {
  return IsNoun(p) || IsVerb(p) || IsAdjective(p) || p == Pos::RB || p == Pos::FW || p == Pos::CD;
}

// TnT-style suffix model (Brants 2000): P(tag | last k letters) from rare words, which behave
// like unknown ones, smoothed by successive abstraction towards shorter suffixes.
void BuildSuffixes(const std::map<std::string, Counts>& lexicon, std::vector<ScoredEntry>& out) {
  constexpr double kRare = 10;
  constexpr size_t kMaxLen = 8;
  constexpr double kMinCount = 3;
  for (char cls : {'l', 'u', 'h'}) {
    std::map<std::string, Counts> table;  // suffix -> counts
    for (const auto& [word, counts] : lexicon) {
      double total = 0;
      for (double c : counts) total += c;
      if (total > kRare || word.empty()) continue;
      bool hyphen =
          word.find('-') != std::string::npos && !std::isdigit(static_cast<unsigned char>(word[0]));
      char c0 = word[0];
      char word_cls = hyphen                     ? 'h'
                      : (c0 >= 'A' && c0 <= 'Z') ? 'u'
                      : (c0 >= 'a' && c0 <= 'z') ? 'l'
                                                 : 0;
      if (word_cls != cls) continue;
      std::string lower = word;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (size_t len = 0; len <= std::min(kMaxLen, lower.size()); ++len) {
        Counts& slot = table[lower.substr(lower.size() - len)];
        for (size_t t = 0; t < kNumTags; ++t) {
          if (IsOpenClass(static_cast<Pos>(t))) slot[t] += counts[t];
        }
      }
    }
    // theta: standard deviation of the class's tag distribution.
    const Counts& root = table[""];
    double root_total = 0;
    for (double c : root) root_total += c;
    double mean = 1.0 / kNumTags, var = 0;
    for (double c : root) var += (c / root_total - mean) * (c / root_total - mean);
    const double theta = std::sqrt(var / (kNumTags - 1));
    // Suffixes in order of length, so that each one's parent is smoothed before it.
    std::map<std::string, std::vector<double>> smoothed;
    std::vector<const std::pair<const std::string, Counts>*> order;
    for (const auto& entry : table) order.push_back(&entry);
    std::stable_sort(order.begin(), order.end(),
                     [](auto* a, auto* b) { return a->first.size() < b->first.size(); });
    for (const auto* entry : order) {
      const std::string& suffix = entry->first;
      double total = 0;
      for (double c : entry->second) total += c;
      if (total < kMinCount && !suffix.empty()) continue;
      const std::vector<double>* parent = nullptr;
      for (size_t len = suffix.size(); len-- > 0 && parent == nullptr;) {
        auto it = smoothed.find(suffix.substr(suffix.size() - len));
        if (it != smoothed.end()) parent = &it->second;
      }
      std::vector<double> p(kNumTags);
      for (size_t t = 0; t < kNumTags; ++t) {
        double mle = entry->second[t] / total;
        p[t] = parent == nullptr ? mle : (mle + theta * (*parent)[t]) / (1 + theta);
      }
      ScoredEntry e;
      e.key = std::string(1, cls) + ":" + suffix;
      for (size_t t = 0; t < kNumTags; ++t) {
        if (p[t] >= 1e-3) e.scores.push_back({static_cast<Pos>(t), static_cast<float>(p[t])});
      }
      smoothed[suffix] = std::move(p);
      out.push_back(std::move(e));
    }
  }
}

Status ReadWordNet(const std::string& dir, TaggerModelData& model) {
  const char* names[kNumWordNetPos] = {"noun", "verb", "adj", "adv"};
  for (size_t p = 0; p < kNumWordNetPos; ++p) {
    std::vector<std::string> lines;
    ENT_RETURN_IF_ERROR(ReadLines(dir + "/" + names[p] + ".exc", lines));
    for (const std::string& line : lines) {
      std::stringstream fields(line);
      std::string inflected, base;
      if (fields >> inflected >> base && inflected.find('_') == std::string::npos) {
        model.exceptions[p].emplace_back(inflected, base);
      }
    }
    lines.clear();
    ENT_RETURN_IF_ERROR(ReadLines(dir + "/index." + names[p], lines));
    for (const std::string& line : lines) {
      if (line.empty() || line[0] == ' ') continue;  // the license header
      std::string lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') == std::string::npos) model.lemmas[p].push_back(lemma);
    }
    if (model.lemmas[p].empty()) return ParseError("no lemmas in " + dir + "/index." + names[p]);
  }
  return Status::Ok();
}

Status Compile(const std::string& lingua, const std::string& wordnet, const std::string& news,
               TaggerModelData& model) {
  std::map<std::string, Counts> lexicon;
  ENT_RETURN_IF_ERROR(
      ForEachYamlEntry(lingua + "/words.yml", [&](const std::string& word, const auto& values) {
        Counts& c = lexicon[word];
        for (const auto& [tag, count] : values) c[static_cast<size_t>(LinguaTag(tag))] += count;
        return Status::Ok();
      }));
  ENT_RETURN_IF_ERROR(ReadNewsLexicon(news, lexicon));

  Counts tag_total{};
  for (const auto& [word, counts] : lexicon) {
    for (size_t t = 0; t < kNumTags; ++t) tag_total[t] += counts[t];
  }
  double all = 0;
  for (size_t t = 1; t < kNumTags; ++t) all += tag_total[t] + 1;
  for (size_t t = 0; t < kNumTags; ++t) {
    model.prior[t] = static_cast<float>(std::log((tag_total[t] + 1) / all));
  }

  // Transitions, floored so that no tag sequence is impossible.
  constexpr double kFloor = 1e-6;
  std::vector<double> trans(kNumTags * kNumTags, 0);
  ENT_RETURN_IF_ERROR(
      ForEachYamlEntry(lingua + "/tags.yml", [&](const std::string& prev, const auto& values) {
        Pos from = LinguaTag(prev);
        if (from == Pos::kUnknown) return ParseError("unknown tag " + prev);
        for (const auto& [tag, p] : values) {
          trans[static_cast<size_t>(from) * kNumTags + static_cast<size_t>(LinguaTag(tag))] += p;
        }
        return Status::Ok();
      }));
  // "#" is missing from Lingua's tag set: it behaves like "$" (before a number).
  for (size_t t = 0; t < kNumTags; ++t) {
    trans[static_cast<size_t>(Pos::kHash) * kNumTags + t] =
        trans[static_cast<size_t>(Pos::kDollar) * kNumTags + t];
  }
  for (size_t from = 0; from < kNumTags; ++from) {
    double row = 0;
    for (size_t to = 1; to < kNumTags; ++to) row += trans[from * kNumTags + to] + kFloor;
    for (size_t to = 0; to < kNumTags; ++to) {
      double p = to == 0 ? 0 : (trans[from * kNumTags + to] + kFloor) / row;
      model.transition[from * kNumTags + to] = static_cast<float>(std::log(p > 0 ? p : 1e-30));
    }
  }
  // Lingua starts every sentence as if after a full stop.
  for (size_t t = 0; t < kNumTags; ++t) {
    model.start[t] = model.transition[static_cast<size_t>(Pos::kPeriod) * kNumTags + t];
  }

  for (const auto& [word, counts] : lexicon) {
    if (word.size() > UINT16_MAX) continue;
    ScoredEntry e;
    e.key = word;
    for (size_t t = 1; t < kNumTags; ++t) {
      if (counts[t] > 0) e.scores.push_back({static_cast<Pos>(t), static_cast<float>(counts[t])});
    }
    if (!e.scores.empty()) model.lexicon.push_back(std::move(e));
  }
  BuildSuffixes(lexicon, model.suffixes);
  return ReadWordNet(wordnet, model);
}

int Main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  for (const char* required : {"--lingua", "--wordnet", "--news", "--out"}) {
    if (!args.count(required)) {
      std::cerr << "usage: tag_compile --lingua DIR --wordnet DIR --news FILE --out FILE\n";
      return 2;
    }
  }
  static_assert(std::endian::native == std::endian::little, "the model format is little-endian");
  TaggerModelData model;
  Status s = Compile(args["--lingua"], args["--wordnet"], args["--news"], model);
  if (!s.ok()) {
    std::cerr << "tag_compile: " << s.ToString() << "\n";
    return 1;
  }
  const std::string bytes = SerializeTaggerModel(model);
  const std::string tmp = args["--out"] + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      std::cerr << "tag_compile: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), args["--out"].c_str()) != 0) {
    std::cerr << "tag_compile: cannot rename " << tmp << "\n";
    return 1;
  }
  std::cout << "tag_compile: " << model.lexicon.size() << " words, " << model.suffixes.size()
            << " suffixes, " << bytes.size() << " bytes -> " << args["--out"] << "\n";
  return 0;
}

}  // namespace
}  // namespace entente

int main(int argc, char** argv) { return entente::Main(argc, argv); }
