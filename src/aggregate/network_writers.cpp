// Writers for the actor network: JSON, GraphML, Graphviz dot, and the plain-text bloc summary.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "aggregate/names.h"
#include "aggregate/network.h"
#include "core/json.h"

namespace entente {
namespace {

std::string Fixed(double v, const char* format = "%.4f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string Xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Graphviz ID: a quoted string (actor codes are plain, but a dictionary may say otherwise).
std::string DotId(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string NetworkJson(const Network& net) {
  std::string out = "{\"nodes\":[";
  for (size_t i = 0; i < net.nodes.size(); ++i) {
    const NetworkNode& n = net.nodes[i];
    out += i ? ",{\"id\":" : "{\"id\":";
    AppendJsonString(out, n.actor);
    out += ",\"name\":";
    AppendJsonString(out, ActorName(n.actor));
    out += ",\"events\":" + std::to_string(n.events) + ",\"bloc\":" + std::to_string(n.bloc) + "}";
  }
  out += "],\"edges\":[";
  for (size_t i = 0; i < net.edges.size(); ++i) {
    const NetworkEdge& e = net.edges[i];
    out += i ? ",{\"source\":" : "{\"source\":";
    AppendJsonString(out, net.nodes[e.a].actor);
    out += ",\"target\":";
    AppendJsonString(out, net.nodes[e.b].actor);
    out += ",\"events\":" + std::to_string(e.events) + ",\"weight\":" + Fixed(e.weight) +
           ",\"goldstein_mean\":" + Fixed(e.goldstein_mean) + "}";
  }
  out += "],\"blocs\":[";
  for (int b = 1; b <= net.blocs; ++b) {
    out += b > 1 ? ",[" : "[";
    bool first = true;
    for (const NetworkNode& n : net.nodes) {
      if (n.bloc != b) continue;
      if (!first) out += ",";
      first = false;
      AppendJsonString(out, n.actor);
    }
    out += "]";
  }
  return out + "]}\n";
}

std::string NetworkGraphml(const Network& net) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "  <key id=\"events\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n"
      "  <key id=\"bloc\" for=\"node\" attr.name=\"bloc\" attr.type=\"int\"/>\n"
      "  <key id=\"e_events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"goldstein_mean\" for=\"edge\" attr.name=\"goldstein_mean\" "
      "attr.type=\"double\"/>\n"
      "  <graph id=\"entente\" edgedefault=\"undirected\">\n";
  for (const NetworkNode& n : net.nodes) {
    out += "    <node id=\"" + Xml(n.actor) + "\"><data key=\"name\">" + Xml(ActorName(n.actor)) +
           "</data><data key=\"events\">" + std::to_string(n.events) +
           "</data><data key=\"bloc\">" + std::to_string(n.bloc) + "</data></node>\n";
  }
  for (const NetworkEdge& e : net.edges) {
    out += "    <edge source=\"" + Xml(net.nodes[e.a].actor) + "\" target=\"" +
           Xml(net.nodes[e.b].actor) + "\"><data key=\"e_events\">" + std::to_string(e.events) +
           "</data><data key=\"weight\">" + Fixed(e.weight) +
           "</data><data key=\"goldstein_mean\">" + Fixed(e.goldstein_mean) + "</data></edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string NetworkDot(const Network& net) {
  double max_weight = 0;
  for (const NetworkEdge& e : net.edges) max_weight = std::max(max_weight, std::fabs(e.weight));
  std::string out =
      "graph entente {\n  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
      "  node [shape=ellipse, style=filled, fillcolor=\"#f4f4f4\", fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (int b = 1; b <= net.blocs; ++b) {
    out += "  subgraph cluster_" + std::to_string(b) + " {\n    label=\"Bloc " + std::to_string(b) +
           "\"; style=rounded; color=\"#8888aa\";\n";
    for (const NetworkNode& n : net.nodes) {
      if (n.bloc == b) {
        out += "    " + DotId(n.actor) + " [label=" + DotId(n.actor + "\n" + ActorName(n.actor)) +
               "];\n";
      }
    }
    out += "  }\n";
  }
  for (const NetworkEdge& e : net.edges) {
    const char* color = e.weight > 0 ? "#1a9850" : e.weight < 0 ? "#d73027" : "#999999";
    const double width = max_weight > 0 ? 1 + 4 * std::fabs(e.weight) / max_weight : 1;
    out += "  " + DotId(net.nodes[e.a].actor) + " -- " + DotId(net.nodes[e.b].actor) +
           " [color=\"" + color + "\", penwidth=" + Fixed(width, "%.2f") + ", label=\"" +
           Fixed(e.weight, "%+.1f") + " (" + std::to_string(e.events) + ")\"];\n";
  }
  return out + "}\n";
}

std::string FormatBlocs(const Network& net) {
  std::string out;
  for (int b = 1; b <= net.blocs; ++b) {
    out += "Bloc " + std::to_string(b) + ":";
    bool first = true;
    for (const NetworkNode& n : net.nodes) {
      if (n.bloc != b) continue;
      out += first ? " " : ", ";
      first = false;
      const std::string name = ActorName(n.actor);
      out += name == n.actor ? name : name + " (" + n.actor + ")";
    }
    out += "\n";
  }
  // How blocs stand to each other: the Goldstein sum and count of the edges between them.
  std::map<std::pair<int, int>, std::pair<double, int64_t>> between;
  for (const NetworkEdge& e : net.edges) {
    int x = net.nodes[e.a].bloc, y = net.nodes[e.b].bloc;
    if (x == y) continue;
    if (x > y) std::swap(x, y);
    between[{x, y}].first += e.weight;
    between[{x, y}].second += e.events;
  }
  for (const auto& [pair, sum] : between) {
    out += "Bloc " + std::to_string(pair.first) + " - Bloc " + std::to_string(pair.second) + ": " +
           (sum.first < 0   ? "conflict"
            : sum.first > 0 ? "cooperation"
                            : "neutral") +
           " (" + std::to_string(sum.second) + " events, Goldstein sum " +
           Fixed(sum.first, "%+.1f") + ")\n";
  }
  return out;
}

}  // namespace entente
