// PETRARCH validation records: the XML files PETRARCH-2 reads (PETR.UnitTest.records.xml,
// GigaWord.sample.PETR.xml), each record a sentence with its text, a CoreNLP constituency parse
// and, in validation files, the events PETRARCH is expected to code:
//
//   <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//   <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//   <Text>Arnor is about to restore ...</Text>
//   <Parse>(ROOT (S (NP (NNP Arnor)) ...))</Parse>
//   </Sentence>
//
// "No event expected" is <EventCoding noevents="True"/>; a record PETRARCH must reject says why
// in <EventCoding error="bad_input_parse"/>. <Config option=".." value=".."/> elements between
// records change options for the records after them; <Environment> names the dictionaries and
// <Include> the categories to run.
//
// Errors: a file that cannot be read, or that holds no records, is a Status. A malformed record
//   (no id, bad date, no Text or Parse, an EventCoding without codes) is reported as a problem
//   with file:line and skipped; so is XML broken part-way (the records before it are kept).
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/status.h"

namespace entente {

struct ExpectedEvent {
  std::string source;  // sourcecode="ARN"
  std::string target;  // targetcode="GON"
  std::string code;    // eventcode="064" (a string: leading zeros matter)
  friend bool operator==(const ExpectedEvent&, const ExpectedEvent&) = default;
};

struct PetrarchRecord {
  std::string id;                     // id="DEMO-00" (not unique in PETRARCH's own files)
  CivilDate date;                     // date="19950101" or "950101"
  std::string category;               // category="DEMO"; empty when absent
  bool sentence = true;               // sentence="false" marks records PETRARCH does not run
  std::string text;                   // <Text>, whitespace folded to single spaces; may be empty
  std::string parse;                  // <Parse>, trimmed, as written (parse with ParseTree)
  std::vector<ExpectedEvent> events;  // expected events, in file order
  bool expect_no_events = false;      // <EventCoding noevents="True">
  std::string expected_error;         // <EventCoding error="..."> ("bad_input_parse")
  std::map<std::string, std::string> attributes;  // other <Sentence> attributes ("source")
  std::map<std::string, std::string> config;      // <Config> options in effect for this record
  std::string file;                               // where the record is, for messages
  uint64_t line = 0;                              // line of its <Sentence> tag, 1-based

  // Whether the record says what PETRARCH should produce (events, none, or an error).
  bool HasExpectation() const {
    return !events.empty() || expect_no_events || !expected_error.empty();
  }
};

struct PetrarchEnvironment {
  std::map<std::string, std::string> settings;  // Verbfile, Actorfile, ..., Pause: element text
  std::vector<std::string> include;             // <Include> words: categories to run
  // Whether PETRARCH would run the record: sentence="true" and, when <Include> lists
  // categories, the record's category among them.
  bool Runs(const PetrarchRecord& record) const;
};

struct PetrarchFile {
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
};

// Reads records from XML text; `name` is used in messages and PetrarchRecord::file. Problems
// with single records are appended to problems (when given) and the records skipped.
Result<PetrarchFile> ParsePetrarchXml(std::string_view xml, const std::string& name,
                                      std::vector<Status>* problems = nullptr);
Result<PetrarchFile> ReadPetrarchFile(const std::string& path,
                                      std::vector<Status>* problems = nullptr);
Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path,
                                                        std::vector<Status>* problems = nullptr);

}  // namespace entente
