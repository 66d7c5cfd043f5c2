import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromPaperNode } from "@paperkg/graph";
import { FilePapersCache, FilePlacementsCache, type PipelineEvent, runIngest } from "@paperkg/pipeline";
import {
  beginSnapshot,
  contentFingerprint,
  graphFingerprint,
  lastSnapshot,
  openDriver,
  readChanges,
  readPlacements,
  readStoredPapers,
  sortGroups,
} from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { killIngestDuring } from "../helpers/killIngestDuring.ts";
import { ingestWithCli, neo4jEnv } from "../helpers/runCli.ts";
import { KEPT, NEXT_DAY } from "../helpers/samplesSplit.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const DAY = ["data/samples/000_7dca4d9b637ec388.txt"];

/** Re-running an ingest: unchanged input does nothing; snapshots record each run that writes. */
describe("incremental ingest", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;

  beforeAll(() => {
    driver = openDriver(conn);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("skips an input whose papers are all stored with the same content, unless --rebuild or the last run was cut short", async () => {
    await wipeDatabase(driver, database);
    const first = await runIngest({ inputs: DAY, connection: conn });
    expect(first.unchanged).toBe(false);
    const before = await graphFingerprint(driver, database);
    expect(await snapshots()).toEqual([{ id: first.snapshot, complete: true }]);

    const events: PipelineEvent[] = [];
    const again = await runIngest({ inputs: DAY, connection: conn, onEvent: (e) => events.push(e) });
    expect(again.unchanged).toBe(true);
    expect(again.papersInGraph).toBe(first.papersInGraph);
    expect(events.some((e) => e.type === "stage-start" && e.stage === "extract")).toBe(false);
    expect(events.find((e) => e.type === "notice" && e.code === "UNCHANGED")).toBeDefined();
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(await snapshots()).toHaveLength(1);

    const other = await runIngest({ inputs: DAY, connection: conn, analytics: { seed: 7 } });
    expect(other.unchanged, "other analytics settings recompute").toBe(false);

    const rebuilt = await runIngest({ inputs: DAY, connection: conn, rebuild: true });
    expect(rebuilt.unchanged).toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(before);

    await driver.executeQuery(
      "MATCH (s:Snapshot) WITH s ORDER BY s.seq DESC LIMIT 1 SET s.complete = false",
      {},
      { database },
    );
    const resumed = await runIngest({ inputs: DAY, connection: conn });
    expect(resumed.unchanged, "an interrupted last ingest is finished, not skipped").toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect((await snapshots()).map((s) => s.complete)).toEqual([true, true, false, true]);
  });

  it("adds a day to a kept graph: the papers, entities and links of a from-scratch ingest, every stored node keeping its community and place", async () => {
    await wipeDatabase(driver, database);
    await runIngest({ inputs: [...KEPT, ...NEXT_DAY], connection: conn });
    const scratch = await contentFingerprint(driver, database);

    await wipeDatabase(driver, database);
    const cacheDir = mkdtempSync(join(tmpdir(), "paperkg-extract-cache-"));
    const kept = await runIngest({ inputs: KEPT, connection: conn, cacheDir });
    expect(kept.analyticsMode).toBe("full");
    const before = await placements();
    // the update starts from the cache folder's copy of the stored analytics: it is the database's
    const stored = await readPlacements(driver, database);
    expect(stored.placements.size).toBeGreaterThan(0);
    expect(new FilePlacementsCache(cacheDir).load((await lastSnapshot(driver, database))?.nonce)).toEqual(
      stored,
    );
    // and the merge starts from its copy of the stored papers
    expect(new FilePapersCache(cacheDir).load(await lastNonce())).toEqual(await storedPapers());
    const cached = () => readFileSync(join(cacheDir, "per-paper.tsv"), "utf8").split("\n").length - 1;
    const keptCached = cached();
    const events: PipelineEvent[] = [];
    const day = await runIngest({
      inputs: NEXT_DAY,
      connection: conn,
      cacheDir,
      onEvent: (e) => events.push(e),
    });
    expect(day.analyticsMode).toBe("incremental");
    // growth is measured from the last recomputation: the kept graph's, not this day's
    expect((await lastSnapshot(driver, database))?.recomputedPapers).toBe(kept.papersInGraph);
    const pass = events.find((e) => e.type === "notice" && e.code === "CORPUS_PASS");
    const over = pass?.type === "notice" ? pass.counts?.papers : undefined;
    expect(over, "the corpus pass runs over some papers, not all").toBeGreaterThan(0);
    expect(over).toBeLessThan(day.papersInGraph);
    expect(cached() - keptCached, "only papers the cache lacks are extracted").toBeLessThanOrEqual(
      day.papersInGraph - kept.papersInGraph,
    );
    expect(new FilePlacementsCache(cacheDir).load((await lastSnapshot(driver, database))?.nonce)).toEqual(
      await readPlacements(driver, database),
    );
    // only the community and area rows and links that changed were written: the stored ones are the day's
    expect((await readPlacements(driver, database)).groups).toEqual(sortGroups(day.analytics));
    expect(new FilePapersCache(cacheDir).load(await lastNonce())).toEqual(await storedPapers());
    rmSync(cacheDir, { recursive: true, force: true });
    expect(day.written.changed.papers, "only changed papers are written").toBeLessThan(day.papersInGraph / 2);
    expect(day.papersInGraph).toBeGreaterThan(kept.papersInGraph);
    expect(await contentFingerprint(driver, database)).toEqual(scratch);

    const after = await placements();
    let stayed = 0;
    for (const [id, was] of before) {
      const now = after.get(id);
      if (!now) continue; // an entity the day's papers re-resolved away
      stayed++;
      expect(now, id).toEqual(was);
    }
    expect(stayed / before.size).toBeGreaterThan(0.9);
    const communities = new Set(
      (await driver.executeQuery("MATCH (c:Community) RETURN c.id AS id", {}, { database })).records.map(
        (r) => r.get("id") as number,
      ),
    );
    for (const [id, p] of after) expect(communities.has(p.community), id).toBe(true);

    const rebuilt = await runIngest({ inputs: NEXT_DAY, connection: conn, rebuild: true });
    expect(rebuilt.analyticsMode).toBe("full");
    expect(await contentFingerprint(driver, database)).toEqual(scratch);
    // the recomputation keeps the ids of communities it finds again and names splits and merges
    const earlier = new Set([...after.values()].map((p) => p.community));
    const changes = await readChanges(driver, database, { limit: 500 });
    const rebuiltIds = new Set([...(await placements()).values()].map((p) => p.community));
    expect([...rebuiltIds].filter((c) => earlier.has(c)).length).toBeGreaterThan(0);
    for (const k of changes?.communities.items ?? []) {
      const id = Number(k.id.replace("community:", ""));
      for (const from of [...k.splitFrom, ...k.mergedFrom]) expect(earlier.has(from), k.id).toBe(true);
      // a new id, unless it is the one earlier community that kept its id and absorbed another
      if (k.splitFrom.length > 0) expect(earlier.has(id), k.id).toBe(false);
      if (k.mergedFrom.length > 0) expect(!earlier.has(id) || k.mergedFrom.includes(id), k.id).toBe(true);
    }
  });

  it("skips the papers a cache's last load wrote only while no other writer came since, and rewrites one whose write was cut short", async () => {
    await wipeDatabase(driver, database);
    await runIngest({ inputs: [...KEPT, ...NEXT_DAY], connection: conn });
    const scratch = await contentFingerprint(driver, database);

    await wipeDatabase(driver, database);
    const cacheDir = mkdtempSync(join(tmpdir(), "paperkg-extract-cache-"));
    try {
      await runIngest({ inputs: KEPT, connection: conn, cacheDir });
      const [a, b] = await papersWithLinks();
      // another writer rewrote paper a (its own content hash, fewer links) and recorded its snapshot;
      // paper b's write was cut short (links gone, no hash yet)
      await dropLinks(a!, "SET p.contentHash = 'another writer'");
      await dropLinks(b!, "REMOVE p.contentHash");
      await beginSnapshot(driver, database, {
        inputs: [],
        inputPapers: 0,
        settings: "{}",
        analytics: "full",
      });
      await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir });
      expect(await contentFingerprint(driver, database)).toEqual(scratch);

      // the cache's own load is the last snapshot now: a write cut short is still redone, nothing else is written
      const [c] = await papersWithLinks();
      await dropLinks(c!, "REMOVE p.contentHash");
      const again = await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir, rebuild: true });
      expect(again.written.changed.papers).toBe(1);
      expect(again.written.changed.entities, "its entities are as they were").toBe(0);
      expect(await contentFingerprint(driver, database)).toEqual(scratch);

      // a load by other code (an older paperkg whose links had other fields, so another content
      // hash), its marks naming that code: its papers are compared by content hash again
      const [d] = await papersWithLinks();
      await dropLinks(d!, "SET p.contentHash = 'older paperkg'");
      const marksFile = join(cacheDir, "ingest-marks.json");
      const marks = JSON.parse(readFileSync(marksFile, "utf8")) as Record<string, unknown>;
      writeFileSync(marksFile, JSON.stringify({ ...marks, writer: "older paperkg" }));
      const updated = await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir, rebuild: true });
      expect(updated.written.changed.papers).toBe(1);
      expect(await contentFingerprint(driver, database)).toEqual(scratch);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("merges with the cache folder's copy of the stored papers only while its snapshot is the last completed one, and never with a damaged copy", async () => {
    await wipeDatabase(driver, database);
    await runIngest({ inputs: [...KEPT, ...NEXT_DAY], connection: conn });
    const scratch = await contentFingerprint(driver, database);

    await wipeDatabase(driver, database);
    const cacheDir = mkdtempSync(join(tmpdir(), "paperkg-extract-cache-"));
    try {
      const copy = new FilePapersCache(cacheDir);
      await runIngest({ inputs: KEPT.slice(0, 2), connection: conn, cacheDir });
      expect(copy.load(await lastNonce())).toEqual(await storedPapers());
      // another writer, without this cache folder, adds a page: the copy lacks its papers and is not used
      await runIngest({ inputs: KEPT.slice(2), connection: conn });
      expect(copy.load(await lastNonce())).toBeUndefined();
      await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir });
      expect(await contentFingerprint(driver, database)).toEqual(scratch);
      expect(copy.load(await lastNonce())).toEqual(await storedPapers());

      // a copy cut short, then one with a changed abstract of the same length: read from the database
      const path = join(cacheDir, "papers.jsonl");
      const text = readFileSync(path, "utf8");
      writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
      await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir, rebuild: true });
      expect(await contentFingerprint(driver, database)).toEqual(scratch);
      const saved = readFileSync(path, "utf8");
      const first = saved.split("\n")[1]!;
      const abstract = (JSON.parse(first) as string[])[2]!;
      const damaged = abstract.replace(/[a-z]/, (c) => (c === "x" ? "y" : "x"));
      writeFileSync(path, saved.replace(JSON.stringify(abstract), JSON.stringify(damaged)));
      await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir, rebuild: true });
      expect(await contentFingerprint(driver, database)).toEqual(scratch);
      expect(copy.load(await lastNonce())).toEqual(await storedPapers());

      // an intact copy is what the merge reads: a title edited in it (and checksummed) of a paper the
      // day does not touch reaches the graph
      const nodes = await readStoredPapers(driver, database);
      const edited = nodes.find(
        (p) =>
          !p.sources.some((source) => NEXT_DAY.some((f) => source.includes(f.slice(f.lastIndexOf("/") + 1)))),
      )!;
      copy.save(
        (await lastNonce()) ?? null,
        nodes.map((p) => (p === edited ? { ...p, title: "Edited in the copy" } : p)),
      );
      await runIngest({ inputs: NEXT_DAY, connection: conn, cacheDir, rebuild: true });
      const title = await driver.executeQuery(
        "MATCH (p:Paper {id: $id}) RETURN p.title AS t",
        { id: edited.id },
        { database },
      );
      expect(title.records[0]?.get("t")).toBe("Edited in the copy");
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("a day's ingest killed with SIGKILL, then run again, leaves the graph an uninterrupted run leaves", async () => {
    const env = neo4jEnv(conn);
    await wipeDatabase(driver, database);
    await runIngest({ inputs: KEPT, connection: conn });
    await runIngest({ inputs: NEXT_DAY, connection: conn });
    const clean = await graphFingerprint(driver, database);
    for (const [stage, delay] of [
      [/load links/, 100],
      [/placements/, 0],
    ] as const) {
      await wipeDatabase(driver, database);
      await runIngest({ inputs: KEPT, connection: conn });
      const { killed } = await killIngestDuring(env, NEXT_DAY, stage, delay);
      expect(killed, String(stage)).toBe(true);
      await ingestWithCli(conn, NEXT_DAY);
      expect(await graphFingerprint(driver, database), String(stage)).toEqual(clean);
    }
  }, 600_000);

  async function lastNonce(): Promise<string | null | undefined> {
    return (await lastSnapshot(driver, database))?.nonce;
  }

  /** Every stored paper as the merge reads it from the database. */
  async function storedPapers() {
    return (await readStoredPapers(driver, database)).map(fromPaperNode);
  }

  async function papersWithLinks(): Promise<string[]> {
    const res = await driver.executeQuery(
      "MATCH (p:Paper)-[r]->() WITH p, count(r) AS links WHERE links > 1 RETURN p.id AS id ORDER BY id LIMIT 2",
      {},
      { database },
    );
    return res.records.map((r) => r.get("id") as string);
  }

  async function dropLinks(id: string, then: string): Promise<void> {
    await driver.executeQuery(
      `MATCH (p:Paper {id: $id}) CALL (p) { MATCH (p)-[r]->() DELETE r } ${then}`,
      { id },
      { database },
    );
  }

  /** id → community and position of every paper and entity. */
  async function placements(): Promise<Map<string, { community: number; x: number; y: number }>> {
    const res = await driver.executeQuery(
      "MATCH (n) WHERE n.x IS NOT NULL AND NOT n:Community AND NOT n:Area RETURN n.id AS id, n.community AS community, n.x AS x, n.y AS y",
      {},
      { database },
    );
    return new Map(
      res.records.map((r) => [
        r.get("id") as string,
        { community: r.get("community") as number, x: r.get("x") as number, y: r.get("y") as number },
      ]),
    );
  }

  async function snapshots(): Promise<{ id: string; complete: boolean }[]> {
    const res = await driver.executeQuery(
      "MATCH (s:Snapshot) RETURN s.id AS id, s.complete AS complete ORDER BY s.seq",
      {},
      { database },
    );
    return res.records.map((r) => ({ id: r.get("id") as string, complete: r.get("complete") as boolean }));
  }
});
