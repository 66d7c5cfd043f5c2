import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Extraction } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { extractPapers } from "./extractPapers.ts";
import { extractPapersLocal } from "./extractPapersLocal.ts";
import { extractPapersParallel } from "./extractPapersParallel.ts";
import { REPO_ROOT, readSamplePages } from "./readSamplePages.testSupport.ts";

const samples = readSamplePages();

describe("extraction of the sample pages (JSONL contract)", () => {
  it("reads the 261 distinct sample papers", () => {
    expect(samples.length).toBe(261);
  });

  it("gives one line per paper that parses, validates against the zod schema and keeps exact spans", async () => {
    const out = await extractPapers(samples, { workers: 1 });
    const lines = out.map((x) => JSON.stringify(x));
    expect(lines).toHaveLength(samples.length);
    const byId = new Map(samples.map((p) => [p.id, p]));
    let mentions = 0;
    for (const line of lines) {
      expect(line.includes("\n")).toBe(false);
      const parsed = Extraction.parse(JSON.parse(line));
      const paper = byId.get(parsed.paper.id)!;
      expect(parsed.paper.title).toBe(paper.title);
      const ids = new Set<string>();
      for (const e of parsed.entities) {
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        for (const m of e.mentions) {
          mentions++;
          expect(paper[m.field].slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.sentence.length).toBeGreaterThan(0);
        }
      }
    }
    expect(mentions).toBeGreaterThan(1000);
  });

  it("finds the names a reader sees in the samples", async () => {
    const out = await extractPapers(samples, { workers: 1 });
    const all = out.flatMap((x) => x.entities);
    const has = (id: string) => all.some((e) => e.id === id);
    for (const id of [
      "benchmark:gsm8k",
      "method:grpo",
      "method:dpo",
      "model:gpt4o",
      "concept:large-language-model",
    ]) {
      expect(has(id), id).toBe(true);
    }
    const tsdiff = all.find((e) => e.id === "method:tsdiff");
    expect(tsdiff?.proposed).toBe(true);
  });
});

describe("determinism", () => {
  it("gives byte-identical output for the same input, in this thread and on 2 workers", async () => {
    const part = samples.slice(0, 120);
    const a = JSON.stringify(await extractPapers(part, { workers: 1 }));
    const b = JSON.stringify(await extractPapers(part, { workers: 1 }));
    const c = JSON.stringify(await extractPapers(part, { workers: 2 }));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it("keeps ids and names when the paper order changes", async () => {
    const part = samples.slice(0, 80);
    const forward = await extractPapers(part, { workers: 1 });
    const backward = await extractPapers([...part].reverse(), { workers: 1 });
    const byId = new Map(backward.map((x) => [x.paper.id, x]));
    for (const x of forward) expect(JSON.stringify(byId.get(x.paper.id))).toBe(JSON.stringify(x));
  });

  it("the worker pool returns per-paper results in input order, like the local loop", async () => {
    const part = samples.slice(0, 60);
    const local = extractPapersLocal(part);
    const pooled = await extractPapersParallel(part, { workers: 2, batchSize: 7 });
    expect(pooled.extractions.map((x) => x.paper.id)).toEqual(part.map((p) => p.id));
    expect(JSON.stringify(pooled.extractions)).toBe(JSON.stringify(local.extractions));
  });
});

describe("corpus alias resolution", () => {
  it("gives an acronym two papers define to a paper that only uses it", async () => {
    const out = await extractPapers([
      {
        id: "a",
        title: "A",
        abstract: "We study Sparse Window Attention Routing Module (SWARM) for long inputs.",
      },
      { id: "a2", title: "A2", abstract: "Sparse Window Attention Routing Module (SWARM) cuts memory." },
      { id: "b", title: "B", abstract: "Compared with SWARM, our cache is twice as fast." },
    ]);
    const a = out[0]!.entities.find((e) => e.mentions.some((m) => m.text === "SWARM"));
    const b = out[2]!.entities.find((e) => e.mentions.some((m) => m.text === "SWARM"));
    expect(a).toBeDefined();
    expect(b?.id).toBe(a?.id);
    expect(b?.mentions[0]?.rule).toBe("corpus-acronym");
  });

  it("does not spread a short all-capital method acronym, nor a long form one paper defines", async () => {
    const out = await extractPapers([
      { id: "a", title: "A", abstract: "We track with a Global Zorp System (GZS) outdoors." },
      {
        id: "a2",
        title: "A2",
        abstract: "The Global Zorp System (GZS) gives positions. Kestrel Retention (KR) is scored.",
      },
      {
        id: "b",
        title: "B",
        abstract: "Our GZS readings drift, and kestrel retention of the agents drops over time.",
      },
    ]);
    const b = out[2]!.entities;
    expect(b.some((e) => e.mentions.some((m) => m.rule === "corpus-acronym"))).toBe(false);
    expect(b.some((e) => e.id.endsWith(":kr"))).toBe(false);
  });

  it("does not spread another meaning of a lexicon name to papers that do not define it", async () => {
    const out = await extractPapers([
      { id: "a", title: "A", abstract: "We study the Generalized Pareto Tree (GPT) for tails." },
      { id: "a2", title: "A2", abstract: "The Generalized Pareto Tree (GPT) fits extremes." },
      { id: "b", title: "B", abstract: "Answers from GPTs are checked by hand." },
    ]);
    expect(out[2]!.entities.some((e) => e.mentions.some((m) => m.rule === "corpus-acronym"))).toBe(false);
  });

  it("does not spread an acronym only one paper defines", async () => {
    const out = await extractPapers([
      { id: "a", title: "A", abstract: "We study Sparse Window Attention Routing (SWAR) for long inputs." },
      { id: "b", title: "B", abstract: "Compared with SWAR, our cache is twice as fast." },
    ]);
    expect(out[1]!.entities.some((e) => e.mentions.some((m) => m.rule === "corpus-acronym"))).toBe(false);
  });

  it("folds spelling variants of one model into one id and one family", async () => {
    const out = await extractPapers([
      { id: "a", title: "A", abstract: "We fine-tune Qwen-2.5 on math." },
      { id: "b", title: "B", abstract: "We fine-tune Qwen2.5 on code." },
      { id: "c", title: "C", abstract: "We evaluate Qwen2.5-7B-Instruct and Qwen 2.5-72B." },
    ]);
    const ids = out.map((x) => x.entities.filter((e) => e.type === "model").map((e) => e.id));
    expect(ids[0]).toEqual(ids[1]);
    const variants = out[2]!.entities.filter((e) => e.type === "model");
    expect(variants.map((e) => e.family)).toEqual(["Qwen2.5", "Qwen2.5"]);
  });
});

describe("labelled fixture", () => {
  it("has at least 40 hand-labelled abstracts (58 with the held-out ones) with gold lists", () => {
    const rows = readFileSync(join(REPO_ROOT, "test/fixtures/labelled/abstracts.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const r of rows)
      for (const k of ["benchmarks", "models", "methods", "tasks"]) expect(Array.isArray(r[k])).toBe(true);
  });
});
