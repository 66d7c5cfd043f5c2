import { z } from "zod";
import type { GraphPayload } from "./api.ts";
import { communityKey, parseCommunityKey } from "./codecs/communityKey.ts";
import { DERIVED_EDGE_TYPES } from "./kinds.ts";
import { ViewCypher } from "./ViewCypher.ts";

/** One community: id, label, x, y, size (members), papers, area (null when none). */
const PackedCommunity = z.tuple([
  z.number().int(),
  z.string(),
  z.number(),
  z.number(),
  z.number(),
  z.number().int().nullable(),
  z.number().int().nullable(),
]);
/** One drawn link between two communities: source id, target id, weight. */
const PackedLink = z.tuple([z.number().int(), z.number().int(), z.number()]);

/**
 * `GET /api/graph?view=communities&packed=1`: the overview in rows instead of graphology's
 * serialisation, a quarter of its bytes on the corpus (every field a community node carries is
 * here; keys and link keys follow from the ids). `unpackCommunities` gives the `GraphPayload` back.
 */
export const PackedCommunities = z.object({
  packed: z.literal(1),
  truncated: z.boolean(),
  totalNodes: z.number().int(),
  communities: z.array(PackedCommunity),
  links: z.array(PackedLink),
  cypher: ViewCypher.optional(),
});
export type PackedCommunities = z.infer<typeof PackedCommunities>;

/** Coordinates to a tenth of a map unit; weights to three significant digits (only drawn as widths). */
const tenth = (v: number) => Math.round(v * 10) / 10;
const threeDigits = (v: number) => Number(v.toPrecision(3));

/** The communities view in rows (other nodes and links, which that view never holds, are dropped). */
export function packCommunities(graph: GraphPayload): PackedCommunities {
  const communities: PackedCommunities["communities"] = [];
  for (const n of graph.nodes) {
    const id = parseCommunityKey(n.key);
    if (id === null) continue;
    const a = n.attributes;
    communities.push([id, a.label, tenth(a.x), tenth(a.y), a.pagerank, a.paperCount, a.area ?? null]);
  }
  const links: PackedCommunities["links"] = [];
  for (const e of graph.edges) {
    const s = parseCommunityKey(e.source);
    const t = parseCommunityKey(e.target);
    if (s !== null && t !== null) links.push([s, t, threeDigits(e.attributes.weight)]);
  }
  return {
    packed: 1,
    truncated: graph.attributes.truncated,
    totalNodes: graph.attributes.totalNodes,
    communities,
    links,
    ...(graph.cypher ? { cypher: graph.cypher } : {}),
  };
}

/** The `GraphPayload` a packed communities view stands for. */
export function unpackCommunities(packed: PackedCommunities): GraphPayload {
  const type = DERIVED_EDGE_TYPES.links;
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { view: "communities", truncated: packed.truncated, totalNodes: packed.totalNodes },
    nodes: packed.communities.map(([id, label, x, y, size, papers, area]) => ({
      key: communityKey(id),
      attributes: {
        label,
        kind: "community",
        community: id,
        x,
        y,
        pagerank: size,
        paperCount: papers,
        published: null,
        ...(area === null ? {} : { area }),
      },
    })),
    edges: packed.links.map(([s, t, weight]) => {
      const source = communityKey(s);
      const target = communityKey(t);
      return { key: `${source}|${type}|${target}`, source, target, attributes: { type, weight } };
    }),
    ...(packed.cypher ? { cypher: packed.cypher } : {}),
  };
}
