#include "tag/model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "tag/tagger.h"

namespace entente {
namespace {

std::string ModelBytes() {
  std::ifstream in(DefaultTaggerModelPath(), std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

TaggerModelData TinyModel() {
  TaggerModelData m;
  m.lexicon.push_back({"Gondor", {{Pos::NNP, 3}}});
  m.lexicon.push_back({"shelled", {{Pos::VBD, 2}, {Pos::VBN, 1}}});
  m.suffixes.push_back({"l:", {{Pos::NN, 1}}});
  m.suffixes.push_back({"u:", {{Pos::NNP, 1}}});
  m.exceptions[static_cast<size_t>(WordNetPos::kVerb)].push_back({"held", "hold"});
  m.lemmas[static_cast<size_t>(WordNetPos::kVerb)].push_back("shell");
  return m;
}

TEST(TaggerModel, RoundTrips) {
  std::string bytes = SerializeTaggerModel(TinyModel());
  Result<TaggerModelData> m = ParseTaggerModel(bytes, "tiny");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_EQ(m->lexicon.size(), 2u);
  EXPECT_EQ(m->lexicon[1].key, "shelled");
  EXPECT_EQ(m->lexicon[1].scores[1].tag, Pos::VBN);
  EXPECT_EQ(m->exceptions[1][0].second, "hold");
  auto tagger = Tagger::FromModel(m.value());
  EXPECT_EQ(tagger->lemmatizer().Lemmatize("shelled", Pos::VBD), "shell");
}

// The tagger memoizes candidates and lemmas per thread (word_memo.h): a second tagger in the same
// thread, or one built where a destroyed one lived, must answer from its own model.
TEST(TaggerModel, TaggersInOneThreadKeepTheirOwnAnswers) {
  TaggerModelData a = TinyModel();
  TaggerModelData b = TinyModel();
  a.lexicon.push_back({"talks", {{Pos::NNS, 1}}});
  b.lexicon.push_back({"talks", {{Pos::VBZ, 1}}});
  a.lexicon.push_back({"held", {{Pos::VBD, 1}}});
  b.lexicon.push_back({"held", {{Pos::VBD, 1}}});
  b.exceptions[static_cast<size_t>(WordNetPos::kVerb)].clear();  // no held -> hold
  auto tag = [](const Tagger& tagger, const char* word) {
    std::vector<Token> tokens(1);
    tokens[0].form = word;
    tagger.Tag(tokens);
    return std::string(PosName(tokens[0].pos)) + "/" + tokens[0].lemma;
  };
  for (int round = 0; round < 3; ++round) {
    auto ta = Tagger::FromModel(a);
    auto tb = Tagger::FromModel(b);
    EXPECT_EQ(tag(*ta, "talks"), "NNS/talk");
    EXPECT_EQ(tag(*tb, "talks"), "VBZ/talks");
    EXPECT_EQ(tag(*ta, "held"), "VBD/hold");
    EXPECT_EQ(tag(*tb, "held"), "VBD/held");
    EXPECT_EQ(tag(*ta, "talks"), "NNS/talk");
  }
}

TEST(TaggerModel, BuiltModelLoads) {
  auto tagger = Tagger::Load(DefaultTaggerModelPath());
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
}

struct Corruption {
  const char* name;
  std::string (*mutate)(std::string);
  const char* message;  // expected in the error
};

const Corruption kCorruptions[] = {
    {"empty", [](std::string) { return std::string(); }, "bad magic"},
    {"magic",
     [](std::string b) {
       b[0] = 'X';
       return b;
     },
     "bad magic"},
    {"version",
     [](std::string b) {
       b[8] = 99;
       return b;
     },
     "format version 99"},
    {"tag count",
     [](std::string b) {
       b[12] = 7;
       return b;
     },
     "7 tags"},
    {"truncated half", [](std::string b) { return b.substr(0, b.size() / 2); }, "checksum"},
    {"truncated header", [](std::string b) { return b.substr(0, 20); }, "checksum"},
    {"flipped byte",
     [](std::string b) {
       b[b.size() / 3] ^= 0x5A;
       return b;
     },
     "checksum"},
    {"trailing", [](std::string b) { return b + "xx"; }, "checksum"},
};

TEST(TaggerModel, RejectsCorruptFiles) {
  const std::string good = SerializeTaggerModel(TinyModel());
  for (const std::string& base : {good, ModelBytes()}) {
    for (const Corruption& c : kCorruptions) {
      SCOPED_TRACE(c.name);
      Result<TaggerModelData> m = ParseTaggerModel(c.mutate(base), "bad.bin");
      ASSERT_FALSE(m.ok());
      EXPECT_EQ(m.status().code(), StatusCode::kParseError);
      EXPECT_NE(m.status().message().find(c.message), std::string::npos) << m.status().message();
      EXPECT_NE(m.status().message().find("bad.bin"), std::string::npos);
    }
  }
}

// A corrupt body with a matching checksum (a buggy writer) must still fail cleanly.
TEST(TaggerModel, RejectsBadSectionsBehindAValidChecksum) {
  TaggerModelData m = TinyModel();
  std::string bytes = SerializeTaggerModel(m);
  bytes.resize(bytes.size() - 4);
  const size_t lexicon_count = 8 + 4 + 4 + 4 * (kNumTags * kNumTags + 2 * kNumTags);
  for (uint32_t bad : {0x7fffffffu, 3u}) {
    std::string b = bytes;
    std::memcpy(b.data() + lexicon_count, &bad, 4);
    uint32_t h = 2166136261u;
    for (unsigned char c : b) h = (h ^ c) * 16777619u;
    b.append(reinterpret_cast<const char*>(&h), 4);
    Result<TaggerModelData> r = ParseTaggerModel(b, "forged.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kParseError);
  }
}

TEST(TaggerModel, LoadReportsCorruptFile) {
  std::string path = testing::TempDir() + "/corrupt_tagger.bin";
  std::ofstream(path, std::ios::binary) << "ENTTAGGR\x01\0\0\0garbage";
  auto tagger = Tagger::Load(path);
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kParseError);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace entente
