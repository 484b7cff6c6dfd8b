// Country names from Debian's iso-codes (iso_3166-1.json), so that countries.txt only adds what
// iso-codes lacks (docs/dictionary-format.md).
#include <simdjson.h>

#include "dict/parsers.h"

namespace entente {

void ParseIsoCodesJson(std::string_view label, std::string_view json, DictionaryBuilder& b) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    b.diags().Warning(label, 0, "not valid JSON; iso-codes country names not loaded");
    return;
  }
  simdjson::dom::array countries;
  if (root["3166-1"].get_array().get(countries) != simdjson::SUCCESS) {
    b.diags().Warning(label, 0, "no \"3166-1\" array; iso-codes country names not loaded");
    return;
  }
  uint32_t index = 0;
  for (simdjson::dom::element c : countries) {
    ++index;
    std::string_view code;
    if (c["alpha_3"].get_string().get(code) != simdjson::SUCCESS) continue;
    for (const char* field : {"name", "official_name", "common_name"}) {
      std::string_view name;
      if (c[field].get_string().get(name) != simdjson::SUCCESS || name.empty()) continue;
      // Inverted forms ("Korea, Republic of") and glosses ("Holy See (Vatican City State)")
      // never occur in running text; the official and common names cover those countries.
      if (name.find_first_of(",(") != std::string_view::npos) continue;
      b.AddActor(ActorKind::kName, name, {DatedCode{std::string(code)}}, false, label, index);
    }
  }
}

}  // namespace entente
