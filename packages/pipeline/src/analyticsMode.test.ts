import { describe, expect, it } from "vitest";
import { type AnalyticsModeInput, analyticsMode, INCREMENTAL_MAX_GROWTH } from "./analyticsMode.ts";

const settings = '{"seed":42}';
const day: AnalyticsModeInput = {
  rebuild: false,
  fresh: false,
  stored: 1000,
  papers: 1100,
  last: { complete: true, settings, analytics: "full" },
  settings,
};

describe("analyticsMode", () => {
  it("updates the stored partition for a day that grows the graph a little", () => {
    expect(analyticsMode(day)).toBe("incremental");
    expect(analyticsMode({ ...day, papers: 1000 + 1000 * INCREMENTAL_MAX_GROWTH })).toBe("incremental");
  });

  it("recomputes for a day that grows the graph by more than INCREMENTAL_MAX_GROWTH", () => {
    expect(analyticsMode({ ...day, papers: 1001 + 1000 * INCREMENTAL_MAX_GROWTH })).toBe("full");
    expect(analyticsMode({ ...day, stored: 0, papers: 10 })).toBe("full");
  });

  it("recomputes with --rebuild, on an empty graph, or under other analytics settings", () => {
    expect(analyticsMode({ ...day, rebuild: true })).toBe("full");
    expect(analyticsMode({ ...day, fresh: true })).toBe("full");
    expect(analyticsMode({ ...day, last: null })).toBe("full");
    expect(analyticsMode({ ...day, settings: '{"seed":7}' })).toBe("full");
  });

  it("after an interrupted run, updates only if that run was itself an update", () => {
    expect(analyticsMode({ ...day, last: { complete: false, settings, analytics: "incremental" } })).toBe(
      "incremental",
    );
    expect(analyticsMode({ ...day, last: { complete: false, settings, analytics: "full" } })).toBe("full");
  });
});
