#include "aggregate/network.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "aggregate/names.h"
#include "aggregate/relations.h"
#include "store/store.h"

namespace entente {
namespace {

struct Spec {
  const char* date;
  const char* source;
  const char* target;
  const char* code;
  int quad;
  double goldstein;
};

// A small world: CHN and RUS cooperate (more over time), both quarrel with USA and GBR, which
// cooperate with each other; IRN joins the drills; BRA and ARG are a separate pair.
std::unique_ptr<Store> World() {
  const Spec specs[] = {
      {"2024-01-10", "CHNGOV", "RUSGOV", "061", 2, 2.2},
      {"2024-02-10", "CHN", "RUS", "062", 2, 5.0},
      {"2024-03-10", "CHNMIL", "RUSMIL", "062", 2, 7.4},
      {"2024-03-11", "CHN", "RUS", "061", 2, 7.4},
      {"2024-03-12", "RUS", "CHN", "057", 1, 8.0},
      {"2024-03-12", "IRN", "RUS", "062", 2, 7.4},
      {"2024-03-12", "IRN", "CHN", "062", 2, 7.4},
      {"2024-03-13", "USA", "CHN", "111", 3, -2.0},
      {"2024-03-13", "USA", "RUS", "163", 4, -8.0},
      {"2024-03-13", "GBR", "RUS", "163", 4, -8.0},
      {"2024-03-14", "RUS", "USA", "112", 3, -2.0},
      {"2024-03-14", "USA", "GBR", "042", 1, 1.9},
      {"2024-03-15", "GBR", "USA", "057", 1, 8.0},
      {"2024-03-15", "USA", "IRN", "163", 4, -8.0},
      {"2024-03-16", "BRA", "ARG", "042", 1, 1.9},
  };
  auto store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok());
  EXPECT_TRUE((*store)->Begin().ok());
  int n = 0;
  for (const Spec& s : specs) {
    Document doc;
    doc.id = "d" + std::to_string(n++);
    doc.date = *ParseDate(s.date);
    doc.text = "text";
    Event& e = doc.events.emplace_back();
    e.source = s.source;
    e.target = s.target;
    e.code = s.code;
    e.root = e.code.substr(0, 2);
    e.quad = s.quad;
    e.goldstein = s.goldstein;
    EXPECT_TRUE((*store)->Put(doc, Store::ContentHash(doc)).ok());
  }
  EXPECT_TRUE((*store)->Commit().ok());
  return std::move(store.value());
}

int BlocOf(const Network& net, const std::string& actor) {
  for (const NetworkNode& n : net.nodes) {
    if (n.actor == actor) return n.bloc;
  }
  return -1;
}

TEST(Network, SignedBlocsSeparateCooperatorsFromRivals) {
  auto store = World();
  auto net = BuildNetwork(store->db(), {});
  ASSERT_TRUE(net.ok()) << net.status().ToString();
  EXPECT_EQ(net->nodes.size(), 7u);
  EXPECT_EQ(BlocOf(*net, "CHN"), BlocOf(*net, "RUS"));
  EXPECT_EQ(BlocOf(*net, "CHN"), BlocOf(*net, "IRN"));
  EXPECT_EQ(BlocOf(*net, "USA"), BlocOf(*net, "GBR"));
  EXPECT_NE(BlocOf(*net, "CHN"), BlocOf(*net, "USA"));
  EXPECT_EQ(BlocOf(*net, "BRA"), BlocOf(*net, "ARG"));
  EXPECT_NE(BlocOf(*net, "BRA"), BlocOf(*net, "CHN"));
  EXPECT_EQ(BlocOf(*net, "CHN"), 1);  // the largest bloc comes first
  const std::string text = FormatBlocs(*net);
  EXPECT_NE(text.find("Bloc 1: China (CHN), Iran (IRN), Russia (RUS)"), std::string::npos) << text;
  EXPECT_NE(text.find("Bloc 1 - Bloc 3: conflict"), std::string::npos) << text;
}

TEST(Network, SameSeedSameBlocs) {
  auto store = World();
  auto a = BuildNetwork(store->db(), {});
  auto b = BuildNetwork(store->db(), {});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(NetworkJson(*a), NetworkJson(*b));
}

TEST(Network, WritersNameEveryNodeAndColourEdges) {
  auto store = World();
  auto net = BuildNetwork(store->db(), {});
  ASSERT_TRUE(net.ok());
  const std::string dot = NetworkDot(*net), graphml = NetworkGraphml(*net);
  EXPECT_NE(dot.find("subgraph cluster_1"), std::string::npos);
  EXPECT_NE(dot.find("\"CHN\" -- \"RUS\" [color=\"#1a9850\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("\"CHN\" -- \"USA\" [color=\"#d73027\""), std::string::npos) << dot;
  EXPECT_NE(graphml.find("<node id=\"IRN\">"), std::string::npos);
  EXPECT_NE(NetworkJson(*net).find("\"blocs\":[[\"CHN\",\"IRN\",\"RUS\"]"), std::string::npos);
}

TEST(Network, DateRangeAndMinEventsFilterEdges) {
  auto store = World();
  NetworkOptions options;
  options.to = "2024-02-28";
  auto net = BuildNetwork(store->db(), options);
  ASSERT_TRUE(net.ok());
  ASSERT_EQ(net->edges.size(), 1u);
  EXPECT_EQ(net->edges[0].events, 2);
  options = {};
  options.min_events = 3;
  net = BuildNetwork(store->db(), options);
  ASSERT_TRUE(net.ok());
  for (const NetworkEdge& e : net->edges) EXPECT_GE(e.events, 3);
}

TEST(Relations, SummarizesBothDirectionsWithTrend) {
  auto store = World();
  auto rel = ComputeRelation(store->db(), "CHN", "RUS", {});
  ASSERT_TRUE(rel.ok()) << rel.status().ToString();
  EXPECT_EQ(rel->forward.events, 4);
  EXPECT_EQ(rel->backward.events, 1);
  EXPECT_NEAR(rel->forward.goldstein_mean, (2.2 + 5.0 + 7.4 + 7.4) / 4, 1e-9);
  ASSERT_FALSE(rel->forward.roots.empty());
  EXPECT_EQ(rel->forward.roots[0].code, "06");
  EXPECT_EQ(rel->forward.trend, "rising");  // monthly means 2.2, 5.0, 7.4
  const std::string text = FormatRelation(*rel);
  EXPECT_NE(text.find("China -> Russia: 4 events, mean Goldstein +5.5, mostly economic "
                      "cooperation (061) and military cooperation (062); rising"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Overall: cooperation"), std::string::npos);
  EXPECT_NE(RelationJson(*rel).find("\"trend\":\"rising\""), std::string::npos);

  RelationOptions roles;
  roles.keep_roles = true;
  rel = ComputeRelation(store->db(), "CHNMIL", "RUSMIL", roles);
  ASSERT_TRUE(rel.ok());
  EXPECT_EQ(rel->forward.events, 1);
  EXPECT_EQ(rel->forward.trend, "one period only");
}

TEST(Relations, RanksActorsByActivity) {
  auto store = World();
  auto actors = ComputeActors(store->db(), {});
  ASSERT_TRUE(actors.ok());
  ASSERT_GE(actors->size(), 2u);
  EXPECT_EQ((*actors)[0].actor, "RUS");
  EXPECT_EQ((*actors)[0].events, 9);
  EXPECT_EQ((*actors)[0].as_source + (*actors)[0].as_target, 9);
}

TEST(Names, CodesAndActors) {
  EXPECT_EQ(CameoCodeName("062"), "military cooperation");
  EXPECT_EQ(CameoCodeName("0631"), "judicial cooperation");
  EXPECT_EQ(CameoCodeName("06"), "material cooperation");
  EXPECT_EQ(ActorName("RUSGOV"), "Russia (government)");
  EXPECT_EQ(ActorName("XYZ"), "XYZ");
  if (std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-1.json")) {
    EXPECT_EQ(ActorName("AIA"), "Anguilla");  // from iso-codes
    EXPECT_EQ(ActorName("BOL"), "Bolivia");   // its common name
    EXPECT_EQ(ActorName("BOLGOV"), "Bolivia (government)");
  }
}

}  // namespace
}  // namespace entente
