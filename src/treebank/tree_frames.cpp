#include "treebank/tree_frames.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_map>

#include "treebank/lemma.h"
#include "treebank/tree_view.h"

namespace entente {
namespace {

bool IsClause(std::string_view c) { return c == "S" || c == "SQ" || c == "SINV"; }

bool IsBeOrGet(std::string_view w) {
  static constexpr std::array<std::string_view, 15> kForms = {
      "be", "am",  "is", "are", "was",  "were", "been",  "being",
      "'s", "'re", "'m", "get", "gets", "got",  "gotten"};
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

bool IsAuxWord(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kForms = {
      "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "getting"};
  return IsBeOrGet(w) || std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

bool IsNegation(std::string_view w) { return w == "not" || w == "n't" || w == "never"; }

bool IsVerbish(Pos p) { return IsVerb(p) || p == Pos::MD || p == Pos::TO; }

// Adverbial NPs ("said Wednesday", PTB's NP-TMP) are neither subjects nor objects.
bool IsAdverbialNp(std::string_view label) {
  return label.find("-TMP") != std::string_view::npos ||
         label.find("-ADV") != std::string_view::npos;
}

// What an auxiliary chain hands down to the conjuncts of "will meet and discuss".
struct Context {
  uint16_t flags = 0;
  std::string modal;
  bool after_be = false;  // the last auxiliary was be/get: a VBN conjunct is passive
  bool has_aux = false;   // some auxiliary precedes the conjunct
};

struct FrameInfo {
  uint32_t top_vp = kNoIndex;  // first VP of the verb chain
  uint32_t clause = kNoIndex;  // S / SINV / SQ that holds the chain, if any
  bool has_aux = false;        // an auxiliary precedes the main verb
};

class FrameBuilder {
 public:
  explicit FrameBuilder(const Tree& tree)
      : v_(tree), frame_of_(tree.nodes.size(), kNoIndex), consumed_(tree.nodes.size(), 0) {}

  std::vector<Frame> Build() {
    for (uint32_t id = 0; id < v_.tree().nodes.size(); ++id) {
      if (v_.cat(id) == "VP" && !consumed_[id]) WalkChain(id);
    }
    for (uint32_t i = 0; i < frames_.size(); ++i) FindSubject(i);
    for (const std::vector<uint32_t>& group : conjunct_groups_) ShareSubjects(group);
    LinkParentheticalReports();
    MarkReported();
    return Sorted();
  }

 private:
  uint32_t Parent(uint32_t id) const { return v_.node(id).parent; }

  // The verb preterminals of a VP in a row ("was" "attacked" when flat), adverbs between.
  std::vector<uint32_t> VerbChildren(uint32_t vp) const {
    std::vector<uint32_t> out;
    for (uint32_t c : v_.node(vp).children) {
      if (IsVerbish(v_.NodePos(c))) {
        out.push_back(c);
      } else if (!out.empty() && !IsAdverb(v_.NodePos(c)) && v_.cat(c) != "ADVP") {
        break;
      }
    }
    return out;
  }

  // Negation, modals and "to" among a chain VP's own children (not inside its complements).
  void ScanFlags(uint32_t vp, Context& ctx) const {
    for (uint32_t c : v_.node(vp).children) {
      std::vector<uint32_t> words = {c};
      if (v_.cat(c) == "ADVP") words = v_.node(c).children;
      for (uint32_t w : words) {
        const uint32_t leaf = v_.NodeLeaf(w);
        if (leaf == kNoIndex) continue;
        const std::string& lower = v_.lower(leaf);
        if (IsNegation(lower)) ctx.flags |= kNegated;
        if (v_.pos(leaf) == Pos::MD) {
          ctx.flags |= kModal;
          ctx.modal = lower;
          if (lower == "will" || lower == "shall" || lower == "'ll" || lower == "wo")
            ctx.flags |= kFuture;
        }
        if (v_.pos(leaf) == Pos::TO) ctx.flags |= kInfinitive;
      }
    }
  }

  void HandDown(const std::vector<uint32_t>& vps, const Context& ctx, uint32_t last_verb) {
    for (uint32_t vp : vps) {
      Context k = ctx;
      if (last_verb != kNoIndex) {
        k.after_be = IsBeOrGet(v_.lower(last_verb));
        k.has_aux = true;
      }
      inherited_[vp] = k;
    }
    if (vps.size() >= 2) conjunct_groups_.push_back(vps);
  }

  void WalkChain(uint32_t top) {
    Context ctx;
    if (auto it = inherited_.find(top); it != inherited_.end()) ctx = it->second;
    bool prev_be = ctx.after_be, has_aux = ctx.has_aux;
    uint32_t main = kNoIndex, main_node = kNoIndex, lexical = kNoIndex, group_begin = kNoIndex;
    std::vector<uint32_t> chain;
    for (uint32_t cur = top;;) {
      consumed_[cur] = 1;
      chain.push_back(cur);
      ScanFlags(cur, ctx);
      std::vector<uint32_t> vps;
      for (uint32_t c : v_.node(cur).children) {
        if (v_.cat(c) == "VP") vps.push_back(c);
      }
      const std::vector<uint32_t> verbs = VerbChildren(cur);
      for (uint32_t verb : verbs) {
        const uint32_t leaf = v_.NodeLeaf(verb);
        if (group_begin == kNoIndex) group_begin = leaf;
        if (main != kNoIndex) {
          prev_be = IsBeOrGet(v_.lower(main));
          has_aux = true;
        }
        main = leaf;
        main_node = verb;
        lexical = cur;
      }
      if (!verbs.empty()) {
        const bool aux =
            IsAuxWord(v_.lower(main)) || v_.pos(main) == Pos::MD || v_.pos(main) == Pos::TO;
        if (aux && vps.size() == 1) {
          cur = vps[0];
          continue;
        }
        if (aux && vps.size() >= 2) {  // "will [meet] and [discuss]": each conjunct is a frame
          HandDown(vps, ctx, main);
          main = kNoIndex;
        }
      } else if (cur == top || !vps.empty()) {  // coordination or wrapper VP: no verb of its own
        HandDown(vps, ctx, main);
        main = kNoIndex;
      }
      break;
    }
    if (main == kNoIndex || v_.pos(main) == Pos::MD || v_.pos(main) == Pos::TO) return;
    const uint32_t index = static_cast<uint32_t>(frames_.size());
    for (uint32_t vp : chain) frame_of_[vp] = index;
    Frame& f = frames_.emplace_back();
    f.trigger = main;
    f.group = {group_begin, main + 1};
    f.lemma = SimpleLemma(v_.tree().Word(main), v_.pos(main));
    f.flags = ctx.flags;
    f.modal = ctx.modal;
    if (v_.pos(main) == Pos::VBN && prev_be) f.flags |= kPassive;
    FillComplements(f, lexical, main_node);
    info_.push_back({top, kNoIndex, has_aux});
  }

  void FillComplements(Frame& f, uint32_t lexical, uint32_t main_node) {
    bool after = false;
    for (uint32_t c : v_.node(lexical).children) {
      if (c == main_node) {
        after = true;
        continue;
      }
      if (!after) continue;
      const std::string_view cat = v_.cat(c);
      if (TreeView::IsNounPhrase(cat) && !IsAdverbialNp(v_.node(c).label)) {
        Argument arg = v_.NounPhrase(c);
        if (!arg.present()) continue;
        if (!f.object.present()) {
          f.object = std::move(arg);
        } else if (!f.object2.present()) {
          f.object2 = std::move(arg);
        }
      } else if (cat == "PRT" || v_.NodePos(c) == Pos::RP) {
        const uint32_t leaf = v_.node(c).leaf_begin;
        if (leaf >= v_.node(c).leaf_end) continue;
        f.particle = v_.lower(leaf);
        if (leaf == f.group.end) f.group.end = leaf + 1;
      } else if (cat == "PP") {
        AddPrepositionalPhrase(f, c);
      }
    }
  }

  // "with Gondor" -> prep "with"; "out of the Games" (PP inside PP) -> prep "out of".
  void AddPrepositionalPhrase(Frame& f, uint32_t pp) const {
    std::string prep;
    uint32_t cur = pp;
    for (int step = 0; step < kMaxClimb && cur != kNoIndex; ++step) {
      uint32_t next = kNoIndex;
      for (uint32_t c : v_.node(cur).children) {
        const uint32_t leaf = v_.NodeLeaf(c);
        const Pos p = leaf == kNoIndex ? Pos::kUnknown : v_.pos(leaf);
        if (p == Pos::IN || p == Pos::TO || p == Pos::RB || p == Pos::VBG || p == Pos::VBN ||
            p == Pos::JJ || p == Pos::RP) {
          if (!prep.empty()) prep += ' ';
          prep += v_.lower(leaf);
        } else if (TreeView::IsNounPhrase(v_.cat(c)) && !prep.empty()) {
          Argument arg = v_.NounPhrase(c);
          if (!arg.present()) return;
          arg.prep = prep;
          f.pps.push_back(std::move(arg));
          return;
        } else if (v_.cat(c) == "PP" && next == kNoIndex) {
          next = c;
        }
      }
      cur = next;
    }
  }

  uint32_t NearestFrameAbove(uint32_t node) const {
    for (int step = 0; step < kMaxClimb && node != kNoIndex; ++step, node = Parent(node)) {
      if (frame_of_[node] != kNoIndex) return frame_of_[node];
    }
    return kNoIndex;
  }

  // The noun phrase a relative clause modifies: the NP before it inside the enclosing NP.
  Argument Antecedent(uint32_t np, uint32_t clause_child) const {
    for (uint32_t c : v_.node(np).children) {
      if (c == clause_child) break;
      if (TreeView::IsNounPhrase(v_.cat(c))) return v_.NounPhrase(c);
    }
    Argument arg;
    const uint32_t begin = v_.node(np).leaf_begin, end = v_.node(clause_child).leaf_begin;
    if (begin >= end) return arg;
    arg.range = {begin, end};
    arg.head = end - 1;
    for (uint32_t leaf = end; leaf-- > begin;) {
      if (IsNoun(v_.pos(leaf)) || v_.pos(leaf) == Pos::PRP) {
        arg.head = leaf;
        break;
      }
    }
    return arg;
  }

  void FindSubject(uint32_t i) {
    Frame& f = frames_[i];
    FrameInfo& info = info_[i];
    uint32_t c = info.top_vp, p = Parent(c);
    for (int step = 0;
         p != kNoIndex && v_.cat(p) == "VP" && frame_of_[p] == kNoIndex && step < kMaxClimb;
         ++step) {
      c = p;
      p = Parent(p);
    }
    if (p == kNoIndex) return;
    const std::string_view pcat = v_.cat(p);
    if (pcat == "VP") {  // a bare VP complement: "help build", "let them go"
      f.parent = f.subject_from = frame_of_[p];
      return;
    }
    if (TreeView::IsNounPhrase(pcat)) {  // reduced relative: "two men sought in the slaying"
      f.subject = Antecedent(p, c);
      f.flags |= kRelative;
      if (v_.pos(f.trigger) == Pos::VBN && !info.has_aux) f.flags |= kPassive;
      return;
    }
    if (!IsClause(pcat)) {
      f.subject_from = NearestFrameAbove(p);
      return;
    }
    info.clause = p;
    const std::vector<uint32_t>& kids = v_.node(p).children;
    const size_t at = std::find(kids.begin(), kids.end(), c) - kids.begin();
    auto usable = [&](uint32_t k) {
      return TreeView::IsNounPhrase(v_.cat(k)) && !IsAdverbialNp(v_.node(k).label) &&
             v_.node(k).leaf_begin < v_.node(k).leaf_end;
    };
    for (size_t k = at; k-- > 0;) {
      if (usable(kids[k])) {
        f.subject = v_.NounPhrase(kids[k]);
        break;
      }
    }
    if (!f.subject.present() && pcat == "SINV") {  // "..., said the minister"
      for (size_t k = at + 1; k < kids.size(); ++k) {
        if (usable(kids[k])) {
          f.subject = v_.NounPhrase(kids[k]);
          break;
        }
      }
    }
    const bool has_subject = f.subject.present();
    const uint32_t q = Parent(p);
    if (q == kNoIndex) return;
    if (v_.cat(q) == "VP" && frame_of_[q] != kNoIndex) {  // "agreed [to resume talks]"
      f.parent = frame_of_[q];
      if (!has_subject) f.subject_from = f.parent;
    } else if (v_.cat(q) == "SBAR") {
      const uint32_t r = Parent(q);
      bool wh = false;
      std::string complementizer;
      for (uint32_t k : v_.node(q).children) {
        wh = wh || v_.cat(k).starts_with("WH");
        if (complementizer.empty() && v_.NodePos(k) == Pos::IN)
          complementizer = v_.lower(v_.NodeLeaf(k));
      }
      const bool under_np = r != kNoIndex && TreeView::IsNounPhrase(v_.cat(r));
      if (wh || (under_np && !has_subject)) {  // "tanks [which are used in ...]"
        f.flags |= kRelative;
        if (!has_subject && under_np) f.subject = Antecedent(r, q);
      } else if (r != kNoIndex && v_.cat(r) == "VP" && frame_of_[r] != kNoIndex &&
                 (complementizer.empty() || complementizer == "that" ||
                  complementizer == "whether" ||
                  complementizer == "if")) {  // "said [that Arnor attacked Gondor]"
        f.parent = frame_of_[r];
        if (!has_subject) f.subject_from = f.parent;
      } else if (!has_subject) {
        f.subject_from = NearestFrameAbove(q);
      }
    } else if (!has_subject) {  // "by promoting biofuels", "ready to talk"
      f.subject_from = NearestFrameAbove(q);
    }
    if (!f.subject.present() && v_.pos(f.trigger) == Pos::VBG && !info.has_aux &&
        !f.Has(kRelative)) {
      f.flags |= kGerund;
    }
  }

  void ShareSubjects(const std::vector<uint32_t>& conjuncts) {
    uint32_t first = kNoIndex;
    for (uint32_t vp : conjuncts) {
      const uint32_t fi = frame_of_[vp];
      if (fi == kNoIndex) continue;
      if (first == kNoIndex) {
        first = fi;
      } else if (frames_[fi].subject_from == kNoIndex && fi != first) {
        frames_[fi].subject_from = first;
      }
    }
  }

  // "Arnor attacked Gondor, the minister said": the reported clause is a sibling of the
  // reporting verb's VP, not inside it.
  void LinkParentheticalReports() {
    for (uint32_t i = 0; i < frames_.size(); ++i) {
      if (frames_[i].parent != kNoIndex || info_[i].clause == kNoIndex) continue;
      uint32_t path = info_[i].clause, q = Parent(path);
      for (int step = 0; q != kNoIndex && IsClause(v_.cat(q)) && step < kMaxClimb; ++step) {
        bool has_vp = false;
        for (uint32_t k : v_.node(q).children) {
          if (v_.cat(k) != "VP" || k == path) continue;
          has_vp = true;
          const uint32_t g = frame_of_[k];
          if (g != kNoIndex && g != i && IsReportingVerb(frames_[g].lemma)) {
            frames_[i].parent = g;
            break;
          }
        }
        if (has_vp) break;  // the enclosing clause has a verb of its own: stop climbing
        path = q;
        q = Parent(q);
      }
    }
  }

  void MarkReported() {
    for (Frame& f : frames_) {
      uint32_t up = f.parent;
      for (int step = 0; up != kNoIndex && step < kMaxClimb; ++step, up = frames_[up].parent) {
        if (IsReportingVerb(frames_[up].lemma)) {
          f.flags |= kReported;
          break;
        }
      }
    }
  }

  std::vector<Frame> Sorted() {
    std::vector<uint32_t> order(frames_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return frames_[a].trigger < frames_[b].trigger; });
    std::vector<uint32_t> where(frames_.size());
    for (uint32_t k = 0; k < order.size(); ++k) where[order[k]] = k;
    std::vector<Frame> out;
    out.reserve(frames_.size());
    for (uint32_t k : order) {
      Frame& f = out.emplace_back(std::move(frames_[k]));
      if (f.parent != kNoIndex) f.parent = where[f.parent];
      if (f.subject_from != kNoIndex) f.subject_from = where[f.subject_from];
    }
    return out;
  }

  TreeView v_;
  std::vector<uint32_t> frame_of_;  // per node: the frame whose verb chain contains this VP
  std::vector<uint8_t> consumed_;   // per node: VP already walked as part of a chain
  std::unordered_map<uint32_t, Context> inherited_;
  std::vector<std::vector<uint32_t>> conjunct_groups_;
  std::vector<Frame> frames_;
  std::vector<FrameInfo> info_;
};

}  // namespace

std::vector<Frame> FramesFromTree(const Tree& tree) { return FrameBuilder(tree).Build(); }

const Argument* EffectiveSubject(const std::vector<Frame>& frames, size_t index) {
  for (int step = 0; step < 8 && index < frames.size(); ++step) {
    if (frames[index].subject.present()) return &frames[index].subject;
    index = frames[index].subject_from;
  }
  return nullptr;
}

bool IsReportingVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "say",    "tell",        "announce", "report",  "state", "claim",   "add",   "declare",
      "note",   "insist",      "assert",   "confirm", "warn",  "explain", "reply", "stress",
      "allege", "acknowledge", "admit",    "reveal",  "tweet", "write",   "quote", "emphasize"};
  return std::find(kVerbs.begin(), kVerbs.end(), lemma) != kVerbs.end();
}

}  // namespace entente
