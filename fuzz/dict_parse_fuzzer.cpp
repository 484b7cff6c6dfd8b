// Fuzz target: bytes -> one of the dictionary line parsers (native or PETRARCH-2, chosen by the
// first byte) -> Finish() -> a few lookups. Parsers must never crash or hang on any input:
// every bad line becomes a file:line problem.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dict/builder.h"
#include "dict/parsers.h"
#include "tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 16)) return 0;  // dictionary lines are short; cap the work
  const uint8_t selector = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  entente::Diagnostics diags;
  const bool petrarch = selector & 0x80;
  entente::DictionaryBuilder builder(petrarch, diags);
  if (petrarch) {
    auto kind = static_cast<entente::PetrarchFileKind>((selector & 0x7f) % 5);
    entente::ParsePetrarchText(kind, "fuzz.txt", text, builder);
  } else if ((selector & 0x7f) % 9 == 8) {
    entente::ParseIsoCodesJson("fuzz.json", text, builder);
  } else {
    auto kind = static_cast<entente::NativeFileKind>((selector & 0x7f) % 8);
    entente::ParseNativeText(kind, "fuzz.txt", text, builder);
  }
  auto dict = builder.Finish();
  for (const entente::DictProblem& p : diags.problems()) {
    if (p.status.file().empty() && p.status.line() != 0) std::abort();
  }
  std::vector<entente::Token> tokens;
  entente::Tokenizer().Tokenize(text.substr(0, 256), tokens);
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    entente::ActorMatch m = dict->MatchActor(tokens, i);
    if (m && (m.length == 0 || i + m.length > tokens.size())) std::abort();
    if (m) (void)dict->CodeOn(*m.entry, entente::CivilDate{2020, 1, 1});
    (void)dict->MatchAgent(tokens, i);
  }
  (void)dict->FindDiscard(tokens);
  (void)dict->FindIssues(tokens);
  return 0;
}
