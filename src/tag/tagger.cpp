#include "tag/tagger.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/paths.h"
#include "tag/news_rules.h"

namespace entente {
namespace {

// Lexicon counts -> P(tag | word), appended to `scores`.
void AppendDistribution(const ScoredEntry& e, bool normalize, std::vector<TagScore>& scores) {
  float total = 0;
  for (const TagScore& s : e.scores) total += s.value;
  for (const TagScore& s : e.scores) {
    scores.push_back({s.tag, normalize && total > 0 ? s.value / total : s.value});
  }
}

// Never 0, never reused: a memo filled by a destroyed tagger is never read by a new one.
uint64_t NextTaggerId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

Tagger::Tagger(const TaggerModelData& model)
    : transition_(model.transition),
      start_(model.start),
      prior_(model.prior),
      lemmatizer_(model),
      id_(NextTaggerId()) {
  auto key = [](const ScoredEntry& e) { return std::string_view(e.key); };
  lexicon_index_.Build(model.lexicon, key);
  for (const ScoredEntry& e : model.lexicon) {
    lexicon_begin_.push_back(static_cast<uint32_t>(scores_.size()));
    float total = 0;
    for (const TagScore& s : e.scores) total += s.value;
    lexicon_total_.push_back(total);
    AppendDistribution(e, true, scores_);
  }
  lexicon_begin_.push_back(static_cast<uint32_t>(scores_.size()));
  suffix_index_.Build(model.suffixes, key);
  for (const ScoredEntry& e : model.suffixes) {
    suffix_begin_.push_back(static_cast<uint32_t>(scores_.size()));
    AppendDistribution(e, false, scores_);
  }
  suffix_begin_.push_back(static_cast<uint32_t>(scores_.size()));
}

std::unique_ptr<Tagger> Tagger::FromModel(const TaggerModelData& model) {
  return std::unique_ptr<Tagger>(new Tagger(model));
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return NotFound("cannot open tagger model " + path +
                    " (build it with the ent_tagger_model target, or set ENTENTE_TAGGER_MODEL)");
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return IoError("cannot read tagger model " + path);
  Result<TaggerModelData> model = ParseTaggerModel(buf.str(), path);
  if (!model.ok()) return model.status();
  return FromModel(model.value());
}

void Tagger::Tag(std::vector<Token>& tokens) const {
  const size_t n = tokens.size();
  if (n == 0) return;
  // A headline in capitals ("RUSSIA SHELLS KHARKIV") says nothing through case.
  size_t letters = 0, upper = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kAbbrev) continue;
    ++letters;
    upper += t.Has(kAllUpper) && t.form.size() > 1;
  }
  const bool headline = upper >= 3 && upper * 10 >= letters * 7;

  // The lattice lives in per-thread buffers: no allocation per sentence or token. Every cell
  // read below is written first for this sentence.
  thread_local std::vector<TagCandidates> cands;
  thread_local std::vector<float> best;
  thread_local std::vector<uint8_t> back;
  thread_local std::vector<uint32_t> hashes;  // each form's, for both memos
  thread_local std::string scratch;
  if (cands.size() < n) cands.resize(n);
  if (best.size() < n * TagCandidates::kMax) best.resize(n * TagCandidates::kMax);
  if (back.size() < n * TagCandidates::kMax) back.resize(n * TagCandidates::kMax);
  if (hashes.size() < n) hashes.resize(n);
  thread_local CandidateMemo candidate_memo;
  for (size_t i = 0; i < n; ++i) {
    hashes[i] = StringIndex::Hash(tokens[i].form);
    Candidates(tokens, i, headline, scratch, hashes[i], candidate_memo, cands[i]);
  }

  for (int c = 0; c < cands[0].size; ++c) {
    best[c] = start_[static_cast<size_t>(cands[0].tag[c])] + cands[0].score[c];
  }
  for (size_t i = 1; i < n; ++i) {
    const TagCandidates& prev = cands[i - 1];
    const TagCandidates& cur = cands[i];
    const float* prev_best = &best[(i - 1) * TagCandidates::kMax];
    for (int c = 0; c < cur.size; ++c) {
      const size_t next = static_cast<size_t>(cur.tag[c]);
      float top = -INFINITY;
      int arg = 0;
      for (int p = 0; p < prev.size; ++p) {
        float s = prev_best[p] + transition_[static_cast<size_t>(prev.tag[p]) * kNumTags + next];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * TagCandidates::kMax + c] = top + cur.score[c];
      back[i * TagCandidates::kMax + c] = static_cast<uint8_t>(arg);
    }
  }
  int c = 0;
  const float* last = &best[(n - 1) * TagCandidates::kMax];
  for (int k = 1; k < cands[n - 1].size; ++k) {
    if (last[k] > last[c]) c = k;
  }
  for (size_t i = n; i-- > 0;) {
    tokens[i].pos = cands[i].tag[c];
    c = back[i * TagCandidates::kMax + c];
  }
  ApplyNewsRules(tokens, cands, headline);
  // Lemmas depend on the form and the tag only: memoized per thread like the candidates.
  thread_local WordMemo<std::string, 16384> lemma_memo;
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[i];
    bool hit = false;
    auto& slot = lemma_memo.Lookup(id_, t.form, hashes[i], static_cast<uint32_t>(t.pos), hit);
    if (!hit) lemmatizer_.Lemmatize(t.form, t.pos, slot.value);
    t.lemma = slot.value;
  }
}

std::string DefaultTaggerModelPath() {
  if (const char* env = std::getenv("ENTENTE_TAGGER_MODEL"); env != nullptr && *env != '\0') {
    return env;
  }
  std::string dir = ExecutableDir();
  if (dir.empty()) dir = ".";
  std::string beside = dir + "/data/tagger.bin";
  if (std::ifstream(beside)) return beside;
  return dir + "/../data/tagger.bin";
}

}  // namespace entente
