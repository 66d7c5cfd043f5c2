import { PAPER_LINKS, Rising, Trends } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";

/** `GET /api/trends` and `/api/trends/rising` over the samples plus the dated corpus slice. */
describe("trends over publication dates", () => {
  const g = serveIngested(["data/samples", "test/fixtures/corpus/slice.jsonl"]);
  const get = g.get;
  const cypher = g.cypher;

  it("counts per bucket add up to the entity's dated papers, at every bucket size", async () => {
    const top = (await cypher(
      `MATCH (e)<-[:${PAPER_LINKS}]-(p:Paper) WHERE p.published IS NOT NULL
       WITH e, count(DISTINCT p) AS n ORDER BY n DESC, e.id LIMIT 2 RETURN e.id AS id, n`,
    )) as { id: string; n: number }[];
    const ids = top.map((t) => t.id).join(",");
    const months = Trends.parse((await get(`/api/trends?ids=${encodeURIComponent(ids)}`)).body);
    expect(months.series.map((s) => s.id)).toEqual(top.map((t) => t.id));
    for (const [i, s] of months.series.entries()) {
      expect(
        s.counts.reduce((a, b) => a + b, 0),
        s.id,
      ).toBe(top[i]!.n);
      expect(s.counts).toHaveLength(months.buckets.length);
    }
    expect(months.buckets).toEqual([...months.buckets].sort());
    const [{ first, last }] = (await cypher(
      "MATCH (p:Paper) WHERE p.published IS NOT NULL RETURN min(substring(p.published, 0, 7)) AS first, max(substring(p.published, 0, 7)) AS last",
    )) as [{ first: string; last: string }];
    expect(months.buckets[0]! >= first && months.buckets.at(-1)! <= last).toBe(true);
    for (const bucket of ["quarter", "year"]) {
      const coarse = Trends.parse(
        (await get(`/api/trends?ids=${encodeURIComponent(ids)}&bucket=${bucket}`)).body,
      );
      expect(coarse.series.map((s) => s.counts.reduce((a, b) => a + b, 0))).toEqual(top.map((t) => t.n));
    }
  });

  it("takes community keys, and names unknown ids in a 400", async () => {
    const [{ c, n }] = (await cypher(
      "MATCH (p:Paper) WHERE p.published IS NOT NULL RETURN p.community AS c, count(*) AS n ORDER BY n DESC LIMIT 1",
    )) as [{ c: number; n: number }];
    const trends = Trends.parse((await get(`/api/trends?ids=community:${c}`)).body);
    expect(trends.series[0]!.counts.reduce((a, b) => a + b, 0)).toBe(n);
    for (const query of [
      "ids=benchmark:none",
      "ids=community:999999",
      "ids=",
      "bucket=week&ids=community:0",
    ]) {
      const { status, body } = await get(`/api/trends?${query}`);
      expect(status, query).toBe(400);
      expect((body.error as { message: string }).message, query).toMatch(/"ids"|"bucket"/);
    }
  });

  it("rising: shares of the last three months against the year before, both figures, biggest gain first", async () => {
    const rising = Rising.parse((await get("/api/trends/rising?minPapers=1&limit=100")).body);
    const { window } = rising;
    const [{ newest }] = (await cypher("MATCH (p:Paper) RETURN max(p.published) AS newest")) as [
      { newest: string },
    ];
    expect(window.to).toBe(newest);
    expect(window.recentPapers).toBeGreaterThan(0);
    const growth = rising.entities.map((e) => e.growth);
    expect(growth).toEqual([...growth].sort((a, b) => b - a));
    const first = rising.entities[0]!;
    const [{ recent, prior }] = (await cypher(
      `MATCH (p:Paper)-[:${PAPER_LINKS}]->({id: $id}) WHERE p.published > $priorFrom AND p.published <= $to
       RETURN count(DISTINCT CASE WHEN p.published > $recentFrom THEN p END) AS recent,
              count(DISTINCT CASE WHEN p.published <= $recentFrom THEN p END) AS prior`,
      { id: first.id, ...window },
    )) as [{ recent: number; prior: number }];
    expect([first.recent.papers, first.prior.papers]).toEqual([recent, prior]);
    expect(first.recent.share).toBeCloseTo(recent / window.recentPapers, 5);
    const models = Rising.parse((await get("/api/trends/rising?type=model&minPapers=1")).body);
    expect(models.entities.every((e) => e.type === "model")).toBe(true);
    expect((await get("/api/trends/rising?type=author")).status).toBe(400);
  });
});
