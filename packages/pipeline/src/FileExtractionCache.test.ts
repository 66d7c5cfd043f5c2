import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FileExtractionCache } from "./FileExtractionCache.ts";

describe("FileExtractionCache", () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), "paperkg-cache-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

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
});
