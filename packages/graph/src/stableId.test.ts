import { describe, expect, it } from "vitest";
import { stableIds } from "./stableId.ts";

describe("stableIds", () => {
  it("gives each key the same id whatever the order the keys come in", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `2401.${String(i).padStart(5, "0")}`);
    const a = stableIds(keys);
    const b = stableIds([...keys].reverse());
    for (const k of keys) expect(b.get(k)).toBe(a.get(k));
  });

  it("keeps a key's id when other keys come and go (unless they clash with it)", () => {
    const a = stableIds(["title:alpha", "title:beta", "title:gamma"]);
    const b = stableIds(["title:beta", "title:delta"]);
    expect(b.get("title:beta")).toBe(a.get("title:beta"));
  });

  it("gives distinct ids in 1..999,999 even when many keys clash", () => {
    // 5,000 keys in a million slots: about a dozen hash clashes expected, all resolved.
    const keys = Array.from({ length: 5000 }, (_, i) => `paper-${i}`);
    const ids = [...stableIds(keys).values()];
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(Number.isInteger(id) && id >= 1 && id <= 999_999).toBe(true);
  });

  it("gives a different id space per salt", () => {
    expect(stableIds(["k"], "area:").get("k")).not.toBe(stableIds(["k"]).get("k"));
  });
});
