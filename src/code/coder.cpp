#include "code/coder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "code/actors.h"
#include "code/intent.h"
#include "code/match.h"
#include "code/petrarch_match.h"
#include "core/word_set.h"

namespace entente {
namespace {

using code_internal::Actor;
using code_internal::Memory;
using code_internal::Mention;
using code_internal::SentenceMentions;

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// How a frame may be coded: not at all, as the realised action, or as an intent or a threat.
// kCarrier: a verb whose complement carries the event ("agreed to resume talks"); not coded itself.
enum class Mode { kSkip, kRealized, kIntent, kThreat, kCarrier };

// The `file` of a PETRARCH verb's block default code, coded as a pattern of its own.
constexpr std::string_view kVerbDefault = "verb default";

class SentenceCoder {
 public:
  SentenceCoder(const Dictionary& dict, const CoderOptions& options, Document& doc, Sentence& s,
                Memory& memory, std::map<std::tuple<std::string, std::string, std::string>, size_t>& seen,
                const PhraseTrie::Keys& keys)
      : dict_(dict), options_(options), doc_(doc), s_(s), memory_(memory), seen_(seen),
        mentions_(code_internal::FindMentions(dict, s, keys, doc.date)) {}

  void Run() {
    AddKnownNames();
    const size_t n = s_.frames.size();
    modes_.assign(n, Mode::kSkip);
    for (size_t i = 0; i < n; ++i) modes_[i] = ModeOf(i);
    subjects_.assign(n, {});
    coded_.assign(n, {});
    transformed_.assign(n, false);
    absorbed_.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
      const Frame& f = s_.frames[i];
      // Resolved once, in order: pronouns mean what they meant at this point of the sentence.
      std::vector<Actor> subject = Resolve(f.subject);
      subjects_[i] = subject;
      if (f.kind == FrameKind::kVerb && !f.Has(kRelative)) {
        if (subject.size() >= 2) memory_.NoteGroup(subject);
        else if (!subject.empty() && !subject[0].indirect) memory_.NoteSubject(subject);
      }
      if (modes_[i] == Mode::kSkip || modes_[i] == Mode::kCarrier || transformed_[i]) continue;
      if (f.kind == FrameKind::kVerb && Transform(i, subject)) continue;
      if (f.kind == FrameKind::kVerb && IntentCarriesComplement(i, subject)) continue;
      if (f.kind == FrameKind::kVerb && AbsorbedInfinitive(i)) {
        absorbed_[i] = true;
        continue;
      }
      if (f.kind == FrameKind::kVerb) CodeVerb(i, subject);
      else if (options_.nominal_events) CodeNoun(i, subject);
    }
    for (const auto& m : mentions_.actors) {
      if (m.person && m.end - m.begin >= 2) {
        memory_.NoteName(
            s_.tokens[m.end - 1].form,
            {m.code, {s_.tokens[m.begin].span.begin, s_.tokens[m.end - 1].span.end}, true, false});
      }
      memory_.NoteMention({m.code, {s_.tokens[m.begin].span.begin, s_.tokens[m.end - 1].span.end}, m.person, false});
    }
  }

 private:
  // News names a person in full once and by surname after: "Kaja Kallas ... Kallas urged". The
  // dictionary cannot list every surname alone (two people may share it), the document can.
  void AddKnownNames() {
    const std::vector<Token>& t = s_.tokens;
    std::vector<Mention>& found = mentions_.actors;
    for (uint32_t k = 0; k < t.size(); ++k) {
      if (!IsProperNoun(t[k].pos) || (k > 0 && IsProperNoun(t[k - 1].pos)) ||
          (k + 1 < t.size() && IsProperNoun(t[k + 1].pos))) {
        continue;
      }
      bool covered = false;
      for (const Mention& m : found) covered = covered || (m.begin <= k && k < m.end);
      if (covered) continue;
      const Actor* a = memory_.ByName(t[k].form);
      if (!a) continue;
      auto at =
          std::find_if(found.begin(), found.end(), [k](const Mention& m) { return m.begin > k; });
      found.insert(at, Mention{k, k + 1, a->code, true, false});
    }
  }

  std::vector<Actor> Resolve(const Argument& arg, const std::vector<Actor>& avoid = {},
                             bool avoid_possessor = false) const {
    std::vector<Actor> actors =
        code_internal::ResolveArgument(doc_, s_, mentions_, arg, memory_, avoid, avoid_possessor);
    if (!arg.members.empty() && actors.size() >= 2) memory_.NoteGroup(actors);
    return actors;
  }

  bool HasActor(const Argument& arg) const { return !Resolve(arg).empty(); }

  // "condemned the killing": a definite noun of violence as the object, with no actor of its
  // own, refers back to the latest violent event of the document, whose source is the target
  // (empty when that event had none: "was shot by a gunman").
  std::optional<Actor> ViolentAntecedent(const Argument& arg) const {
    if (dict_.is_petrarch() || !arg.present() || !arg.members.empty()) return std::nullopt;
    const Token& head = s_.tokens[arg.head];
    if (head.pos != Pos::NN && head.pos != Pos::NNS && head.pos != Pos::VBG) return std::nullopt;
    const std::string det = Lower(s_.tokens[arg.range.begin].form);
    if (det != "the" && det != "this" && det != "that" && det != "these" && det != "those") {
      return std::nullopt;
    }
    const PatternList* patterns = dict_.NounPatterns(
        Lower(head.pos == Pos::VBG || head.lemma.empty() ? head.form : head.lemma));
    if (patterns == nullptr) return std::nullopt;
    bool violent = false;
    for (const Pattern& p : *patterns) {
      violent = violent || p.code.starts_with("18") || p.code.starts_with("19") ||
                p.code.starts_with("20");
    }
    if (!violent) return std::nullopt;
    for (size_t k = doc_.events.size(); k-- > 0;) {
      const Event& e = doc_.events[k];
      if (e.root != "18" && e.root != "19" && e.root != "20") continue;
      Actor a;
      a.code = e.source;
      a.span = e.source_span;
      a.indirect = true;
      a.pronoun = true;
      return a;
    }
    return std::nullopt;
  }

  // "each other", "one another", and "the other" after a subject with "each" ("each government
  // blamed the other"): the subject's members act on one another.
  bool IsReciprocal(const Frame& f, const Argument& arg) const {
    if (!arg.present() || !arg.members.empty() || arg.range.end - arg.range.begin != 2)
      return false;
    const std::string first = Lower(s_.tokens[arg.range.begin].form);
    const std::string last = Lower(s_.tokens[arg.range.end - 1].form);
    if ((first == "each" && last == "other") || (first == "one" && last == "another")) return true;
    return first == "the" && last == "other" && f.subject.present() &&
           Lower(s_.tokens[f.subject.range.begin].form) == "each";
  }

  bool Irrealis(const Frame& f) const {
    return f.Has(kNegated) || f.Has(kQuestion) || f.Has(kHypothetical) || f.Has(kModal);
  }

  Mode ModeOf(size_t i) const {
    const Frame& f = s_.frames[i];
    // PETRARCH sets code what their patterns say: auxiliaries ("WILL *", "NOT *") and upper
    // verbs ("FAILED_TO_*") are pattern words there, so only questions are left out. A negated
    // verb is offered to the patterns that name its negation (ComputeVerb); a negated event noun
    // is not coded.
    if (dict_.is_petrarch()) {
      if (f.Has(kQuestion) || (f.Has(kNegated) && f.kind != FrameKind::kVerb)) return Mode::kSkip;
      // A temporal clause ("two weeks after gunmen seized ...") is not read: PETRARCH-2's
      // codings have events of the clause it hangs from only.
      if (f.kind == FrameKind::kVerb && f.subject.present() && f.subject.range.begin > 0) {
        const Token& before = s_.tokens[f.subject.range.begin - 1];
        const std::string w = Lower(before.form);
        if (before.pos == Pos::IN && (w == "after" || w == "before" || w == "since" || w == "until"))
          return Mode::kSkip;
      }
      return Mode::kRealized;
    }
    if (f.kind == FrameKind::kVerb && f.Has(kReported) && f.modal == std::string_view("would") &&
        !f.Has(kNegated) && !f.Has(kQuestion)) {
      return Mode::kIntent;  // checked before Irrealis: "would" marks it hypothetical too
    }
    if (Irrealis(f)) return Mode::kSkip;
    if (f.parent != kNoIndex && f.parent < i) {
      const Frame& p = s_.frames[f.parent];
      const Mode pm = modes_[f.parent];
      const bool carrier = pm == Mode::kCarrier;
      if (f.kind == FrameKind::kNoun) {
        // An event noun inside a verb's argument shares that verb's fate ("pledged aid to Kyiv",
        // "postponed a planned state visit").
        if (code_internal::IsBlockingVerb(p.lemma)) return Mode::kSkip;
        if (code_internal::IsThreatVerb(p.lemma)) return Mode::kThreat;
        if (code_internal::IsIntentVerb(p.lemma)) return Mode::kIntent;
        return carrier ? Mode::kRealized : pm;
      }
      if (pm == Mode::kSkip) return Mode::kSkip;
      if (f.Has(kInfinitive)) {
        // "signed agreements to normalise relations": a concluded agreement's purpose is coded.
        if (p.object.present() && (p.lemma == "sign" || p.lemma == "conclude" || p.lemma == "reach" ||
                                   p.lemma == "seal" || p.lemma == "ink" || p.lemma == "strike")) {
          std::string noun = Lower(s_.tokens[p.object.head].lemma.empty() ? s_.tokens[p.object.head].form
                                                                         : s_.tokens[p.object.head].lemma);
          if (noun == "agreement" || noun == "deal" || noun == "accord" || noun == "treaty" ||
              noun == "pact" || noun == "memorandum") {
            return Mode::kRealized;
          }
        }
        if (code_internal::IsThreatVerb(p.lemma)) return Mode::kThreat;
        if (code_internal::IsIntentVerb(p.lemma)) return Mode::kIntent;
        if (code_internal::IsRealizingVerb(p.lemma)) return pm == Mode::kCarrier ? Mode::kRealized : pm;
        return Mode::kSkip;
      }
      if (f.Has(kGerund)) {
        if (code_internal::IsBlockingVerb(p.lemma)) return Mode::kSkip;
        if (code_internal::IsRealizingVerb(p.lemma)) return carrier ? Mode::kRealized : pm;
        // After a preposition ("extends to partnering with Iran") unless the preposition blocks.
        if (f.group.begin > 0) {
          const Token& before = s_.tokens[f.group.begin - 1];
          std::string prep = Lower(before.form);
          if (prep == "against" || prep == "from" || prep == "without" || prep == "instead" ||
              prep == "before" || prep == "of") {
            return Mode::kSkip;
          }
          if (before.pos == Pos::IN || before.pos == Pos::TO) return carrier ? Mode::kRealized : pm;
        }
        return Mode::kSkip;
      }
    }
    if (f.kind == FrameKind::kVerb && f.Has(kFuture)) return Mode::kIntent;
    // Reported "would" is the future of the past: "announced that France would deliver jets".
    if (f.kind == FrameKind::kVerb && f.Has(kReported) && f.modal == std::string_view("would") &&
        !f.Has(kNegated)) {
      return Mode::kIntent;
    }
    if (f.kind == FrameKind::kNoun) {
      // "a planned visit", "the proposed talks": not (yet) an event.
      for (const Chunk& c : s_.chunks) {
        if (c.kind != ChunkKind::kNP || c.begin > f.trigger || f.trigger >= c.end) continue;
        // Every event noun's modifiers are asked: compile-time lists, no lowered copies.
        static constexpr WordSet<8> kUnrealised{std::array<std::string_view, 8>{
            "planned", "proposed", "possible", "potential", "upcoming", "expected", "future",
            "prospective"}};
        static constexpr WordSet<8> kNotHappened{std::array<std::string_view, 8>{
            "cancelled", "canceled", "postponed", "failed", "aborted", "alleged", "rumoured",
            "rumored"}};
        for (uint32_t k = c.begin; k < f.trigger; ++k) {
          const std::string& w = s_.tokens[k].form;
          if (kUnrealised.ContainsLower(w)) return Mode::kIntent;
          if (kNotHappened.ContainsLower(w)) return Mode::kSkip;
        }
      }
    }
    if (f.kind == FrameKind::kVerb && f.Has(kInfinitive)) {
      // Governed by a noun: "efforts to isolate Russia" happen, "plans to attack" are intents.
      if (!f.subject.present()) return Mode::kSkip;
      std::string noun = Lower(s_.tokens[f.subject.head].lemma.empty() ? s_.tokens[f.subject.head].form
                                                                      : s_.tokens[f.subject.head].lemma);
      if (noun == "threat" || noun == "warning" || noun == "ultimatum") return Mode::kThreat;
      if (noun == "plan" || noun == "intention" || noun == "pledge" || noun == "promise" ||
          noun == "offer" || noun == "proposal" || noun == "decision" || noun == "commitment" ||
          noun == "readiness" || noun == "willingness" || noun == "bid" || noun == "desire") {
        return Mode::kIntent;
      }
      return Mode::kRealized;
    }
    // A verb of intent whose complement carries the event is not an event itself.
    if (f.kind == FrameKind::kVerb &&
        (code_internal::IsIntentVerb(f.lemma) || code_internal::IsThreatVerb(f.lemma) ||
         code_internal::IsRealizingVerb(f.lemma))) {
      for (const Frame& c : s_.frames) {
        if (&c != &f && c.parent == i && (c.Has(kInfinitive) || c.Has(kGerund))) return Mode::kCarrier;
      }
    }
    return Mode::kRealized;
  }

  // Passive voice: the subject is the patient and the `by` phrase the agent.
  Frame ActiveVoice(const Frame& f) const {
    if (!f.Has(kPassive)) return f;
    Frame a = f;
    a.object = f.subject;
    a.subject = Argument();
    a.pps.clear();
    for (const Argument& pp : f.pps) {
      if (pp.prep == "by" && !a.subject.present()) {
        a.subject = pp;
        a.subject.prep.clear();
      } else {
        a.pps.push_back(pp);
      }
    }
    return a;
  }

  // Whether a verb's patterns include force or coercion codes: the second, relaxed pass over a
  // verb's patterns is only worth it for those verbs.
  static bool HasForceCodes(const PatternList& patterns) {
    for (const Pattern& p : patterns) {
      if (p.code.size() < 2) continue;
      const char a = p.code[0], b = p.code[1];
      if ((a == '1' && (b == '4' || b == '5' || b == '7' || b == '8' || b == '9')) ||
          (a == '2' && b == '0')) {
        return true;
      }
    }
    return false;
  }

  // The dictionary keys a verb frame may be listed under, most specific first: a PETRARCH
  // compound with a word before its verb ("WIRE_+TAP": "wire tapped"), "call off", "call",
  // British spellings ("criticise" -> "criticize"), and the dictionary's own verb forms
  // ("cordoned off" is CORDON_OFF).
  std::vector<std::string> VerbKeys(const Frame& f) const {
    std::vector<std::string> keys;
    auto add = [&](std::string key) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    };
    const std::string_view form_lemma = dict_.VerbLemma(Lower(s_.tokens[f.trigger].form));
    const std::string lemma = form_lemma.empty() ? f.lemma : std::string(form_lemma);
    if (dict_.is_petrarch() && f.trigger > 0) {
      add(Lower(s_.tokens[f.trigger - 1].form) + " " + lemma);
    }
    if (!f.particle.empty()) add(f.lemma + " " + f.particle);
    add(f.lemma);
    if (f.lemma.size() > 4 && (f.lemma.ends_with("ise") || f.lemma.ends_with("yse"))) {
      std::string american = f.lemma;
      american[american.size() - 2] = 'z';
      add(american);
    }
    if (!form_lemma.empty()) {
      if (!f.particle.empty()) add(lemma + " " + f.particle);
      add(lemma);
    }
    return keys;
  }

  std::vector<const PatternList*> VerbPatternLists(const Frame& f) const {
    std::vector<const PatternList*> lists;
    for (const std::string& key : VerbKeys(f)) {
      if (auto* p = dict_.VerbPatterns(key)) {
        if (std::find(lists.begin(), lists.end(), p) == lists.end()) lists.push_back(p);
      }
    }
    return lists;
  }

  // A PETRARCH verb block's default code, under the first key the verb is listed under.
  std::string_view VerbDefaultCode(const Frame& f) const {
    for (const std::string& key : VerbKeys(f)) {
      std::string_view code = dict_.VerbCode(key);
      if (!code.empty()) return code;
    }
    return {};
  }

  // A verb frame's event before it is emitted: the pattern (a copy: a bare verb's default code
  // has no pattern of its own), its actors and how they were found.
  struct VerbEvent {
    Pattern pattern;
    std::vector<Actor> sources, targets;
    bool has_target_element = false;
    bool unnamed_target = false;
    double confidence = 0.9;
  };

  void CodeVerb(size_t i, const std::vector<Actor>& surface_subject) {
    std::optional<VerbEvent> ev = ComputeVerb(i, surface_subject);
    if (!ev) return;
    if (dict_.is_petrarch()) {
      return EmitPaired(i, ev->pattern, ev->sources, ev->targets, ev->confidence,
                        !ev->has_target_element);
    }
    Emit(i, ev->pattern, ev->sources, ev->targets, ev->confidence,
         !ev->has_target_element || ev->unnamed_target, Span{});
  }

  std::optional<VerbEvent> ComputeVerb(size_t i, const std::vector<Actor>& surface_subject) {
    const Frame& original = s_.frames[i];
    // The keys read only the trigger, lemma and particle, which voice does not change: a verb
    // without patterns costs no copy of its frame.
    const auto lists = VerbPatternLists(original);
    if (lists.empty()) return std::nullopt;
    Frame f = ActiveVoice(original);
    // An infinitive complement reads as a "to" phrase for patterns such as "urge + to *" or
    // "ask + to mediate": its words are the complement's verb group and object.
    for (const Frame& c : s_.frames) {
      if (c.kind != FrameKind::kVerb || c.parent != i || !c.Has(kInfinitive)) continue;
      Argument to;
      to.prep = "to";
      to.range = {c.group.begin, c.object.present() ? c.object.range.end : c.group.end};
      to.head = c.trigger;
      f.pps.push_back(std::move(to));
    }
    const bool group_subject = surface_subject.size() >= 2 && !original.Has(kPassive);
    auto has_actor = [this, &f, group_subject](const Argument& a) {
      return HasActor(a) || (group_subject && IsReciprocal(f, a)) ||
             (a.prep.empty() && ViolentAntecedent(a));
    };
    // A negated verb is coded by a pattern that names the negation ("WILL NOT * [081]"); else
    // as PETRARCH-2 negates a code (its 0xFFFF offset), a rejection of what it would have been
    // ("would not give permission": 080 -> 124), never as its positive.
    bool negated = dict_.is_petrarch() && original.Has(kNegated);
    code_internal::PatternMatch m;
    // Every match below is of the same frame: the answers about its words are shared.
    code_internal::MatchScratch scratch;
    for (const auto* patterns : lists) {
      m = dict_.is_petrarch()
              ? code_internal::MatchPetrarchFrame(patterns->patterns, s_, f, dict_, has_actor,
                                                  negated)
              : code_internal::MatchFrame(*patterns, s_, f, {}, dict_, has_actor, &scratch);
      if (m.pattern) break;
    }
    const bool reject = negated && !m.pattern;
    if (reject) {
      negated = false;
      for (const auto* patterns : lists) {
        m = code_internal::MatchPetrarchFrame(patterns->patterns, s_, f, dict_, has_actor);
        if (m.pattern) break;
      }
    }
    bool unnamed_target = false;
    if (!m.pattern && !dict_.is_petrarch()) {
      // Force and coercion against someone unnamed: "police arrested a man", "troops fought
      // with tanks" - the event stands, its target stays empty (or the group's other members).
      auto any = [](const Argument& a) { return a.present(); };
      for (const auto* patterns : lists) {
        if (!HasForceCodes(*patterns)) continue;
        code_internal::PatternMatch r =
            code_internal::MatchFrame(*patterns, s_, f, {}, dict_, any, &scratch);
        if (!r.pattern) continue;
        const std::string root = r.pattern->code.substr(0, 2);
        if (root == "14" || root == "15" || root == "17" || root == "18" || root == "19" || root == "20") {
          m = r;
          unnamed_target = true;
        }
        break;
      }
    }
    if (!m.pattern) {
      // PETRARCH verb blocks give every verb a default code for its bare use.
      std::string_view bare = dict_.is_petrarch() ? VerbDefaultCode(f) : std::string_view();
      if (bare.empty() || bare == "---") return std::nullopt;
      bare_.code = std::string(bare);
      bare_.lemma = f.lemma;
      bare_.file = std::string(kVerbDefault);
      // The target is found as for a pattern without `+`: PETRARCH's first lower actor.
      const std::vector<Pattern> bare_only{bare_};
      m = code_internal::MatchPetrarchFrame(bare_only, s_, f, dict_, has_actor);
      m.pattern = &bare_;
    }
    std::vector<Actor> sources = f.Has(kPassive) || original.Has(kPassive) ? Resolve(f.subject) : surface_subject;
    // A pronoun the pattern names as target is not the subject ("Spain criticized it"). A
    // possessive is the subject's own ("defended its forces", "conveyed its concerns") except
    // in what is praised, criticised or rejected ("Rutte praised his efforts").
    const std::string root = m.pattern ? m.pattern->code.substr(0, 2) : "";
    const bool evaluative =
        (m.pattern && m.pattern->code.starts_with("051")) || root == "11" || root == "12";
    const std::vector<Actor> avoid =
        m.has_target_element || evaluative ? sources : std::vector<Actor>();
    std::vector<Actor> targets =
        m.target ? Resolve(*m.target, avoid, evaluative) : std::vector<Actor>();
    if (m.target && group_subject && IsReciprocal(f, *m.target)) targets = sources;
    if (m.target && targets.empty() && m.target->prep.empty()) {
      if (std::optional<Actor> a = ViolentAntecedent(*m.target)) targets = {*a};
    }
    if (m.source) {
      targets = sources;
      sources = Resolve(*m.source, targets);
    }
    // A reduced relative ("dollars backed by frozen Russian assets") only with named actors.
    if (original.Has(kRelative)) {
      for (const Actor& a : sources) if (a.indirect) return std::nullopt;
      for (const Actor& a : targets) if (a.indirect) return std::nullopt;
    }
    VerbEvent ev;
    ev.pattern = *m.pattern;
    if (reject) {
      ev.pattern.code = NegatedCode(FirstCode(ev.pattern));
      ev.pattern.code2.clear();
      if (ev.pattern.code.empty()) return std::nullopt;
    }
    ev.sources = std::move(sources);
    ev.targets = std::move(targets);
    ev.has_target_element = m.has_target_element;
    ev.unnamed_target = unnamed_target;
    ev.confidence = 0.9 - (original.Has(kRelative) || original.Has(kGerund) ? 0.1 : 0);
    return ev;
  }

  // PETRARCH-2's negation of a code, as its tables decode it: statements decline (011, 016),
  // material cooperation and concessions are rejected (12x); anything else is no event.
  static std::string NegatedCode(std::string_view code) {
    static constexpr std::pair<std::string_view, std::string_view> kNegated[] = {
        {"010", "011"},  {"015", "016"},  {"060", "121"},  {"061", "1211"},  {"062", "1212"},
        {"080", "124"},  {"081", "1241"}, {"082", "1242"}, {"0841", "1242"}, {"0842", "1242"},
        {"085", "1244"}, {"086", "1245"}, {"087", "1246"}};
    for (const auto& [from, to] : kNegated) {
      if (code == from) return std::string(to);
    }
    return {};
  }

  // Whether event code `code` falls under `want`, a code from a transformation: the same code,
  // a more specific one ("1861" under "186"), or any code of a root written as its root-level
  // code ("190" stands for root 19), as PETRARCH masks codes level by level.
  static bool CodeUnder(std::string_view code, std::string_view want) {
    if (want.empty() || code.empty()) return false;
    if (code.starts_with(want)) return true;
    return want.size() == 3 && want.ends_with('0') && code.size() >= 2 &&
           code.substr(0, 2) == want.substr(0, 2);
  }

  static std::string FirstCode(const Pattern& p) {
    return p.code.substr(0, p.code.find(':'));
  }

  // PETRARCH-2 combines a verb's code with the event of its complement (combine_code): an
  // intent verb known only by its block's default code (030: "prepared to attend", "pledged to
  // expel", "wants to help") is not an event of its own when its infinitive complement is coded.
  // A verbal complement (01-04, 09-15, 17) is coded as it is, a material one (05-08, 16, 18-20)
  // as its intent (03x) or threat (13x): "wants to help Israel" is 033.
  bool IntentCarriesComplement(size_t i, const std::vector<Actor>& subject) {
    if (!dict_.is_petrarch()) return false;
    std::vector<size_t> lows;
    for (size_t c = i + 1; c < s_.frames.size(); ++c) {
      const Frame& low = s_.frames[c];
      // Only the upper subject's own intent ("Qatar pledged to expel"), not a wish that another
      // act ("wants Ruritania to visit").
      const bool controlled = !low.subject.present() || low.subject_from == i ||
                              low.subject.range == s_.frames[i].subject.range;
      if (low.kind == FrameKind::kVerb && low.parent == i && low.Has(kInfinitive) && controlled &&
          modes_[c] == Mode::kRealized && !transformed_[c]) {
        lows.push_back(c);
      }
    }
    if (lows.empty()) return false;
    std::optional<VerbEvent> upper = ComputeVerb(i, subject);
    if (!upper || upper->pattern.file != kVerbDefault) return false;
    // A diplomatic-cooperation default (050: "agreed to lift the sanctions") ranks below every
    // lower code but material cooperation and aid (06, 07) in PETRARCH's combination, which
    // then keeps the lower code as it is.
    const std::string upper_code = FirstCode(upper->pattern);
    const bool cooperation = upper_code.starts_with("05");
    if (!upper_code.starts_with("03") && !cooperation) return false;
    bool carried = false;
    for (size_t c : lows) {
      std::optional<VerbEvent> lower = ComputeVerb(c, Resolve(s_.frames[c].subject));
      if (!lower) continue;
      const std::string root = FirstCode(lower->pattern).substr(0, 2);
      if (cooperation && (root == "06" || root == "07")) return false;
      const bool material = root == "05" || root == "06" || root == "07" || root == "08" ||
                            root == "16" || root == "18" || root == "19" || root == "20";
      if (material && !cooperation) modes_[c] = Mode::kIntent;
      carried = true;
    }
    return carried;
  }

  // PETRARCH-2 reads an infinitive clause only when its upper verb phrase names no actor of its
  // own (VerbPhrase.get_lower), and a passive upper verb not at all: "pressured by Congress to
  // help Iran", "gave permission to Russia to help Israel", "faces pressure from Congress to
  // help Iran" code the upper verb only.
  bool AbsorbedInfinitive(size_t i) {
    if (!dict_.is_petrarch()) return false;
    const Frame& low = s_.frames[i];
    // ", offering military support to Lebanon": a participle clause after a comma is a clause
    // of the verb whose subject it shares.
    const bool participle = low.Has(kGerund) && low.parent == kNoIndex &&
                            low.subject_from != kNoIndex && low.subject_from < i &&
                            low.group.begin > 0 && s_.tokens[low.group.begin - 1].form == ",";
    const uint32_t parent = participle ? low.subject_from : low.parent;
    if ((!low.Has(kInfinitive) && !participle) || parent == kNoIndex || parent >= i) return false;
    // Nothing below a clause that is not read is read ("to discuss efforts to counter ...").
    if (absorbed_[parent]) return true;
    const Frame& up = s_.frames[parent];
    if (up.kind != FrameKind::kVerb) return false;
    auto before = [&](const Argument& a) {
      return a.present() && a.range.end <= low.group.begin && !Resolve(a).empty();
    };
    // A passive upper verb is coded on its own when it has a code or an agent ("is being
    // pressured by Congress"), not otherwise ("is scheduled to attend").
    if (up.Has(kPassive)) {
      for (const Argument& pp : up.pps) {
        if ((pp.prep == "by" || pp.prep == "from" || pp.prep == "in") && before(pp)) return true;
      }
      return ComputeVerb(parent, subjects_[parent]).has_value();
    }
    // The object as the infinitive's subject ("asking Obama to help Iran") is the clause's own:
    // PETRARCH-2 folds a material lower event (05-08, 16, 18-20) into the upper verb's
    // (combine_code), and keeps a verbal one apart.
    if (up.object.present() && low.subject.present() && low.subject.range == up.object.range) {
      std::optional<VerbEvent> lower = ComputeVerb(i, Resolve(low.subject));
      if (!lower || !before(up.object)) return false;
      const std::string root = FirstCode(lower->pattern).substr(0, 2);
      return root == "05" || root == "06" || root == "07" || root == "08" || root == "16" ||
             root == "18" || root == "19" || root == "20";
    }
    if (before(up.object)) return true;
    for (const Argument& pp : up.pps) {
      if (before(pp)) return true;
    }
    return false;
  }

  // PETRARCH-2 transformations (`~ a (b c LOWER) UPPER = x y CODE`): an upper verb whose
  // complement clause holds an event is recoded as one event ("the US claimed that it had
  // attacked Iraq" -> USA IRQ 015, "Obama wants to attack Switzerland" -> USA CHE 138). LOWER and
  // UPPER are verbs of the dictionary standing for their codes; Q is any lower code. In the
  // variables, `_` is no actor (a controlled infinitive's subject), `.` any actor, and a letter
  // one actor (two letters, two different actors). Lines are tried in file order.
  bool Transform(size_t i, const std::vector<Actor>& subject) {
    if (!dict_.is_petrarch() || dict_.Transformations().empty()) return false;
    const Frame& f = s_.frames[i];
    std::optional<VerbEvent> upper;
    bool any = false;
    for (size_t c = i + 1; c < s_.frames.size(); ++c) {
      const Frame& low = s_.frames[c];
      if (low.kind != FrameKind::kVerb || low.parent != i || modes_[c] == Mode::kSkip) continue;
      if (!upper) {
        upper = ComputeVerb(i, subject);
        if (!upper) return false;
      }
      std::vector<Actor> low_subject = Resolve(low.subject);
      // "X said they had attacked Iraq": an unresolved pronoun subject of the reported clause
      // is the speaker.
      if (low_subject.empty() && low.subject.present() && !low.Has(kInfinitive) &&
          s_.tokens[low.subject.head].pos == Pos::PRP) {
        low_subject = subject;
      }
      std::optional<VerbEvent> lower = ComputeVerb(c, low_subject);
      if (!lower) continue;
      // "wants to attack": the infinitive's subject is the upper verb's own, i.e. none of its own.
      if (low.Has(kInfinitive) && (!low.subject.present() ||
                                   (f.subject.present() && low.subject.range == f.subject.range))) {
        lower->sources.clear();
      }
      if (ApplyTransformation(i, *upper, *lower)) {
        transformed_[c] = true;
        any = true;
      }
    }
    return any;
  }

  bool ApplyTransformation(size_t i, const VerbEvent& upper, const VerbEvent& lower) {
    const std::string upper_code = FirstCode(upper.pattern);
    const std::string lower_code = FirstCode(lower.pattern);
    const std::string upper_default(dict_.VerbCode(s_.frames[i].lemma));
    for (const Transformation& t : dict_.Transformations()) {
      const auto& l = t.lhs;
      if (l.size() != 7 || l[1] != "(" || l[5] != ")" || t.rhs.size() != 3) continue;
      // The upper verb is named by its verb: its own code counts as well as the code of the
      // pattern it matched ("wants Putin to attack" matches "* ATTACK" but is still WANT).
      const std::string_view upper_want = dict_.VerbCode(Lower(l[6]));
      if (!CodeUnder(upper_code, upper_want) && !CodeUnder(upper_default, upper_want)) continue;
      if (l[4] != "Q" && !CodeUnder(lower_code, dict_.VerbCode(Lower(l[4])))) continue;
      std::map<std::string, std::vector<Actor>> bound;
      auto same = [](const std::vector<Actor>& a, const std::vector<Actor>& b) {
        if (a.size() != b.size()) return false;
        for (size_t k = 0; k < a.size(); ++k) {
          if (a[k].code != b[k].code) return false;
        }
        return true;
      };
      auto bind = [&](const std::string& var, const std::vector<Actor>& actors) {
        if (var == "_") return actors.empty();
        if (var == ".") return true;
        if (auto it = bound.find(var); it != bound.end()) return same(it->second, actors);
        if (actors.empty()) return false;
        for (const auto& [name, other] : bound) {
          if (same(other, actors)) return false;
        }
        bound.emplace(var, actors);
        return true;
      };
      if (!bind(l[0], upper.sources) || !bind(l[2], lower.sources) ||
          !bind(l[3], lower.targets)) {
        continue;
      }
      auto actors = [&](const std::string& var) {
        auto it = bound.find(var);
        return it == bound.end() ? std::vector<Actor>() : it->second;
      };
      Pattern p = upper.pattern;
      p.code = t.rhs[2] == "Q" ? lower_code : t.rhs[2];
      p.code2.clear();
      p.file = t.file;
      p.line = t.line;
      Emit(i, p, actors(t.rhs[0]), actors(t.rhs[1]), std::min(upper.confidence, lower.confidence),
           false, Span{});
      return true;
    }
    return false;
  }

  // PETRARCH `[a:b]`: source -> target gets a, and target -> source gets b.
  void EmitPaired(size_t i, const Pattern& p, const std::vector<Actor>& sources,
                  const std::vector<Actor>& targets, double confidence, bool reciprocal_ok) {
    std::string code = p.code, code2 = p.code2;
    if (size_t colon = code.find(':'); colon != std::string::npos) {
      code2 = code.substr(colon + 1);
      code.resize(colon);
    }
    Pattern first = p;
    first.code = code;
    Emit(i, first, sources, targets, confidence, reciprocal_ok, Span{});
    // The second code answers the subject inside the verb phrase; a controlled infinitive
    // ("prepared to attend the Olympics") has none there, as in PETRARCH-2's tree.
    const Frame& f = s_.frames[i];
    if (f.Has(kInfinitive) && f.parent != kNoIndex &&
        (f.subject_from == f.parent || !f.subject.present() ||
         f.subject.range == s_.frames[f.parent].subject.range)) {
      return;
    }
    if (code2.empty() || targets.empty()) return;
    first.code = code2;
    Emit(i, first, targets, sources, confidence, false, Span{});
  }

  void CodeNoun(size_t i, std::vector<Actor> agents) {
    const Frame& f = s_.frames[i];
    const PatternList* patterns = dict_.NounPatterns(f.lemma);
    if (!patterns) return;
    // The event noun's own phrase: modifiers before the head.
    TokenRange modifiers{f.trigger, f.trigger};
    for (const Chunk& c : s_.chunks) {
      if (c.kind == ChunkKind::kNP && c.begin <= f.trigger && f.trigger < c.end) {
        modifiers = {c.begin, f.trigger};
      }
    }
    auto has_actor = [this](const Argument& a) { return HasActor(a); };
    code_internal::MatchScratch scratch;
    code_internal::PatternMatch m =
        code_internal::MatchFrame(*patterns, s_, f, modifiers, dict_, has_actor, &scratch);
    if (!m.pattern) return;
    if (agents.empty()) {
      for (const Argument& pp : f.pps) {
        if (pp.prep == "by") agents = Resolve(pp);
      }
    }
    // The subject of a verb that performs the noun's event ("held talks", "imposed sanctions",
    // "launched an attack") is its agent; one who reacts to it ("condemned the attack") is not.
    bool performed = false;
    if (agents.empty() && f.parent != kNoIndex && f.parent < subjects_.size() &&
        code_internal::IsPerformingVerb(s_.frames[f.parent].lemma)) {
      agents = subjects_[f.parent];
      performed = true;
    }
    std::vector<Actor> targets =
        m.target && m.target->prep != "by"
            ? Resolve(*m.target, m.has_target_element ? agents : std::vector<Actor>())
            : std::vector<Actor>();
    // The verb that performs the noun's event was coded for the same actors ("offered his
    // condolences to Japan"): the noun adds nothing, and must not recode it as an intent.
    if (performed && !coded_[f.parent].empty() && !targets.empty() && !m.source) {
      bool all = true;
      for (const Actor& a : agents) {
        for (const Actor& t : targets) {
          all = all && std::find(coded_[f.parent].begin(), coded_[f.parent].end(),
                                 std::make_pair(a.code, t.code)) != coded_[f.parent].end();
        }
      }
      if (all) return;
    }
    if (m.source) {
      targets = agents;
      agents = Resolve(*m.source);
    }
    Emit(i, *m.pattern, agents, targets, 0.75, !m.has_target_element, Span{});
  }

  std::string CodeFor(size_t i, const std::string& code) const {
    switch (modes_[i]) {
      case Mode::kIntent: {
        std::string root = code.substr(0, 2);
        if (root >= "15") return code_internal::ThreatCode(code);
        return code_internal::IntentCode(code);
      }
      case Mode::kThreat:
        return code_internal::ThreatCode(code);
      default:
        return code;
    }
  }

  void Emit(size_t i, const Pattern& p, const std::vector<Actor>& sources,
            std::vector<Actor> targets, double confidence, bool reciprocal_ok, Span) {
    if (p.code.empty() || p.code == "---") return;
    std::string code = CodeFor(i, p.code);
    if (code.empty()) return;
    const Frame& f = s_.frames[i];
    const std::string_view root = std::string_view(code).substr(0, 2);
    // "each other", and groups acting together with no named target ("the two nations held
    // drills", "Kyrgyz and Tajik forces clashed"): each member towards each other member.
    bool each_other = f.object.present() && Lower(s_.tokens[f.object.head].form) == "other";
    // Aid (07) goes to a third party: "Denmark and the Netherlands provided jets" were not
    // provided to each other. The agents of a passive acted together only in the mutual acts of
    // meeting, agreeing and conceding ("the armistice was signed by X and Y"), not in "the
    // island was taken over by X and Y".
    bool joint_root = ((root >= "03" && root <= "08") || root == "19") && root != "07";
    if (f.Has(kPassive) && root != "04" && root != "05" && root != "08") joint_root = false;
    // PETRARCH-2 pairs a group with no target in intents to cooperate too ("Brazil and the
    // United States are seeking to deepen a partnership": 031 each way).
    const bool jointly = (modes_[i] == Mode::kRealized && !f.Has(kInfinitive)) ||
                         (dict_.is_petrarch() && modes_[i] == Mode::kIntent);
    const bool pairwise = each_other || (targets.empty() && reciprocal_ok && sources.size() >= 2 &&
                                         joint_root && jointly);
    if (pairwise) targets = sources;
    // Actions that need no named target (a show of force, a protest, an attack on an unnamed
    // place) keep an empty target; an agentless passive ("the pilot was released") an empty source.
    const Actor none;
    std::vector<Actor> no_actor{none};
    if (targets.empty() && reciprocal_ok &&
        ((root == "01" && p.code != "010") || root == "02" ||
         (root == "03" && p.code.starts_with("03")) || root == "08" ||
         root == "14" || root == "15" || root == "17" || root >= "18")) {
      targets = no_actor;
    }
    std::vector<Actor> sources_or_none = sources;
    if (sources.empty() && f.Has(kPassive) && !targets.empty() && modes_[i] == Mode::kRealized) {
      sources_or_none = no_actor;
    }
    uint32_t emitted = 0;
    for (const Actor& src : sources_or_none) {
      for (const Actor& tgt_in : targets) {
        // "Israel halted its offensive": the source's own possession is no target.
        const Actor& tgt =
            !pairwise && root == "08" && tgt_in.code == src.code && tgt_in.pronoun ? none : tgt_in;
        if (src.code == tgt.code) continue;
        // PETRARCH-2 codes dyads only (its require_dyad, on by default): both actors named.
        if (dict_.is_petrarch() && (src.code.empty() || tgt.code.empty())) continue;
        if (emitted++ >= options_.max_events_per_sentence) return;
        double c = confidence - (src.indirect ? 0.15 : 0) - (tgt.indirect ? 0.15 : 0) -
                   (modes_[i] != Mode::kRealized ? 0.05 : 0) -
                   (src.code.empty() || tgt.code.empty() ? 0.2 : 0);
        // Protesters have no armed forces: their attacks and clashes are violent protest (145).
        // PETRARCH-2 codes what its dictionary says.
        const bool riot = root == "19" && src.code.size() > 3 && src.code.ends_with("OPP") &&
                          !dict_.is_petrarch();
        Add(i, p, riot ? std::string("145") : code, src, tgt, c < 0.1 ? 0.1 : c);
      }
    }
  }

  void Add(size_t i, const Pattern& p, const std::string& code, const Actor& src, const Actor& tgt,
           double confidence) {
    auto key = std::make_tuple(src.code, tgt.code, code);
    auto it = seen_.find(key);
    if (it != seen_.end()) {
      coded_[i].emplace_back(src.code, tgt.code);
      ++doc_.events[it->second].mentions;
      return;
    }
    const Frame& f = s_.frames[i];
    Event e;
    e.sentence = s_.index;
    e.source = src.code;
    e.target = tgt.code;
    e.code = code;
    e.root = code.substr(0, 2);
    const CameoInfo* info = dict_.Cameo(code);
    if (!info && code.size() > 3) info = dict_.Cameo(code.substr(0, 3));
    if (info) {
      e.quad = info->quad;
      e.goldstein = info->goldstein;
      e.plover_type = info->plover_type;
      e.plover_mode = info->plover_mode;
    }
    e.source_span = src.span;
    e.target_span = tgt.span;
    e.trigger_span = {s_.tokens[f.group.begin].span.begin, s_.tokens[f.group.end - 1].span.end};
    e.span = s_.span;
    e.confidence = confidence;
    if (options_.explain) {
      std::string elements;
      for (const PatternElement& el : p.elements) elements += " " + el.text;
      e.rule = p.file + ":" + std::to_string(p.line) + " " + p.code + " " + p.lemma +
               (p.particle.empty() ? "" : " " + p.particle) + elements;
      if (code != p.code) e.rule += modes_[i] == Mode::kThreat ? " (as a threat)" : " (as an intent)";
    }
    seen_.emplace(key, doc_.events.size());
    coded_[i].emplace_back(src.code, tgt.code);
    doc_.events.push_back(std::move(e));
  }

  const Dictionary& dict_;
  const CoderOptions& options_;
  Document& doc_;
  Sentence& s_;
  Memory& memory_;
  std::map<std::tuple<std::string, std::string, std::string>, size_t>& seen_;
  SentenceMentions mentions_;
  std::vector<Mode> modes_;
  std::vector<std::vector<Actor>> subjects_;  // per frame, resolved when the frame was reached
  std::vector<std::vector<std::pair<std::string, std::string>>> coded_;  // per frame: its dyads
  Pattern bare_;                              // a PETRARCH verb's default code, as a pattern
  std::vector<bool> absorbed_;  // per frame: a clause PETRARCH-2 does not read (AbsorbedInfinitive)
  std::vector<bool> transformed_;             // per frame: coded by a transformation of its parent
};

}  // namespace

// PETRARCH-2 looks for discard phrases among the sentence's whitespace-separated words, and
// only before a last word ("three years ago, a senior officer said": "AGO," is no "AGO"): a
// phrase counts when its words stand alone and another word follows it.
std::optional<DiscardMatch> FindPetrarchDiscard(const Dictionary& dict, const Sentence& s,
                                                const PhraseTrie::Keys& keys) {
  const std::vector<Token>& t = s.tokens;
  auto spaced = [&](uint32_t k) {  // whitespace between tokens k - 1 and k
    return k == 0 || k >= t.size() || t[k].span.begin > t[k - 1].span.end;
  };
  std::optional<DiscardMatch> m = dict.FindDiscard(t, keys);
  if (!m || !dict.is_petrarch()) return m;
  uint32_t from = 0;
  while (m) {
    const uint32_t b = from + m->begin, e = b + m->length;
    bool whole = spaced(b) && e < t.size() && spaced(e);
    for (uint32_t k = b + 1; k < e; ++k) whole = whole && spaced(k);
    if (whole) return DiscardMatch{m->entry, b, m->length};
    from = b + 1;
    m = dict.FindDiscard(std::vector<Token>(t.begin() + from, t.end()));
  }
  return std::nullopt;
}

void Coder::Code(Document& doc) const {
  doc.events.clear();
  Memory memory;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> seen;
  for (Sentence& sentence : doc.sentences) {
    const PhraseTrie::Keys keys(sentence.tokens);  // shared by the discard and actor tries
    if (auto discard = FindPetrarchDiscard(*dict_, sentence, keys)) {
      doc.diagnostics.push_back({Severity::kInfo, "code",
                                 "sentence " + std::to_string(sentence.index) +
                                     " not coded: discard phrase \"" + discard->entry->phrase + "\"",
                                 sentence.span});
      if (discard->entry->story_level) return;
      continue;
    }
    SentenceCoder(*dict_, options_, doc, sentence, memory, seen, keys).Run();
  }
}

}  // namespace entente
