import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PIPELINE_STAGES, type PipelineEvent, runIngest } from "@paperkg/pipeline";
import { contentFingerprint, openDriver, runCypher } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

/** The pipeline as a library, in process, against the real test Neo4j. */
describe("@paperkg/pipeline runIngest", () => {
  const conn = inject("neo4j");
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = openDriver(conn);
    dir = mkdtempSync(join(tmpdir(), "paperkg-pipeline-"));
  });
  afterAll(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports every stage in order, with progress that reaches its totals", async () => {
    await wipeDatabase(driver, conn.database);
    const events: PipelineEvent[] = [];
    const report = await runIngest({
      inputs: ["data/samples"],
      connection: conn,
      onEvent: (e) => events.push(e),
    });
    expect(report.papersInGraph).toBe(261);

    const bounds = events.filter((e) => e.type === "stage-start" || e.type === "stage-end");
    expect(bounds.map((e) => `${e.type}:${e.stage}`)).toEqual(
      PIPELINE_STAGES.flatMap((s) => [`stage-start:${s}`, `stage-end:${s}`]),
    );

    const last = new Map<string, { done: number; total: number }>();
    let open: string | null = null;
    for (const e of events) {
      if (e.type === "stage-start") open = e.stage;
      if (e.type === "stage-end") open = null;
      if (e.type !== "progress") continue;
      expect(e.stage, "progress only inside its stage").toBe(open);
      const key = `${e.stage}/${e.step}`;
      const before = last.get(key);
      if (before) expect(e.done, key).toBeGreaterThanOrEqual(before.done);
      expect(e.done, key).toBeLessThanOrEqual(e.total);
      last.set(key, { done: e.done, total: e.total });
    }
    expect(last.get("extract/papers")).toEqual({ done: 261, total: 261 });
    for (const step of ["papers", "entities", "links"]) {
      const p = last.get(`load/${step}`);
      expect(p, step).toBeDefined();
      expect(p?.done, step).toBe(p?.total);
    }
    expect(last.get("load/papers")?.total).toBe(261);
    const placements = last.get("store-analytics/placements");
    expect(placements?.done).toBe(placements?.total);
    expect(placements?.total).toBe(report.analytics.placements.length);
  });

  it("a title-only paper stored earlier merges into its arXiv record ingested later, as in one run", async () => {
    const abstract = "We study a method for learning sparse attention patterns on long documents.";
    const titleOnly = join(dir, "listing.jsonl");
    const arxiv = join(dir, "arxiv.jsonl");
    writeFileSync(
      titleOnly,
      `${JSON.stringify({ title: "Sparse Attention for Long Documents", abstract })}\n`,
    );
    writeFileSync(
      arxiv,
      `${JSON.stringify({
        arxiv_id: "2401.00001",
        title: "Sparse attention for long documents",
        abstract: `${abstract} Experiments on arXiv summarisation show gains.`,
      })}\n`,
    );
    const papers = async () =>
      (
        await runCypher(
          driver,
          "MATCH (p:Paper) RETURN p.id AS id, p.title AS title ORDER BY id",
          {},
          {
            database: conn.database,
          },
        )
      ).rows;

    await wipeDatabase(driver, conn.database);
    await runIngest({ inputs: [titleOnly, arxiv], connection: conn });
    const together = await contentFingerprint(driver, conn.database);
    expect(await papers()).toEqual([{ id: "2401.00001", title: "Sparse Attention for Long Documents" }]);

    await wipeDatabase(driver, conn.database);
    await runIngest({ inputs: [titleOnly], connection: conn });
    expect((await papers()).map((p) => p.id)).toEqual([expect.stringMatching(/^title:/)]);
    const report = await runIngest({ inputs: [arxiv], connection: conn });
    expect(report.papersMergedAway).toBe(1);
    expect(await papers()).toEqual([{ id: "2401.00001", title: "Sparse Attention for Long Documents" }]);
    expect(await contentFingerprint(driver, conn.database)).toEqual(together);
  });
});
