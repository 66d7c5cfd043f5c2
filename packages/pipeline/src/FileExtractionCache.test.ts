import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileExtractionCache } from "./FileExtractionCache.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

describe("FileExtractionCache", () => {
  const dir = tempDirs("cache");

  it("keeps entries across instances, and drops a line a crash cut short", () => {
    const at = dir();
    const a = new FileExtractionCache(at);
    a.set("k1", "[1]");
    a.set("k2", '[{"x":"tab\\tand newline\\n"}]');
    a.flush();
    appendFileSync(join(at, "per-paper.tsv"), 'k3\t[{"cut');
    const b = new FileExtractionCache(at);
    expect(b.get("k1")).toBe("[1]");
    expect(b.get("k2")).toBe('[{"x":"tab\\tand newline\\n"}]');
    expect(b.get("k3")).toBeUndefined();
    b.set("k4", "[4]");
    b.flush();
    const c = new FileExtractionCache(at);
    expect([c.get("k1"), c.get("k3"), c.get("k4")]).toEqual(["[1]", undefined, "[4]"]);
  });

  it("rewrites the file with only the used entries when stale ones are the majority", () => {
    const at = dir();
    const a = new FileExtractionCache(at);
    for (const k of ["a", "b", "c", "d", "e"]) a.set(k, `["${k}"]`);
    a.flush();
    const b = new FileExtractionCache(at);
    b.get("a");
    b.set("f", '["f"]');
    b.flush();
    expect(readFileSync(join(at, "per-paper.tsv"), "utf8")).toBe('a\t["a"]\nf\t["f"]\n');
  });

  it("reads values by byte offset: multi-byte text, entries appended or rewritten by the same instance", () => {
    const at = dir();
    const a = new FileExtractionCache(at);
    const long = `["Schrödinger — ü${"x".repeat(200)}"]`;
    a.set("k1", long);
    a.set("k2", '["日本語"]');
    a.flush();
    a.set("k3", '["après"]');
    a.flush();
    expect([a.get("k1"), a.get("k2"), a.get("k3")]).toEqual([long, '["日本語"]', '["après"]']);
    const b = new FileExtractionCache(at);
    expect([b.has("k2"), b.has("k9")]).toEqual([true, false]);
    expect(b.get("k3")).toBe('["après"]');
    // k2 and k3 used, the long k1 not: the file is rewritten without it, and the instance reads the new file
    b.set("k4", '["ß"]');
    b.flush();
    expect(readFileSync(join(at, "per-paper.tsv"), "utf8")).toBe(
      'k2\t["日本語"]\nk3\t["après"]\nk4\t["ß"]\n',
    );
    expect([b.get("k2"), b.get("k4"), b.get("k1")]).toEqual(['["日本語"]', '["ß"]', undefined]);
  });
});
