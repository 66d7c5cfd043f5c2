import type { Paper } from "@paperkg/core";
import { readPapers } from "@paperkg/ingest";
import { describe, expect, it } from "vitest";
import { extractSnapshot } from "./extractSnapshot.ts";
import { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
import { FileExtractionCache } from "./FileExtractionCache.ts";
import { FileSnapshotParts } from "./FileSnapshotParts.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

const SAMPLES = new URL("../../../data/samples/", import.meta.url).pathname;

/** One extract stage from the cache folder `dir`, as a new process under code `writer` runs it. */
async function fromCache(dir: string, papers: readonly Paper[], writer: string) {
  const parts = new FileSnapshotParts(dir);
  let taken = 0;
  const cache = new FileExtractionCache(dir);
  const result = await extractSnapshot(papers, {
    workers: 1,
    cache,
    corpus: new FileCorpusPassStore(dir),
    writer,
    parts: {
      load: (commit) => {
        const loaded = parts.load(commit);
        taken = loaded?.size ?? 0;
        return loaded;
      },
      save: parts.save.bind(parts),
    },
  });
  cache.flush();
  return { result, taken };
}

describe("extractSnapshot: snapshot parts belong to the code that built them", async () => {
  const samples = (await readPapers([SAMPLES])).papers.sort((a, b) => (a.id < b.id ? -1 : 1));
  const base = samples.filter((_p, i) => i % 3 !== 0);
  const tempDir = tempDirs("parts-writer");

  it("takes no part another writer built (a paperkg update that changes links), and its own parts again", async () => {
    const dir = tempDir();
    await fromCache(dir, base, "writer-a");
    // the same code: the kept papers' parts are taken
    expect((await fromCache(dir, samples, "writer-a")).taken).toBeGreaterThan(base.length / 2);
    // other code: records are reused (same extractor), their parts are not
    const other = await fromCache(dir, samples, "writer-b");
    expect(other.result.reused.papers.size).toBeGreaterThan(base.length / 2);
    expect(other.taken).toBe(0);
    expect(JSON.stringify(other.result.snapshot)).toBe(
      JSON.stringify((await extractSnapshot(samples, { workers: 1 })).snapshot),
    );
    // written anew under the new code: the next run takes them
    expect((await fromCache(dir, samples, "writer-b")).taken).toBeGreaterThan(base.length / 2);
  });
});
