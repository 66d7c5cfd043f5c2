import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPapers } from "./readPapers.ts";
import { streamPapers } from "./streamPapers.ts";

const SAMPLES = join(import.meta.dirname, "../../../data/samples");
const FILES = [
  "000_7dca4d9b637ec388.txt",
  "001_d5c30b527c2c2899.txt",
  "002_970a2bdfedbc252e.txt",
  "003_4eab77fffd4a2170.txt",
];

describe("the four Daily-Papers sample pages", () => {
  it("hold 311 title/abstract blocks and 261 distinct papers, nothing rejected", async () => {
    const { papers, summary, diagnostics } = await readPapers([SAMPLES]);
    expect(summary.files).toBe(4);
    expect(summary.blocks).toBe(311);
    expect(papers).toHaveLength(261);
    expect(summary.duplicatesMerged).toBe(50);
    expect(diagnostics).toEqual([]);
    expect(summary.records).toBe(summary.papers + summary.duplicatesMerged + summary.rejected);
  });

  it("finds one block per abstract line in every file (independent count: lines of 300+ chars)", async () => {
    for (const name of FILES) {
      const file = join(SAMPLES, name);
      const abstracts = readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.length >= 300).length;
      let read = 0;
      for await (const e of streamPapers([file])) if (e.type === "paper") read++;
      expect(read, name).toBe(abstracts);
    }
  });

  it("never turns boilerplate into a paper and splits the title glued to Subscribe", async () => {
    const { papers } = await readPapers([SAMPLES]);
    const titles = papers.map((p) => p.title);
    for (const junk of ["Subscribe", "Daily Papers", "new", "byAK and the research community"]) {
      expect(titles).not.toContain(junk);
    }
    expect(titles.some((t) => /^Get trending papers/.test(t) || t.startsWith("Subscribe"))).toBe(false);
    const aespa = papers.find((p) => p.title.includes("AesPA-Net"));
    expect(aespa?.title).toBe("AesPA-Net: Aesthetic Pattern-Aware Style Transfer Networks");
    expect(aespa?.sources).toEqual([{ file: join(SAMPLES, FILES[2]!), line: 3 }]);
  });

  it("reads the metadata lines of the second layout", async () => {
    const { papers } = await readPapers([SAMPLES]);
    const byTitle = (prefix: string) => papers.find((p) => p.title.startsWith(prefix));
    expect(byTitle("D-HUMOR")).toMatchObject({
      authorsCount: 6,
      published: "2025-09-08",
      upvotes: 2,
      codeUrls: [
        "https://github.com/Sai-Kartheek-Reddy/D-Humor-Dark-Humor-Understanding-via-Multimodal-Open-ended-Reasoning",
      ],
    });
    const r1 = byTitle("R1-Code-Interpreter");
    expect(r1).toMatchObject({ authorsCount: 7, dateText: "May 27", upvotes: 2 });
    expect(r1?.published).toBeUndefined();
    expect(byTitle("Learn the Ropes")?.organization).toBe("Tencent");
  });

  it("merges a paper seen on three pages into one with every source", async () => {
    const { papers } = await readPapers([SAMPLES]);
    const p = papers.find(
      (x) => x.title === "Training Language Models to Self-Correct via Reinforcement Learning",
    );
    expect(p?.sources.map((s) => s.file.slice(-24)).sort()).toEqual(FILES);
    expect(p?.published).toBe("2024-09-19");
    expect(papers.filter((x) => x.id === p?.id)).toHaveLength(1);
  });

  it("is deterministic: the same input gives the same papers in the same order", async () => {
    const a = await readPapers([SAMPLES]);
    const b = await readPapers(FILES.map((f) => join(SAMPLES, f)));
    expect(b.papers).toEqual(a.papers);
  });
});
