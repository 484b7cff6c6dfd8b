// JsonWriter: builds a JSON document in a string, placing the commas itself, so the handlers
// read as the structure they emit. Strings must be valid UTF-8 (the store's are).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  // Rounded to 4 decimals and written in the shortest form ("1.9", not "1.9000"); non-finite
  // values become null.
  JsonWriter& Number(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A complete JSON value produced elsewhere.
  JsonWriter& Raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void Separate();

  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace entente
