import { describe, expect, it } from "vitest";
import { HISTORY_SIZE, pushHistory } from "./examples.ts";

describe("pushHistory", () => {
  it("puts the newest first without duplicates", () => {
    expect(pushHistory(["a", "b", "c"], " b ")).toEqual(["b", "a", "c"]);
  });
  it("ignores blank queries and caps the list", () => {
    expect(pushHistory(["a"], "  ")).toEqual(["a"]);
    const long = Array.from({ length: HISTORY_SIZE }, (_, i) => `q${i}`);
    expect(pushHistory(long, "new")).toHaveLength(HISTORY_SIZE);
  });
});
