// The document model: plain structs that every stage reads and fills in. Stages own no data;
// a Document carries its text, and everything derived from it points back into that text with
// byte spans, so any result can quote its evidence.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/event.h"
#include "core/frame.h"
#include "core/pos.h"

namespace entente {

enum class TokenKind : uint8_t {
  kWord,    // letters, digits, internal hyphens and apostrophes ("high-tech", "O'Brien")
  kNumber,  // starts with a digit ("1.3", "1,000", "9/11", "1990s")
  kAbbrev,  // word with its period kept ("U.S.", "Gen.", "p.m.", "F.")
  kClitic,  // split-off clitic ("'s", "n't", "'re")
  kPunct,   // punctuation, one mark or a run of dashes/periods
  kSymbol,  // currency, %, emoji and other symbols
  kWeb,     // URL, e-mail, @handle, #hashtag
};

// Token::flags bits, set by the tokenizer from the surrounding whitespace and lexicon.
enum TokenFlag : uint16_t {
  kSpaceBefore = 1 << 0,      // whitespace precedes the token
  kNewlineBefore = 1 << 1,    // a line break precedes the token
  kBlankLineBefore = 1 << 2,  // an empty line (paragraph break) precedes the token
  kTitleAbbrev = 1 << 3,      // abbreviation that precedes a name ("Gen.", "Mr."): never ends a sentence
  kMonthAbbrev = 1 << 4,      // month abbreviation ("Jan.")
  kUpperInitial = 1 << 5,     // first character is an upper-case letter
  kAllUpper = 1 << 6,         // has letters, all upper-case
};

struct Token {
  Span span;                       // surface span in Document::text
  std::string form;                // the surface text of the span
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;              // TokenFlag bits
  Pos pos = Pos::kUnknown;         // set by the tagger
  std::string lemma;               // set by the tagger (lower-case base form); empty = not set
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

enum class Severity : uint8_t { kInfo, kWarning, kError };

// Something a stage noticed about the input that a user should know: never fatal for the batch.
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string stage;    // "ingest", "segment"...
  std::string message;  // human-readable, self-contained
  Span span;            // where in the text, empty if not applicable
};

struct Sentence {
  uint32_t index = 0;          // position in Document::sentences
  Span span;                   // from the first token's begin to the last token's end
  std::vector<Token> tokens;   // in text order
  std::vector<Chunk> chunks;   // set by the chunker, in text order
  std::vector<Frame> frames;   // set by the chunker: verbal and nominal predicates
};

struct Document {
  std::string id;                               // unique within a corpus; from file name or "id"
  CivilDate date;                               // unknown unless the input states it
  std::string text;                             // valid UTF-8 (repaired at ingest)
  std::map<std::string, std::string> metadata;  // url, title, source, path, other string fields
  Span dateline;                                // "MOSCOW (Reuters) -"; empty = none
  std::vector<Sentence> sentences;              // filled by the segmenter
  std::vector<Diagnostic> diagnostics;          // from every stage
  std::vector<Event> events;                    // filled by the coder (core/event.h)
  std::string_view Text(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
};

}  // namespace entente
