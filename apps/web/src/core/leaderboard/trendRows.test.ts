import { describe, expect, it } from "vitest";
import { trendRows } from "./trendRows.ts";

describe("trendRows", () => {
  it("puts each series' count in its bucket's row", () => {
    const rows = trendRows({
      bucket: "quarter",
      buckets: ["2025-Q1", "2025-Q2"],
      series: [
        { id: "method:a", name: "A", counts: [3, 0] },
        { id: "community:2", name: "C", counts: [1, 4] },
      ],
    });
    expect(rows).toEqual([
      { bucket: "2025-Q1", "method:a": 3, "community:2": 1 },
      { bucket: "2025-Q2", "method:a": 0, "community:2": 4 },
    ]);
  });
});
