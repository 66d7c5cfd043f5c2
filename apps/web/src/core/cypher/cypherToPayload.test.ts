import { describe, expect, it } from "vitest";
import { cypherToPayload } from "./cypherToPayload.ts";

describe("cypherToPayload", () => {
  it("keys nodes by their id property and maps relationships onto them", () => {
    const p = cypherToPayload({
      nodes: [
        {
          id: "4:a:1",
          labels: ["Paper"],
          properties: { id: "2501.1", title: "A paper", x: 3, y: 4, community: 2 },
        },
        { id: "4:a:2", labels: ["Benchmark"], properties: { id: "benchmark:gsm8k", name: "GSM8K" } },
        { id: "4:a:3", labels: ["Paper"], properties: { id: "2501.1", title: "duplicate row" } },
        { id: "4:a:4", labels: ["Thing"], properties: {} },
      ],
      edges: [
        { id: "5:1", type: "EVALUATES_ON", source: "4:a:1", target: "4:a:2", properties: {} },
        { id: "5:2", type: "EVALUATES_ON", source: "4:a:3", target: "4:a:2", properties: {} },
        { id: "5:3", type: "X", source: "4:a:9", target: "4:a:2", properties: {} },
      ],
    });
    expect(p.nodes.map((n) => n.key)).toEqual(["2501.1", "benchmark:gsm8k", "neo4j:4:a:4"]);
    expect(p.nodes[0]!.attributes).toMatchObject({
      label: "A paper",
      kind: "paper",
      x: 3,
      y: 4,
      community: 2,
    });
    expect(p.nodes[1]!.attributes.kind).toBe("benchmark");
    expect(p.nodes[2]!.attributes.kind).toBe("concept");
    expect(p.edges).toHaveLength(1);
    expect(p.cypher).toBeUndefined();
  });

  it("keeps community keys and the query that made the payload", () => {
    const cypher = { query: "MATCH (n:Community) RETURN n", params: {} };
    const p = cypherToPayload(
      {
        nodes: [
          { id: "community:3", labels: ["Community"], properties: { id: 3, label: "RL", size: 9 } },
          { id: "community:4", labels: ["Community"], properties: { id: 4, label: "Vision", size: 5 } },
        ],
        edges: [{ id: "5:9", type: "LINKS", source: "community:3", target: "community:4", properties: {} }],
      },
      cypher,
    );
    expect(p.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
      ["community:3", "community", "RL"],
      ["community:4", "community", "Vision"],
    ]);
    expect(p.edges.map((e) => [e.source, e.target])).toEqual([["community:3", "community:4"]]);
    expect(p.cypher).toEqual(cypher);
  });
});
