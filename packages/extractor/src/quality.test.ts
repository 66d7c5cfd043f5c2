import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPapers } from "./extractPapers.ts";
import { REPO_ROOT } from "./readSamplePages.testSupport.ts";
import {
  genericConceptShare,
  goldFromLabelled,
  type LabelledAbstract,
  labelledSplit,
  scoreExtractions,
} from "./scoreExtractions.ts";

/** The tuning files; `heldout.jsonl` is read on purpose, to score only. */
const FILES = ["abstracts.jsonl", "tuning.jsonl", "heldout.jsonl"];
const rows = FILES.map((f) => join(REPO_ROOT, "test/fixtures/labelled", f))
  .filter((p) => existsSync(p))
  .flatMap((p) =>
    readFileSync(p, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LabelledAbstract),
  );
const genericWords = new Set(
  readFileSync(join(REPO_ROOT, "test/fixtures/labelled/generic-words.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#")),
);

/**
 * Floors a little under the figures `pnpm bench:quality` measured (strict scoring) on the tuning
 * rows; raise them when quality improves.
 */
const FLOORS: [type: "benchmark" | "model" | "method" | "task", f1: number][] = [
  ["benchmark", 0.84],
  ["model", 0.89],
  ["method", 0.86],
  ["task", 0.72],
];

describe("quality floors on the hand-labelled abstracts", async () => {
  const out = await extractPapers(rows, { workers: 1 });
  const tuning = rows.filter((r) => labelledSplit(r) === "tuning");
  const scores = scoreExtractions(out, tuning.map(goldFromLabelled), [
    "benchmark",
    "model",
    "method",
    "task",
  ]);
  it.each(FLOORS)("tuning rows: %s F1 ≥ %s", (type, floor) => {
    expect(scores[type]!.f1).toBeGreaterThanOrEqual(floor);
  });
  it("emits at most 10% generic concepts", () => {
    expect(genericConceptShare(out, genericWords)).toBeLessThanOrEqual(0.1);
  });
});
