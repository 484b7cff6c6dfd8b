#include "code/actors.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace entente::code_internal {
namespace {

std::string LowerWord(const Token& t) {
  std::string w = t.lemma.empty() ? t.form : t.lemma;
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return w;
}

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns that, after "the two", "both" or "the three", refer back to a group of actors.
bool IsGroupNoun(std::string_view lemma) {
  return In(lemma,
            {"nation",    "country",   "side", "government", "leader",  "state",     "power",
             "neighbour", "neighbor",  "ally", "partner",    "giant",   "capital",   "president",
             "rival",     "adversary", "army", "military",   "nations", "countries", "sides"});
}

uint32_t HeadOf(const Sentence& s, TokenRange r) {
  for (uint32_t k = r.end; k-- > r.begin;) {
    Pos p = s.tokens[k].pos;
    if (IsNoun(p) || p == Pos::PRP || p == Pos::CD) return k;
  }
  return r.end > r.begin ? r.end - 1 : r.begin;
}

Span Bytes(const Sentence& s, uint32_t begin, uint32_t end) {
  return {s.tokens[begin].span.begin, s.tokens[end - 1].span.end};
}

// The same actor, or the same country in another role ("Madagascar's government ... its").
bool Avoided(const Actor& a, const std::vector<Actor>& avoid) {
  for (const Actor& b : avoid) {
    if (a.code == b.code) return true;
    if (a.code.size() >= 3 && !a.code.starts_with("IGO") &&
        a.code.compare(0, 3, b.code, 0, std::min<size_t>(3, b.code.size())) == 0) {
      return true;
    }
  }
  return false;
}

std::vector<Actor> Pronoun(const Sentence& s, const SentenceMentions& m, uint32_t k,
                           const Memory& memory, const std::vector<Actor>& avoid) {
  std::string w = LowerWord(s.tokens[k]);
  std::vector<Actor> out;
  const bool singular = In(w, {"it", "its"});
  const bool personal = In(w, {"he", "his", "him", "she", "her", "hers"});
  if (In(w, {"it", "its", "itself"}))
    out = memory.Singular();
  else if (In(w, {"he", "his", "him", "she", "her", "hers", "himself", "herself"}))
    out = memory.Person();
  else if (In(w, {"they", "their", "them", "theirs", "themselves"}))
    out = memory.Group(0);
  // A pronoun that is not reflexive does not refer to the subject of its own clause ("Spain
  // criticized it"); a possessive that would make the event the subject's own ("Rutte praised
  // his efforts") is read the same way: the nearest other antecedent, in this sentence first.
  if ((singular || personal) && out.size() == 1 && Avoided(out[0], avoid)) {
    out.clear();
    for (size_t j = m.actors.size(); j-- > 0 && out.empty();) {
      const Mention& x = m.actors[j];
      if (x.end > k || x.person != personal) continue;
      Actor a;
      a.code = x.code;
      a.person = x.person;
      if (!Avoided(a, avoid)) out.push_back(a);
    }
    if (out.empty()) out = memory.Other(personal, avoid);
  }
  for (Actor& a : out) {
    a.span = s.tokens[k].span;
    a.indirect = true;
    a.pronoun = true;
  }
  return out;
}

// "the two nations", "both countries", "the three countries", "the country".
std::vector<Actor> Description(const Sentence& s, TokenRange r, uint32_t head,
                               const Memory& memory) {
  if (head >= s.tokens.size() || !IsNoun(s.tokens[head].pos)) return {};
  std::string noun = LowerWord(s.tokens[head]);
  if (!IsGroupNoun(noun)) return {};
  size_t size = 0;
  bool definite = false, each = false;
  for (uint32_t k = r.begin; k < head; ++k) {
    std::string w = LowerWord(s.tokens[k]);
    if (w == "each")
      each = true;  // "each government": every member of the last group
    else if (w == "both" || w == "two")
      size = 2;
    else if (w == "three")
      size = 3;
    else if (w == "the" || w == "these" || w == "this" || w == "that")
      definite = true;
    else if (w != "," && !IsAdjective(s.tokens[k].pos))
      return {};
  }
  std::vector<Actor> out;
  if (size > 0)
    out = memory.Group(size);
  else if (each)
    out = memory.Group(0);
  else if (definite && s.tokens[head].pos == Pos::NN && (noun == "country" || noun == "nation"))
    out = memory.Singular();
  for (Actor& a : out) {
    a.span = Bytes(s, r.begin, r.end);
    a.indirect = true;
    a.pronoun = true;
  }
  return out;
}

// The countries of a place phrase at token k: "in Fornost", "in Fornost and Gondor", "from the
// Shire" (capitals count as their country); empty when k does not open one.
std::vector<const Mention*> PlacedCountries(const Sentence& s, const SentenceMentions& m,
                                            uint32_t k) {
  std::vector<const Mention*> out;
  if (k + 1 >= s.tokens.size() || !In(LowerWord(s.tokens[k]), {"in", "from"})) return out;
  ++k;
  while (k < s.tokens.size()) {
    if (LowerWord(s.tokens[k]) == "the") ++k;
    const Mention* found = nullptr;
    for (const Mention& x : m.actors) {
      if (x.begin == k && !x.person) found = &x;
    }
    if (!found) break;
    const std::string& c = found->code;
    const bool country = c.size() == 3 || (c.size() == 6 && c.ends_with("GOV"));
    if (!country || c.starts_with("IGO")) break;
    out.push_back(found);
    k = found->end;
    if (k < s.tokens.size() && s.tokens[k].form == ",") ++k;
    if (k < s.tokens.size() && s.tokens[k].pos == Pos::CC) ++k;
    if (k == found->end) break;
  }
  return out;
}

// The first actor of an of- or from-phrase opening at token k ("of the northern West Bank city
// of Nablus", "from military-ruled Myanmar"), through its nouns, adjectives and further
// of-phrases; null when none.
const Mention* OfPhraseActor(const Sentence& s, const SentenceMentions& m, uint32_t k) {
  if (k >= s.tokens.size() || !In(LowerWord(s.tokens[k]), {"of", "from"})) return nullptr;
  for (uint32_t j = k + 1; j < s.tokens.size(); ++j) {
    for (const Mention& x : m.actors) {
      if (x.begin == j) return &x;
    }
    const Pos p = s.tokens[j].pos;
    const bool inside = IsNoun(p) || IsAdjective(p) || p == Pos::DT || p == Pos::POS ||
                        p == Pos::CD || LowerWord(s.tokens[j]) == "of";
    if (!inside) break;
  }
  return nullptr;
}

std::vector<Actor> ResolveRange(const Sentence& s, const SentenceMentions& m, TokenRange r,
                                uint32_t head, const Memory& memory,
                                const std::vector<Actor>& avoid, bool avoid_possessor,
                                uint32_t place_at = kNoIndex) {
  const Mention* person = nullptr;
  const Mention* covering = nullptr;
  const Mention* before = nullptr;
  for (const Mention& x : m.actors) {
    // With a PETRARCH set, a name covering the head may run past the phrase ("The US Secretary
    // of State" when the chunk ends at "Secretary").
    const bool at_head = m.bare_agents && x.begin <= head && head < x.end;
    if (x.begin < r.begin || (x.end > r.end && !at_head)) continue;
    if (x.person && (!person || x.begin <= head)) person = &x;
    if (x.begin <= head && head < x.end) covering = &x;
    if (x.end <= head) before = &x;
  }
  const AgentMention* agent = nullptr;
  for (const AgentMention& a : m.agents) {
    // A role covering the head may run past the phrase ("the Ministry of Silly Walks" when the
    // chunk ends at "Ministry").
    const bool at_head = a.begin <= head && head < a.end;
    if (a.begin >= r.begin && (a.end <= r.end || at_head) &&
        (at_head || (m.agent_anywhere && !agent))) {
      agent = &a;
    }
  }
  // "Kyrgyz and Tajik forces": coordinated adjectives name several actors for one head.
  if (!person && !covering) {
    std::vector<const Mention*> modifiers;
    for (const Mention& x : m.actors) {
      if (x.begin >= r.begin && x.end <= head) modifiers.push_back(&x);
    }
    bool coordinated = modifiers.size() >= 2;
    for (size_t k = 1; coordinated && k < modifiers.size(); ++k) {
      const uint32_t gap = modifiers[k]->begin;
      coordinated = gap == modifiers[k - 1]->end + 1 &&
                    (s.tokens[gap - 1].pos == Pos::CC || s.tokens[gap - 1].form == ",");
    }
    if (coordinated) {
      std::vector<Actor> out;
      for (const Mention* x : modifiers) {
        Actor a;
        a.code = x->code;
        if (agent && x->code.size() == 3)
          a.code = agent->prefix ? agent->role + x->code : x->code + agent->role;
        a.span = Bytes(s, x->begin, x->end);
        a.indirect = !agent;
        out.push_back(a);
      }
      return out;
    }
  }
  const Mention* main = person ? person : covering ? covering : before;
  if (!main && agent && agent->begin <= head && head < agent->end) {
    // "protesters in Kinshasa", "police in Tokyo": a bare role noun placed in a country or its
    // capital belongs to that country; "lawmakers in Fornost and Gondor" to each of them. The
    // place phrase follows the argument's range (a coordination's: "lawmakers and officials in").
    std::vector<Actor> out;
    for (const Mention* x : PlacedCountries(s, m, place_at == kNoIndex ? r.end : place_at)) {
      Actor actor;
      const std::string base = x->code.substr(0, 3);
      actor.code = agent->prefix ? agent->role + base : base + agent->role;
      actor.span = Bytes(s, agent->begin, x->end);
      out.push_back(std::move(actor));
    }
    if (!out.empty()) return out;
  }
  if (!main) {
    if (head < s.tokens.size() && s.tokens[head].pos == Pos::PRP)
      return Pronoun(s, m, head, memory, avoid);
    std::vector<Actor> d = Description(s, r, head, memory);
    if (!d.empty()) return d;
    for (uint32_t k = r.begin + 1; k < head; ++k) {  // "the three countries' move"
      if (s.tokens[k].pos != Pos::POS) continue;
      d = Description(s, {r.begin, k}, k - 1, memory);
      if (!d.empty()) return d;
    }
    for (uint32_t k = r.begin; k < head && m.possessive_pronouns; ++k) {  // "its role"
      if (s.tokens[k].pos == Pos::PRPS) {
        return Pronoun(s, m, k, memory, avoid_possessor ? avoid : std::vector<Actor>());
      }
    }
    // PETRARCH reads a role noun with the actor of its of-phrase ("the mayor of the West Bank
    // city of Nablus" -> PSEGOV), else as its unknown actor "---" with the role ("Congress" ->
    // ---LEG); not for mere people ("eight people"), nor for a role only modifying the head
    // ("military exercises") or an adjective ("Islamic").
    if (agent && m.bare_agents && agent->begin <= head && head < agent->end &&
        agent->role != "PPL" && IsNoun(s.tokens[head].pos)) {
      Actor actor;
      actor.code = "---" + agent->role;
      actor.span = Bytes(s, agent->begin, agent->end);
      if (const Mention* x = OfPhraseActor(s, m, std::max(r.end, agent->end)); x && !x->person) {
        const std::string base = x->code.substr(0, 3);
        actor.code = agent->prefix ? agent->role + base : base + agent->role;
        actor.span = Bytes(s, agent->begin, x->end);
        return {actor};
      }
      actor.indirect = true;
      return {actor};
    }
    return {};
  }
  Actor actor;
  actor.code = main->code;
  actor.person = main->person;
  actor.span = Bytes(s, main->begin, main->end);
  if (!main->person && agent && main->code.size() == 3) {
    actor.code = agent->prefix ? agent->role + main->code : main->code + agent->role;
    actor.span = Bytes(s, std::min(main->begin, agent->begin), std::max(main->end, agent->end));
  }
  // A modifier of a head that is neither an actor nor a role ("Western sanctions") is indirect.
  actor.indirect = main != person && main != covering && !agent;
  return {actor};
}

}  // namespace

SentenceMentions FindMentions(const Dictionary& dict, const Sentence& sentence, CivilDate date) {
  return FindMentions(dict, sentence, PhraseTrie::Keys(sentence.tokens), date);
}

SentenceMentions FindMentions(const Dictionary& dict, const Sentence& sentence,
                              const PhraseTrie::Keys& keys, CivilDate date) {
  SentenceMentions out;
  out.agent_anywhere = dict.is_petrarch();
  out.possessive_pronouns = !dict.is_petrarch();
  out.bare_agents = dict.is_petrarch();
  const std::vector<Token>& t = sentence.tokens;
  uint32_t i = 0;
  while (i < t.size()) {
    if (ActorMatch a = dict.MatchActor(t, keys, i)) {
      std::string code = dict.CodeOn(*a.entry, date);
      uint32_t begin = i;
      if (a.length > 1 && (t[i].form == "the" || t[i].form == "The")) ++begin;
      if (!code.empty()) {
        if ((a.entry->kind == ActorKind::kCapital || a.entry->kind == ActorKind::kSeat) &&
            code.size() == 3) {
          code += "GOV";
        }
        out.actors.push_back(
            {begin, i + a.length, code, a.entry->kind == ActorKind::kPerson, false});
      }
      i += a.length;
      continue;
    }
    if (AgentMatch g = dict.MatchAgent(t, keys, i)) {
      out.agents.push_back({i, i + g.length, g.entry->code, g.entry->prefix});
      i += g.length;
      continue;
    }
    ++i;
  }
  return out;
}

std::vector<Actor> ResolveArgument(const Document& doc, const Sentence& sentence,
                                   const SentenceMentions& mentions, const Argument& arg,
                                   const Memory& memory, const std::vector<Actor>& avoid,
                                   bool avoid_possessor) {
  (void)doc;
  if (!arg.present()) return {};
  std::vector<Actor> out;
  if (arg.members.empty())
    return ResolveRange(sentence, mentions, arg.range, arg.head, memory, avoid, avoid_possessor);
  // "the ambassadors of Arnor, Osgiliath and Gondor": a role noun heading an of-phrase
  // coordination gives each member its role.
  const AgentMention* head_agent = nullptr;
  if (arg.head < arg.members.front().begin) {
    for (const AgentMention& g : mentions.agents) {
      if (g.begin <= arg.head && arg.head < g.end) head_agent = &g;
    }
  }
  for (const TokenRange& member : arg.members) {
    for (Actor& a : ResolveRange(sentence, mentions, member, HeadOf(sentence, member), memory,
                                 avoid, avoid_possessor, arg.range.end)) {
      if (head_agent && !a.person && a.code.size() == 3) {
        a.code = head_agent->prefix ? head_agent->role + a.code : a.code + head_agent->role;
        a.indirect = false;
      }
      // "support for Russia and its neutrality": a possessive pronoun before a non-actor head
      // does not make a member ("the three leaders" does).
      bool possessive = false;
      for (uint32_t k = member.begin; k < member.end; ++k) {
        possessive = possessive || sentence.tokens[k].pos == Pos::PRPS;
      }
      if (a.pronoun && a.indirect && possessive &&
          sentence.tokens[HeadOf(sentence, member)].pos != Pos::PRP) {
        continue;
      }
      bool seen = false;
      for (const Actor& b : out) seen = seen || b.code == a.code;
      if (!seen) out.push_back(std::move(a));
    }
  }
  // "the Calenardhon Minister of Silly Walks": an of-phrase naming no actor leaves the phrase
  // itself, read as a whole.
  if (out.empty() && arg.head < arg.members.front().begin) {
    return ResolveRange(sentence, mentions, arg.range, arg.head, memory, avoid, avoid_possessor);
  }
  return out;
}

void Memory::NoteSubject(const std::vector<Actor>& actors) {
  if (actors.size() == 1 && !actors[0].person) {
    subject_ = actors;
    subjects_.push_back(actors[0]);
    if (subjects_.size() > 8) subjects_.erase(subjects_.begin());
  }
  if (actors.size() == 1 && actors[0].person) person_ = actors;
  if (actors.size() >= 2) NoteGroup(actors);
  for (const Actor& a : actors) NoteMention(a);
}

void Memory::NoteMention(const Actor& actor) {
  if (actor.person) {
    person_ = {actor};
  } else {
    mention_ = {actor};
  }
  auto same = [&](const Actor& a) { return a.code.substr(0, 3) == actor.code.substr(0, 3); };
  recent_.erase(std::remove_if(recent_.begin(), recent_.end(), same), recent_.end());
  recent_.push_back(actor);
  if (recent_.size() > 8) recent_.erase(recent_.begin());
}

void Memory::NoteGroup(const std::vector<Actor>& actors) {
  if (actors.size() < 2) return;
  group_ = actors;
  // Arguments are resolved more than once while patterns are tried: keep each group once.
  auto same = [&](const std::vector<Actor>& g) {
    if (g.size() != actors.size()) return false;
    for (size_t k = 0; k < g.size(); ++k) {
      if (g[k].code != actors[k].code) return false;
    }
    return true;
  };
  groups_.erase(std::remove_if(groups_.begin(), groups_.end(), same), groups_.end());
  groups_.push_back(actors);
  if (groups_.size() > 4) groups_.erase(groups_.begin());
}

std::vector<Actor> Memory::Singular() const { return !subject_.empty() ? subject_ : mention_; }

std::vector<Actor> Memory::Person() const { return person_; }

void Memory::NoteName(std::string_view last, const Actor& person) {
  for (auto& [name, actor] : names_) {
    if (name != last) continue;
    if (actor.code != person.code) actor.code.clear();  // two people share it: ambiguous
    return;
  }
  names_.emplace_back(std::string(last), person);
}

const Actor* Memory::ByName(std::string_view last) const {
  for (const auto& [name, actor] : names_) {
    if (name == last) return actor.code.empty() ? nullptr : &actor;
  }
  return nullptr;
}

std::vector<Actor> Memory::Other(bool person, const std::vector<Actor>& avoid) const {
  if (!person) {
    for (size_t k = subjects_.size(); k-- > 0;) {
      if (!Avoided(subjects_[k], avoid)) return {subjects_[k]};
    }
  }
  for (size_t k = recent_.size(); k-- > 0;) {
    if (recent_[k].person == person && !Avoided(recent_[k], avoid)) return {recent_[k]};
  }
  return {};
}

std::vector<Actor> Memory::Group(size_t size) const {
  if (!group_.empty() && (size == 0 || group_.size() == size)) return group_;
  if (size == 0) return group_;
  // "both countries" after a group of three was named: the latest group of two before it.
  for (size_t k = groups_.size(); k-- > 0;) {
    if (groups_[k].size() == size) return groups_[k];
  }
  // No group stated: the last `size` distinct countries mentioned.
  std::vector<Actor> out;
  for (size_t k = recent_.size(); k-- > 0 && out.size() < size;) {
    if (!recent_[k].person) out.push_back(recent_[k]);
  }
  if (out.size() < size) return {};
  return out;
}

}  // namespace entente::code_internal
