// LEMON's network simplex on a min-cost flow instance in DIMACS form, for bench:match (tests/bench/match.ts).
// Reads "p min NODES ARCS", "n ID SUPPLY" and "a TAIL HEAD LOW CAP COST" lines (nodes numbered from 1),
// builds a ListDigraph, runs NetworkSimplex, and prints one JSON line: the minimum cost, the solve time
// (run() alone) and the build time (graph and maps from the parsed arrays), in milliseconds.
#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace lemon;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: lemon_mcf FILE\n"); return 2; }
  std::FILE* in = std::fopen(argv[1], "r");
  if (!in) { std::perror(argv[1]); return 2; }
  long nodes = 0, arcs = 0;
  std::vector<long> supplyNode, supplyValue, tail, head, cap, cost;
  char line[256];
  while (std::fgets(line, sizeof line, in)) {
    if (line[0] == 'p') std::sscanf(line, "p min %ld %ld", &nodes, &arcs);
    else if (line[0] == 'n') { long id, s; std::sscanf(line, "n %ld %ld", &id, &s); supplyNode.push_back(id); supplyValue.push_back(s); }
    else if (line[0] == 'a') { long t, h, lo, c, w; std::sscanf(line, "a %ld %ld %ld %ld %ld", &t, &h, &lo, &c, &w); tail.push_back(t); head.push_back(h); cap.push_back(c); cost.push_back(w); }
  }
  std::fclose(in);
  auto built = Clock::now();
  ListDigraph g;
  g.reserveNode(nodes);
  g.reserveArc(tail.size());
  std::vector<ListDigraph::Node> node(nodes + 1);
  for (long v = 1; v <= nodes; v++) node[v] = g.addNode();
  ListDigraph::ArcMap<long> capMap(g), costMap(g);
  for (size_t k = 0; k < tail.size(); k++) {
    ListDigraph::Arc a = g.addArc(node[tail[k]], node[head[k]]);
    capMap[a] = cap[k];
    costMap[a] = cost[k];
  }
  ListDigraph::NodeMap<long> supply(g, 0);
  for (size_t k = 0; k < supplyNode.size(); k++) supply[node[supplyNode[k]]] = supplyValue[k];
  auto solving = Clock::now();
  NetworkSimplex<ListDigraph, long, long> ns(g);
  ns.upperMap(capMap).costMap(costMap).supplyMap(supply);
  NetworkSimplex<ListDigraph, long, long>::ProblemType result = ns.run();
  auto done = Clock::now();
  auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  if (result != NetworkSimplex<ListDigraph, long, long>::OPTIMAL) { std::printf("{\"error\":\"not optimal (%d)\"}\n", (int)result); return 1; }
  std::printf("{\"cost\":%ld,\"solveMs\":%.3f,\"buildMs\":%.3f,\"nodes\":%ld,\"arcs\":%zu}\n", (long)ns.totalCost(), ms(done - solving), ms(solving - built), nodes, tail.size());
  return 0;
}
