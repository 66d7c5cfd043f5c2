import type { LeaderboardRow } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { bestOverTime } from "./bestOverTime.ts";

const row = (value: number, published: string | null): LeaderboardRow => ({
  paper: { id: `p${value}`, title: `P ${value}` },
  value,
  unit: "%",
  raw: `${value}%`,
  subject: null,
  published,
});

describe("bestOverTime", () => {
  const rows = [
    row(84.3, "2025-05-10"),
    row(61, "2025-01-02"),
    row(84.25, "2025-04-02"),
    row(99, null),
    row(70, "2025-06-01"),
  ];
  const cases: [boolean | null, number[]][] = [
    [true, [61, 84.25, 84.3, 84.3]],
    [null, [61, 84.25, 84.3, 84.3]],
    [false, [61, 61, 61, 61]],
  ];
  it.each(cases)("higherIsBetter %s → running best %j", (higher, best) => {
    const points = bestOverTime(rows, higher);
    expect(points.map((p) => p.date)).toEqual(["2025-01-02", "2025-04-02", "2025-05-10", "2025-06-01"]);
    expect(points.map((p) => p.best)).toEqual(best);
  });
});
