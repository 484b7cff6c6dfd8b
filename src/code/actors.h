// Actor resolution for the coder: actor and agent mentions in a sentence, arguments of frames
// resolved to actor codes, and the document-level memory that resolves pronouns and definite
// descriptions ("it", "their", "the two nations").
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "dict/dictionary.h"

namespace entente::code_internal {

struct Actor {
  std::string code;       // resolved on the document date ("RUSGOV")
  Span span;              // the words that named it (bytes)
  bool person = false;    // a named person (pronouns he/she/his/her)
  bool indirect = false;  // found through a modifier, possessor or pronoun: lower confidence
  bool pronoun = false;   // resolved from a pronoun or a definite description
};

struct Mention {
  uint32_t begin = 0, end = 0;  // tokens
  std::string code;             // on the document date; role applied for capitals and seats
  bool person = false;
  bool group = false;  // a region or bloc such as WST
};

struct AgentMention {
  uint32_t begin = 0, end = 0;
  std::string role;  // "GOV", "MIL"
  bool prefix = false;
};

// Mentions of one sentence, found once with the dictionary's matchers.
struct SentenceMentions {
  std::vector<Mention> actors;
  std::vector<AgentMention> agents;
  bool agent_anywhere = false;  // PETRARCH sets: an agent anywhere in the phrase gives its role
  // PETRARCH sets resolve personal pronouns only: "their credentials" names no actor there.
  bool possessive_pronouns = true;
  // PETRARCH sets code a role with no actor as "---" and the role ("Congress" -> ---LEG), and
  // let a name covering a phrase's head run past the phrase ("Secretary" | "of State").
  bool bare_agents = false;
};
SentenceMentions FindMentions(const Dictionary& dict, const Sentence& sentence, CivilDate date);
// The same with the sentence's trie keys, when the caller has them already.
SentenceMentions FindMentions(const Dictionary& dict, const Sentence& sentence,
                              const PhraseTrie::Keys& keys, CivilDate date);

// Salient actors of the document so far, for pronouns and definite descriptions.
class Memory {
 public:
  void NoteSubject(const std::vector<Actor>& actors);
  void NoteMention(const Actor& actor);
  void NoteGroup(const std::vector<Actor>& actors);
  // "it"/"its" -> the last singular non-person subject (or mention); "he" -> the last person;
  // "they"/"their"/"the two nations" -> the last group (of `size` members when size > 0).
  std::vector<Actor> Singular() const;
  std::vector<Actor> Person() const;
  std::vector<Actor> Group(size_t size) const;
  // The latest antecedent that is none of `avoid`: a person, or a singular subject (then any
  // other singular mention).
  std::vector<Actor> Other(bool person, const std::vector<Actor>& avoid) const;
  // A person named in full earlier in the document, by the last word of the name ("Kallas"
  // after "Kaja Kallas"); null when none or when two such people share it.
  void NoteName(std::string_view last, const Actor& person);
  const Actor* ByName(std::string_view last) const;

 private:
  std::vector<Actor> subject_;   // last singular subject
  std::vector<Actor> subjects_;  // singular subjects, newest last
  std::vector<Actor> mention_;   // last singular mention
  std::vector<Actor> person_;
  std::vector<Actor> group_;
  std::vector<std::vector<Actor>> groups_;            // recent groups, newest last
  std::vector<Actor> recent_;                         // distinct recent actors, newest last
  std::vector<std::pair<std::string, Actor>> names_;  // last word of a full name -> person
};

// Resolves a frame argument to actors: members of a coordination each; a person; a country or
// organisation with the role of an agent noun ("Russian troops" -> RUSMIL); a possessor or proper
// adjective when the head is not an actor ("Western sanctions" -> WST); pronouns through memory,
// never to one of `avoid` (the clause's own subject) when another antecedent exists, and a
// possessive pronoun likewise only with `avoid_possessor` ("Tokyo conveyed its concerns" is its
// own, "Rutte praised his efforts" is someone else's).
std::vector<Actor> ResolveArgument(const Document& doc, const Sentence& sentence,
                                   const SentenceMentions& mentions, const Argument& arg,
                                   const Memory& memory, const std::vector<Actor>& avoid = {},
                                   bool avoid_possessor = false);

}  // namespace entente::code_internal
