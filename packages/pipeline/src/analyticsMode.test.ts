import { describe, expect, it } from "vitest";
import { type AnalyticsModeInput, analyticsMode, INCREMENTAL_MAX_GROWTH } from "./analyticsMode.ts";

const settings = '{"seed":42}';
const day: AnalyticsModeInput = {
  rebuild: false,
  fresh: false,
  stored: 1000,
  papers: 1100,
  last: { complete: true, settings, analytics: "full", recomputedPapers: 1000 },
  settings,
};

describe("analyticsMode", () => {
  it("updates the stored partition for a day that grows the graph a little", () => {
    expect(analyticsMode(day)).toBe("incremental");
    expect(analyticsMode({ ...day, papers: 1000 + 1000 * INCREMENTAL_MAX_GROWTH })).toBe("incremental");
  });

  it("recomputes for a day that grows the graph by more than INCREMENTAL_MAX_GROWTH", () => {
    expect(analyticsMode({ ...day, papers: 1001 + 1000 * INCREMENTAL_MAX_GROWTH })).toBe("full");
    expect(
      analyticsMode({ ...day, last: { ...day.last!, recomputedPapers: null }, stored: 100, papers: 200 }),
    ).toBe("full");
  });

  it("measures growth since communities were last recomputed, so small days add up", () => {
    const later = { ...day, last: { ...day.last!, analytics: "incremental" as const } };
    expect(analyticsMode({ ...later, stored: 1400, papers: 1500 })).toBe("incremental");
    expect(analyticsMode({ ...later, stored: 1450, papers: 1550 })).toBe("full");
    // no recomputation on record (a graph from before snapshots kept it): growth of this day alone
    expect(
      analyticsMode({
        ...later,
        last: { ...later.last, recomputedPapers: null },
        stored: 1450,
        papers: 1550,
      }),
    ).toBe("incremental");
  });

  it("recomputes with --rebuild, on an empty graph, or under other analytics settings", () => {
    expect(analyticsMode({ ...day, rebuild: true })).toBe("full");
    expect(analyticsMode({ ...day, fresh: true })).toBe("full");
    expect(analyticsMode({ ...day, last: null })).toBe("full");
    expect(analyticsMode({ ...day, settings: '{"seed":7}' })).toBe("full");
  });

  it("after an interrupted run, updates only if that run was itself an update", () => {
    expect(analyticsMode({ ...day, last: { ...day.last!, complete: false, analytics: "incremental" } })).toBe(
      "incremental",
    );
    expect(analyticsMode({ ...day, last: { ...day.last!, complete: false, analytics: "full" } })).toBe(
      "full",
    );
  });
});
