import { describe, expect, it } from "vitest";
import { bucketOf, bucketRange } from "./readTrends.ts";

describe("trend buckets", () => {
  const ranges: [string, string, "month" | "quarter" | "year", string[]][] = [
    ["2025-11", "2026-02", "month", ["2025-11", "2025-12", "2026-01", "2026-02"]],
    ["2025-03", "2025-10", "quarter", ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]],
    ["2024-12", "2026-01", "year", ["2024", "2025", "2026"]],
    ["2025-06", "2025-06", "month", ["2025-06"]],
  ];
  it.each(ranges)("%s..%s by %s", (first, last, bucket, expected) => {
    expect(bucketRange(first, last, bucket)).toEqual(expected);
  });
  const labels: [string, "month" | "quarter" | "year", string][] = [
    ["2025-03", "quarter", "2025-Q1"],
    ["2025-04", "quarter", "2025-Q2"],
    ["2025-12", "quarter", "2025-Q4"],
    ["2025-12", "year", "2025"],
  ];
  it.each(labels)("%s by %s → %s", (month, bucket, label) => expect(bucketOf(month, bucket)).toBe(label));
});
