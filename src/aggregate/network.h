// Network: the signed, weighted actor graph and its blocs.
//
// Nodes are actors (rolled up unless keep_roles); one undirected edge per pair of actors that
// act on each other, weighted by the Goldstein sum of their events in both directions (many
// cooperative events pull two actors together, conflict pushes them apart). Blocs come from
// igraph's spinglass community detection in its negative-weight mode (Traag & Bruggeman), which
// puts actors joined by positive edges together and those joined by negative edges apart. It
// runs per connected component, since spinglass needs a connected graph, with a fixed seed so
// that the same database always gives the same blocs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/sqlite.h"

namespace entente {

struct NetworkOptions {
  std::string from, to;  // YYYY-MM-DD, inclusive; empty = open
  bool keep_roles = false;
  int64_t min_events = 1;  // drop edges with fewer events (noise in large corpora)
  uint64_t seed = 42;      // spinglass is stochastic
};

struct NetworkNode {
  std::string actor;
  int64_t events = 0;  // events on this node's edges
  int bloc = 0;        // 1-based; blocs numbered by size, largest first
};

struct NetworkEdge {
  int a = 0, b = 0;  // node indices, a < b by actor code
  int64_t events = 0;
  double weight = 0;  // Goldstein sum over both directions
  double goldstein_mean = 0;
};

struct Network {
  std::vector<NetworkNode> nodes;  // sorted by actor code
  std::vector<NetworkEdge> edges;
  int blocs = 0;
};

// Builds the graph from the store and assigns blocs.
Result<Network> BuildNetwork(Database& db, const NetworkOptions& options);
// Assigns NetworkNode::bloc and Network::blocs (exposed for tests on hand-made graphs).
Status FindBlocs(Network& network, uint64_t seed);

std::string NetworkJson(const Network& network);
std::string NetworkGraphml(const Network& network);
// Graphviz: cooperation edges green, conflict edges red, width by |weight|, blocs as clusters.
std::string NetworkDot(const Network& network);
// "Bloc 1: China (CHN), Russia (RUS)" lines, then how the blocs stand to each other.
std::string FormatBlocs(const Network& network);

}  // namespace entente
