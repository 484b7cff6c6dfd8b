#include "core/date.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(Date, ParsesIsoDatesAndDateTimes) {
  auto d = ParseDate("2024-05-17");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), "2024-05-17");
  EXPECT_EQ(ParseDate("2024-05-16T08:00:00Z")->ToString(), "2024-05-16");
  EXPECT_EQ(ParseDate("2024-02-29")->day, 29);
}

TEST(Date, RejectsImpossibleDates) {
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-05-17",
                          "2024/05/17", "", "yesterday", "2024-05-17x"}) {
    EXPECT_FALSE(ParseDate(bad)) << bad;
  }
}

TEST(Date, CompactFormsOfPeerRecords) {
  EXPECT_EQ(ParseCompactDate("20080801")->ToString(), "2008-08-01");
  EXPECT_EQ(ParseCompactDate("080801")->ToString(), "2008-08-01");
  EXPECT_EQ(ParseCompactDate("950101")->ToString(), "1995-01-01");
  EXPECT_FALSE(ParseCompactDate("0808"));
}

TEST(Date, OrdinalOrdersAndCountsDays) {
  EXPECT_EQ(ParseDate("1970-01-01")->Ordinal(), 0);
  EXPECT_EQ(ParseDate("2000-03-01")->Ordinal() - ParseDate("2000-02-28")->Ordinal(), 2);
  EXPECT_LT(*ParseDate("2022-02-24"), *ParseDate("2024-05-17"));
  EXPECT_FALSE(CivilDate{}.known());
  EXPECT_EQ(CivilDate{}.ToString(), "");
}

TEST(Date, ToStringPadsEveryField) {
  EXPECT_EQ((CivilDate{999, 1, 2}).ToString(), "0999-01-02");
  EXPECT_EQ((CivilDate{2026, 12, 31}).ToString(), "2026-12-31");
  // Out of the calendar's ranges (not made by the parsers): printed as the fields are.
  EXPECT_EQ((CivilDate{2026, 0, 0}).ToString(), "2026-00-00");
  EXPECT_EQ((CivilDate{-44, 3, 15}).ToString(), "-044-03-15");
}

}  // namespace
}  // namespace entente
