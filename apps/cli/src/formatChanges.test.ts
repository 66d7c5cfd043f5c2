import type { Changes, SnapshotInfo } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { formatChanges } from "./formatChanges.ts";

const snapshot = (seq: number): SnapshotInfo => ({
  id: `s${seq}`,
  seq,
  at: `2026-11-0${seq}T08:30:00.000Z`,
  inputs: [`day${seq}.txt`],
  papers: 10 * seq,
  entities: 30 * seq,
  communities: seq,
  complete: true,
});

const changes: Changes = {
  since: snapshot(1),
  latest: snapshot(2),
  snapshots: [snapshot(2), snapshot(1)],
  newPapers: {
    total: 3,
    items: [{ id: "2501.00001", kind: "paper", label: "A New Paper", published: "2025-01-02" }],
  },
  newEntities: {
    total: 1,
    items: [{ id: "benchmark:newbench", kind: "benchmark", label: "NewBench", paperCount: 2 }],
  },
  grownEntities: {
    total: 1,
    items: [{ id: "model:gpt-4o", kind: "model", label: "GPT-4o", newPapers: 4, paperCount: 9 }],
  },
  communities: {
    total: 3,
    items: [
      {
        id: "community:7",
        kind: "community",
        label: "reasoning",
        born: true,
        newPapers: 3,
        papers: 3,
        splitFrom: [],
        mergedFrom: [],
      },
      {
        id: "community:8",
        kind: "community",
        label: "math agents",
        born: true,
        newPapers: 0,
        papers: 40,
        splitFrom: [5],
        mergedFrom: [],
      },
      {
        id: "community:9",
        kind: "community",
        label: "speech",
        born: true,
        newPapers: 1,
        papers: 90,
        splitFrom: [],
        mergedFrom: [2, 3],
      },
    ],
  },
};

describe("formatChanges", () => {
  it("names the snapshots compared and shows each list with its total, items and what was left out", () => {
    const text = formatChanges(changes);
    expect(text.split("\n")[0]).toBe("changes since s1 (2026-11-01 08:30) up to s2 (2026-11-02 08:30)");
    expect(text).toContain("new papers: 3\n  2501.00001  A New Paper  (2025-01-02)\n  … and 2 more");
    expect(text).toContain("entities first seen: 1\n  benchmark NewBench  (2 papers)");
    expect(text).toContain("GPT-4o  +4 (now 9)");
    expect(text).toContain("born  reasoning  +3 papers (now 3)");
    expect(text).toContain("split math agents  (split from community 5)  +0 papers (now 40)");
    expect(text).toContain("merged speech  (merged from communities 2, 3)  +1 papers (now 90)");
  });

  it("says 'the start' when there is no earlier snapshot", () => {
    expect(formatChanges({ ...changes, since: null }).split("\n")[0]).toMatch(
      /^changes since the start up to s2/,
    );
  });
});
