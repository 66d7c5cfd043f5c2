import { FinderResult, PAPER_LINKS, RelatedPapers } from "@paperkg/core";
import { toLuceneQuery } from "@paperkg/store";
import { describe, expect, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";

/**
 * `GET /api/papers` over the samples plus a dated slice of the corpus (150 papers listed
 * 2025-03 → 2026-06, with authors): every answer equals the set hand-written Cypher gives.
 */
describe("paper finder over the samples and a dated corpus slice", () => {
  const g = serveIngested(["data/samples", "test/fixtures/corpus/slice.jsonl"]);
  const get = g.get;
  const find = async (query: string) => {
    const res = await get(`/api/papers?${query}&limit=500`);
    expect(res.status, query).toBe(200);
    return FinderResult.parse(res.body);
  };
  const ids = async (query: string, params: Record<string, unknown> = {}) =>
    ((await g.cypher(query, params)) as { id: string }[]).map((r) => r.id).sort();

  /** The two entities of `type` with the most papers, and a pair of other-kind entities sharing papers. */
  const topEntities = async (label: string) =>
    (
      await g.cypher(
        `MATCH (e:${label})<-[:${PAPER_LINKS}]-(p:Paper) WITH e, count(DISTINCT p) AS n ORDER BY n DESC, e.id LIMIT 2 RETURN e.id AS id`,
        {},
      )
    ).map((r) => String(r.id));

  it("one facet: exactly the papers linked to the entity, each naming it as matched", async () => {
    const [benchmark] = await topEntities("Benchmark");
    const result = await find(`benchmark=${encodeURIComponent(benchmark!)}`);
    const expected = await ids(
      `MATCH (:Benchmark {id: $id})<-[:${PAPER_LINKS}]-(p:Paper) RETURN DISTINCT p.id AS id`,
      {
        id: benchmark,
      },
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(result.total).toBe(expected.length);
    expect(result.papers.map((p) => p.id).sort()).toEqual(expected);
    expect(
      result.papers.every((p) => p.matched.some((m) => m.id === benchmark && m.type === "benchmark")),
    ).toBe(true);
  });

  it("facets combine with AND, across facets and within one (repeated or comma-separated)", async () => {
    const [pair] = (await g.cypher(
      `MATCH (m:Method)<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(t:Task)
         WITH m, t, count(DISTINCT p) AS n WHERE n >= 2 RETURN m.id AS method, t.id AS task ORDER BY n DESC, method, task LIMIT 1`,
      {},
    )) as [{ method: string; task: string }];
    const both = await find(
      `method=${encodeURIComponent(pair.method)}&task=${encodeURIComponent(pair.task)}`,
    );
    const expected = await ids(
      `MATCH (:Method {id: $m})<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(:Task {id: $t}) RETURN DISTINCT p.id AS id`,
      { m: pair.method, t: pair.task },
    );
    expect(both.papers.map((p) => p.id).sort()).toEqual(expected);
    const onlyMethod = await find(`method=${encodeURIComponent(pair.method)}`);
    expect(onlyMethod.total).toBeGreaterThanOrEqual(both.total);

    const [a, b] = await topEntities("Concept");
    const expectedAb = await ids(
      `MATCH (:Concept {id: $a})<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(:Concept {id: $b}) RETURN DISTINCT p.id AS id`,
      { a, b },
    );
    const repeated = await find(`concept=${encodeURIComponent(a!)}&concept=${encodeURIComponent(b!)}`);
    const commas = await find(`concept=${encodeURIComponent(`${a},${b}`)}`);
    expect(repeated.papers.map((p) => p.id).sort()).toEqual(expectedAb);
    expect(commas.papers.map((p) => p.id).sort()).toEqual(expectedAb);
  });

  it("a date range keeps papers published inside it, bounds inclusive at month precision", async () => {
    const result = await find("from=2025-06&to=2025-09");
    const expected = await ids(
      "MATCH (p:Paper) WHERE p.published >= '2025-06-01' AND p.published <= '2025-09-31' RETURN p.id AS id",
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(result.papers.map((p) => p.id).sort()).toEqual(expected);
    expect(result.papers.every((p) => p.published! >= "2025-06-01" && p.published! < "2025-10-01")).toBe(
      true,
    );
    expect(result.papers.some((p) => p.authors.length > 0)).toBe(true);
  });

  it("full text goes through the paper index and combines with a community and dates", async () => {
    const lucene = toLuceneQuery("diffusion")!;
    const text = await find("q=diffusion");
    const expected = await ids(
      "CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node RETURN node.id AS id",
      { q: lucene },
    );
    expect(text.papers.map((p) => p.id).sort()).toEqual(expected);

    const [{ community }] = (await g.cypher(
      "MATCH (p:Paper) WHERE p.published >= '2025' RETURN p.community AS community, count(*) AS n ORDER BY n DESC LIMIT 1",
      {},
    )) as [{ community: number }];
    const combined = await find(`q=model&community=${community}&from=2025`);
    const expectedCombined = await ids(
      `CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node AS p
       WITH p WHERE p.community = $c AND p.published >= '2025-01-01' RETURN p.id AS id`,
      { q: toLuceneQuery("model"), c: community },
    );
    expect(expectedCombined.length).toBeGreaterThan(0);
    expect(combined.papers.map((p) => p.id).sort()).toEqual(expectedCombined);
    expect(combined.papers[0]?.matched).toContainEqual(expect.objectContaining({ type: "community" }));
  });

  it("sorts by date, title or pagerank, and pages add up to the whole", async () => {
    const all = await find("sort=date");
    const dates = all.papers.map((p) => p.published ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const titles = (await find("sort=title")).papers.map((p) => p.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const ranked = (await find("sort=pagerank")).papers.map((p) => p.id);
    const ranks = (await g.cypher("MATCH (p:Paper) RETURN p.id AS id, p.pagerank AS r", {})) as {
      id: string;
      r: number;
    }[];
    const rankOf = new Map(ranks.map((r) => [r.id, r.r]));
    const values = ranked.map((id) => rankOf.get(id)!);
    expect(values).toEqual([...values].sort((x, y) => y - x));

    const pages: string[] = [];
    for (let offset = 0; offset < 120; offset += 40) {
      const page = FinderResult.parse((await get(`/api/papers?sort=title&limit=40&offset=${offset}`)).body);
      expect(page.total).toBe(all.total);
      pages.push(...page.papers.map((p) => p.id));
    }
    expect(pages).toEqual((await find("sort=title")).papers.slice(0, 120).map((p) => p.id));
  });

  it("bad input: unknown or wrong-kind ids and from > to are 400 naming the parameter; no match is empty", async () => {
    const [benchmark] = await topEntities("Benchmark");
    const cases: [string, string][] = [
      ["benchmark=benchmark:no-such-thing", "benchmark"],
      [`method=${encodeURIComponent(benchmark!)}`, "method"],
      ["community=99999", "community"],
      ["community=x", "community"],
      ["from=2026-01&to=2025-12", "from"],
      ["limit=501", "limit"],
      ["sort=citations", "sort"],
    ];
    for (const [query, param] of cases) {
      const { status, body } = await get(`/api/papers?${query}`);
      expect(status, query).toBe(400);
      expect((body.error as { message: string }).message, query).toContain(`"${param}"`);
    }
    const none = await get("/api/papers?q=zzqxvwwk&from=2025");
    expect(none).toMatchObject({ status: 200, body: { total: 0, papers: [] } });
  });

  it("related papers share what they list, rarer entities first, hubs left out; 404 for an unknown paper", async () => {
    const [{ id }] = (await g.cypher(
      `MATCH (p:Paper)-[:${PAPER_LINKS}]->(e)<-[:${PAPER_LINKS}]-(q:Paper) WHERE q <> p AND NOT coalesce(e.hub, false)
         WITH p, count(DISTINCT q) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id`,
      {},
    )) as [{ id: string }];
    const res = await get(`/api/papers/${encodeURIComponent(id)}/related?limit=100`);
    expect(res.status).toBe(200);
    const related = RelatedPapers.parse(res.body);
    const expected = await ids(
      `MATCH (p:Paper {id: $id})-[:${PAPER_LINKS}]->(e)<-[:${PAPER_LINKS}]-(q:Paper)
       WHERE q <> p AND NOT coalesce(e.hub, false) RETURN DISTINCT q.id AS id`,
      { id },
    );
    expect(related.papers).toHaveLength(Math.min(100, expected.length));
    expect(related.papers.every((p) => expected.includes(p.id))).toBe(true);
    const scores = related.papers.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const other of related.papers.slice(0, 5)) {
      const shared = await ids(
        `MATCH (:Paper {id: $a})-[:${PAPER_LINKS}]->(e)<-[:${PAPER_LINKS}]-(:Paper {id: $b})
         WHERE NOT coalesce(e.hub, false) RETURN DISTINCT e.id AS id`,
        { a: id, b: other.id },
      );
      expect(other.shared.map((e) => e.id).sort()).toEqual(shared);
    }
    expect((await get("/api/papers/no-such-paper/related")).status).toBe(404);
    expect((await get(`/api/papers/${encodeURIComponent(id)}/related?limit=0`)).status).toBe(400);
  });
});
