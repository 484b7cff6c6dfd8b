// tag_eval: POS agreement of our tagger with gold word/tag sequences.
//
//   scripts/pos_gold.py FILE.xml | tag_eval [--model build/data/tagger.bin] [--errors]
//
// Input: `word<TAB>tag` lines, a blank line between sentences (scripts/pos_gold.py writes it).
// Tokens get the kind and flags our tokenizer would give them (case, spacing before), since the
// gold has no original text. Prints overall agreement, the most frequent confusions, and with
// --errors every disagreement in its sentence.
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "tag/tagger.h"

namespace {

bool IsPunct(const std::string& w) {
  return !w.empty() && std::none_of(w.begin(), w.end(),
                                    [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

entente::Token MakeToken(const std::string& word, const entente::Token* prev) {
  entente::Token t;
  t.form = word;
  const unsigned char c0 = static_cast<unsigned char>(word[0]);
  if (word[0] == '\'' || word == "n't") {
    t.kind = entente::TokenKind::kClitic;
  } else if (std::isdigit(c0)) {
    t.kind = entente::TokenKind::kNumber;
  } else if (IsPunct(word)) {
    t.kind = word == "$" || word == "%" || word == "#" ? entente::TokenKind::kSymbol
                                                       : entente::TokenKind::kPunct;
  } else if (word.size() > 1 && word.back() == '.') {
    t.kind = entente::TokenKind::kAbbrev;
  }
  if (std::isupper(c0)) t.flags |= entente::kUpperInitial;
  bool letters = false, lower = false;
  for (unsigned char c : word) {
    letters = letters || std::isalpha(c);
    lower = lower || std::islower(c);
  }
  if (letters && !lower) t.flags |= entente::kAllUpper;
  // Spacing as in running text: none before closing marks and clitics, none after openers.
  bool glued = t.kind == entente::TokenKind::kClitic || word == "," || word == "." || word == ")" ||
               word == ":" || word == ";" || word == "?" || word == "!" || word == "%" ||
               (prev != nullptr && (prev->form == "(" || prev->form == "$"));
  if (prev != nullptr && !glued) t.flags |= entente::kSpaceBefore;
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::string model = entente::DefaultTaggerModelPath();
  bool show_errors = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) {
      model = argv[++i];
    } else if (arg == "--errors") {
      show_errors = true;
    } else {
      std::cerr << "usage: tag_eval [--model FILE] [--errors] < gold.tsv\n";
      return 2;
    }
  }
  auto tagger = entente::Tagger::Load(model);
  if (!tagger.ok()) {
    std::cerr << "tag_eval: " << tagger.status().ToString() << "\n";
    return 1;
  }
  size_t total = 0, agree = 0;
  std::map<std::pair<std::string, std::string>, int> confusion;  // (gold, ours) -> count
  std::vector<entente::Token> tokens;
  std::vector<std::string> gold;
  auto flush = [&] {
    if (tokens.empty()) return;
    (*tagger)->Tag(tokens);
    bool printed = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string ours(entente::PosName(tokens[i].pos));
      ++total;
      if (ours == gold[i]) {
        ++agree;
        continue;
      }
      ++confusion[{gold[i], ours}];
      if (show_errors && !printed) {
        printed = true;
        for (size_t j = 0; j < tokens.size(); ++j) {
          std::string o(entente::PosName(tokens[j].pos));
          std::cout << tokens[j].form << "/" << o << (o == gold[j] ? "" : "[" + gold[j] + "]")
                    << " ";
        }
        std::cout << "\n";
      }
    }
    tokens.clear();
    gold.clear();
  };
  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) {
      flush();
      continue;
    }
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) continue;
    tokens.push_back(MakeToken(line.substr(0, tab), tokens.empty() ? nullptr : &tokens.back()));
    gold.push_back(line.substr(tab + 1));
  }
  flush();
  std::vector<std::pair<int, std::pair<std::string, std::string>>> top;
  for (const auto& [k, v] : confusion) top.push_back({v, k});
  std::sort(top.rbegin(), top.rend());
  std::cout << "tokens " << total << "  agreement " << agree << "/" << total << " = "
            << (total ? 100.0 * agree / total : 0) << "%\n";
  std::cout << "most frequent confusions (gold -> ours):\n";
  for (size_t i = 0; i < top.size() && i < 20; ++i) {
    std::cout << "  " << top[i].second.first << " -> " << top[i].second.second << "  "
              << top[i].first << "\n";
  }
  return 0;
}
