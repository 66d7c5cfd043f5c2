import { describe, expect, it } from "vitest";
import type { GraphPayload } from "./api.ts";
import { PackedCommunities, packCommunities, unpackCommunities } from "./PackedCommunities.ts";

const overview: GraphPayload = {
  options: { type: "undirected", multi: false, allowSelfLoops: false },
  attributes: { view: "communities", truncated: true, totalNodes: 9 },
  nodes: [
    {
      key: "community:4",
      attributes: {
        label: "diffusion · image generation",
        kind: "community",
        community: 4,
        x: 12.345,
        y: -7.06,
        pagerank: 30,
        paperCount: 11,
        published: null,
        area: 2,
      },
    },
    {
      key: "community:8",
      attributes: {
        label: "speech",
        kind: "community",
        community: 8,
        x: 0,
        y: 1,
        pagerank: 5,
        paperCount: null,
        published: null,
      },
    },
  ],
  edges: [
    {
      key: "community:4|LINKS|community:8",
      source: "community:4",
      target: "community:8",
      attributes: { type: "LINKS", weight: 118.139247 },
    },
  ],
};

describe("packCommunities / unpackCommunities", () => {
  it("packs the overview into rows and gives back every key, field and link", () => {
    const packed = PackedCommunities.parse(JSON.parse(JSON.stringify(packCommunities(overview))));
    expect(packed.communities).toEqual([
      [4, "diffusion · image generation", 12.3, -7.1, 30, 11, 2],
      [8, "speech", 0, 1, 5, null, null],
    ]);
    expect(packed.links).toEqual([[4, 8, 118]]);
    const back = unpackCommunities(packed);
    expect(back.attributes).toEqual(overview.attributes);
    expect(back.nodes.map((n) => n.key)).toEqual(["community:4", "community:8"]);
    expect(back.nodes[0]!.attributes).toEqual({ ...overview.nodes[0]!.attributes, x: 12.3, y: -7.1 });
    expect(back.nodes[1]!.attributes).toEqual(overview.nodes[1]!.attributes);
    expect(back.edges).toEqual([{ ...overview.edges[0]!, attributes: { type: "LINKS", weight: 118 } }]);
  });
});
