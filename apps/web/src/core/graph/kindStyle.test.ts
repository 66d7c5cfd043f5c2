import { NODE_KINDS } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { KIND_STYLE } from "./kindStyle.ts";

describe("KIND_STYLE", () => {
  it("gives every node kind its own colour and a capitalised name", () => {
    expect(Object.keys(KIND_STYLE).sort()).toEqual([...NODE_KINDS].sort());
    const colors = NODE_KINDS.map((k) => KIND_STYLE[k].color);
    expect(new Set(colors).size).toBe(NODE_KINDS.length);
    for (const k of NODE_KINDS) expect(KIND_STYLE[k].name.toLowerCase()).toBe(k);
  });
});
