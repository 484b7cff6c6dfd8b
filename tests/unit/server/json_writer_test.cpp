#include "server/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace entente {
namespace {

TEST(JsonWriter, PlacesCommasAndEscapes) {
  JsonWriter j;
  j.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x\"y").Null().Bool(false);
  j.BeginObject().EndObject().EndArray().Key("c").Raw("[1]").EndObject();
  EXPECT_EQ(j.str(), R"({"a":1,"b":["x\"y",null,false,{}],"c":[1]})");
}

TEST(JsonWriter, NumbersShortRoundedAndFinite) {
  JsonWriter j;
  j.BeginArray().Number(1.9).Number(4.866666666).Number(-0.00001).Number(7);
  j.Number(std::numeric_limits<double>::quiet_NaN()).Number(INFINITY).EndArray();
  EXPECT_EQ(j.str(), "[1.9,4.8667,0,7,null,null]");
}

}  // namespace
}  // namespace entente
