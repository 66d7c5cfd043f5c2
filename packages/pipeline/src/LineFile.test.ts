import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LineFile } from "./LineFile.ts";

describe("LineFile", () => {
  const dirs: string[] = [];
  const file = (text: string) => {
    const d = mkdtempSync(join(tmpdir(), "paperkg-line-file-"));
    dirs.push(d);
    const path = join(d, "lines.tsv");
    writeFileSync(path, text);
    return path;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const readAll = (f: LineFile) => {
    const lines: [string, number][] = [];
    const size = f.read((line, end) => lines.push([line, end]));
    return { lines, size };
  };

  it("splits lines across chunk borders, multi-byte characters included, and grows for long lines", () => {
    // "é" is two bytes: with 4-byte chunks it falls across a border; the third line outgrows a chunk
    const path = file("ab\tcé\nd\n0123456789é\n\n");
    const { lines, size } = readAll(new LineFile(path, 4));
    expect(lines).toEqual([
      ["ab\tcé", 7],
      ["d", 9],
      ["0123456789é", 22],
      ["", 23],
    ]);
    expect(size).toBe(23);
  });

  it("never hands out a torn last line; keep cuts it off", () => {
    const path = file("one\ntwo\nthr");
    const f = new LineFile(path, 3);
    const { lines, size } = readAll(f);
    expect(lines).toEqual([
      ["one", 4],
      ["two", 8],
    ]);
    expect(size).toBe(11);
    f.keep(8, size);
    expect(readFileSync(path, "utf8")).toBe("one\ntwo\n");
  });

  it("rewrites through a temporary file and returns the new size", () => {
    const path = file("old\n");
    const f = new LineFile(path, 4);
    expect(f.rewrite(["α\n", "b\n"])).toBe(5);
    expect(readAll(f).lines).toEqual([
      ["α", 3],
      ["b", 5],
    ]);
  });
});
