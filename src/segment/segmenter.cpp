#include "segment/segmenter.h"

#include <array>
#include <iterator>
#include <utility>
#include <string_view>

namespace entente {
namespace {

bool IsTerminal(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  if (t.form.size() == 1) return t.form[0] == '.' || t.form[0] == '!' || t.form[0] == '?';
  const std::string& f = t.form;
  return f == "." || f == "!" || f == "?" || f == "..." || f == "\u2026" || f == "\u203D" ||
         (f.size() > 3 && f.find_first_not_of('.') == std::string::npos);
}

bool IsCloser(const Token& t) {
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kClitic) return false;
  const std::string& f = t.form;
  if (f == ")" || f == "]" || f == "}" || f == "\u201D" || f == "\u00BB" || f == "\u203A") {
    return true;
  }
  // Straight quotes and ’ close when they touch the preceding token.
  return (f == "\"" || f == "'" || f == "\u2019") && !t.Has(kSpaceBefore);
}

bool StartsLower(const Token& t) {
  unsigned char c = static_cast<unsigned char>(t.form[0]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  // Non-ASCII: only the upper-case flag is computed; lower-case Latin, Greek, Cyrillic letters
  // start with lead bytes C3-D4 and are not upper.
  return (t.kind == TokenKind::kWord || t.kind == TokenKind::kClitic) && !t.Has(kUpperInitial) &&
         c >= 0xC3 && c <= 0xD4;
}

// A line that starts a new sentence on its own: capital letter, digit, or opening quote.
bool StartsLine(const Token& t) {
  if (t.Has(kUpperInitial) || t.kind == TokenKind::kNumber) return true;
  const std::string& f = t.form;
  return f == "\"" || f == "\u201C" || f == "\u2018" || f == "'" || f == "\u00AB";
}

// Words that usually open a sentence: after an abbreviation such as "U.S." they mean the
// abbreviation's period also ended the sentence.
bool IsSentenceStarter(std::string_view w) {
  static constexpr std::array<std::string_view, 72> kStarters = {
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
      "Those", "There", "Here", "In", "On", "At", "But", "And", "Or", "So", "Yet", "However",
      "Meanwhile", "After", "Before", "While", "When", "If", "As", "Its", "His", "Her", "Their",
      "Our", "My", "Some", "Many", "Most", "All", "Both", "No", "Other", "Such", "What", "Who",
      "Why", "How", "Where", "Which", "Then", "Since", "Although", "Though", "Despite", "During",
      "For", "From", "With", "Without", "By", "Under", "Over", "Earlier", "Later", "Last", "Next",
      "One", "Two", "THE"};
  for (std::string_view s : kStarters) {
    if (s == w) return true;
  }
  return false;
}

bool IsDash(const Token& t) {
  const std::string& f = t.form;
  return t.kind == TokenKind::kPunct &&
         (f == "-" || f == "--" || f == "\u2014" || f == "\u2013" || f == "\u2015");
}

// Whether a sentence may end after tokens[i] (i + 1 < n).
bool BoundaryAfter(const std::vector<Token>& tokens, size_t i, bool wrapped) {
  const Token& next = tokens[i + 1];
  if (next.Has(kBlankLineBefore)) return true;
  const Token& tok = tokens[i];
  if (IsTerminal(tok)) {
    if (!next.Has(kSpaceBefore)) return false;  // "Hello.World", ".com"
    return !StartsLower(next);
  }
  if (tok.kind == TokenKind::kAbbrev) {
    if (!next.Has(kSpaceBefore)) return false;
    if (tok.Has(kTitleAbbrev)) return false;
    if (tok.Has(kMonthAbbrev) && next.kind == TokenKind::kNumber) return false;
    if (next.Has(kNewlineBefore) && !wrapped && !StartsLower(next)) return true;
    return IsSentenceStarter(next.form);
  }
  if (IsCloser(tok)) {
    // A closer after a terminal: "... win." Then  /  (... in 2024.) The
    size_t j = i;
    while (j > 0 && IsCloser(tokens[j])) --j;
    if (IsTerminal(tokens[j]) && j < i && next.Has(kSpaceBefore) && !StartsLower(next)) return true;
  }
  if (next.Has(kNewlineBefore) && !wrapped) {
    // Headlines and list items: a line without final punctuation, then a capitalised line.
    const std::string& f = tok.form;
    bool open_ended = tok.kind == TokenKind::kPunct &&
                      (f == "," || f == ";" || f == ":" || f == "(" || f == "[" || IsDash(tok) ||
                       f == "\u201C" || f == "\u2018");
    if (!open_ended && StartsLine(next)) return true;
  }
  return false;
}

// Finds "MOSCOW (Reuters) -" / "KYIV, Ukraine, May 3 (AP) —" starting at token `start`.
// Returns the index of the dash, or 0 if there is no dateline.
size_t FindDateline(const std::vector<Token>& tokens, size_t start) {
  if (start >= tokens.size()) return 0;
  const Token& first = tokens[start];
  if (first.kind != TokenKind::kWord || !first.Has(kAllUpper) || first.form.size() < 2) return 0;
  const size_t limit = std::min(tokens.size(), start + 16);
  for (size_t j = start + 1; j < limit; ++j) {
    const Token& t = tokens[j];
    if (j > start && t.Has(kNewlineBefore)) return 0;
    if (IsDash(t)) {
      if (j + 1 >= tokens.size() || !t.Has(kSpaceBefore)) return 0;
      return j;
    }
    if (IsTerminal(t)) return 0;
    const std::string& f = t.form;
    bool ok = t.kind == TokenKind::kNumber || t.kind == TokenKind::kAbbrev ||
              (t.kind == TokenKind::kWord && t.Has(kUpperInitial)) || f == "," || f == "(" ||
              f == ")" || f == "/";
    if (!ok) return 0;
  }
  return 0;
}

}  // namespace

void Segmenter::Segment(std::vector<Token>&& tokens, Document& doc) const {
  doc.sentences.clear();
  doc.dateline = {};
  const size_t n = tokens.size();
  if (n == 0) return;

  // Dateline: at the start, or at the start of the second line after a headline.
  size_t skip_from = 0, skip_to = 0;  // tokens [skip_from, skip_to) form the dateline
  if (options_.detect_dateline) {
    size_t candidates[2] = {0, 0};
    int count = 1;
    for (size_t i = 1; i < n && i < 40; ++i) {
      if (IsTerminal(tokens[i - 1])) break;
      if (tokens[i].Has(kNewlineBefore)) {
        candidates[count++] = i;
        break;
      }
    }
    for (int c = 0; c < count; ++c) {
      if (size_t dash = FindDateline(tokens, candidates[c])) {
        skip_from = candidates[c];
        skip_to = dash + 1;
        doc.dateline = {tokens[skip_from].span.begin, tokens[dash].span.end};
        break;
      }
    }
  }

  uint64_t cuts = 0;  // one diagnostic per document, not one per cut
  std::string first_cut_reason;
  Span first_cut;
  // Sentences are built from index ranges so that each token vector is allocated once.
  std::vector<std::pair<size_t, size_t>> ranges;  // [begin, end) token indexes
  size_t begin = n;  // n = no open sentence
  for (size_t i = 0; i < n; ++i) {
    if (i >= skip_from && i < skip_to) {
      if (begin < i) ranges.emplace_back(begin, i);
      begin = n;
      continue;
    }
    if (begin == n) begin = i;
    if (i > begin) {
      const uint32_t bytes = tokens[i].span.end - tokens[begin].span.begin;
      const bool too_many = i - begin >= options_.limits.max_sentence_tokens;
      if (too_many || bytes > options_.limits.max_sentence_bytes) {
        if (cuts++ == 0) {
          first_cut_reason =
              too_many ? "more than " + std::to_string(options_.limits.max_sentence_tokens) +
                             " tokens (--max-sentence-tokens)"
                       : "more than " + std::to_string(options_.limits.max_sentence_bytes) +
                             " bytes (--max-sentence-bytes)";
          first_cut = {tokens[begin].span.begin, tokens[i - 1].span.end};
        }
        ranges.emplace_back(begin, i);
        begin = i;
      }
    }
    // The rules look at neighbours on both sides; tokens move only after the last decision.
    if (i + 1 < n && BoundaryAfter(tokens, i, options_.wrapped_lines)) {
      ranges.emplace_back(begin, i + 1);
      begin = n;
    }
  }
  if (begin < n) ranges.emplace_back(begin, n);
  doc.sentences.resize(ranges.size());
  for (size_t k = 0; k < ranges.size(); ++k) {
    Sentence& sentence = doc.sentences[k];
    auto [b, e] = ranges[k];
    sentence.index = static_cast<uint32_t>(k);
    sentence.span = {tokens[b].span.begin, tokens[e - 1].span.end};
    if (b == 0 && e == n) {
      sentence.tokens = std::move(tokens);  // one sentence: no token is moved on its own
      break;
    }
    sentence.tokens.assign(std::make_move_iterator(tokens.begin() + static_cast<ptrdiff_t>(b)),
                           std::make_move_iterator(tokens.begin() + static_cast<ptrdiff_t>(e)));
  }
  if (cuts > 0) {
    doc.diagnostics.push_back({Severity::kWarning, "segment",
                               std::to_string(cuts) + " over-long sentence(s) cut; the first at byte " +
                                   std::to_string(first_cut.begin) + " had " + first_cut_reason,
                               first_cut});
  }
}

}  // namespace entente
