// Penn Treebank part-of-speech tags, as a compact enum for Token::pos.
#pragma once

#include <cstdint>
#include <string_view>

namespace entente {

// X-macro: enum name, Penn Treebank spelling.
#define ENT_POS_TAGS(X)                                                                      \
  X(kUnknown, "")                                                                            \
  X(CC, "CC") X(CD, "CD") X(DT, "DT") X(EX, "EX") X(FW, "FW") X(IN, "IN") X(JJ, "JJ")        \
  X(JJR, "JJR") X(JJS, "JJS") X(LS, "LS") X(MD, "MD") X(NN, "NN") X(NNS, "NNS")             \
  X(NNP, "NNP") X(NNPS, "NNPS") X(PDT, "PDT") X(POS, "POS") X(PRP, "PRP") X(PRPS, "PRP$")    \
  X(RB, "RB") X(RBR, "RBR") X(RBS, "RBS") X(RP, "RP") X(SYM, "SYM") X(TO, "TO") X(UH, "UH")  \
  X(VB, "VB") X(VBD, "VBD") X(VBG, "VBG") X(VBN, "VBN") X(VBP, "VBP") X(VBZ, "VBZ")          \
  X(WDT, "WDT") X(WP, "WP") X(WPS, "WP$") X(WRB, "WRB")                                      \
  X(kPeriod, ".") X(kComma, ",") X(kColon, ":") X(kOpenQuote, "``") X(kCloseQuote, "''")    \
  X(kLrb, "-LRB-") X(kRrb, "-RRB-") X(kDollar, "$") X(kHash, "#")

enum class Pos : uint8_t {
#define ENT_POS_ENUM(name, text) name,
  ENT_POS_TAGS(ENT_POS_ENUM)
#undef ENT_POS_ENUM
      kCount
};

// "NNP" for Pos::NNP; "" for kUnknown.
std::string_view PosName(Pos pos);
// Pos::NNP for "NNP"; kUnknown for anything else.
Pos PosFromName(std::string_view name);

inline bool IsNoun(Pos p) { return p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS; }
inline bool IsProperNoun(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
inline bool IsVerb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
inline bool IsAdjective(Pos p) { return p == Pos::JJ || p == Pos::JJR || p == Pos::JJS; }
inline bool IsAdverb(Pos p) { return p == Pos::RB || p == Pos::RBR || p == Pos::RBS; }

}  // namespace entente
