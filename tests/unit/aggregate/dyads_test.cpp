// Aggregation in SQL checked against an in-memory recount of generated events.
#include "aggregate/dyads.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <tuple>

#include "store/actor_code.h"
#include "store/store.h"

namespace entente {
namespace {

// days since 1970-01-01 -> civil date (H. Hinnant's algorithm), for the week key.
std::string DateFromOrdinal(int32_t z) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const uint32_t doe = static_cast<uint32_t>(z - era * 146097);
  const uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const uint32_t mp = (5 * doy + 2) / 153;
  const uint32_t d = doy - (153 * mp + 2) / 5 + 1;
  const uint32_t m = mp < 10 ? mp + 3 : mp - 9;
  const int32_t y = static_cast<int32_t>(yoe) + era * 400 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::string PeriodKey(const CivilDate& date, Period period) {
  const std::string s = date.ToString();
  switch (period) {
    case Period::kDay:
      return s;
    case Period::kWeek: {
      const int32_t o = date.Ordinal();
      return DateFromOrdinal(o - ((o % 7 + 7 + 3) % 7));  // 1970-01-05 (ordinal 4) was a Monday
    }
    case Period::kMonth:
      return s.substr(0, 7);
    case Period::kYear:
      return s.substr(0, 4);
    case Period::kAll:
      return "all";
  }
  return "";
}

struct Recount {
  int64_t events = 0;
  std::array<int64_t, 5> quad{};
  std::map<std::string, int64_t> roots;
  double goldstein = 0;
};

class DyadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(":memory:");
    ASSERT_TRUE(store.ok());
    store_ = std::move(store.value());
    std::mt19937 rng(7);
    const std::vector<std::string> actors = {"CHN",    "CHNGOV",    "RUSGOV", "RUSMIL", "USA",
                                             "UKRMIL", "IGOWSTNAT", "IRN",    ""};
    ASSERT_TRUE(store_->Begin().ok());
    for (int d = 0; d < 300; ++d) {
      Document doc;
      doc.id = "doc" + std::to_string(d);
      // Dates across a year boundary and many week boundaries; some documents undated.
      if (d % 29 != 0) {
        doc.date = *ParseDate(DateFromOrdinal(19600 + static_cast<int32_t>(rng() % 500)));
      }
      doc.text = "text";
      const int n = static_cast<int>(rng() % 5);
      for (int i = 0; i < n; ++i) {
        Event& e = doc.events.emplace_back();
        e.source = actors[rng() % actors.size()];
        e.target = actors[rng() % actors.size()];
        const int root = 1 + static_cast<int>(rng() % 20);
        char code[8];
        std::snprintf(code, sizeof code, "%02d%d", root, static_cast<int>(rng() % 4));
        e.code = code;
        e.root = e.code.substr(0, 2);
        e.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        e.goldstein = static_cast<int>(rng() % 201) / 10.0 - 10;
      }
      ASSERT_TRUE(store_->Put(doc, Store::ContentHash(doc)).ok());
      docs_.push_back(std::move(doc));
    }
    ASSERT_TRUE(store_->Commit().ok());
  }

  void Check(const DyadOptions& options) {
    using Key = std::tuple<std::string, std::string, std::string>;  // source, target, period
    std::map<Key, Recount> expected;
    for (const Document& doc : docs_) {
      const std::string date = doc.date.ToString();
      if (!options.from.empty() && (date.empty() || date < options.from)) continue;
      if (!options.to.empty() && (date.empty() || date > options.to)) continue;
      if (!doc.date.known() && options.period != Period::kAll) continue;
      for (const Event& e : doc.events) {
        if (e.source.empty() || e.target.empty()) continue;
        std::string a = RollUpActor(e.source, options.keep_roles);
        std::string b = RollUpActor(e.target, options.keep_roles);
        if (!options.actor.empty() && a != options.actor && b != options.actor) continue;
        if (!options.ordered && b < a) std::swap(a, b);
        Recount& r = expected[{a, b, PeriodKey(doc.date, options.period)}];
        ++r.events;
        ++r.quad[e.quad];
        ++r.roots[e.root];
        r.goldstein += e.goldstein;
      }
    }
    auto rows = ComputeDyads(store_->db(), options);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    ASSERT_EQ(rows->size(), expected.size());
    auto it = expected.begin();
    double previous_index = 0;
    for (size_t i = 0; i < rows->size(); ++i, ++it) {
      const DyadRow& row = (*rows)[i];
      const auto& [a, b, period] = it->first;
      const Recount& r = it->second;
      SCOPED_TRACE(a + " " + b + " " + period);
      EXPECT_EQ(row.source, a);
      EXPECT_EQ(row.target, b);
      EXPECT_EQ(row.period, period);
      EXPECT_EQ(row.events, r.events);
      EXPECT_EQ(row.quad, r.quad);
      EXPECT_EQ(row.roots, r.roots);
      EXPECT_NEAR(row.goldstein_sum, r.goldstein, 1e-9);
      EXPECT_NEAR(row.goldstein_mean, r.goldstein / r.events, 1e-9);
      const double index =
          static_cast<double>(r.quad[1] + r.quad[2] - r.quad[3] - r.quad[4]) / r.events;
      EXPECT_NEAR(row.cc_index, index, 1e-9);
      const bool continues = i > 0 && (*rows)[i - 1].source == a && (*rows)[i - 1].target == b;
      EXPECT_NEAR(row.trend, continues ? index - previous_index : 0, 1e-9);
      previous_index = index;
    }
  }

  std::unique_ptr<Store> store_;
  std::vector<Document> docs_;
};

TEST_F(DyadsTest, MatchesRecountForEveryPeriodAndMode) {
  for (Period period : {Period::kDay, Period::kWeek, Period::kMonth, Period::kYear, Period::kAll}) {
    for (bool ordered : {true, false}) {
      for (bool keep_roles : {false, true}) {
        SCOPED_TRACE(std::string(PeriodName(period)) + (ordered ? " ordered" : " unordered") +
                     (keep_roles ? " roles" : ""));
        DyadOptions options;
        options.period = period;
        options.ordered = ordered;
        options.keep_roles = keep_roles;
        Check(options);
      }
    }
  }
}

TEST_F(DyadsTest, MatchesRecountWithDateRangeAndActor) {
  DyadOptions options;
  options.period = Period::kWeek;
  options.from = "2024-02-01";
  options.to = "2024-09-30";
  Check(options);
  options.actor = "RUS";
  options.ordered = false;
  Check(options);
}

TEST(Dyads, CsvHasOneColumnPerHeaderField) {
  DyadRow row;
  row.period = "2024-05";
  row.source = "CHN";
  row.target = "RUS";
  row.events = 2;
  row.roots["06"] = 2;
  std::string csv;
  AppendDyadCsv(row, csv);
  auto columns = [](const std::string& s) { return std::count(s.begin(), s.end(), ','); };
  EXPECT_EQ(columns(csv), columns(DyadCsvHeader()));
  // events 2, quad1..4 and root01..05 zero, root06 = 2
  EXPECT_EQ(csv.rfind("2024-05,CHN,RUS,2,0,0,0,0,0,0,0,0,0,2,", 0), 0u);
}

TEST(Dyads, ParsesPeriodNames) {
  EXPECT_EQ(ParsePeriod("week"), Period::kWeek);
  EXPECT_FALSE(ParsePeriod("fortnight").has_value());
}

}  // namespace
}  // namespace entente
