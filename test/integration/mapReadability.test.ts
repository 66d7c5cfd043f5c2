import {
  areaKey,
  assignCommunityColors,
  CommunityList,
  communityColor,
  DEFAULT_VIEW_LINKS,
  GraphPayload,
} from "@paperkg/core";
import { measureLayout } from "@paperkg/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";

/**
 * The map as served: the positions `GET /api/graph` answers and the colours the web app paints
 * them in (`assignCommunityColors` over `GET /api/communities`), measured the way `bench:map`
 * measures the stored layout. Issue 13's floors: kNN(10) purity and centroid share ≥ 0.80.
 */
describe("the served samples map reads as regions", () => {
  const server = serveIngested(["data/samples"]);
  let communities: CommunityList;
  let colors: Map<number, string>;

  beforeAll(async () => {
    communities = CommunityList.parse((await server.get("/api/communities")).body);
    colors = assignCommunityColors(
      communities.communities.map((c) => ({
        id: c.id,
        x: c.x ?? Number.NaN,
        y: c.y ?? Number.NaN,
        size: c.size,
      })),
    );
  });

  const placed = (payload: GraphPayload, colorOf: (c: number) => string) =>
    payload.nodes.map((n) => ({
      x: n.attributes.x,
      y: n.attributes.y,
      community: n.attributes.community ?? -1,
      color: colorOf(n.attributes.community ?? -1),
    }));

  it("default view: communities are regions and touching regions get different colours", async () => {
    const payload = GraphPayload.parse((await server.get("/api/graph")).body);
    expect(payload.nodes.length).toBeGreaterThan(900);
    const q = measureLayout(placed(payload, (c) => colors.get(c) ?? communityColor(c)));
    console.info(`served samples map: ${JSON.stringify(q)}`);
    expect(q.knnPurity).toBeGreaterThanOrEqual(0.8);
    expect(q.centroidShare).toBeGreaterThanOrEqual(0.8);
    expect(q.knnPurity).toBeGreaterThan(q.knnChance * 5);
    expect(q.colorClash).toBeLessThanOrEqual(0.02);
  });

  it("each community's stored centroid is the mean of the positions served for it", async () => {
    const payload = GraphPayload.parse((await server.get("/api/graph?limit=50000")).body);
    const sums = new Map<number, { x: number; y: number; n: number }>();
    for (const n of payload.nodes) {
      const s = sums.get(n.attributes.community ?? -1) ?? { x: 0, y: 0, n: 0 };
      s.x += n.attributes.x;
      s.y += n.attributes.y;
      s.n++;
      sums.set(n.attributes.community ?? -1, s);
    }
    const span = Math.max(...payload.nodes.map((n) => Math.abs(n.attributes.x)));
    for (const c of communities.communities) {
      const s = sums.get(c.id);
      expect(s, `community ${c.id} has no node on the map`).toBeDefined();
      expect(Math.hypot(c.x! - s!.x / s!.n, c.y! - s!.y / s!.n)).toBeLessThan(span * 0.05);
    }
  });

  it("communities view: communities of one area sit near each other", async () => {
    const payload = GraphPayload.parse((await server.get("/api/graph?view=communities")).body);
    const areaOf = new Map(communities.communities.map((c) => [c.id, c.area ?? -1]));
    const q = measureLayout(
      payload.nodes.map((n) => ({
        x: n.attributes.x,
        y: n.attributes.y,
        community: areaOf.get(n.attributes.community ?? -1) ?? -1,
      })),
      3,
    );
    console.info(`served communities view, area purity: ${JSON.stringify(q)}`);
    expect(q.knnPurity).toBeGreaterThan(q.knnChance * 2);
  });

  /** Links per node of a payload. */
  const degrees = (payload: GraphPayload) => {
    const d = new Map<string, number>(payload.nodes.map((n) => [n.key, 0]));
    for (const e of payload.edges) for (const k of [e.source, e.target]) d.set(k, (d.get(k) ?? 0) + 1);
    return [...d.values()];
  };

  it("areas view: one node per stored area with its label and size, each with at most 6 links", async () => {
    const payload = GraphPayload.parse((await server.get("/api/graph?view=areas")).body);
    const stored = await server.cypher<{ id: number; label: string; papers: number }>(
      "MATCH (a:Area) RETURN a.id AS id, a.label AS label, a.papers AS papers",
    );
    expect(stored.length).toBeGreaterThan(1);
    expect(payload.nodes.map((n) => n.key).sort()).toEqual(stored.map((a) => areaKey(a.id)).sort());
    for (const a of stored) {
      const node = payload.nodes.find((n) => n.key === areaKey(a.id))!;
      expect(node.attributes).toMatchObject({
        kind: "area",
        area: a.id,
        label: a.label,
        paperCount: a.papers,
      });
    }
    expect(payload.edges.length).toBeGreaterThan(0);
    expect(Math.max(...degrees(payload))).toBeLessThanOrEqual(DEFAULT_VIEW_LINKS);
    expect(DEFAULT_VIEW_LINKS).toBeLessThanOrEqual(6);
  });

  it("an area's communities: exactly the communities stored in it, at most 6 links each", async () => {
    const [area] = await server.cypher<{ id: number; n: number }>(
      "MATCH (c:Community) WHERE c.area IS NOT NULL RETURN c.area AS id, count(c) AS n ORDER BY n DESC, id LIMIT 1",
    );
    const payload = GraphPayload.parse(
      (await server.get(`/api/graph?view=communities&area=${area!.id}`)).body,
    );
    const inArea = communities.communities.filter((c) => c.area === area!.id).map((c) => `community:${c.id}`);
    expect(payload.nodes.map((n) => n.key).sort()).toEqual(inArea.sort());
    expect(payload.nodes.every((n) => n.attributes.area === area!.id)).toBe(true);
    const all = GraphPayload.parse((await server.get("/api/graph?view=communities")).body);
    for (const view of [payload, all])
      expect(Math.max(...degrees(view))).toBeLessThanOrEqual(DEFAULT_VIEW_LINKS);
    // More candidates exist than the view draws: the cap is what keeps it from being a hairball.
    const [stored] = await server.cypher<{ n: number }>(
      "MATCH (:Community)-[r:LINKS]->(:Community) RETURN count(r) AS n",
    );
    expect(stored!.n).toBeGreaterThan(all.edges.length);
  });
});
