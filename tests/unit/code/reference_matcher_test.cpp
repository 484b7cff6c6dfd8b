// Differential test of the coder's pattern matcher (src/code/match.cpp) against a slow reference
// matcher written here from docs/dictionary-format.md alone.
//
// The reference reads the test dictionary's verb pattern and synonym files itself, and for each
// verb frame the chunker produced scans EVERY pattern of the dictionary (not an index by lemma),
// applies the element semantics literally with a full backtracking search, and keeps the most
// specific match. Actors are resolved by a naive phrase table of the generated sentences, not by
// the dictionary's trie. Sentences come from templates (subjects x verbs x objects x adjuncts x
// voice) drawn with a fixed seed; both sides must give the same (source, target, code) sets.
//
// Scope: verbal frames of single-sentence documents (nominal events are switched off in the real
// pipeline); the coder's policies around the match (voice, negation and modality, pairwise groups,
// empty actors) are re-stated here in their plain documented form.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "dict/dictionary.h"
#include "pipeline/pipeline.h"

namespace entente {
namespace {

const std::string kDictDir = std::string(ENT_SOURCE_DIR) + "/tests/data/dict/code";

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string StripComment(const std::string& line) {
  size_t hash = line.find('#');
  return hash == std::string::npos ? line : line.substr(0, hash);
}

// ---------------------------------------------------------------------------------------------
// The reference dictionary: patterns and synonym sets read from the text files.

enum class RefKind { kWord, kPrep, kSet, kTarget, kSource, kAny };

struct RefElement {
  RefKind kind;
  std::string text;  // lower case; "&NAME" for sets
};

struct RefPattern {
  std::string code, lemma, particle;
  std::vector<RefElement> elements;
  std::string where;  // file:line, for messages
};

bool IsPrep(const std::string& w) {
  static const std::set<std::string> preps = {
      "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at",
      "before", "behind", "below", "between", "beyond", "by", "despite", "during", "for", "from",
      "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "since",
      "through", "to", "toward", "towards", "under", "until", "upon", "via", "with", "within",
      "without", "as", "like"};
  return preps.count(w) > 0;
}

bool IsParticle(const std::string& w) {
  static const std::set<std::string> particles = {"up",   "down",  "off",   "out",     "away",     "back",
                                                  "aside", "apart", "forward", "together", "around", "along"};
  return particles.count(w) > 0;
}

struct RefDictionary {
  std::vector<RefPattern> patterns;                      // every verb pattern, in file order
  std::map<std::string, std::set<std::string>> synsets;  // "&AID" -> {"aid", "economic aid"}

  void ReadSynsetLine(const std::vector<std::string>& words) {
    // &NAME  member | member phrase | ...
    const std::string& name = words[0];
    std::string phrase;
    for (size_t i = 1; i <= words.size(); ++i) {
      if (i == words.size() || words[i] == "|") {
        if (!phrase.empty()) synsets[name].insert(Lower(phrase));
        phrase.clear();
      } else {
        phrase += (phrase.empty() ? "" : " ") + words[i];
      }
    }
  }

  void ReadFile(const std::string& path, bool verbs) {
    std::ifstream in(path);
    ASSERT_TRUE(in.good()) << "cannot read " << path;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::vector<std::string> w = Words(StripComment(line));
      if (w.empty()) continue;
      if (w[0][0] == '&') {
        ReadSynsetLine(w);
        continue;
      }
      if (!verbs || w.size() < 2) continue;
      RefPattern p;
      p.code = w[0];
      p.lemma = Lower(w[1]);
      p.where = path.substr(path.rfind('/') + 1) + ":" + std::to_string(n);
      size_t i = 2;
      if (i < w.size() && IsParticle(w[i])) p.particle = w[i++];
      for (; i < w.size(); ++i) {
        RefElement e{RefKind::kWord, Lower(w[i])};
        if (w[i] == "+") e.kind = RefKind::kTarget;
        else if (w[i] == "$") e.kind = RefKind::kSource;
        else if (w[i] == "*") e.kind = RefKind::kAny;
        else if (w[i][0] == '&') e = {RefKind::kSet, w[i]};
        else if (IsPrep(e.text)) e.kind = RefKind::kPrep;
        p.elements.push_back(e);
      }
      patterns.push_back(std::move(p));
    }
  }

  void Load() {
    ReadFile(kDictDir + "/synsets.txt", false);
    ReadFile(kDictDir + "/verbs/code.txt", true);
  }
};

// ---------------------------------------------------------------------------------------------
// Naive actor resolution: the phrases the generator puts into sentences, longest first.

struct ActorPhrase {
  std::string phrase, code;
};

const std::vector<ActorPhrase>& ActorTable() {
  static const std::vector<ActorPhrase> table = [] {
    std::vector<ActorPhrase> t = {
        {"Freedonian troops", "FREMIL"},     {"Sylvanian rebels", "SYLREB"},
        {"Norwegian prime minister", "NORGOV"}, {"Sylvanian police", "SYLCOP"},
        {"Freedonian journalists", "FREMED"}, {"Rufus Firefly", "FREGOV"},
        {"European Union", "IGOEUREEC"},     {"United States", "USA"},
        {"Freedonia", "FRE"},                {"Sylvania", "SYL"},
        {"Spain", "ESP"},                    {"Ireland", "IRL"},
        {"Norway", "NOR"},                   {"Russia", "RUS"},
        {"Ukraine", "UKR"},                  {"China", "CHN"},
        {"Rovena", "FREGOV"},                {"Lucastra", "SYLGOV"},
        {"Madrid", "ESPGOV"},                {"Kremlin", "RUSGOV"},
        {"Freedonian", "FRE"},               {"Sylvanian", "SYL"},
    };
    std::stable_sort(t.begin(), t.end(), [](const ActorPhrase& a, const ActorPhrase& b) {
      return Words(a.phrase).size() > Words(b.phrase).size();
    });
    return t;
  }();
  return table;
}

std::string RangeText(const Sentence& s, TokenRange r) {
  std::string out;
  for (uint32_t k = r.begin; k < r.end && k < s.tokens.size(); ++k) out += (out.empty() ? "" : " ") + s.tokens[k].form;
  return out;
}

// The code of the longest table phrase found (as whole words) in the range, or "".
std::string ResolveRange(const Sentence& s, TokenRange r) {
  const std::string text = " " + RangeText(s, r) + " ";
  for (const ActorPhrase& a : ActorTable()) {
    if (text.find(" " + a.phrase + " ") != std::string::npos) return a.code;
  }
  return "";
}

std::vector<std::string> ResolveArg(const Sentence& s, const Argument& arg) {
  std::vector<std::string> out;
  if (!arg.present()) return out;
  std::vector<TokenRange> parts = arg.members.empty() ? std::vector<TokenRange>{arg.range} : arg.members;
  for (const TokenRange& r : parts) {
    std::string code = ResolveRange(s, r);
    if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The reference matcher.

// The constituents a pattern is matched against, in order: objects, then prepositional phrases.
struct Constituent {
  const Argument* arg;
  std::string prep;  // "" for the direct objects
};

struct RefMatch {
  const RefPattern* pattern = nullptr;
  int lexical = -1;  // words, sets and prepositions matched
  int slots = -1;    // +, $ and * matched
  int extra = 0;     // words beyond the first of multi-word synset members
  const Argument* target = nullptr;
  const Argument* source = nullptr;
  bool names_target = false;
};

bool TokenMatchesWord(const Token& t, const std::string& word) {
  return t.lemma == word || Lower(t.form) == word;
}

// `word` / `&SET`: a word (or a member phrase of the set) of the noun phrase.
// Words of the longest matching synset member in the phrase (a plain word counts 1); 0 = none.
int PhraseHas(const Sentence& s, const Argument& arg, const RefElement& e, const RefDictionary& d) {
  int best = 0;
  for (uint32_t k = arg.range.begin; k < arg.range.end; ++k) {
    if (e.kind == RefKind::kWord) {
      if (TokenMatchesWord(s.tokens[k], e.text)) return 1;
      continue;
    }
    auto set = d.synsets.find(e.text);
    if (set == d.synsets.end()) return 0;
    for (const std::string& member : set->second) {
      std::vector<std::string> mw = Words(member);
      if (k + mw.size() > arg.range.end) continue;
      bool all = true;
      for (size_t j = 0; j < mw.size() && all; ++j) all = TokenMatchesWord(s.tokens[k + j], mw[j]);
      if (all && static_cast<int>(mw.size()) > best) best = static_cast<int>(mw.size());
    }
  }
  return best;
}

struct SearchState {
  size_t cur = 0;          // the constituent the next element looks at
  bool after_prep = false; // a preposition has been matched (so `+` may name a PP's phrase)
  int lexical = 0, slots = 0;
  int extra = 0;           // words beyond the first of multi-word synset members
  const Argument* target = nullptr;
  const Argument* source = nullptr;
};

// Exhaustive search: every way of matching the elements in order; keeps the best outcome.
// Specificity as docs/coding.md states it: words, sets and prepositions count 2, actor slots 1,
// and each further word of a multi-word synset member 1 ("humanitarian aid" beats "aid").
int Specificity(int lexical, int slots, int extra = 0) {
  return lexical < 0 ? -1 : 2 * lexical + slots + extra;
}

// `actors`: false for the second pass that looks for force or coercion against someone unnamed.
void Search(const RefPattern& p, size_t e, SearchState st, const Sentence& s,
            const std::vector<Constituent>& cs, const RefDictionary& d, bool actors, RefMatch& best) {
  if (e == p.elements.size()) {
    if (Specificity(st.lexical, st.slots, st.extra) > Specificity(best.lexical, best.slots, best.extra)) {
      best.pattern = &p;
      best.lexical = st.lexical;
      best.slots = st.slots;
      best.extra = st.extra;
      best.target = st.target;
      best.source = st.source;
    }
    return;
  }
  const RefElement& el = p.elements[e];
  switch (el.kind) {
    case RefKind::kPrep:
      // A preposition opening any later prepositional phrase.
      for (size_t k = st.cur; k < cs.size(); ++k) {
        if (cs[k].prep != el.text) continue;
        SearchState next = st;
        next.cur = k;
        next.after_prep = true;
        next.lexical += 1;
        Search(p, e + 1, next, s, cs, d, actors, best);
      }
      return;
    case RefKind::kWord:
    case RefKind::kSet:
      // The head or a modifier of the phrase at hand.
      if (int words = st.cur < cs.size() ? PhraseHas(s, *cs[st.cur].arg, el, d) : 0; words > 0) {
        SearchState next = st;
        next.lexical += 1;
        next.extra += words - 1;
        Search(p, e + 1, next, s, cs, d, actors, best);
      }
      return;
    case RefKind::kTarget:
    case RefKind::kSource: {
      // A phrase that resolves to an actor: an object, or the phrase of a matched preposition.
      if (st.cur >= cs.size()) return;
      if (!st.after_prep && !cs[st.cur].prep.empty()) return;
      if (actors && ResolveArg(s, *cs[st.cur].arg).empty()) return;
      SearchState next = st;
      (el.kind == RefKind::kTarget ? next.target : next.source) = cs[st.cur].arg;
      next.cur = st.cur + 1;
      next.slots += 1;
      Search(p, e + 1, next, s, cs, d, actors, best);
      return;
    }
    case RefKind::kAny: {
      // Any noun phrase: like `+`, an object unless a preposition was matched.
      if (st.cur >= cs.size()) return;
      if (!st.after_prep && !cs[st.cur].prep.empty()) return;
      SearchState next = st;
      next.cur = st.cur + 1;
      next.slots += 1;
      Search(p, e + 1, next, s, cs, d, actors, best);
      return;
    }
  }
}

RefMatch ReferenceMatch(const RefDictionary& d, const Sentence& s, const Frame& f, bool actors) {
  std::vector<Constituent> cs;
  if (f.object.present()) cs.push_back({&f.object, ""});
  if (f.object2.present()) cs.push_back({&f.object2, ""});
  for (const Argument& pp : f.pps) cs.push_back({&pp, pp.prep});
  // A particle verb uses its own patterns when it has any, else the bare verb's.
  bool particle_patterns = false;
  for (const RefPattern& p : d.patterns) {
    particle_patterns = particle_patterns || (!f.particle.empty() && p.lemma == f.lemma && p.particle == f.particle);
  }
  RefMatch best;
  for (const RefPattern& p : d.patterns) {  // the whole dictionary, every time
    if (p.lemma != f.lemma) continue;
    if (p.particle != (particle_patterns ? f.particle : std::string())) continue;
    RefMatch m;
    Search(p, 0, SearchState{}, s, cs, d, actors, m);
    if (!m.pattern) continue;
    // Most specific wins; on a tie the pattern written first.
    if (Specificity(m.lexical, m.slots, m.extra) > Specificity(best.lexical, best.slots, best.extra)) best = m;
  }
  if (!best.pattern) return best;
  for (const RefElement& el : best.pattern->elements) {
    best.names_target = best.names_target || el.kind == RefKind::kTarget || el.kind == RefKind::kSource;
  }
  if (!best.names_target) {
    // No `+`: the direct object if it is an actor, else the first prepositional phrase with an
    // actor among to, with, against, towards, into, on, for, from, over, about, at, of.
    static const std::set<std::string> target_preps = {"",   "to",   "with", "against", "toward", "towards", "into", "on",
                                                       "upon", "for", "from", "over",    "about",  "at",      "of"};
    for (const Constituent& c : cs) {
      if (target_preps.count(c.prep) && !ResolveArg(s, *c.arg).empty()) {
        best.target = c.arg;
        break;
      }
    }
  }
  return best;
}

using EventSet = std::set<std::tuple<std::string, std::string, std::string>>;

// Codes the verb frames of one document the documented way, with the reference matcher.
EventSet ReferenceEvents(const RefDictionary& d, const Document& doc) {
  EventSet out;
  for (const Sentence& s : doc.sentences) {
    for (const Frame& original : s.frames) {
      if (original.kind != FrameKind::kVerb) continue;
      // Negated, modal, hypothetical and interrogative predicates are not coded; complements
      // (intent mapping) are out of this test's scope and not generated.
      if (original.flags & (kNegated | kModal | kHypothetical | kQuestion)) continue;
      if (original.parent != kNoIndex || (original.flags & (kInfinitive | kGerund | kFuture))) continue;
      // Passive voice: the subject is the patient, the by-phrase the agent.
      Frame f = original;
      const bool passive = original.Has(kPassive);
      if (passive) {
        f.object = original.subject;
        f.subject = Argument();
        f.pps.clear();
        for (const Argument& pp : original.pps) {
          if (pp.prep == "by" && !f.subject.present()) f.subject = pp;
          else f.pps.push_back(pp);
        }
      }
      RefMatch m = ReferenceMatch(d, s, f, true);
      bool unnamed = false;
      if (!m.pattern) {
        // Force, protest or coercion against someone unnamed ("police arrested a man"): the
        // event stands with an empty target.
        m = ReferenceMatch(d, s, f, false);
        if (!m.pattern) continue;
        const std::string r = m.pattern->code.substr(0, 2);
        if (r != "14" && r != "15" && r != "17" && r != "18" && r != "19" && r != "20") continue;
        if (m.source) continue;  // only an unnamed target is documented, not an unnamed `$` source
        m.target = nullptr;
        unnamed = true;
      }
      const bool no_named_target = !m.names_target || unnamed;
      std::vector<std::string> sources = ResolveArg(s, f.subject);
      std::vector<std::string> targets = m.target ? ResolveArg(s, *m.target) : std::vector<std::string>();
      if (m.source && !unnamed) {
        targets = sources;
        sources = ResolveArg(s, *m.source);
      }
      const std::string& code = m.pattern->code;
      const std::string root = code.substr(0, 2);
      if (targets.empty() && no_named_target && sources.size() >= 2 &&
          ((root >= "03" && root <= "08") || root == "19")) {
        targets = sources;  // a group acting together: pairwise
      }
      if (targets.empty() && no_named_target &&
          ((root == "01" && code != "010") || root == "02" || (root == "03" && code.starts_with("03")) ||
           root == "08" || root == "14" || root == "15" || root == "17" || root >= "18")) {
        targets = {""};  // statements, appeals, concessions, force or coercion with no named target
      }
      if (sources.empty() && passive && !targets.empty()) sources = {""};  // agentless passive
      for (const std::string& src : sources) {
        for (const std::string& tgt : targets) {
          if (src != tgt) out.insert({src, tgt, code});
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentence generation.

struct Lcg {  // deterministic on every platform (std distributions are not)
  uint64_t state;
  uint32_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Next() % v.size()]; }
};

// {S} subject, {O} object actor, {X} thing, {A} adjunct. Passive forms start with {O}.
struct Template {
  std::string active, passive;  // passive "" = none
};

const std::vector<Template>& Templates() {
  static const std::vector<Template> t = {
      {"{S} attacked {O}{A}.", "{O} was attacked by {S}{A}."},
      {"{S} invaded {O}{A}.", "{O} was invaded by {S}{A}."},
      {"{S} visited {O}{A}.", "{O} was visited by {S}{A}."},
      {"{S} criticized {O}{A}.", "{O} was criticized by {S}{A}."},
      {"{S} condemned {O}{A}.", "{O} was condemned by {S}{A}."},
      {"{S} praised {O}{A}.", "{O} was praised by {S}{A}."},
      {"{S} hosted {O}{A}.", ""},
      {"{S} welcomed {O}{A}.", ""},
      {"{S} arrested {O}{A}.", "{O} were arrested{A}."},
      {"{S} kidnapped {O}{A}.", "{O} was kidnapped by {S}{A}."},
      {"{S} bombed {O}{A}.", "{O} was bombed by {S}{A}."},
      {"{S} travelled to {O}{A}.", ""},
      {"{S} met with {O}{A}.", ""},
      {"{S} negotiated with {O}{A}.", ""},
      {"{S} clashed with {O}{A}.", ""},
      {"{S} clashed{A}.", ""},
      {"{S} protested against {O}{A}.", ""},
      {"{S} sent {X} to {O}{A}.", "{X} were sent to {O} by {S}{A}."},
      {"{S} provided {X} to {O}{A}.", ""},
      {"{S} delivered {X} to {O}{A}.", ""},
      {"{S} supplied {O} with {X}{A}.", ""},
      {"{S} received {X} from {O}{A}.", ""},
      {"{S} held {X} with {O}{A}.", ""},
      {"{S} held {X}{A}.", ""},
      {"{S} imposed sanctions on {O}{A}.", "Sanctions were imposed on {O} by {S}{A}."},
      {"{S} lifted sanctions on {O}{A}.", ""},
      {"{S} accused {O} of {X}{A}.", "{O} was accused of {X} by {S}{A}."},
      {"{S} commended {O} for {X}{A}.", ""},
      {"{S} signed an agreement with {O}{A}.", ""},
      {"{S} came under attack from {O}{A}.", ""},
      {"{S} released {O}{A}.", "{O} were released{A}."},
      {"{S} launched airstrikes on {O}{A}.", ""},
      {"{S} sent {X} to the border to {O}{A}.", ""},
      {"{S} broke off relations with {O}{A}.", ""},
      {"{S} sent back {X} to {O}{A}.", ""},
  };
  return t;
}

const std::vector<std::string> kSubjects = {
    "Freedonia", "Sylvania", "Spain", "The United States", "Freedonian troops", "Sylvanian rebels",
    "The Norwegian prime minister", "Rovena", "The Kremlin", "China", "Spain and Ireland",
    "Freedonia and Sylvania", "Sylvanian police", "The European Union", "Rufus Firefly"};
const std::vector<std::string> kObjects = {
    "Sylvania", "Freedonia", "Ukraine", "Norway", "Lucastra", "Freedonian journalists",
    "Russia", "Ireland and Norway", "Freedonian prisoners", "the museum", "Sylvanian rebels"};
const std::vector<std::string> kThings = {
    "aid", "financial aid", "missiles", "tanks", "food", "medicine", "talks", "negotiations",
    "exercises", "military exercises", "books", "espionage", "its restraint", "humanitarian aid",
    "armored vehicles", "prisoners"};
// No bare temporal noun phrases ("last week"): the chunker folds them into the object ("Sylvanian
// rebels last week", head "week"), which is an actor-resolution matter, not the matcher's.
const std::vector<std::string> kAdjuncts = {"", "", " on Monday", " in Geneva", " in Madrid",
                                            " near the border"};
const std::vector<std::string> kVoices = {"active", "active", "active", "passive", "negated", "modal"};

void Replace(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, from.size(), to);
}

std::string Capitalise(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

std::vector<std::string> GenerateSentences(size_t count) {
  Lcg rng{20240301};
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (size_t tries = 0; out.size() < count && tries < count * 20; ++tries) {
    const Template& t = rng.Pick(Templates());
    std::string voice = rng.Pick(kVoices);
    std::string subject = rng.Pick(kSubjects), object = rng.Pick(kObjects), thing = rng.Pick(kThings);
    std::string adjunct = rng.Pick(kAdjuncts);
    std::string s;
    if (voice == "passive" && !t.passive.empty()) {
      s = t.passive;
      std::string lower_subject = subject.rfind("The ", 0) == 0 ? "the " + subject.substr(4) : subject;
      Replace(s, "{S}", lower_subject);
      Replace(s, "{O}", Capitalise(object));
      Replace(s, "{X}", thing);
      s = Capitalise(s);
    } else {
      s = t.active;
      if (voice == "negated" || voice == "modal") {
        // "{S} attacked" -> "{S} did not attack" / "{S} could attack": the verb's base form.
        size_t verb = s.find(' ') + 1;
        size_t end = s.find_first_of(" .", verb);
        std::string past = s.substr(verb, end - verb);
        static const std::map<std::string, std::string> base = {
            {"attacked", "attack"},     {"invaded", "invade"},     {"visited", "visit"},
            {"criticized", "criticize"}, {"condemned", "condemn"}, {"praised", "praise"},
            {"hosted", "host"},         {"welcomed", "welcome"},   {"arrested", "arrest"},
            {"kidnapped", "kidnap"},    {"bombed", "bomb"},        {"travelled", "travel"},
            {"met", "meet"},            {"negotiated", "negotiate"}, {"clashed", "clash"},
            {"protested", "protest"},   {"sent", "send"},          {"provided", "provide"},
            {"delivered", "deliver"},   {"supplied", "supply"},    {"received", "receive"},
            {"held", "hold"},           {"imposed", "impose"},     {"lifted", "lift"},
            {"accused", "accuse"},      {"commended", "commend"},  {"signed", "sign"},
            {"came", "come"},           {"released", "release"},   {"launched", "launch"},
            {"broke", "break"}};
        auto it = base.find(past);
        if (it == base.end()) continue;
        s = s.substr(0, verb) + (voice == "negated" ? "did not " : "could ") + it->second + s.substr(end);
      }
      Replace(s, "{S}", subject);
      Replace(s, "{O}", object);
      Replace(s, "{X}", thing);
    }
    Replace(s, "{A}", adjunct);
    if (seen.insert(s).second) out.push_back(s);
  }
  return out;
}

std::string Show(const EventSet& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& [src, tgt, code] : events) {
    out += " " + (src.empty() ? "-" : src) + ">" + (tgt.empty() ? "-" : tgt) + ":" + code;
  }
  return out;
}

class ReferenceMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tagger = LoadDefaultTagger();
    ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
    Diagnostics diags;
    auto dict = LoadNativeDictionary(kDictDir, diags);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    PipelineOptions options;
    options.tagger = tagger.value();
    options.dictionary = dict.value();
    options.coder.nominal_events = false;  // the reference covers verbal frames
    pipeline_ = new Pipeline(options);
    reference_ = new RefDictionary();
    reference_->Load();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    delete reference_;
    pipeline_ = nullptr;
    reference_ = nullptr;
  }

  // Runs one sentence through both; returns "" when they agree, else a description.
  static std::string Compare(const std::string& text, EventSet* fast_out = nullptr) {
    Document doc;
    doc.id = "ref";
    doc.text = text;
    doc.date = *ParseDate("2021-03-01");
    Status st = pipeline_->Process(doc);
    if (!st.ok()) return text + ": pipeline error " + st.ToString();
    EventSet fast;
    for (const Event& e : doc.events) fast.insert({e.source, e.target, e.code});
    if (fast_out) *fast_out = fast;
    EventSet ref = ReferenceEvents(*reference_, doc);
    if (fast == ref) return "";
    std::string frames;
    for (const Sentence& s : doc.sentences) {
      for (const Frame& f : s.frames) {
        if (f.kind != FrameKind::kVerb) continue;
        frames += " [" + f.lemma + (f.particle.empty() ? "" : "_" + f.particle) + " flags=" +
                  std::to_string(f.flags) + " subj=" + RangeText(s, f.subject.range) +
                  " obj=" + RangeText(s, f.object.range);
        for (const Argument& pp : f.pps) frames += " " + pp.prep + "=" + RangeText(s, pp.range);
        frames += "]";
      }
    }
    return "\"" + text + "\"\n      fast:" + Show(fast) + "\n      reference:" + Show(ref) +
           "\n      frames:" + frames;
  }

  static Pipeline* pipeline_;
  static RefDictionary* reference_;
};

Pipeline* ReferenceMatcherTest::pipeline_ = nullptr;
RefDictionary* ReferenceMatcherTest::reference_ = nullptr;

TEST_F(ReferenceMatcherTest, ReferenceReadsTheDictionary) {
  ASSERT_GE(reference_->patterns.size(), 40u);
  EXPECT_EQ(reference_->synsets.count("&WEAPON"), 1u);
  EXPECT_EQ(reference_->synsets.at("&AID").count("financial aid"), 1u);
}

// A few hand-checked sentences: the reference itself must code them as an analyst would, so that
// agreement below means something.
TEST_F(ReferenceMatcherTest, ReferenceCodesPlainSentences) {
  struct Case {
    const char* text;
    EventSet want;
  };
  const Case cases[] = {
      {"Freedonia attacked Sylvania.", {{"FRE", "SYL", "190"}}},
      {"Spain sent missiles to Ukraine.", {{"ESP", "UKR", "072"}}},
      {"Spain sent food to Ukraine.", {{"ESP", "UKR", "073"}}},
      {"Sylvania received aid from Freedonia.", {{"FRE", "SYL", "070"}}},
      {"Sylvania was attacked by Freedonian troops.", {{"FREMIL", "SYL", "190"}}},
      {"Freedonia did not attack Sylvania.", {}},
  };
  for (const Case& c : cases) {
    Document doc;
    doc.text = c.text;
    doc.date = *ParseDate("2021-03-01");
    ASSERT_TRUE(pipeline_->Process(doc).ok());
    EXPECT_EQ(ReferenceEvents(*reference_, doc), c.want) << c.text;
  }
}

// The differential test proper: several hundred generated sentences.
TEST_F(ReferenceMatcherTest, FastMatcherAgreesWithReferenceOnGeneratedSentences) {
  const std::vector<std::string> sentences = GenerateSentences(600);
  ASSERT_GE(sentences.size(), 400u);
  size_t coded = 0;
  std::vector<std::string> mismatches;
  for (const std::string& text : sentences) {
    EventSet fast;
    std::string diff = Compare(text, &fast);
    if (!fast.empty()) ++coded;
    if (!diff.empty()) mismatches.push_back(diff);
  }
  // The generator must exercise the matcher, not only produce uncodable sentences.
  EXPECT_GE(coded, sentences.size() / 3);
  std::string report;
  for (size_t i = 0; i < mismatches.size() && i < 40; ++i) report += "\n  " + mismatches[i];
  EXPECT_TRUE(mismatches.empty()) << mismatches.size() << " of " << sentences.size()
                                  << " sentences differ:" << report;
}

}  // namespace
}  // namespace entente
