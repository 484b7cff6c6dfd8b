#include "aggregate/names.h"

#include <simdjson.h>

#include <array>
#include <string>
#include <unordered_map>
#include <utility>

namespace entente {
namespace {

using Entry = std::pair<std::string_view, std::string_view>;

// CAMEO 1.1b3: the 20 roots and the subcodes summaries mention most.
constexpr std::array kCodes = {
    Entry{"01", "public statements"},
    Entry{"02", "appeals"},
    Entry{"03", "intent to cooperate"},
    Entry{"04", "consultation"},
    Entry{"040", "consultation"},
    Entry{"041", "telephone calls"},
    Entry{"042", "visits"},
    Entry{"043", "hosting visits"},
    Entry{"044", "meetings at a third location"},
    Entry{"046", "negotiation"},
    Entry{"05", "diplomatic cooperation"},
    Entry{"051", "praise"},
    Entry{"054", "recognition"},
    Entry{"057", "formal agreements"},
    Entry{"06", "material cooperation"},
    Entry{"061", "economic cooperation"},
    Entry{"062", "military cooperation"},
    Entry{"063", "judicial cooperation"},
    Entry{"064", "intelligence sharing"},
    Entry{"07", "aid"},
    Entry{"071", "economic aid"},
    Entry{"072", "military aid"},
    Entry{"073", "humanitarian aid"},
    Entry{"08", "yielding"},
    Entry{"085", "easing sanctions"},
    Entry{"09", "investigation"},
    Entry{"10", "demands"},
    Entry{"11", "disapproval"},
    Entry{"111", "criticism"},
    Entry{"112", "accusations"},
    Entry{"12", "rejection"},
    Entry{"13", "threats"},
    Entry{"138", "threats of force"},
    Entry{"14", "protest"},
    Entry{"15", "force posture"},
    Entry{"16", "reduced relations"},
    Entry{"161", "breaking relations"},
    Entry{"163", "sanctions"},
    Entry{"166", "expulsions"},
    Entry{"17", "coercion"},
    Entry{"173", "arrests"},
    Entry{"18", "assaults"},
    Entry{"183", "bombings"},
    Entry{"19", "fighting"},
    Entry{"190", "military force"},
    Entry{"192", "occupation"},
    Entry{"194", "artillery and tank attacks"},
    Entry{"195", "air strikes"},
    Entry{"20", "mass violence"},
};

constexpr std::array kActors = {
    Entry{"CHN", "China"},
    Entry{"COD", "DR Congo"},
    Entry{"RUS", "Russia"},
    Entry{"USA", "the United States"},
    Entry{"UKR", "Ukraine"},
    Entry{"IRN", "Iran"},
    Entry{"WST", "the West"},
    Entry{"EUR", "Europe"},
    Entry{"IND", "India"},
    Entry{"PRK", "North Korea"},
    Entry{"KOR", "South Korea"},
    Entry{"JPN", "Japan"},
    Entry{"GBR", "the United Kingdom"},
    Entry{"FRA", "France"},
    Entry{"DEU", "Germany"},
    Entry{"ISR", "Israel"},
    Entry{"PSE", "Palestine"},
    Entry{"TUR", "Turkey"},
    Entry{"SYR", "Syria"},
    Entry{"BLR", "Belarus"},
    Entry{"TWN", "Taiwan"},
    Entry{"AFR", "Africa"},
    Entry{"MEA", "the Middle East"},
    // CAMEO's regions (not in iso-codes).
    Entry{"ASA", "Asia"},
    Entry{"BLK", "the Balkans"},
    Entry{"CAS", "Central Asia"},
    Entry{"CAU", "the Caucasus"},
    Entry{"CFR", "Central Africa"},
    Entry{"CRB", "the Caribbean"},
    Entry{"EAF", "East Africa"},
    Entry{"LAM", "Latin America"},
    Entry{"MDT", "the Mediterranean"},
    Entry{"NAF", "North Africa"},
    Entry{"NMR", "North America"},
    Entry{"OCE", "Oceania"},
    Entry{"PGS", "the Persian Gulf states"},
    Entry{"SAF", "Southern Africa"},
    Entry{"SAM", "South America"},
    Entry{"SAS", "South Asia"},
    Entry{"SEA", "Southeast Asia"},
    Entry{"SCN", "Scandinavia"},
    Entry{"WAF", "West Africa"},
    Entry{"SHN", "Saint Helena"},
    Entry{"VIR", "the US Virgin Islands"},
    Entry{"IGOUNO", "the United Nations"},
    Entry{"IGOWSTNAT", "NATO"},
    Entry{"IGOEUREEC", "the European Union"},
};

constexpr std::array kRoles = {
    Entry{"GOV", "government"}, Entry{"MIL", "military"},   Entry{"LEG", "legislature"},
    Entry{"JUD", "judiciary"},  Entry{"OPP", "opposition"}, Entry{"REB", "rebels"},
    Entry{"CVL", "civilians"},  Entry{"BUS", "business"},   Entry{"MED", "media"},
    Entry{"COP", "police"},
};

template <size_t N>
std::string_view Find(const std::array<Entry, N>& table, std::string_view key) {
  for (const Entry& e : table) {
    if (e.first == key) return e.second;
  }
  return {};
}

// Every other country, from Debian's iso-codes (the same file the dictionaries read): loaded on
// the first unknown code, once per process (a function-local static, so thread-safe).
const std::unordered_map<std::string, std::string>& IsoCountryNames() {
  static const std::unordered_map<std::string, std::string> names = [] {
    std::unordered_map<std::string, std::string> out;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.load("/usr/share/iso-codes/json/iso_3166-1.json").get(root) != simdjson::SUCCESS) {
      return out;  // not installed: codes stay codes
    }
    simdjson::dom::array countries;
    if (root["3166-1"].get_array().get(countries) != simdjson::SUCCESS) return out;
    for (simdjson::dom::element c : countries) {
      std::string_view code, name;
      if (c["alpha_3"].get_string().get(code) != simdjson::SUCCESS) continue;
      // The common name where there is one ("Bolivia"), else the name without its gloss
      // ("Falkland Islands (Malvinas)"), unless it is inverted ("Korea, Republic of").
      if (c["common_name"].get_string().get(name) != simdjson::SUCCESS &&
          c["name"].get_string().get(name) != simdjson::SUCCESS) {
        continue;
      }
      name = name.substr(0, name.find(" ("));
      if (name.find(',') != std::string_view::npos) continue;
      out.emplace(code, name);
    }
    return out;
  }();
  return names;
}

std::string_view CountryName(std::string_view code) {
  std::string_view name = Find(kActors, code);
  if (!name.empty() || code.size() != 3) return name;
  const auto& iso = IsoCountryNames();
  auto it = iso.find(std::string(code));
  return it == iso.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace

std::string CameoCodeName(std::string_view code) {
  for (size_t n = code.size(); n >= 2; --n) {
    std::string_view name = Find(kCodes, code.substr(0, n));
    if (!name.empty()) return std::string(name);
  }
  return "code " + std::string(code);
}

std::string ActorName(std::string_view code) {
  std::string_view whole = CountryName(code);
  if (!whole.empty()) return std::string(whole);
  if (code.size() == 6) {
    std::string_view country = CountryName(code.substr(0, 3));
    std::string_view role = Find(kRoles, code.substr(3));
    if (!country.empty() && !role.empty()) {
      return std::string(country) + " (" + std::string(role) + ")";
    }
  }
  return std::string(code);
}

}  // namespace entente
