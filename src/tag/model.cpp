#include "tag/model.h"

#include <cstring>

namespace entente {
namespace {

uint32_t Fnv1a(std::string_view bytes) {
  // Four bytes a round: the same sum with a quarter of the loop tests (the model is 2.6 MB and
  // every run of the program checks it).
  uint32_t h = 2166136261u;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t i = 0;
  for (; i + 4 <= bytes.size(); i += 4) {
    h = (h ^ p[i]) * 16777619u;
    h = (h ^ p[i + 1]) * 16777619u;
    h = (h ^ p[i + 2]) * 16777619u;
    h = (h ^ p[i + 3]) * 16777619u;
  }
  for (; i < bytes.size(); ++i) h = (h ^ p[i]) * 16777619u;
  return h;
}

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, sizeof v); }
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U16(static_cast<uint16_t>(s.size()));
    out_.append(s.substr(0, UINT16_MAX));
  }
  void Floats(const std::vector<float>& v) {
    for (float f : v) F32(f);
  }
  void Entries(const std::vector<ScoredEntry>& entries) {
    U32(static_cast<uint32_t>(entries.size()));
    for (const ScoredEntry& e : entries) {
      Str(e.key);
      size_t k = std::min<size_t>(e.scores.size(), UINT8_MAX);
      U8(static_cast<uint8_t>(k));
      for (size_t i = 0; i < k; ++i) {
        U8(static_cast<uint8_t>(e.scores[i].tag));
        F32(e.scores[i].value);
      }
    }
  }
  std::string& out() { return out_; }

 private:
  // The format is little-endian; every platform we build on is too (checked in tag_compile).
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

// Bounds-checked reading: every accessor fails (and stays failed) instead of reading past the end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }

  bool Take(void* p, size_t n) {
    if (!ok_ || bytes_.size() - pos_ < n) return ok_ = false;
    std::memcpy(p, bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  uint8_t U8() {
    uint8_t v = 0;
    Take(&v, 1);
    return v;
  }
  uint32_t U32() {
    uint32_t v = 0;
    Take(&v, 4);
    return v;
  }
  float F32() {
    float v = 0;
    Take(&v, 4);
    return v;
  }
  // A view into the model's bytes: the callers assign it to their strings without a temporary.
  std::string_view Str() {
    uint16_t n = 0;
    if (!Take(&n, 2) || bytes_.size() - pos_ < n) {
      ok_ = false;
      return {};
    }
    std::string_view s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // A count of items that each take at least `min_bytes`: rejects counts the file cannot hold, so
  // a corrupt count never turns into a huge allocation.
  uint32_t Count(size_t min_bytes) {
    uint32_t n = U32();
    if (ok_ && static_cast<uint64_t>(n) * min_bytes > bytes_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

bool ReadEntries(Reader& r, std::vector<ScoredEntry>& out) {
  uint32_t n = r.Count(3);
  out.resize(n);
  for (ScoredEntry& e : out) {
    e.key.assign(r.Str());
    uint8_t k = r.U8();
    e.scores.resize(k);
    for (TagScore& s : e.scores) {
      uint8_t tag = r.U8();
      if (tag == 0 || tag >= kNumTags) return false;
      s.tag = static_cast<Pos>(tag);
      s.value = r.F32();
    }
    if (!r.ok()) return false;
  }
  return r.ok();
}

}  // namespace

std::string SerializeTaggerModel(const TaggerModelData& model) {
  Writer w;
  w.out().append(kTaggerModelMagic);
  w.U32(kTaggerModelVersion);
  w.U32(static_cast<uint32_t>(kNumTags));
  w.Floats(model.transition);
  w.Floats(model.start);
  w.Floats(model.prior);
  w.Entries(model.lexicon);
  w.Entries(model.suffixes);
  for (const auto& list : model.exceptions) {
    w.U32(static_cast<uint32_t>(list.size()));
    for (const auto& [inflected, base] : list) {
      w.Str(inflected);
      w.Str(base);
    }
  }
  for (const auto& list : model.lemmas) {
    w.U32(static_cast<uint32_t>(list.size()));
    for (const std::string& lemma : list) w.Str(lemma);
  }
  w.U32(Fnv1a(w.out()));
  return std::move(w.out());
}

Result<TaggerModelData> ParseTaggerModel(std::string_view bytes, const std::string& name) {
  auto fail = [&](const std::string& why) {
    return ParseError(name + ": not a valid tagger model: " + why);
  };
  if (bytes.size() < kTaggerModelMagic.size() + 12 ||
      bytes.substr(0, kTaggerModelMagic.size()) != kTaggerModelMagic) {
    return fail("bad magic (expected \"ENTTAGGR\"; rebuild with tag_compile)");
  }
  Reader r(bytes.substr(0, bytes.size() - 4));
  char magic[8];
  r.Take(magic, sizeof magic);
  uint32_t version = r.U32();
  if (version != kTaggerModelVersion) {
    return fail("format version " + std::to_string(version) + ", this program reads version " +
                std::to_string(kTaggerModelVersion));
  }
  uint32_t tags = r.U32();
  if (tags != kNumTags) {
    return fail("model has " + std::to_string(tags) + " tags, this program " +
                std::to_string(kNumTags));
  }
  uint32_t stored_sum = 0;
  std::memcpy(&stored_sum, bytes.data() + bytes.size() - 4, 4);
  if (stored_sum != Fnv1a(bytes.substr(0, bytes.size() - 4))) {
    return fail("checksum mismatch (truncated or corrupt file)");
  }
  TaggerModelData m;
  for (float& f : m.transition) f = r.F32();
  for (float& f : m.start) f = r.F32();
  for (float& f : m.prior) f = r.F32();
  if (!ReadEntries(r, m.lexicon)) return fail("bad lexicon section");
  if (!ReadEntries(r, m.suffixes)) return fail("bad suffix section");
  for (auto& list : m.exceptions) {
    list.resize(r.Count(4));
    for (auto& [inflected, base] : list) {
      inflected.assign(r.Str());
      base.assign(r.Str());
    }
  }
  for (auto& list : m.lemmas) {
    list.resize(r.Count(2));
    for (std::string& lemma : list) lemma.assign(r.Str());
  }
  if (!r.ok()) return fail("truncated at byte " + std::to_string(r.pos()));
  if (r.pos() != bytes.size() - 4) return fail("trailing bytes after the last section");
  return m;
}

}  // namespace entente
