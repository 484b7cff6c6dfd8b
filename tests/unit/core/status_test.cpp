#include "core/status.h"

#include <gtest/gtest.h>

#include "core/json.h"

namespace entente {
namespace {

TEST(Status, CarriesCodeMessageAndLocation) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  Status s = ParseError("unknown kind 'nmae'");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kParseError);
  EXPECT_EQ(s.ToString(), "unknown kind 'nmae'");
  s.At("countries.txt", 12);
  EXPECT_EQ(s.ToString(), "countries.txt:12: unknown kind 'nmae'");
}

Result<int> Half(int x) {
  if (x % 2) return InvalidArgument("odd");
  return x / 2;
}

Status UseHalf(int x, int& out) {
  auto r = Half(x);
  if (!r.ok()) return r.status();
  out = r.value();
  return Status::Ok();
}

TEST(Status, ResultHoldsValueOrStatus) {
  int out = 0;
  EXPECT_TRUE(UseHalf(8, out).ok());
  EXPECT_EQ(out, 4);
  Status bad = UseHalf(3, out);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.message(), "odd");
}

TEST(Json, EscapesControlsQuotesAndBackslashes) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\nd\te\x01 \u2019");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001 \u2019\"");
}

}  // namespace
}  // namespace entente
