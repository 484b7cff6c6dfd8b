#include <array>
#include <string>

#include "tokenize/tokenizer.h"

namespace entente {
namespace {

struct Entry {
  std::string_view word;
  AbbrevClass cls;
};

// Titles precede a name and never end a sentence; months precede a day; the rest may end one.
constexpr std::array kAbbreviations = {
    Entry{"Mr", AbbrevClass::kTitle},     Entry{"Mrs", AbbrevClass::kTitle},
    Entry{"Ms", AbbrevClass::kTitle},     Entry{"Dr", AbbrevClass::kTitle},
    Entry{"Prof", AbbrevClass::kTitle},   Entry{"Gen", AbbrevClass::kTitle},
    Entry{"Lt", AbbrevClass::kTitle},     Entry{"Col", AbbrevClass::kTitle},
    Entry{"Maj", AbbrevClass::kTitle},    Entry{"Capt", AbbrevClass::kTitle},
    Entry{"Sgt", AbbrevClass::kTitle},    Entry{"Cpl", AbbrevClass::kTitle},
    Entry{"Pvt", AbbrevClass::kTitle},    Entry{"Adm", AbbrevClass::kTitle},
    Entry{"Cmdr", AbbrevClass::kTitle},   Entry{"Cdr", AbbrevClass::kTitle},
    Entry{"Brig", AbbrevClass::kTitle},   Entry{"Sen", AbbrevClass::kTitle},
    Entry{"Rep", AbbrevClass::kTitle},    Entry{"Reps", AbbrevClass::kTitle},
    Entry{"Gov", AbbrevClass::kTitle},    Entry{"Pres", AbbrevClass::kTitle},
    Entry{"Rev", AbbrevClass::kTitle},    Entry{"Fr", AbbrevClass::kTitle},
    Entry{"St", AbbrevClass::kTitle},     Entry{"Hon", AbbrevClass::kTitle},
    Entry{"Amb", AbbrevClass::kTitle},    Entry{"Supt", AbbrevClass::kTitle},
    Entry{"Insp", AbbrevClass::kTitle},   Entry{"Atty", AbbrevClass::kTitle},
    Entry{"Sec", AbbrevClass::kTitle},    Entry{"Msgr", AbbrevClass::kTitle},
    Entry{"Mt", AbbrevClass::kTitle},     Entry{"Ft", AbbrevClass::kTitle},
    Entry{"Jan", AbbrevClass::kMonth},    Entry{"Feb", AbbrevClass::kMonth},
    Entry{"Mar", AbbrevClass::kMonth},    Entry{"Apr", AbbrevClass::kMonth},
    Entry{"Jun", AbbrevClass::kMonth},    Entry{"Jul", AbbrevClass::kMonth},
    Entry{"Aug", AbbrevClass::kMonth},    Entry{"Sep", AbbrevClass::kMonth},
    Entry{"Sept", AbbrevClass::kMonth},   Entry{"Oct", AbbrevClass::kMonth},
    Entry{"Nov", AbbrevClass::kMonth},    Entry{"Dec", AbbrevClass::kMonth},
    Entry{"Corp", AbbrevClass::kOther},   Entry{"Inc", AbbrevClass::kOther},
    Entry{"Ltd", AbbrevClass::kOther},    Entry{"Co", AbbrevClass::kOther},
    Entry{"Bros", AbbrevClass::kOther},   Entry{"Jr", AbbrevClass::kOther},
    Entry{"Sr", AbbrevClass::kOther},     Entry{"vs", AbbrevClass::kOther},
    Entry{"etc", AbbrevClass::kOther},    Entry{"approx", AbbrevClass::kOther},
    Entry{"est", AbbrevClass::kOther},    Entry{"Dept", AbbrevClass::kOther},
    Entry{"Univ", AbbrevClass::kOther},   Entry{"Ave", AbbrevClass::kOther},
    Entry{"Blvd", AbbrevClass::kOther},   Entry{"Vol", AbbrevClass::kOther},
    Entry{"Fig", AbbrevClass::kOther},    Entry{"cf", AbbrevClass::kOther},
    Entry{"No", AbbrevClass::kNumberSign}, Entry{"Nos", AbbrevClass::kNumberSign},
};

bool EqualsUpper(std::string_view entry, std::string_view word) {
  if (entry.size() != word.size()) return false;
  for (size_t i = 0; i < entry.size(); ++i) {
    char c = entry[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != word[i]) return false;
  }
  return true;
}

}  // namespace

AbbrevClass LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 6) return AbbrevClass::kNone;
  for (const Entry& e : kAbbreviations) {
    if (e.word == word || EqualsUpper(e.word, word)) return e.cls;
  }
  return AbbrevClass::kNone;
}

}  // namespace entente
