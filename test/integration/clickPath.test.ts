import { GraphPayload, NodeDetail, NodePapers, SearchResult } from "@paperkg/core";
import {
  decodePaperCursor,
  type IndexWalk,
  type PaperCursor,
  readNeighbors,
  readNodePapers,
} from "@paperkg/store";
import { beforeAll, describe, expect, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";

/** The click path on the samples graph: search ranking, an entity's papers paged by cursor, a hub's neighbours. */
describe("click path: search ranking, paged papers, neighbours of a hub", () => {
  const g = serveIngested(["data/samples"]);
  const get = g.get;
  const cypher = g.cypher;
  /** The sample entity with the most papers, and those papers (hand-written Cypher). */
  let hub: { id: string; papers: { id: string; published: string | null }[] };

  beforeAll(async () => {
    const [top] = await cypher(
      "MATCH (e)<--(p:Paper) WHERE NOT e:Community RETURN e.id AS id, count(DISTINCT p) AS n ORDER BY n DESC, id LIMIT 1",
    );
    const papers = await cypher(
      "MATCH (e {id: $id})<--(p:Paper) RETURN DISTINCT p.id AS id, p.published AS published",
      {
        id: top!.id,
      },
    );
    hub = { id: String(top!.id), papers: papers as typeof hub.papers };
  });

  const search = async (q: string) =>
    SearchResult.parse((await get(`/api/search?q=${encodeURIComponent(q)}`)).body).results.map(
      (r) => r.label,
    );

  it("ranks the paper titled exactly as typed above papers whose titles contain the words", async () => {
    const cases: [query: string, first: string, below: string][] = [
      [
        "Self-Rewarding Language Models",
        "Self-Rewarding Language Models",
        "Process-based Self-Rewarding Language Models",
      ],
      [
        "self-rewarding language models",
        "Self-Rewarding Language Models",
        "Process-based Self-Rewarding Language Models",
      ],
      [
        "SSR-Zero: Simple Self-Rewarding Reinforcement Learning for Machine Translation",
        "SSR-Zero: Simple Self-Rewarding Reinforcement Learning for Machine Translation",
        "Self-Rewarding Language Models",
      ],
    ];
    for (const [query, first, below] of cases) {
      const labels = await search(query);
      expect(labels[0], query).toBe(first);
      if (labels.includes(below)) expect(labels.indexOf(below), query).toBeGreaterThan(0);
    }
    expect((await search("GSM8K"))[0]).toBe("GSM8K");
  });

  it("still tolerates typos in titles and names", async () => {
    const labels = await search("self-rewardng langauge modls");
    expect(labels).toContain("Self-Rewarding Language Models");
  });

  it("pages an entity's papers newest first by cursor: every paper once, the total up front", async () => {
    const detail = NodeDetail.parse((await get(`/api/nodes/${encodeURIComponent(hub.id)}?limit=7`)).body);
    expect(detail.paperTotal).toBe(hub.papers.length);
    expect(detail.papers).toHaveLength(Math.min(7, hub.papers.length));
    expect(detail.nextCursor !== null).toBe(hub.papers.length > 7);
    const seen = detail.papers.map((p) => p.id);
    let cursor = detail.nextCursor;
    while (cursor) {
      const page = NodePapers.parse(
        (await get(`/api/nodes/${encodeURIComponent(hub.id)}/papers?limit=7&cursor=${cursor}`)).body,
      );
      expect(page.total).toBe(hub.papers.length);
      seen.push(...page.papers.map((p) => p.id));
      cursor = page.nextCursor;
    }
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(hub.papers.map((p) => p.id)));
    const day = new Map(hub.papers.map((p) => [p.id, p.published ?? ""]));
    const days = seen.map((id) => day.get(id)!);
    expect(days).toEqual([...days].sort().reverse());
  });

  it("reads the same pages by walking the date index as by expanding the links", async () => {
    const pages = async (walk: IndexWalk) => {
      const ids: string[] = [];
      let after: PaperCursor | null = null;
      for (;;) {
        const page = await readNodePapers(g.driver, g.database, hub.id, { limit: 5, after, walk });
        ids.push(...page!.papers.map((p) => p.id));
        if (!page!.nextCursor) return ids;
        after = decodePaperCursor(page!.nextCursor);
      }
    };
    const walked = await pages("index");
    expect(walked.length).toBeGreaterThan(5);
    expect(walked).toEqual(await pages("expand"));
  });

  it("refuses a cursor it did not make", async () => {
    const res = await get(
      `/api/nodes/${encodeURIComponent(hub.id)}/papers?cursor=${encodeURIComponent("not a cursor")}`,
    );
    expect(res.status).toBe(400);
  });

  it("expands a hub to its most central papers first, by either read", async () => {
    const ranks = new Map(
      (await cypher("MATCH (p:Paper) RETURN p.id AS id, p.pagerank AS pr")).map((r) => [
        String(r.id),
        Number(r.pr),
      ]),
    );
    for (const walk of ["index", "expand"] as const) {
      const graph = GraphPayload.parse(
        await readNeighbors(g.driver, g.database, hub.id, { depth: 1, types: [], limit: 5, walk }),
      );
      const picked = graph.nodes.map((n) => n.key).filter((k) => k !== hub.id);
      expect(picked).toHaveLength(5);
      expect(graph.attributes.totalNodes).toBe(hub.papers.length + 1);
      const rest = hub.papers.map((p) => p.id).filter((id) => !picked.includes(id));
      const lowestPicked = Math.min(...picked.map((id) => ranks.get(id)!));
      expect(rest.every((id) => ranks.get(id)! <= lowestPicked)).toBe(true);
      expect(graph.edges.every((e) => e.source === hub.id || e.target === hub.id)).toBe(true);
      const linked = new Set(graph.edges.map((e) => (e.source === hub.id ? e.target : e.source)));
      expect(linked).toEqual(new Set(picked));
    }
    const http = GraphPayload.parse(
      (await get(`/api/nodes/${encodeURIComponent(hub.id)}/neighbors?limit=5`)).body,
    );
    expect(http.nodes).toHaveLength(6);
  });
});
