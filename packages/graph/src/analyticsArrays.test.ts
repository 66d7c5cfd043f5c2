import { describe, expect, it } from "vitest";
import { analyticsArrays } from "./analyticsArrays.ts";
import { buildAnalyticsGraph } from "./buildAnalyticsGraph.ts";
import { DEFAULT_ANALYTICS_OPTIONS } from "./computeAnalytics.ts";
import { coreGraph } from "./coreGraph.ts";
import { findHubs } from "./findHubs.ts";
import { plantedSnapshot } from "./plantedSnapshot.testSupport.ts";

// The arrays are the graphology analytics graph in another form: same nodes, edges, weights, hubs.

const { snapshot } = plantedSnapshot(16);
// a second link between a pair already linked (another relation): one edge, the last link's weight
const first = snapshot.links.find((l) => l.entity.startsWith("benchmark:"))!;
snapshot.links.push({ ...first, type: "MENTIONS" });
// a link to an entity not in the snapshot is left out, as buildAnalyticsGraph leaves it
snapshot.links.push({ ...first, entity: "benchmark:missing" });

describe("analyticsArrays", () => {
  const arrays = analyticsArrays(snapshot, DEFAULT_ANALYTICS_OPTIONS);
  const graph = buildAnalyticsGraph(snapshot);
  const hubs = findHubs(graph, DEFAULT_ANALYTICS_OPTIONS);
  const core = coreGraph(graph, hubs);

  it("holds the nodes in graph order, papers first, with their kinds and the same hubs", () => {
    expect(arrays.ids).toEqual(graph.nodes());
    expect(arrays.papers).toBe(snapshot.papers.length);
    expect(arrays.kind).toEqual(graph.mapNodes((_n, a) => a.kind));
    expect(arrays.hubs).toEqual(hubs);
    expect(hubs.size).toBeGreaterThan(0);
  });

  it("holds each node's neighbours with the link and core weights of the graphs", () => {
    for (let node = 0; node < arrays.ids.length; node++) {
      const id = arrays.ids[node]!;
      const seen: [string, number, number][] = [];
      for (let k = arrays.offset[node]!; k < arrays.offset[node + 1]!; k++) {
        const e = arrays.edgeOf[k]!;
        seen.push([arrays.ids[arrays.neighbour[k]!]!, arrays.weight[e]!, arrays.coreWeight[e]!]);
      }
      const expected: [string, number, number][] = [];
      graph.forEachEdge(id, (_edge, attrs, source, target) => {
        const other = source === id ? target : source;
        const coreEdge = core.hasNode(id) && core.hasNode(other) ? core.edge(id, other) : undefined;
        expected.push([other, attrs.weight, coreEdge ? core.getEdgeAttribute(coreEdge, "weight") : 0]);
      });
      expect(seen, id).toEqual(expected);
    }
    expect(arrays.weight.length).toBe(graph.size);
    const paper = arrays.index.get(first.paper)!;
    const edge = [...arrays.edgeOf.slice(arrays.offset[paper]!, arrays.offset[paper + 1]!)].find(
      (e) => arrays.ids[arrays.edgeEntity[e]!] === first.entity,
    )!;
    expect(arrays.weight[edge]).toBe(0.5);
  });
});
